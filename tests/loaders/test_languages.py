"""Reports in Spanish and in languages minegraph does not read (issue 9)."""
import warnings
from datetime import date, timedelta

import pytest

from loaders.dates_es import find_dateline, find_dates
from loaders.language import detect, language_of, normalise
from loaders.nlp import load_nlp
from loaders.pipeline import default_extractor
from loaders.read import report_from_text

SPANISH = ("El ministro del Interior, Carlos Basombrío, viajó el pasado martes a Challhuahuacho y se reunió "
           "con dirigentes de la comunidad campesina de Fuerabamba. La Policía Nacional del Perú lanzó gases "
           "lacrimógenos contra los comuneros que bloquearon la vía.")


def test_spanish_model_loads_without_its_version_warning_and_parses():
    load_nlp.cache_clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = load_nlp("es")
    assert not [w for w in caught if "W095" in str(w.message)]
    doc = nlp("La Policía Nacional del Perú detuvo ayer a dos dirigentes en Challhuahuacho.")
    assert doc.lang_ == "es" and len(list(doc.sents)) == 1
    verb = next(t for t in doc if t.text == "detuvo")
    assert verb.tag_ == "VBD" and verb.dep_ == "ROOT"       # read in the English model's labels
    assert {"PERSON", "GPE", "ORG", "MISC"} >= {e.label_ for e in doc.ents} and doc.ents


def test_a_spanish_passive_subject_is_read_as_passive_and_a_perfect_one_is_not():
    nlp = load_nlp("es")
    passive = next(t for t in nlp("Once comuneros fueron detenidos en Lircay.") if t.text == "comuneros")
    perfect = next(t for t in nlp("Los policías han detenido a once comuneros.") if t.text == "policías")
    assert (passive.dep_, perfect.dep_) == ("nsubjpass", "nsubj")


def test_language_from_front_matter_else_detected():
    assert normalise("es-PE") == normalise("Spanish") == normalise("español") == "es"
    assert language_of("en", SPANISH) == "en"
    assert detect(SPANISH) == "es"
    assert detect("Os agricultores bloquearam a estrada principal durante três dias.") == "pt"
    assert detect("The police fired tear gas at farmers who had blocked the road.") == "en"


@pytest.mark.parametrize("text, published, expected", [
    ("el 22 de octubre", "2016-10-27", "2016-10-22"),
    ("el pasado martes", "2016-10-27", "2016-10-25"),      # 27 Oct 2016 was a Thursday
    ("ayer", "2016-10-27", "2016-10-26"),
    ("hace 60 días", "2016-10-27", "2016-08-28"),
    ("desde el 13 de marzo", "2020-05", "2020-03-13"),
    ("a fines de 2014", "2015-02", "2014"),
    ("en marzo de 2017", "2018-05-10", "2017-03"),      # the lead's month keeps the year told after it
    ("el 5 de diciembre", "2017-01-10", "2016-12-05"),      # a month after the publication's is last year's
    ("la semana pasada", "2016-10", "2016-10"),
    ("el mes pasado", "2016-01-15", "2015-12"),
])
def test_spanish_dates_resolve_against_publication(text, published, expected):
    [date] = find_dates(text, published)
    assert date.date == expected


@pytest.mark.parametrize("text, published, city, day", [
    ("La Paz, 14 may (EFE).- Comunarios bloquean la vía desde el pasado lunes.", "2015-05", "La Paz", "2015-05-14"),
    ("NOTA DE PRENSA\n\nLima, 6 de noviembre de 2014.- El ministro llegó ayer.", "2014-11", "Lima", "2014-11-06"),
    ("Lima, jul. 18 (ANDINA). El ministro llegó ayer.", "2024-07", "Lima", "2024-07-18"),
])
def test_a_spanish_wire_dateline_dates_the_story_not_an_event(text, published, city, day):
    line = find_dateline(text, published)
    assert text[slice(*line.city)] == city and line.resolved == day
    dates = find_dates(text, published)
    assert not any(line.date[0] <= d.start < line.date[1] for d in dates)    # its date is no event's
    assert [d.date for d in dates] == [(date.fromisoformat(day) - timedelta(days=3 if "lunes" in text else 1)).isoformat()]


