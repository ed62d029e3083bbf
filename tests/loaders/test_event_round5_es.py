"""Spanish events of real reports, round 5: violence, statements and meetings told by other words
than their nouns, dates that flow to nouns under prepositions, plans and the time of the report,
and what did not happen. Invented sentences, not the eval reports."""
import pytest

from loaders.dates_es import find_dates
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _graph(text: str, published: str):
    return default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))


def _events(text: str, published: str = "2019-05-10") -> list:
    return [n for n in _graph(text, published).nodes if "Event" in n.labels]


def _of(kind: str, text: str, published: str = "2019-05-10") -> list:
    return [e for e in _events(text, published) if kind in e.labels]


@pytest.mark.parametrize("sentence, kind", [
    ("El sábado, un grupo de encapuchados quemó una garita de la empresa en Chalhuanca.", "Clash"),
    ("El miércoles, un grupo de pobladores atacó la comisaría de Chalhuanca.", "Clash"),
    ("Ayer, un comunero apedreó un vehículo de la empresa en Chalhuanca.", "Clash"),
    ("Ayer, elementos de la policía replegaron a los ejidatarios hacia Chalhuanca.", "Clash"),
    ("El viceministro Raúl Pérez Soto había advertido el lunes que no habrá diálogo.", "Statement"),
    ("El jefe policial, Mario Rojas Vela, informó que cinco comuneros fueron detenidos.", "Statement"),
    ("El lunes, unas 300 personas se apostaron con troncos y piedras sobre la carretera a Chalhuanca.", "Roadblock"),
    ("Los comuneros instalaron piedras y troncos en la carretera que une Chalhuanca con la mina.", "Roadblock"),
    ("Al menos seis personas resultaron con golpes durante el desalojo en Chalhuanca.", "Injury"),
    ("Una mujer embarazada recibió un balín de goma en la espalda.", "Injury"),
])
def test_violence_harm_and_statements_by_other_forms_of_their_verbs(sentence, kind):
    assert _of(kind, sentence)


def test_an_attribution_after_the_news_is_no_statement_of_its_own():
    text = "La policía detuvo el miércoles a tres comuneros en Chalhuanca, informó el ministro Raúl Pérez Soto."
    assert not _of("Statement", text)


def test_a_meeting_after_tras_takes_its_sentences_day():
    text = "Ayer, tras una reunión con el gobernador regional, Luis Pérez Soto, los comuneros firmaron un acta."
    [meeting] = _of("Meeting", text)
    assert meeting.properties["date"] == "2019-05-09"


def test_a_meeting_after_tras_in_a_dated_bullet_takes_the_bullets_day():
    text = ("- 5 de mayo: Una comitiva del Ministerio de Energía y Minas llegó a Chalhuanca.\n"
            "Tras una reunión en Chalhuanca, las partes firmaron un acta de acuerdos.")
    [meeting] = _of("Meeting", text)
    assert meeting.properties["date"] == "2019-05-05"


def test_a_day_the_noun_took_from_its_sentence_gives_way_to_the_day_a_later_mention_tells():
    text = ("Los comuneros levantaron hoy el bloqueo de la vía en Chalhuanca tras la instalación de una mesa de "
            "diálogo con el Ministerio de Energía y Minas.\n\nLa mesa de diálogo se instaló ayer en Chalhuanca.")
    assert [e.properties["date"] for e in _of("DialogueTable", text)] == ["2019-05-09"]


def test_the_day_a_source_told_the_news_is_not_the_day_of_the_news():
    text = "Pobladores de Chalhuanca quemaron la garita de la mina, informaron hoy fuentes oficiales."
    assert [e.properties.get("date") for e in _of("Clash", text)] == [None]


def test_a_plan_after_the_publication_is_this_years_and_the_story_does_not_go_on_with_it():
    [plan] = find_dates("El OEFA realizará el 1 de marzo un monitoreo.", "2023-02-14")
    [past] = find_dates("El 1 de marzo hubo un paro.", "2023-02-14")
    assert (plan.date, past.date) == ("2023-03-01", "2022-03-01")
    text = ("El lunes, los comuneros de Huayllapampa levantaron el paro en Chalhuanca. El OEFA realizará el 1 de "
            "marzo un monitoreo del río. Luego, los comuneros bloquearon la vía en Chalhuanca.")
    [block] = _of("Roadblock", text, "2023-02-14")
    assert block.properties.get("date") != "2023-03-01"


def test_a_noun_in_a_clause_of_the_future_happens_at_no_time_told():
    text = ("- El 20 de enero se instaló la mesa de diálogo en Puquio. La empresa presentará su plan en la "
            "siguiente sesión.")
    assert not _of("Meeting", text, "2016-02")


