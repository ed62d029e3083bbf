"""Spanish dates, round 9: "Días después" / "Meses después", a count not told, keeps only the month (or the
year) of the date told before (loaders/relative_dates.py `_intervals`). Invented sentences."""
import pytest

from tests.loaders.test_events_es_r9 import _of

BEFORE = "El 2 de abril, productores de la Asociación Quenua detectaron lodos en el arroyo Blanco. "


@pytest.mark.parametrize("count, date", [("Días después", "2018-04"), ("Dos días después", "2018-04-04"),
                                         ("Meses después", "2018")])
def test_a_count_not_told_keeps_only_the_precision_it_allows(count, date):
    text = BEFORE + count + ", la Junta de Vecinos de Tacna presentó una denuncia ante la Procuraduría Ambiental."
    assert [d for d, _, _ in _of("LegalAction", text)] == [date]
