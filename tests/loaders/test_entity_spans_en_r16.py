"""English entity spans, round 16 (invented sentences): names NER cuts before their kind word or at a
hyphen, so the relations at them cannot match (issue 8, pattern 8)."""
from tests.loaders.helpers import context, entity


def test_a_plant_is_named_with_its_kind_word(ex):
    # typing.yaml `kinds_in_names`: "the Tavoli smelter" is the plant's name, "Tavoli" its alias.
    c = context(ex, "Ore is trucked to the Tavoli smelter at the industrial park.", "2020-05-06")
    smelter = entity(c, "Tavoli smelter")
    assert (smelter.cls, smelter.subclass) == ("Place", "Facility")
    assert not any(e.name == "Tavoli" for e in c.entities.values())


def test_a_plants_kind_word_types_it_over_the_words_inside(ex):
    # chosen_mentions.py `_kinds_in_names`: a concentrator named for a road is no road.
    c = context(ex, "Police fired at the Mbeli Road concentrator in Kalulushi.", "2020-05-06")
    plant = entity(c, "Mbeli Road concentrator")
    assert (plant.cls, plant.subclass) == ("Place", "Facility")