def test_a_weekday_is_that_day_in_a_spanish_paper_of_that_weekday_unless_pasado():
    assert [d.date for d in find_dates("el jueves", "2016-10-27")] == ["2016-10-27"]
    assert [d.date for d in find_dates("el jueves pasado", "2016-10-27")] == ["2016-10-20"]
    assert [d.date for d in find_dates("la madrugada del martes", "2016-10-27")] == ["2016-10-25"]
    assert [d.date for d in find_dates("el último domingo", "2016-10-27")] == ["2016-10-23"]


def test_spanish_report_is_read_by_the_spanish_rules():
    doc = default_extractor().extract(report_from_text(SPANISH, {"title": "t", "published": "2016-10-27"}))
    document = doc.nodes[0]
    assert document.properties["language"] == "es" and "extraction_note" not in document.properties
    names = {n.properties.get("name") for n in doc.nodes}
    assert {"Carlos Basombrío", "Policía Nacional del Perú", "Challhuahuacho"} <= names
    [visit] = [n for n in doc.nodes if "Visit" in n.labels]
    assert visit.properties["date"] == "2016-10-25"
    heads = {(r.start, r.end) for r in doc.relationships if r.type == "HOLDS_POSITION"}
    assert ("person:carlos-basombrio", "organization:ministry-of-the-interior") in heads


def test_a_third_language_is_stored_with_a_note_and_nothing_read():
    text = ("A Polícia Nacional do Peru lançou gás lacrimogêneo contra os agricultores que bloquearam a estrada "
            "perto da mina de Las Bambas, disse o ministro Carlos Basombrío.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "published": "2016-10"}))
    assert [n.labels for n in doc.nodes] == [["Document"]] and not doc.relationships
    assert doc.nodes[0].properties["language"] == "pt"
    assert "not read" in doc.nodes[0].properties["extraction_note"]


def test_one_body_whichever_language_names_it():
    ex = default_extractor()
    spanish = ex.extract(report_from_text("El Ministerio de Energía y Minas instaló una mesa de diálogo en Lima.",
                                          {"language": "es", "published": "2016-10"}))
    english = ex.extract(report_from_text("The Ministry of Energy and Mines set up a dialogue table in Lima.",
                                          {"language": "en", "published": "2016-10"}))
    ministry = lambda g: {n.id for n in g.nodes if "GovernmentBody" in n.labels}  # noqa: E731
    assert ministry(spanish) == ministry(english) == {"organization:ministry-of-energy-and-mines"}


def test_an_english_and_a_spanish_report_of_one_visit_give_one_visit_with_both_attendees(tmp_path):
    from graph.memory_store import MemoryStore
    from graph.queries import visits

    ex = default_extractor()
    spanish = report_from_text("El vicepresidente Martín Vizcarra visitó Las Bambas el 22 de octubre, acompañado por "
                               "Rolando Luque.", {"title": "es", "published": "2016-10-25"})
    english = report_from_text("Vice-president Martín Vizcarra visited Las Bambas on 22 October, accompanied by "
                               "Gregorio Rojas.", {"title": "en", "published": "2016-10-25"})
    store = MemoryStore(tmp_path / "graph.json")
    for report in (spanish, english):
        store.write(ex.extract(report))
    [visit] = visits(store, place="place:las-bambas")
    people = {p["node"]["properties"]["name"] for p in visit["participants"]}
    assert people == {"Martín Vizcarra", "Rolando Luque", "Gregorio Rojas"}


@pytest.mark.parametrize("query", ["Ministerio de Energía y Minas", "Ministry of Energy and Mines",
                                   "ministerio de energia y minas", "MINISTERIO DE ENERGIA", "ministry of energy"])
def test_search_finds_one_node_by_its_name_in_either_language_with_or_without_accents(tmp_path, query):
    from graph.memory_store import MemoryStore
    from graph.queries.search import search

    ex = default_extractor()
    store = MemoryStore(tmp_path / "graph.json")
    store.write(ex.extract(report_from_text("El Ministerio de Energía y Minas instaló una mesa de diálogo en Lima.",
                                            {"title": "es", "language": "es", "published": "2016-10"})))
    store.write(ex.extract(report_from_text("The Ministry of Energy and Mines set up a dialogue table in Lima.",
                                            {"title": "en", "language": "en", "published": "2016-10"})))
    hits = search(store, query)
    assert hits and hits[0]["id"] == "organization:ministry-of-energy-and-mines"
    assert len({h["id"] for h in hits if "Ministry" in h["name"] or "Ministerio" in h["name"]}) == 1


def test_spanish_relations_read_through_de_filial_and_an_ombudsman_heading():
    text = ("PUNO – Provincia de Carabaya, distrito de Corani\n\n"
            "La mina de plata Cerro Azul, operada por la empresa Minera Sur, filial de la canadiense Andes Gold, "
            "afecta a la comunidad campesina de Chacaconiza. El presidente de la comunidad campesina de Chacaconiza, "
            "Julián Quispe, pidió una mesa de diálogo.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2016-02"}))
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    facts = {(names.get(r.start), r.type, names.get(r.end)) for r in doc.relationships}
    assert {("Minera Sur", "OPERATES", "Cerro Azul"), ("Andes Gold", "OWNS", "Minera Sur"),
            ("Julián Quispe", "HOLDS_POSITION", "comunidad campesina de Chacaconiza"),
            ("Corani", "LOCATED_IN", "Provincia de Carabaya")} <= facts


