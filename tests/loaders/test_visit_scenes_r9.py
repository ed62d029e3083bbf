"""Spanish visits told through the scene they went to or the people who received them, round 9
(loaders/visit_scenes.py). Invented sentences."""
from tests.loaders.test_events_es_r9 import _of


def test_a_delegation_that_goes_up_to_the_blockade_visits_where_the_blockade_stands():
    text = ("Desde el 2 de mayo los vecinos cortan la ruta 40 en Peñas Blancas. El lunes subió hasta el corte una "
            "comisión de diputados de la Legislatura de Tacna, encabezada por la diputada Ana Ruiz.")
    assert [(d, places) for d, places, _ in _of("Visit", text)] == [("2018-05-07", {"Peñas Blancas", "ruta 40"})]


def test_villagers_who_receive_a_delegation_are_visited_where_they_protest():
    text = ("El 3 de mayo los comuneros bloquearon la vía en Quenua. Horas después los pobladores recibieron a una "
            "comitiva de la Procuraduría de Derechos Humanos, encabezada por Marta Ruiz.")
    assert _of("Visit", text) == [("2018-05-03", {"Quenua"}, {"Marta Ruiz": "leader"})]


def test_an_official_who_receives_a_delegation_in_his_office_is_no_visit():
    text = ("El 3 de mayo los comuneros bloquearon la vía en Quenua. El viceministro Juan Ruiz recibió a una "
            "comisión de la empresa.")
    assert _of("Visit", text) == []
