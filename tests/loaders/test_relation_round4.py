"""Round 4 relation rules, each on a made-up sentence (none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def test_a_spanish_title_of_a_place_whose_name_starts_with_an_article(ex):
    c = context(ex, "El alcalde de El Porvenir, Anselmo Quiroga Tello, pidió diálogo.", "2020-05-04", "es")
    assert ("Anselmo Quiroga Tello", "El Porvenir") in facts(c, "HOLDS_POSITION")


def test_the_spanish_regional_president_of_a_region(ex):
    c = context(ex, "El presidente regional de Junín, Anselmo Quiroga Tello, viajó a la zona.", "2020-05-04", "es")
    assert ("Anselmo Quiroga Tello", "Junín") in facts(c, "HOLDS_POSITION")