@pytest.mark.parametrize("sentence, kind", [
    ("La policía informó que no se registraron detenidos en Chalhuanca.", "Arrest"),
    ("La empresa dijo que respeta el derecho a la protesta en Chalhuanca.", "Protest"),
    ("El ministro anunció que se prohíben las manifestaciones en Chalhuanca.", "Protest"),
])
def test_what_did_not_happen_or_is_only_a_right_or_forbidden_is_no_event(sentence, kind):
    assert not _of(kind, sentence)


def test_the_subject_of_resulto_herida_is_the_victim():
    text = "El 3 de mayo, en Chalhuanca, la comunera Teodora Quispe Rojas resultó herida en la cabeza."
    graph = _graph(text, "2019-05-10")
    [injury] = [n for n in graph.nodes if "Injury" in n.labels]
    roles = {r.properties.get("role") for r in graph.relationships if r.type == "PARTICIPATED_IN" and r.end == injury.id}
    assert roles == {"victim"}


def test_a_state_of_siege_named_again_in_a_later_paragraph_is_the_one_told_before():
    text = ("El presidente Juan Pérez Soto decretó el domingo un estado de sitio en el municipio de Chalhuanca.\n\n"
            "El sábado, un grupo de personas quemó una garita en Chalhuanca.\n\n"
            "El ministro, Raúl Rojas Vela, informó que durante el estado de sitio unos 500 soldados del Ejército "
            "apoyarán a la Policía.")
    assert len(_of("StateOfEmergency", text, "2021-10-25")) == 1


def test_the_subject_of_a_relative_clause_is_the_noun_it_tells_of():
    text = ("El 3 de mayo, una comitiva llegó a Chalhuanca para atender a los comuneros de la comunidad campesina "
            "de Huayllapampa, que desde el 2 de mayo acatan un paro contra la mina.")
    graph = _graph(text, "2019-05-10")
    [strike] = [n for n in graph.nodes if "Strike" in n.labels]
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    organizers = {names[r.start] for r in graph.relationships if r.type == "PARTICIPATED_IN" and r.end == strike.id}
    assert "comunidad campesina de Huayllapampa" in organizers


def test_two_acts_of_violence_by_different_subjects_are_two_events():
    text = ("El martes, un grupo de encapuchados quemó una garita de la empresa en Chalhuanca. Efectivos de la "
            "Policía Nacional del Perú lanzaron bombas lacrimógenas en Chalhuanca.")
    assert len(_of("Clash", text)) == 2


def test_the_act_a_statement_denounces_is_not_told_apart_by_the_speaker():
    text = ("El martes, efectivos de la Policía Nacional del Perú desalojaron a los comuneros en Chalhuanca. La "
            "Defensoría del Pueblo denuncia el desalojo en Chalhuanca.")
    assert len(_of("Clash", text)) == 1


def _roles(graph, event) -> dict:
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    return {names[r.start]: r.properties.get("role") for r in graph.relationships
            if r.type == "PARTICIPATED_IN" and r.end == event.id}


def _places(graph, event) -> set:
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    return {names[r.end] for r in graph.relationships if r.type == "OCCURRED_AT" and r.start == event.id}


def test_the_leader_of_a_delegation_told_again_leads_the_visit():
    text = ("Una comitiva del Ministerio de Energía y Minas llegó el lunes al distrito de Camilaca. La delegación "
            "estuvo encabezada por el viceministro de Minas, Ernesto Salas Paredes.")
    graph = _graph(text, "2019-05-10")
    [visit] = [n for n in graph.nodes if "Visit" in n.labels]
    assert _roles(graph, visit).get("Ernesto Salas Paredes") == "leader"


def test_an_unplaced_meeting_is_where_the_visit_just_told_went():
    text = ("Una comitiva del Ministerio de Energía y Minas llegó el lunes al distrito de Camilaca. La delegación "
            "estuvo encabezada por el viceministro Ernesto Salas Paredes. En la reunión, realizada en el local "
            "comunal, participaron también el alcalde Teófilo Condori Mamani y el dirigente Mario Ticona Apaza.")
    graph = _graph(text, "2019-05-10")
    [meeting] = [n for n in graph.nodes if "Meeting" in n.labels]
    assert _places(graph, meeting) == {"Camilaca"}


def test_a_meeting_told_before_a_placed_event_of_its_sentence_is_where_that_was():
    text = ("Los comuneros levantaron ayer el bloqueo de la vía en la provincia de Parinacochas, tras una reunión "
            "con el viceministro Pedro Zerpa Vera.")
    graph = _graph(text, "2019-05-10")
    [meeting] = [n for n in graph.nodes if "Meeting" in n.labels]
    assert "Parinacochas" in _places(graph, meeting)


def test_an_assembly_that_decides_is_no_meeting_placed_by_its_sentence():
    text = ("Los ejidatarios mantienen la toma de la mina en Arteaga. La asamblea ejidal decidió mantener la toma de "
            "la mina en Arteaga.")
    assert not _of("Meeting", text)


