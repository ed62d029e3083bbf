"""English entity resolution, round 12 (invented sentences): a place named again by its first words is the
place named in full (loaders/cluster_joins.py `_place_opened_by`)."""
import pytest

from tests.loaders.helpers import context, entity

# (what the rule reads, an invented sentence, the name the entity has, the other form that must be that entity)
SAME_ENTITY = [
    ('a_village_named_again_by_its_first_word',
     "The mud buried most of Bento Tavares, a village of some 600 people. Nobody in Bento heard a siren.",
     'Bento Tavares', 'Bento'),
    ('a_village_named_again_by_its_first_words',
     "Residents of San Lucas Ixcacao drink from the river. The manager came to San Lucas once, in December.",
     'San Lucas Ixcacao', 'San Lucas'),
]


@pytest.mark.parametrize("rule, text, name, form", SAME_ENTITY, ids=[r[0] for r in SAME_ENTITY])
def test_english_forms_of_one_entity_are_one_node(ex, rule, text, name, form):
    c = context(ex, text, "2021-05-12")
    assert entity(c, form).name == name
    assert sum(1 for e in c.entities.values() if e.name == form) == 0