def _events(text: str, published: str) -> list:
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))
    return [n for n in doc.nodes if "Event" in n.labels]


def test_a_since_date_is_the_background_the_next_sentence_goes_on_with_the_time_before():
    text = ("El ministro del Interior, Carlos Morán, llegó ayer a Chalhuanca. Desde el 28 de abril, comuneros de "
            "Huayllapampa bloqueaban la vía. El ministro se reunió con los dirigentes en la sede de la Prefectura.")
    [meeting] = [e for e in _events(text, "2019-05-10") if "Meeting" in e.labels]
    assert meeting.properties["date"] == "2019-05-09"


@pytest.mark.parametrize("sentence, kind", [
    ("El martes, comuneros de Huayllapampa quemaron dos camionetas de la empresa en Chalhuanca.", "Clash"),
    ("Ayer, los manifestantes lanzaron piedras contra los policías en Chalhuanca.", "Clash"),
    ("Los comuneros fueron desalojados el 3 de mayo por la policía en Chalhuanca.", "Clash"),
    ("El lunes, cientos de pobladores salieron a las calles de Chalhuanca.", "Protest"),
    ("Desde el 2 de mayo, las comunidades de Aymaraes acatan el paro.", "Strike"),
    ("El 6 de mayo, tras la reunión, los dirigentes levantaron la medida en Chalhuanca.", "Truce"),
    ("El 7 de mayo se instaló la mesa en Chalhuanca con representantes del Ministerio de Energía y Minas.", "DialogueTable"),
])
def test_spanish_violence_protest_and_talks_told_without_their_nouns(sentence, kind):
    assert any(kind in e.labels for e in _events(sentence, "2019-05-10"))


def test_a_fronted_place_with_its_noun_is_where_the_event_was():
    text = "El martes, en el puente Chaquicocha, efectivos de la Policía Nacional del Perú desalojaron a los comuneros."
    [clash] = [e for e in _events(text, "2018-03-22") if "Clash" in e.labels]
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2018-03-22"}))
    places = {r.end for r in doc.relationships if r.type == "OCCURRED_AT" and r.start == clash.id}
    assert places == {"place:chaquicocha"}


def _facts(text: str, published: str = "2019-05-10") -> set:
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    return {(names.get(r.start), r.type, names.get(r.end)) for r in doc.relationships}


