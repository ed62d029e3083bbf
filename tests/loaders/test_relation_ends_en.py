"""English relations whose end is named by another form than the one the clause reads (round 11), each on a
made-up sentence (none is taken from a scored report): the fact must reach the entity that form names."""
import pytest

from tests.loaders.helpers import context


def names(c, ident):
    e = c.entities[ident]
    return {e.name, *e.aliases}


# (rule, text, relation type, start form, end form): some fact of that type joins entities known by those forms.
ENDS = [
    ("a community named after its noun is known by the noun-and-name form",
     "The council is chaired by Rosa Quispe, president of the community of Tarum Chico, a hamlet in Kantu.",
     "HEADS", "Rosa Quispe", "community of Tarum Chico"),
    ("a village's chairman heads the villagers, not a people's alliance named after them",
     "Villagers from Ch'ol Ha blocked the highway. The Mapuche Leaders Alliance has come out in support of them. Police arrested "
     "the village chairman, Juan Tut, and two other men.",
     "HOLDS_POSITION", "Juan Tut", "villagers from Ch'ol Ha"),
    ("a unit named after police from the is that unit, not a place",
     "Police from the Tarum Division, headed by Superintendent Ron Bell, kept watch on the blockade.",
     "HEADS", "Ron Bell", "Tarum Division"),
    ("each of the A and B cooperatives is a cooperative, not a place",
     "The state leases the mine to the Santa Rita and Villa Alta cooperatives. The cooperatives belong to the "
     "Federation of Mining Cooperatives of Tarum.",
     "MEMBER_OF", "Villa Alta cooperative", "Federation of Mining Cooperatives of Tarum"),
    ("a community's Spanish name joined by y is one name",
     "The peasant community of Santa Rita y Lomas opposes the project. Its president, Juan Tut, said so.",
     "HOLDS_POSITION", "Juan Tut", "peasant community of Santa Rita y Lomas"),
    ("a comunidad campesina named by a list closed by y is one community",
     "The comunidad campesina Santa Rita, Lomas y Tala demands compensation. The community, represented by its "
     "president, Juan Tut, asked for more.",
     "HOLDS_POSITION", "Juan Tut", "comunidad campesina Santa Rita, Lomas y Tala"),
]


@pytest.mark.parametrize("rule, text, kind, start, end", ENDS, ids=[r[0] for r in ENDS])
def test_a_relation_reaches_the_entity_its_end_names(ex, rule, text, kind, start, end):
    c = context(ex, text, "2020-05-04")
    assert any(start in names(c, f.start) and end in names(c, f.end) for f in c.facts if f.type == kind), \
        [(c.entities[f.start].name, f.type, c.entities[f.end].name, c.entities[f.end].aliases) for f in c.facts]


def test_a_community_set_off_as_a_hamlet_is_a_hamlet_in_its_area(ex):
    # relations.yaml `community_settled_aside`: the hamlet the community is named after lies in the area, not the community.
    c = context(ex, "The council is chaired by Rosa Quispe, president of the community of Tarum Chico, a hamlet in the "
                    "Kantu department.", "2020-05-04")
    located = {(c.entities[f.start].subclass, c.entities[f.start].name, c.entities[f.end].name)
               for f in c.facts if f.type == "LOCATED_IN"}
    assert located == {("Settlement", "Tarum Chico", "Kantu")}
    assert any(e.name == "Tarum Chico" and e.subclass == "Community" for e in c.entities.values())
