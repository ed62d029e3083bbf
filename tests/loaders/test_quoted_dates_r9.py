"""Dates, round 9: a date inside quoted words ("desde 2004") is the time of what the quote tells, not of the
statement around it (loaders/clause_times.py `quoted`). Invented sentences."""
from tests.loaders.test_events_es_r9 import _of

QUOTE = '"Venimos denunciando esto desde 2004 y nadie nos escucha", dijo '


def test_a_date_inside_the_quote_does_not_date_the_statement():
    text = "El 3 de mayo los comuneros bloquearon la vía en Quenua. " + QUOTE + "el dirigente Juan Ruiz Tello."
    assert [d for d, _, _ in _of("Statement", text)] != ["2004"]


def test_a_date_outside_the_quote_still_dates_the_statement():
    assert [d for d, _, _ in _of("Statement", QUOTE + "el 3 de mayo el dirigente Juan Ruiz Tello.")] == ["2018-05-03"]
