"""Spanish events of real reports, round 6: a reflexive passive's subject ("se produjo el desalojo") and a
verb the parse hangs from a noun take the time told before; "entre los heridos se encuentran X" names
those an earlier event befell; "declaró a <medio>" is speaking, not authorship. Invented sentences."""
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _graph(text: str, published: str):
    return default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))


def _of(kind: str, text: str, published: str = "2019-05-10"):
    graph = _graph(text, published)
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    events = [n for n in graph.nodes if "Event" in n.labels and kind in n.labels]
    roles = {e.id: {names[r.start]: r.properties.get("role") for r in graph.relationships
                    if r.type == "PARTICIPATED_IN" and r.end == e.id} for e in events}
    return events, roles


def test_a_reflexive_passive_subject_takes_the_day_told_before():
    text = ("Pobladores de Chalhuanca bloquearon el 3 de mayo la vía a la mina Quisca.\n\n"
            "Llegaron luego agentes de la Policía Nacional, y se llevó a cabo el desalojo de los pobladores.")
    events, _ = _of("Clash", text)
    assert [e.properties.get("date") for e in events] == ["2019-05-03"]


def test_a_dated_heading_reaches_a_desalojo_told_by_se_produjo():
    text = ("**7 de mayo.** Se produjo el desalojo del plantón de Chalhuanca por parte de la Policía Nacional.")
    events, _ = _of("Clash", text)
    assert [e.properties.get("date") for e in events] == ["2019-05-07"]


def test_a_verb_after_a_split_weekday_keeps_its_day():
    # (the small parse splits "El miércoles," off and hangs "marcharon" from the noun before it)
    text = ("Los mineros de la mina Quisca cumplieron hoy su tercer día de huelga.\n\n"
            "El miércoles, unos 300 mineros y sus familias marcharon por el centro de Chalhuanca hasta la Prefectura.")
    events, _ = _of("Protest", text, "2019-05-10")
    assert [e.properties.get("date") for e in events] == ["2019-05-08"]


def test_entre_los_heridos_names_the_victims_of_the_injury_told_before():
    text = ("El domingo 5 de mayo, comuneros y guardias se enfrentaron en el campamento de la mina Quisca. "
            "Cuatro personas resultaron heridas.\n\n"
            "El dirigente Julián Ccori Huamán dijo que los guardias dispararon.\n\n"
            "Entre los heridos se encuentran el comunero Teófilo Quispe Rojas y el guardia Mario Apaza Luna.")
    _, roles = _of("Injury", text)
    assert any(r.get("Teófilo Quispe Rojas") == "victim" for r in roles.values())


def test_speaking_to_an_outlet_is_speaking_not_authorship():
    text = '"No vamos a retroceder", declaró a Prensa Libre el alcalde de Chalhuanca, Julián Ccori Huamán.'
    _, roles = _of("Statement", text)
    assert any(r.get("Julián Ccori Huamán") == "speaker" for r in roles.values())


def test_a_passive_arrest_told_after_its_agent_names_who_was_arrested_and_who_arrested():
    text = "El 4 de mayo fue detenido por agentes de la Policía Nacional el comunero Teófilo Quispe Rojas, acusado de daños."
    _, roles = _of("Arrest", text)
    assert any(r.get("Teófilo Quispe Rojas") == "subject" and r.get("Policía Nacional") == "perpetrator"
               for r in roles.values())


def test_a_meeting_the_dated_verb_takes_as_its_oblique_happens_that_day():
    text = ("El lunes, en una reunión realizada en la sede de la Gobernación de Cusco, dirigentes de Chalhuanca "
            "y representantes de la empresa acordaron instalar una mesa de diálogo el 20 de mayo.")
    events, _ = _of("Meeting", text)
    assert "2019-05-06" in [e.properties.get("date") for e in events]


def test_an_agreement_told_after_a_meeting_is_where_they_met():
    text = ("El 5 de mayo tuvo lugar una reunión en Abancay entre dirigentes de Chalhuanca y funcionarios del "
            "Gobierno Regional. Hubo acuerdo para suspender los trabajos de la mina Quisca durante 60 días.")
    graph = _graph(text, "2019-05-10")
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    agreements = {n.id for n in graph.nodes if "Agreement" in n.labels}
    assert "Abancay" in {names[r.end] for r in graph.relationships if r.type == "OCCURRED_AT" and r.start in agreements}



def test_the_people_a_gathering_names_by_their_noun_are_the_community_named_before():
    text = ("La comunidad de Chalhuanca se opone a la mina Quisca.\n\n"
            "El 3 de mayo se llevó a cabo una asamblea general en Chalhuanca con la presencia de unos 400 comuneros, "
            "que rechazaron la exploración.")
    _, roles = _of("Meeting", text)
    assert any("comunidad de Chalhuanca" in r for r in roles.values())

