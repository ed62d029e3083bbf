"""The general rules for events, participants, positions, places and ownership, each on a short
made-up sentence (no sentence here is taken from a scored report)."""

from loaders.nlp import load_nlp
from tests.loaders.helpers import context, entity, facts


def ctx(ex, text, published="2021-09-10"):
    return context(ex, text, published)


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def roles(c, event):
    return {(c.entities[p].name, r) for p, r in event.participants}


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


def test_wire_dateline_anchors_relative_dates_and_names_a_settlement(ex):
    c = ctx(ex, "QUITO, Mar 10 (Reuters) - Police clashed with farmers on Tuesday near the town of Tena.",
            published="2021-03")
    [clash] = events(c, "Clash")
    assert clash.date == "2021-03-09"            # the Tuesday before the dateline's 10 March
    quito = entity(c, "Quito")
    assert quito.cls == "Place" and quito.subclass == "Settlement"
    # The dateline's own date is the story's, not an event's.
    c = ctx(ex, "CARACAS, Nov 28 - Farmers blocked a road near Barinas.", published="2021")
    assert all(e.date != "2021-11-28" for e in c.events)


def test_police_sold_to_a_company_by_a_convenio(ex):
    c = ctx(ex, "Minera Andina S.A. operates the Quilla mine in Peru. Under a convenio with Minera Andina S.A., "
                "police officers guard the mine and live on company property.")
    assert ("Policía Nacional del Perú", "Minera Andina S.A.") in facts(c, "PROVIDES_SECURITY_TO")
    [based] = [f for f in c.facts if f.type == "BASED_AT"]
    assert c.entities[based.end].name == "Quilla" and based.properties["on_property_of"] == "Minera Andina S.A."
    [security] = [f for f in c.facts if f.type == "PROVIDES_SECURITY_TO"]
    assert security.properties["agreement"] == "convenio"


def test_security_agreement_between_the_company_and_the_police(ex):
    c = ctx(ex, "Andes Gold Corp, which runs the Quilla mine in Peru, said police are stationed at a base on the "
                "mine's property under a security services agreement (convenio) between the company and the PNP.")
    assert ("Policía Nacional del Perú", "Andes Gold Corp") in facts(c, "PROVIDES_SECURITY_TO")
    assert ("Policía Nacional del Perú", "Quilla") in facts(c, "BASED_AT")


def test_the_government_of_a_person_is_headed_by_that_person(ex):
    c = ctx(ex, "In May 2015 the government of Rosa Quintanilla declared a state of emergency in Huari, Peru. "
                "Hugo Ramos's government later lifted it.")
    heads = facts(c, "HEADS")
    assert ("Rosa Quintanilla", "Government of Peru") in heads
    assert ("Hugo Ramos", "Government of Peru") in heads


def test_a_committee_made_up_of_members(ex):
    c = ctx(ex, "On 2 May, a committee of ministers headed by the Minister of Defence, Mr Hugo Ramos, and made up "
                "of the Minister of Energy and Mines, Mr Pedro Salas, and the Minister of the Environment, "
                "Mr Lucio Quispe, met in Lima, Peru.")
    assert ("Hugo Ramos", "committee of ministers") in facts(c, "HEADS")
    members = facts(c, "MEMBER_OF")
    assert {("Pedro Salas", "committee of ministers"), ("Lucio Quispe", "committee of ministers")} <= members
    assert all(body == "committee of ministers" for _, body in members)


def test_a_body_named_in_two_languages_is_one_entity(ex):
    c = ctx(ex, "On 8 March, the Provincial Council (Municipalidad Provincial) of Huari, Peru, approved an "
                "agreement. Later the Municipalidad Provincial de Huari said it would not change its mind.")
    [council] = [e for e in c.entities.values() if e.cls == "Organization"]
    assert council.name == "Provincial Council of Huari"
    assert "Municipalidad Provincial de Huari" in council.aliases
    c = ctx(ex, "Three leaders were detained under an investigation by the Andean Prosecutor's Office "
                "(Fiscalía Andina) in Huari, Peru.")
    bodies = [e for e in c.entities.values() if e.cls == "Organization"]
    assert len(bodies) == 1, [(e.name, e.aliases) for e in bodies]


def test_permit_decisions_with_their_author_project_and_interval_dates(ex):
    c = ctx(ex, "On 3 May the Ministry of Energy and Mines approved the EIA of the Quilla mine in Peru. "
                "The strike began on 15 July, a week after the Ministry of Energy and Mines granted Andes Gold Corp "
                "a construction licence for the $2 billion mine. Farmers marched on 20 July, two days after the "
                "Ministry of Energy and Mines revoked the concession of the Quilla mine.")
    decisions = events(c, "PermitDecision")
    assert {e.date for e in decisions} == {"2021-05-03", "2021-07", "2021-07-18"}
    for e in decisions:
        assert [c.entities[p].name for p in e.places] == ["Quilla"]
        assert roles(c, e) == {("Ministry of Energy and Mines", "author")}


def test_a_unit_of_a_body_is_part_of_it(ex):
    c = ctx(ex, "The operation was led by the Cusco police region (Región Policial Cusco) of the Policía Nacional "
                "del Perú. The Ministry of Energy and Mines's Oficina General de Gestión Social chaired the session.")
    parts = facts(c, "PART_OF")
    assert ("cusco police region", "Policía Nacional del Perú") in parts, parts
    assert ("Oficina General de Gestión Social", "Ministry of Energy and Mines") in parts, parts


