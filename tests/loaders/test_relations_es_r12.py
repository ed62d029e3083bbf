"""Spanish relations, round 12 (Spanish relation recall): each rule on a made-up sentence (none is taken from a
scored report)."""

import pytest

from tests.loaders.helpers import context, facts


def es(ex, text):
    return context(ex, text, "2021-03-02", language="es")


@pytest.mark.parametrize("text, place, area", [
    # es/typing.yaml proper_names: an area's level word with no "de", in a chain after a comma.
    ("Los comunarios tomaron el campamento minero en el municipio de Tarvita, provincia Azurduy Alto, el domingo.",
     "Tarvita", "Azurduy Alto"),
    ("La marcha partió del poblado de Huayllay Chico, distrito Ccapacmarca, y llegó a la plaza.",
     "Huayllay Chico", "Ccapacmarca"),
])
def test_an_area_named_after_its_level_word_without_de_in_a_chain(ex, text, place, area):
    assert (place, area) in facts(es(ex, text), "LOCATED_IN")
