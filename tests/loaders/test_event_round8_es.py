"""Spanish events of real reports, round 8: the place a verb of the street acts on, weapons thrown or fired
in any form of the verb. Invented sentences."""
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _graph(text: str, published: str):
    return default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))


def _of(kind: str, text: str, published: str = "2018-05-10"):
    """The events of a kind: their dates, their places' names and their participants' roles."""
    graph = _graph(text, published)
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    events = [n for n in graph.nodes if "Event" in n.labels and kind in n.labels]
    places = {e.id: {names[r.end] for r in graph.relationships if r.type == "OCCURRED_AT" and r.start == e.id} for e in events}
    roles = {e.id: {names[r.start]: r.properties.get("role") for r in graph.relationships
                    if r.type == "PARTICIPATED_IN" and r.end == e.id} for e in events}
    return events, places, roles


def test_the_place_a_blockade_acts_on_is_where_it_was():
    text = ("Unos 200 comuneros de Pucará bloquearon el 8 de mayo el acceso a la mina Quenua, "
            "en el distrito de Tacabamba.")
    events, places, _ = _of("Roadblock", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-08"]
    assert "Quenua" in " ".join(next(iter(places.values())))


def test_stones_thrown_in_any_form_of_the_verb_are_a_clash():
    text = "El 8 de mayo, un grupo de comuneros arrojó piedras y palos contra los guardias de la mina Quenua, en Tacabamba."
    events, _, _ = _of("Clash", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-08"]


def test_a_verb_of_throwing_without_a_weapon_is_no_clash():
    text = "El 8 de mayo, la empresa Minera Quenua lanzó un programa de becas en Tacabamba."
    events, _, _ = _of("Clash", text)
    assert events == []


def test_a_weekday_in_a_clause_of_what_is_to_come_is_the_next_one():
    from loaders.dates_es import find_dates
    text = "El Frente convocó a los vecinos a concentrarse este jueves frente a la Municipalidad. El lunes marcharon."
    assert [d.date for d in find_dates(text, "2011-03-09")] == ["2011-03-10", "2011-03-07"]


def test_al_dia_siguiente_counts_a_day_on_for_all_its_sentence():
    text = ("El 2 de mayo, comuneros de Pucará ocuparon el campamento de la mina Quenua. Al día siguiente, efectivos de la "
            "Policía Nacional desalojaron a los ocupantes; la Defensoría del Pueblo informó que Juan Quispe Mamani y otros "
            "cinco comuneros fueron detenidos.")
    clashes, _, _ = _of("Clash", text)
    arrests, _, _ = _of("Arrest", text)
    assert [e.properties.get("date") for e in clashes] == ["2018-05-03"]
    assert [e.properties.get("date") for e in arrests] == ["2018-05-03"]


def test_tres_dias_antes_counts_back_from_the_date_told_before():
    text = ("El 7 de mayo, los dirigentes se reunieron con el ministro en Tacabamba. Tres días antes, más de 500 moradores "
            "de Pucará bloquearon la carretera a Tacabamba.")
    events, _, _ = _of("Roadblock", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-04"]


def test_a_road_kept_closed_by_its_participle_is_a_roadblock():
    text = "Desde el 5 de mayo los comuneros tenían trancada la carretera a Tacabamba con dos camiones atravesados."
    events, _, _ = _of("Roadblock", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-05"]


def test_a_road_that_stayed_closed_is_a_roadblock():
    text = "El 6 de mayo, la vía a Tacabamba permaneció cerrada por comuneros de Pucará."
    events, _, _ = _of("Roadblock", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-06"]


def test_a_closed_door_is_no_roadblock():
    text = "El 6 de mayo, la oficina de la mina Quenua en Tacabamba permaneció cerrada."
    events, _, _ = _of("Roadblock", text)
    assert events == []


def test_destaco_is_a_statement_by_its_subject():
    text = "El 8 de mayo, el ministro de Energía y Minas, Hugo Villalta Correa, destacó la voluntad de diálogo de las partes."
    events, _, roles = _of("Statement", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-08"]
    assert next(iter(roles.values())).get("Hugo Villalta Correa") == "speaker"


def test_a_day_counted_from_the_police_operation():
    text = ("El 9 de mayo, efectivos de la Policía Nacional desalojaron a los comuneros que bloqueaban la vía a Tacabamba. "
            "El 6 de mayo, los comuneros habían cerrado el paso. Un día antes del operativo, una comitiva del Ministerio del Interior se trasladó a Tacabamba.")
    events, _, _ = _of("Visit", text)
    assert [e.properties.get("date") for e in events] == ["2018-05-08"]