def test_an_honorific_names_a_person_who_presides_a_body(ex):
    c = ctx(ex, "The strike was called by the Frente de Defensa Ambiental de Huari, presided by Mr Wilfredo "
                "Saavedra, and by other groups. Mr Saavedra said so.")
    saavedra = entity(c, "Wilfredo Saavedra")
    assert saavedra.cls == "Person"
    assert ("Wilfredo Saavedra", "Frente de Defensa Ambiental de Huari") in facts(c, "HEADS")
    assert not [e for e in c.entities.values() if e.cls == "Place"]


def test_they_are_housed_at_a_place_names_the_force_before(ex):
    c = ctx(ex, "About 500 officers of the Policía Nacional del Perú were sent to Espinar. They are housed at the "
                "Cusco police station, the minister said.")
    assert ("Policía Nacional del Perú", "Cuzco") in facts(c, "BASED_AT")


def test_officers_answer_in_theory_to_one_body_and_ultimately_to_another(ex):
    c = ctx(ex, "Police officers guarded the Quilla mine in Peru. The officers who detained Lucio Mamani answered in "
                "theory to the Cusco police region (Región Policial Cusco) and ultimately to the Ministry of the "
                "Interior.")
    command = facts(c, "SUBORDINATE_TO")
    assert ("Policía Nacional del Perú", "cusco police region") in command, command
    assert ("Policía Nacional del Perú", "Ministry of the Interior") in command, command
    assert not any(who == "Lucio Mamani" for who, _ in command)


def test_who_reports_to_binds_the_person_named_before(ex):
    c = ctx(ex, "The police units deployed in Huari, Peru, are led by General PNP Hugo Ramos Salas, who reports to "
                "the Director General of the PNP.")
    assert ("Hugo Ramos Salas", "Policía Nacional del Perú") in facts(c, "SUBORDINATE_TO")


def test_street_events_of_one_sentence_share_its_place_but_not_the_sources(ex):
    c = ctx(ex, "On 2 September police fired tear gas to clear farmers who had blocked the road near the town of "
                "Abancay, Peru. Ten people were injured in the clash, the health office in Cusco said.")
    [clash] = events(c, "Clash")
    assert [c.entities[p].name for p in clash.places][:1] == ["Abancay"]
    assert all(c.entities[p].name != "Cuzco" for e in c.events for p in e.places)


def test_a_place_named_with_its_owner(ex):
    c = ctx(ex, "On 2 September farmers camped on land inside Andes Gold Corp's Quilla mine in Peru.")
    [camp] = events(c, "Protest")
    assert [c.entities[p].name for p in camp.places][:1] == ["Quilla"]


def test_a_project_lies_in_an_area_named_with_its_level(ex):
    c = ctx(ex, "The Quilla mine is in Peru. The project lies in the province of Islay, in the Arequipa region.")
    assert ("Quilla", "Islay") in facts(c, "LOCATED_IN")


def test_an_area_of_a_larger_area(ex):
    c = ctx(ex, "The Quilla mine, in Peru, lies in the Cotabambas province of the southern Apurímac region.")
    assert ("Cotabambas", "Apurímac") in facts(c, "LOCATED_IN")


def test_days_later_counts_from_the_last_date_told(ex):
    c = ctx(ex, "Farmers blocked the road to Huari, Peru, on 3 September. Two days later the police arrested "
                "Lucio Mamani.")
    [arrest] = events(c, "Arrest")
    assert arrest.date == "2021-09-05"


def test_the_name_in_apposition_after_a_title_is_its_holder(ex):
    c = ctx(ex, "The Interior Minister, Wilver Calle, has said the convenio is legal.")
    assert ("Wilver Calle", "Ministry of the Interior") in facts(c, "HOLDS_POSITION")
    assert not any(e.name == "minister of interior" for e in c.entities.values())


def test_a_title_alone_after_its_holder_was_named_is_that_holder(ex):
    c = ctx(ex, "The strike was backed by the provincial municipality, whose mayor, Hugo Ramos, joined it. On "
                "3 September the police arrested the mayor in Huari, Peru.")
    assert not any(e.name == "mayor" for e in c.entities.values())
    [arrest] = events(c, "Arrest")
    assert ("Hugo Ramos", "subject") in roles(c, arrest)


def test_a_subsidiary_is_a_company_and_a_project_of_a_company_is_its(ex):
    c = ctx(ex, "Minera Quilla S.A., operator of the Quilla mine and a subsidiary of Andes Gold Corp, is quiet. "
                "Farmers oppose the Tía María mining project of Southern Peru Copper Corporation.")
    assert ("Andes Gold Corp", "Minera Quilla S.A.") in facts(c, "OWNS")
    assert ("Southern Peru", "Tía María") in facts(c, "OPERATES")


def test_related_companies_are_not_one(ex):
    c = ctx(ex, "Southern Copper, controlled by Grupo Mexico, said its unit Southern Peru would build the mine.")
    names = {e.name for e in c.entities.values() if e.subclass == "Company"}
    assert {"Southern Copper", "Grupo México", "Southern Peru"} <= names


def test_a_consortium_of_shareholders_owns_the_mine(ex):
    c = ctx(ex, "The Quilla mine in Peru is owned by a consortium made up of Andes Gold Corp, which operates it "
                "and holds 60%, a unit of Pacific Metals Inc (25%) and Lima Holdings Co (15%).")
    owns = facts(c, "OWNS")
    assert {("Andes Gold Corp", "Quilla"), ("Pacific Metals Inc", "Quilla"), ("Lima Holdings Co", "Quilla")} <= owns, owns
    assert ("Pacific Metals Inc", "Andes Gold Corp") not in owns
