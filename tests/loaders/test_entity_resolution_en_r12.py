"""English entity resolution, round 12 (invented sentences): a place named again by its first words is the
place named in full (loaders/cluster_joins.py `_place_opened_by`); the officers of a body the report names are
that body, not a force of their own (loaders/event_actors.py `force`)."""
import pytest

from tests.loaders.helpers import context, entity

# (what the rule reads, an invented sentence, the name the entity has, the other form that must be that entity,
#  a name no entity may have)
SAME_ENTITY = [
    ('a_village_named_again_by_its_first_word',
     "The mud buried most of Bento Tavares, a village of some 600 people. Nobody in Bento heard a siren.",
     'Bento Tavares', 'Bento', 'Bento'),
    ('a_village_named_again_by_its_first_words',
     "Residents of San Lucas Ixcacao drink from the river. The manager came to San Lucas once, in December.",
     'San Lucas Ixcacao', 'San Lucas', 'San Lucas'),
    ('a_mine_named_again_without_its_capitalised_kind',
     "**Tarum Gold Mine, Ghana.** Tarum, in the Kantu District, is run by Tarum Mining Limited. The pit at Tarum flooded.",
     'Tarum', 'Tarum Gold Mine', 'Tarum Gold'),
    ('a_mine_named_with_its_kind_beside_a_company_it_names',
     "**Kantu Gold Mine** lies near Leonora. It is run by Kantu Operations Pty Ltd. Kantu produced 90,000 ounces.",
     'Kantu', 'Kantu Gold Mine', 'Gold Mine'),
    ('the_officers_of_a_body_named_by_its_acronym',
     "A spokesman for the Zona de Defensa Integral (ZODI) said troops were sent. ZODI officers arrested three men.",
     'Zona de Defensa Integral', 'ZODI', 'ZODI police'),
]


@pytest.mark.parametrize("rule, text, name, form, absent", SAME_ENTITY, ids=[r[0] for r in SAME_ENTITY])
def test_english_forms_of_one_entity_are_one_node(ex, rule, text, name, form, absent):
    c = context(ex, text, "2021-05-12")
    assert entity(c, form).name == name
    assert not any(e.name == absent for e in c.entities.values())