def test_the_commissioner_of_a_town_holds_a_post_in_the_police_not_the_town():
    facts = _facts("La policía detuvo a doce comuneros, informó el comisario de Yanacancha, mayor PNP Raúl Chuquillanqui.")
    assert ("Raúl Chuquillanqui", "HOLDS_POSITION", "Policía Nacional del Perú") in facts
    assert not any(f[0] == "Raúl Chuquillanqui" and f[2] == "Yanacancha" for f in facts)


@pytest.mark.parametrize("sentence, person, body", [
    ("La ministra de Gobierno, Paula Andrade Vela, dijo que la ocupación era ilegal.", "Paula Andrade Vela",
     "Ministerio de Gobierno"),
    ("El viceministro de Gobernanza Territorial, Óscar Valdivia, anunció que viajará a Espinar.", "Óscar Valdivia",
     "Viceministerio de Gobernanza Territorial"),
    ("El ministro de Minas y Energía de Colombia, Diego Mesa, visitó Santander.", "Diego Mesa", "Ministerio de Minas y Energía"),
])
def test_a_minister_of_a_portfolio_the_lexicon_lacks_holds_a_post_in_that_ministry(sentence, person, body):
    assert (person, "HOLDS_POSITION", body) in _facts(sentence)


def test_a_ministry_named_by_its_minister_and_in_full_is_one_body():
    facts = _facts("La ministra de Gobierno, Paula Andrade Vela, habló. El Ministerio de Gobierno informó del desalojo.")
    assert ("Paula Andrade Vela", "HOLDS_POSITION", "Ministerio de Gobierno") in facts
    doc = default_extractor().extract(report_from_text(
        "La ministra de Gobierno, Paula Andrade Vela, habló. El Ministerio de Gobierno informó del desalojo.",
        {"title": "t", "language": "es", "published": "2020-08-12"}))
    assert sum(n.properties.get("name") == "Ministerio de Gobierno" for n in doc.nodes) == 1


def test_the_name_after_a_second_title_is_not_the_first_titles_holder():
    facts = _facts("En Abancay, el titular del Minem se reunió con el presidente de la comunidad campesina de "
                   "Huayllapampa, Julián Ccori.")
    assert ("Julián Ccori", "HOLDS_POSITION", "comunidad campesina de Huayllapampa") in facts
    assert not any(f[0] == "Julián Ccori" and f[2] == "Ministry of Energy and Mines" for f in facts)


@pytest.mark.parametrize("sentence, fact", [
    ("Los comuneros bloquearon el acceso a la mina Cerro Rojo, operada por Minera Kuntur, en la provincia de Aymaraes.",
     ("Cerro Rojo", "LOCATED_IN", "Aymaraes")),
    ("Cerro Rojo es un proyecto de cobre ubicado en el distrito de Chalhuanca.", ("Cerro Rojo", "LOCATED_IN", "Chalhuanca")),
    ("La mina Cerro Rojo, una mina de oro a tajo abierto en la provincia de Aymaraes, está paralizada.",
     ("Cerro Rojo", "LOCATED_IN", "Aymaraes")),
    ("El Comité de Defensa del Agua de Chalhuanca, que preside Julián Ccori, convocó la marcha.",
     ("Julián Ccori", "HEADS", "Comité de Defensa del Agua de Chalhuanca")),
])
def test_spanish_asides_between_a_place_and_its_area_and_que_preside(sentence, fact):
    assert fact in _facts(sentence)


def test_a_place_noun_right_before_the_name_leads_to_the_events_place():
    text = ("El pasado jueves, agentes de la Policía Nacional del Perú lanzaron bombas lacrimógenas para despejar la vía "
            "a la altura del puente Rumichaca.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2021-06-15"}))
    [clash] = [n for n in doc.nodes if "Clash" in n.labels]
    assert {r.end for r in doc.relationships if r.type == "OCCURRED_AT" and r.start == clash.id} == {"place:rumichaca"}


