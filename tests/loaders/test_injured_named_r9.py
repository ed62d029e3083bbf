"""Spanish injuries, round 9: "Los heridos fueron los campesinos A y B" tells the injury by its victims,
though an article and a common noun stand between the copula and the names (event_checks.named_by_copula).
Invented sentences."""
from tests.loaders.test_events_es_r9 import _of

CLASH = "El pasado lunes, la vía fue despejada por la Policía Nacional, que lanzó gases contra los manifestantes. "


def test_the_injured_named_after_a_common_noun_are_the_victims_of_an_injury():
    text = CLASH + "Los heridos fueron los campesinos Juan Ruiz Tello (52) y Ana Pérez Soto (29)."
    assert _of("Injury", text) == [("2018-05-07", set(), {"Juan Ruiz Tello": "victim", "Ana Pérez Soto": "victim"})]


def test_the_injured_told_again_without_names_are_no_new_injury():
    text = CLASH + "Los heridos fueron trasladados al hospital de Tacna."
    assert _of("Injury", text) == []
