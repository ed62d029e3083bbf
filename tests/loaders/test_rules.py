"""The general rules for events, participants, positions, places and ownership, each on a short
made-up sentence (no sentence here is taken from a scored report)."""
import pytest

from loaders.nlp import load_nlp
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


@pytest.fixture(scope="module")
def ex():
    return default_extractor()


def ctx(ex, text, published="2021-09-10"):
    return ex.context(report_from_text(text, {"published": published}))


def entity(c, name):
    return next(e for e in c.entities.values() if e.name == name or name in e.aliases)


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def roles(c, event):
    return {(c.entities[p].name, r) for p, r in event.participants}


def facts(c, kind):
    return {(c.entities[f.start].name, c.entities[f.end].name) for f in c.facts if f.type == kind}


def test_list_items_and_headings_start_sentences():
    doc = load_nlp()("Events in the month:\n- On 3 May, farmers marched in Huari.\n- On 9 May, the police detained two men.")
    sents = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("- On 3 May") for s in sents) and any(s.startswith("- On 9 May") for s in sents)


def test_month_name_is_not_a_march(ex):
    c = ctx(ex, "In March 2021 the Defensoría del Pueblo counted 190 conflicts.")
    assert not events(c, "Protest")


def test_state_of_emergency_has_an_author_and_no_extra_statement(ex):
    c = ctx(ex, "In Peru, on 4 September, the Council of Ministers declared a state of emergency in the provinces "
                "of Andahuaylas, Chincheros and Aymaraes.")
    [soe] = events(c, "StateOfEmergency")
    assert soe.date == "2021-09-04"
    assert {c.entities[p].name for p in soe.places} >= {"Andahuaylas", "Chincheros", "Aymaraes"}
    assert all(c.entities[p].subclass == "AdministrativeArea" for p in soe.places)
    assert any(r == "author" for _, r in soe.participants)
    assert not events(c, "Statement")


def test_those_who_died_are_victims_and_clashes_have_sides(ex):
    c = ctx(ex, "On 2 September, clashes between police and the Frente de Defensa de Huari broke out near Abancay, Peru. "
                "Two farmers, Lucio Mamani and Teófilo Quispe, died and ten people were injured.")
    [clash] = events(c, "Clash")
    assert ("Policía Nacional del Perú", "perpetrator") in roles(c, clash)
    assert ("Frente de Defensa de Huari", "protester") in roles(c, clash)
    [killing] = events(c, "Killing")
    assert roles(c, killing) == {("Lucio Mamani", "victim"), ("Teófilo Quispe", "victim")}
    assert killing.date == "2021-09-02"          # taken from the clash of the sentence before
    [injury] = events(c, "Injury")
    assert injury.date == "2021-09-02"


def test_protest_organizers_after_called_by_and_in_the_next_sentence(ex):
    c = ctx(ex, "The strike began on 1 September. It was called by the Frente de Defensa de Huari, a farmers' "
                "federation, and the Asociación de Regantes de Huari.")
    [strike] = events(c, "Strike")
    assert {n for n, r in roles(c, strike) if r == "organizer"} == {"Frente de Defensa de Huari",
                                                                     "Asociación de Regantes de Huari"}


def test_every_person_of_an_arrest_object(ex):
    c = ctx(ex, "On 5 September, the police detained the leader of the front, Lucio Mamani, and his lawyers, "
                "Pedro Salas and Jorge Salas.")
    [arrest] = events(c, "Arrest")
    assert {n for n, r in roles(c, arrest) if r == "subject"} == {"Lucio Mamani", "Pedro Salas", "Jorge Salas"}


def test_accompanied_by_and_the_person_in_apposition_leads(ex):
    c = ctx(ex, "On 6 September, the Ombudsman, Walter Quiroz, travelled to Abancay, accompanied by officials of "
                "the Ministry of Energy and Mines.")
    [visit] = events(c, "Visit")
    assert ("Walter Quiroz", "leader") in roles(c, visit)
    assert ("Ministry of Energy and Mines", "accompanying") in roles(c, visit)


def test_anaphora_the_community(ex):
    c = ctx(ex, "The comunidad campesina de Huancapampa opposes the project. Since 2 September the community "
                "has blocked the road to the mine.")
    [block] = events(c, "Roadblock")
    assert ("comunidad campesina de Huancapampa", "organizer") in roles(c, block)


def test_surname_alone_after_the_full_name(ex):
    c = ctx(ex, "Prime Minister Rosa Quintanilla arrived on Monday. Quintanilla said on Tuesday that talks would resume.")
    [said] = events(c, "Statement")
    assert ("Rosa Quintanilla", "speaker") in roles(c, said)


def test_titles_with_a_body_or_place_named_before_or_after(ex):
    c = ctx(ex, "The regional governor of Moquegua, Zenón Cueva, spoke. CNDDHH executive secretary Rosa Quispe "
                "replied. The strike was backed by the provincial municipality, whose mayor, Hugo Ramos, joined it. "
                "The Minister of Defence, Mr Ernesto Salas, did not.")
    positions = facts(c, "HOLDS_POSITION")
    assert ("Zenón Cueva", "Moquegua") in positions
    assert ("Rosa Quispe", "Coordinadora Nacional de Derechos Humanos") in positions
    assert ("Hugo Ramos", "provincial municipality") in positions
    assert ("Ernesto Salas", "Ministry of Defence") in positions


def test_located_in_lists_levels_and_headings(ex):
    c = ctx(ex, "**APURÍMAC – Grau province**\n\n"
                "The project lies in the districts of Ocuviri and Llalli (province of Lampa) and Macari "
                "(province of Melgar).")
    located = facts(c, "LOCATED_IN")
    assert ("Grau", "Apurímac") in located
    assert {("Ocuviri", "Lampa"), ("Llalli", "Lampa"), ("Macari", "Melgar")} <= located


def test_ownership_subsidiary_shareholders_and_local_unit(ex):
    c = ctx(ex, "Minera Huaraz S.A., a subsidiary of Andes Copper Corporation, runs the mine. Andes Copper "
                "Corporation says it will invest. Minera Sur, whose shareholders are Pacific Metals Inc and "
                "Lima Gold Ltd, is quiet. Under a contract with Huaraz Services, the company's local unit, "
                "police guard the mine.")
    owns = facts(c, "OWNS")
    assert ("Andes Copper Corporation", "Minera Huaraz S.A.") in owns
    assert {("Pacific Metals Inc", "Minera Sur"), ("Lima Gold Ltd", "Minera Sur")} <= owns
    assert ("Andes Copper Corporation", "Huaraz Services") in owns


def test_another_countrys_ministry_is_not_perus():
    from loaders.pipeline import default_extractor
    from loaders.read import report_from_text

    text = ("Guatemala's government declared a state of siege on Monday. The Ministry of the Interior said "
            "that police units were sent to San Rafael Las Flores, in Guatemala.")
    doc = default_extractor().extract(report_from_text(text, {"title": "t", "published": "2013-05"}))
    ids = {n.id for n in doc.nodes}
    assert "organization:ministry-of-the-interior" not in ids
    assert "organization:ministry-of-the-interior-guatemala" in ids