def test_a_wire_datelines_closing_mark_ends_its_sentence_so_the_story_subject_is_read():
    text = ("La Paz, 14 may (EFE).- Comunarios del ayllu Qhapaq Urinsaya bloquean desde el pasado lunes "
            "la carretera Oruro-Potosí.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2015-05-14"}))
    [block] = [n for n in doc.nodes if "Roadblock" in n.labels]
    assert any(r.type == "PARTICIPATED_IN" and r.end == block.id and r.properties["role"] == "organizer"
               for r in doc.relationships)


def test_a_mine_named_with_its_noun_after_frente_a_is_where_the_camp_was():
    text = "El 2 de agosto, los pobladores instalaron un plantón frente a la mina Las Minitas."
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2022-09"}))
    [protest] = [n for n in doc.nodes if "Protest" in n.labels]
    assert {r.end for r in doc.relationships if r.type == "OCCURRED_AT" and r.start == protest.id} == {"place:las-minitas"}


def test_participaron_tambien_names_more_attendees_of_the_meeting_just_told():
    text = ("La mesa de diálogo se instaló ayer en la ciudad de Huaytará. Participaron también la jefa de la Oficina "
            "General de Gestión Social, Rocío Barrios Sánchez, y el presidente de la comunidad campesina de "
            "Ccarhuapampa, Hilario Yupanqui Quispe.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2021-06-15"}))
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    [table] = [n for n in doc.nodes if "DialogueTable" in n.labels]
    present = {names[r.start] for r in doc.relationships if r.type == "PARTICIPATED_IN" and r.end == table.id}
    assert {"Rocío Barrios Sánchez", "Hilario Yupanqui Quispe"} <= present and "Participaron" not in names.values()


def test_the_police_of_a_bolivian_report_is_bolivias_not_perus():
    text = ("Oruro, Bolivia. El secretario general del ayllu Qhapaq Urinsaya denunció que los policías agredieron a "
            "los comunarios con gases lacrimógenos en Challapata, Bolivia.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2015-05-14"}))
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    [clash] = [n for n in doc.nodes if "Clash" in n.labels]
    sides = {names[r.start] for r in doc.relationships if r.type == "PARTICIPATED_IN" and r.end == clash.id}
    assert "Policía Boliviana" in sides and "Policía Nacional del Perú" not in names.values()


def test_lifting_a_blockade_is_a_truce_not_a_new_blockade():
    text = "Los comuneros levantaron hoy el bloqueo de la carretera Los Libertadores, en la provincia de Huaytará."
    kinds = {label for e in _events(text, "2021-06-15") for label in e.labels} - {"Event"}
    assert kinds == {"Truce"}


def test_a_name_in_apposition_to_empresa_is_a_company_and_its_owner_reads():
    facts = _facts("Exigen cancelar la concesión otorgada a Inversiones Mineras del Guayape, empresa controlada por la "
                   "estadounidense Bluerock Gold.", "2022-09")
    assert ("Bluerock Gold", "OWNS", "Inversiones Mineras del Guayape") in facts


def test_bare_comuneros_are_the_community_named_just_before():
    text = ("Los comuneros de la comunidad campesina de Ccarhuapampa rechazan la mina en Huaytará, Perú. El martes, los "
            "comuneros bloquearon la vía Los Libertadores. El jueves, la policía desalojó a los comuneros en el puente "
            "Rumichaca.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2021-06-18"}))
    kinds = {n.id: n.labels[-1] for n in doc.nodes if "Event" in n.labels}
    roles = {(kinds[r.end], r.properties["role"]) for r in doc.relationships if r.type == "PARTICIPATED_IN"
             and r.start == "organization:comunidad-campesina-de-ccarhuapampa"}
    assert {("Roadblock", "organizer"), ("Clash", "protester")} <= roles