def test_a_sentence_that_dates_what_happened_dates_the_events_told_before():
    text = ("Pobladores de Chalhuanca quemaron la garita de la mina, informaron hoy fuentes oficiales.\n\n"
            "Según la policía, los hechos ocurrieron el pasado domingo.")
    assert [e.properties.get("date") for e in _of("Clash", text, "2012-05-08")] == ["2012-05-06"]


def test_a_day_counted_from_an_event_told_before_is_that_events_day_moved():
    text = ("Una comitiva del Ministerio de Energía y Minas llegó el lunes a Camilaca. El día anterior a la llegada "
            "de la comitiva, los comuneros habían bloqueado la carretera en Camilaca.")
    [block] = _of("Roadblock", text, "2023-02-14")
    assert block.properties["date"] == "2023-02-12"


def test_the_injured_named_after_a_copula_are_the_victims_of_an_injury():
    text = ("Ayer, agentes de la Policía Nacional Civil dispararon bombas lacrimógenas contra los manifestantes en "
            "Tajumulco. Los heridos fueron Rosendo Tojín Bámaca (35) y Eulalia Chuc Pérez (40), trasladados al hospital.")
    graph = _graph(text, "2012-05-08")
    [injury] = [n for n in graph.nodes if "Injury" in n.labels]
    assert injury.properties["date"] == "2012-05-07"
    assert _roles(graph, injury) == {"Rosendo Tojín Bámaca": "victim", "Eulalia Chuc Pérez": "victim"}


def test_the_detained_told_again_with_an_article_are_no_event_of_their_own():
    text = ("El lunes, la policía detuvo a tres comuneros en Tajumulco. El juez liberó el martes a los "
            "detenidos.")
    assert len(_of("Arrest", text, "2012-05-08")) == 1


def test_forces_that_clear_a_blockade_act_where_it_was_and_its_holders_protest():
    text = ("- El 6 de mayo, los pobladores de Llacuabamba bloquearon el puente Chagual.\n"
            "- El 9 de mayo, efectivos de la Dirección de Operaciones Especiales desbloquearon el puente.")
    graph = _graph(text, "2011-06")
    [clash] = [n for n in graph.nodes if "Clash" in n.labels]
    assert "Chagual" in " ".join(_places(graph, clash))
    assert _roles(graph, clash).get("pobladores de Llacuabamba") == "protester"


def test_two_acts_of_the_same_side_are_not_told_apart():
    text = ("El martes, efectivos de la Policía Nacional del Perú desalojaron a los comuneros en Chalhuanca. Los "
            "agentes lanzaron bombas lacrimógenas en Chalhuanca.")
    assert len(_of("Clash", text)) == 1


def test_a_date_inside_a_relative_clause_dates_that_clause_not_the_event_its_noun_hangs_from():
    text = ("La Coalición denuncia el desalojo de los pobladores de Azacualpa, que desde hace 60 días mantenían "
            "una vigilia en el cementerio de Azacualpa.")
    dates = {k: [e.properties.get("date") for e in _of(k, text, "2015-08-14")] for k in ("Clash", "Protest")}
    assert dates == {"Clash": [None], "Protest": ["2015-06-15"]}


def test_a_numbered_item_without_a_date_goes_on_with_the_item_before():
    text = ("HECHOS\n\n1. El pasado martes 11 de agosto, agentes de la Policía Nacional rodearon el cementerio de "
            "Azacualpa.\n\n2. Fueron detenidos los defensores Santos Elvir Mejía y José Lino Pérez.")
    [arrest] = _of("Arrest", text, "2015-08-14")
    assert arrest.properties["date"] == "2015-08-11"


def test_a_community_that_carries_out_a_strike_another_body_called_organizes_it_too():
    text = ("El 3 de mayo, en Chalhuanca, los comuneros de la comunidad campesina de Huayllapampa acataron el paro "
            "convocado por la Federación Agraria de Apurímac.")
    graph = _graph(text, "2019-05-10")
    [strike] = [n for n in graph.nodes if "Strike" in n.labels]
    roles = _roles(graph, strike)
    assert roles.get("comunidad campesina de Huayllapampa") == "organizer"
    assert roles.get("Federación Agraria de Apurímac") == "organizer"


def test_a_meeting_at_a_body_named_by_its_place_and_its_agreement_are_in_that_place():
    text = ("- El 12 de agosto, tras una reunión en la municipalidad distrital de Parcoy, la empresa y los "
            "dirigentes suscribieron un acta.")
    graph = _graph(text + "\n\nEl distrito de Parcoy está en la provincia de Pataz.", "2011-09")
    for kind in ("Meeting", "Agreement"):
        [event] = [n for n in graph.nodes if kind in n.labels]
        assert _places(graph, event) == {"Parcoy"}, kind