def test_a_title_told_again_alone_is_its_earlier_holder_at_the_meeting():
    text = ("El ministro del Interior, Carlos Morán, llegó ayer a Lircay. En Lircay, el ministro se reunió con los "
            "dirigentes de la comunidad campesina de Ccarhuapampa.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2021-06-15"}))
    [meeting] = [n for n in doc.nodes if "Meeting" in n.labels]
    assert any(r.type == "PARTICIPATED_IN" and r.end == meeting.id and r.start == "person:carlos-moran"
               for r in doc.relationships)


def test_mantenian_bloqueada_la_via_is_blocked_where_the_road_was_named_by_the_people_named_before():
    text = ("Los comuneros de la comunidad campesina de Ccarhuapampa levantaron hoy el bloqueo de la carretera Los "
            "Libertadores. Los pobladores mantenían bloqueada la vía desde el 7 de junio.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2021-06-15"}))
    [block] = [n for n in doc.nodes if "Roadblock" in n.labels]
    ends = {(r.type, r.end) for r in doc.relationships if block.id in (r.start, r.end)}
    starts = {(r.type, r.start) for r in doc.relationships if r.end == block.id}
    assert ("OCCURRED_AT", "place:los-libertadores") in ends
    assert ("PARTICIPATED_IN", "organization:comunidad-campesina-de-ccarhuapampa") in starts


def test_el_ejecutivo_of_a_guatemalan_report_declares_the_state_of_siege():
    text = "El Ejecutivo decretó el domingo el estado de sitio en El Estor, Izabal, Guatemala."
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2021-10-25"}))
    [siege] = [n for n in doc.nodes if "StateOfEmergency" in n.labels]
    assert any(r.type == "PARTICIPATED_IN" and r.end == siege.id and r.start == "organization:government-of-guatemala"
               and r.properties["role"] == "author" for r in doc.relationships)


def test_ejidatarios_of_a_named_ejido_are_that_ejido_organising_the_blockade():
    text = ("El ejido Carrizalillo rechaza la mina. El lunes, los ejidatarios de Carrizalillo bloquearon el acceso "
            "a la mina Los Cerros.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2020-09-15"}))
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    [block] = [n for n in doc.nodes if "Roadblock" in n.labels]
    assert {names[r.start] for r in doc.relationships if r.type == "PARTICIPATED_IN" and r.end == block.id} == {"ejido Carrizalillo"}


def test_our_people_in_a_communique_are_the_body_that_signs_it():
    text = ("El Frente de Defensa de los Intereses de Angaraes comunica lo siguiente. Que desde el 13 de marzo nuestras "
            "bases mantienen un paro indefinido en la provincia de Angaraes.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2018-03-22"}))
    [strike] = [n for n in doc.nodes if "Strike" in n.labels]
    assert any(r.type == "PARTICIPATED_IN" and r.end == strike.id and r.properties["role"] == "organizer"
               and r.start == "organization:frente-de-defensa-de-los-intereses-de-angaraes" for r in doc.relationships)


def test_a_street_event_takes_the_place_of_the_lead_a_few_sentences_before():
    text = ("Comuneros de Huancute bloquean desde el lunes la carretera Los Libertadores. La Defensoría del Pueblo pidió "
            "calma. El alcalde pidió diálogo. El miércoles, la policía detuvo a tres comuneros.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2024-07-18"}))
    [arrest] = [n for n in doc.nodes if "Arrest" in n.labels]
    assert {r.end for r in doc.relationships if r.type == "OCCURRED_AT" and r.start == arrest.id} == {"place:los-libertadores"}


def test_a_gold_project_named_by_its_kind_is_a_mine_its_developer_operates():
    assert ("Kuntur", "OPERATES", "Cerro Rojo") in _facts(
        "El proyecto aurífero Cerro Rojo, que desarrolla la minera Kuntur en Apurímac, fue suspendido.")


def test_the_day_a_sentence_opens_on_beats_the_date_of_a_later_clause():
    text = ("El pasado jueves, la policía desalojó a los comuneros en el puente Rumichaca. Ese mismo día fue detenido "
            "el dirigente Fortunato Ccahuana Huamán, quien fue liberado el sábado.")
    [arrest] = [e for e in _events(text, "2021-06-15") if "Arrest" in e.labels]
    assert arrest.properties["date"] == "2021-06-10"


def test_los_detenidos_after_an_article_do_not_give_the_arrest_a_later_date():
    text = ("El 14 de septiembre, la policía desalojó a las familias frente a la mina Las Minitas. Nueve personas fueron "
            "detenidas. El 20 de septiembre, el juez dictó medidas sustitutivas a los detenidos.")
    arrests = [e for e in _events(text, "2022-09") if "Arrest" in e.labels]
    assert [a.properties["date"] for a in arrests] == ["2022-09-14"]


def test_people_grouped_in_a_body_are_that_body_organising_the_sit_in():
    text = ("Desde el 13 de marzo, los habitantes de la vereda La Baja, agrupados en la Junta de Acción Comunal de "
            "La Baja, mantienen un plantón frente a la bocamina.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2019-10-04"}))
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    [sit_in] = [n for n in doc.nodes if "Protest" in n.labels]
    assert {names[r.start] for r in doc.relationships if r.type == "PARTICIPATED_IN" and r.end == sit_in.id} == \
        {"Junta de Acción Comunal de La Baja"}


def test_a_road_named_after_its_noun_has_the_noun_form_as_an_alias():
    text = "Desde el 28 de octubre, comuneros de Quiulacocha bloqueaban la carretera Cerro de Pasco-Huánuco."
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2014-11-06"}))
    [road] = [n for n in doc.nodes if "Road" in n.labels]
    assert "carretera Cerro de Pasco-Huánuco" in {road.properties["name"], *road.properties["aliases"]}


def test_a_blockade_realizado_por_a_community_is_organised_by_it():
    text = "La policía restableció el tránsito tras el bloqueo realizado por la comunidad campesina de Huancute."
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2024-07-18"}))
    [block] = [n for n in doc.nodes if "Roadblock" in n.labels]
    assert any(r.type == "PARTICIPATED_IN" and r.end == block.id and r.properties["role"] == "organizer"
               for r in doc.relationships)


def test_a_permit_s_company_is_its_subject_and_the_state_body_its_author():
    text = "La minera Kuntur Gold obtuvo el título minero de la Agencia Nacional de Minería en 2014."
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2019-10-04"}))
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    [permit] = [n for n in doc.nodes if "PermitDecision" in n.labels]
    roles = {(names[r.start], r.properties["role"]) for r in doc.relationships if r.type == "PARTICIPATED_IN" and r.end == permit.id}
    assert roles == {("Agencia Nacional de Minería", "author"), ("Kuntur Gold", "subject")}


def test_setting_up_a_protest_camp_is_a_protest():
    [camp] = [e for e in _events("Los pobladores instalaron el campamento el 2 de agosto frente a la mina Las Minitas.",
                                 "2022-09") if "Protest" in e.labels]
    assert camp.properties["date"] == "2022-08-02"


def test_blank_lines_between_paragraphs_do_not_use_up_the_reach_of_a_shared_place():
    text = ("Comuneros de Huancute bloquean desde el lunes la carretera Los Libertadores.\n\nLa Defensoría del Pueblo "
            "pidió calma.\n\nEl miércoles, la policía detuvo a tres comuneros.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2024-07-18"}))
    [arrest] = [n for n in doc.nodes if "Arrest" in n.labels]
    assert {r.end for r in doc.relationships if r.type == "OCCURRED_AT" and r.start == arrest.id} == {"place:los-libertadores"}


def test_a_street_event_no_sentence_places_happened_where_the_section_first_names_a_place():
    text = ("ALERTA. La Red expresa su preocupación por la situación en la provincia de Espinar, región Cusco. "
            "El Frente Único de Defensa de los Intereses de Espinar inició un paro indefinido el 2 de septiembre contra la "
            "empresa.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2019-09"}))
    [strike] = [n for n in doc.nodes if "Strike" in n.labels]
    assert {r.end for r in doc.relationships if r.type == "OCCURRED_AT" and r.start == strike.id} == {"place:espinar"}


def test_ocurrida_ese_mismo_dia_after_the_trigger_is_the_day_told_before():
    text = ("El pasado martes, la policía desalojó a los comuneros en el puente Chaquicocha. Rechazamos la detención de "
            "nuestro secretario de organización, Teodoro Huamán Ccanto, ocurrida ese mismo día en Lircay.")
    [arrest] = [e for e in _events(text, "2018-03-22") if "Arrest" in e.labels]
    assert arrest.properties["date"] == "2018-03-20"


def test_a_meeting_is_where_the_visit_of_its_sentence_went():
    text = ("El ministro de Energía y Minas, Raúl Quintanilla, llegó ayer a Challhuahuacho y se reunió con los "
            "dirigentes de la comunidad campesina de Fuerabamba.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2017-03-16"}))
    [meeting] = [n for n in doc.nodes if "Meeting" in n.labels]
    assert {r.end for r in doc.relationships if r.type == "OCCURRED_AT" and r.start == meeting.id} == {"place:challhuahuacho"}


@pytest.mark.parametrize("sentence, unit, body", [
    ("En la reunión participó la jefa de la Oficina de Diálogo del Mininter, Ana María Llosa, en Lima, Perú.",
     "Oficina de Diálogo del Mininter", "Ministry of the Interior"),
    # A unit's proper name that runs on into the body it is of is two names (typing.yaml `proper_name_parents`).
    ("El operativo estuvo a cargo del comisionado Luis Mora Vega, jefe de la Dirección Regional Norte de la "
     "Fuerza Pública.", "Dirección Regional Norte", "Fuerza Pública"),
    ("La Dirección de Minas y Canteras del Ministerio de Industria otorgó el permiso en 2010.",
     "Dirección de Minas y Canteras", "Ministerio de Industria"),
    ("Una comitiva de la Secretaría de Asuntos Sociales y Diálogo de la Presidencia del Consejo de Ministros (PCM) "
     "llegó el lunes a Tacna, Perú.", "Secretaría de Asuntos Sociales y Diálogo", "Presidency of the Council of Ministers"),
])
def test_an_office_named_of_a_state_body_is_part_of_it(sentence, unit, body):
    assert (unit, "PART_OF", body) in _facts(sentence, "2014-11-06")


def test_a_signature_line_under_a_name_gives_its_post():
    text = ("El Frente de Defensa de los Intereses de Angaraes (FDIA) comunica su rechazo.\n\nLircay, 22 de marzo de 2018.\n\n"
            "Wálter Quispe Taipe\nPresidente del FDIA")
    assert ("Wálter Quispe Taipe", "HOLDS_POSITION", "Frente de Defensa de los Intereses de Angaraes") in _facts(text, "2018-03-22")


def test_the_city_a_wire_story_was_filed_from_is_not_where_its_events_were():
    text = ("Ciudad de México, 10 abr (EFE).- Ejidatarios del ejido El Mezquite, en el municipio de Mazapil, mantienen "
            "desde el 1 de abril un bloqueo.\n\nEl martes, agentes de la Guardia Nacional intentaron desalojar a los "
            "manifestantes.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2019-04-10"}))
    places = {r.end for r in doc.relationships if r.type == "OCCURRED_AT"}
    assert "place:mazapil" in places and "place:ciudad-de-mexico" not in places
    [clash] = [n for n in doc.nodes if "Clash" in n.labels]
    assert any(r.start == "organization:ejido-el-mezquite" and r.end == clash.id for r in doc.relationships)


def test_the_comisariado_ejidal_holds_a_post_in_the_ejido_named_before():
    text = ("Ejidatarios del ejido El Mezquite bloquean la mina Peña Dorada en Mazapil, México. Según el comisariado "
            "ejidal, Juan Martínez Ruiz, la empresa adeuda la renta.")
    assert ("Juan Martínez Ruiz", "HOLDS_POSITION", "ejido El Mezquite") in _facts(text, "2019-04-10")
