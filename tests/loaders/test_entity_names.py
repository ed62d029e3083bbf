"""Issue 8, entities (third round): names of the class of report nobody tuned to — legislatures,
community councils, laws, company short names, mines named with a feature word, bare police
(invented sentences; loaders/mentions.py, ner_mentions.py, classify.py, cluster_joins.py, resolve.py)."""
from tests.loaders.helpers import context, entity


def _names(c, cls=None):
    return {e.name for e in c.entities.values() if cls is None or e.cls == cls}


def test_a_law_is_no_actor(ex):
    c = context(ex, "In 2014 the Congress of Belize passed the Forest Mining Prohibition Law by 20 votes.", "2015")
    assert not any("Law" in n for n in _names(c))


def test_heads_without_a_cue_type_their_bodies(ex):
    c = context(ex, "The Procuraduría Agraria de Tolemo and the Northern Andes University criticised the Varela "
                    "Traditional Council, while the National Assembly and the Red de Mujeres Ixiles met Hollins "
                    "Capital in Tolemo.", "2015")
    assert entity(c, "Procuraduría Agraria de Tolemo").subclass == "GovernmentBody"
    assert entity(c, "Northern Andes University").subclass == "CivilSocietyOrganization"
    assert entity(c, "Varela Traditional Council").subclass == "Community"
    assert entity(c, "National Assembly").subclass == "GovernmentBody"
    assert entity(c, "Red de Mujeres Ixiles").subclass == "CivilSocietyOrganization"
    assert entity(c, "Hollins Capital").subclass == "Company"


def test_suriname_is_a_country(ex):
    c = context(ex, "Villagers in Suriname blocked the road to the Pakira gold mine on Monday.", "2021-03-04")
    assert entity(c, "Suriname").subclass == "AdministrativeArea"


def test_a_countrys_ombudsman_only_in_its_reports(ex):
    gt = context(ex, "The Human Rights Ombudsman sent observers to Cobán, Guatemala, on 17 October.", "2019-10")
    assert entity(gt, "Human Rights Ombudsman").name == "Procurador de los Derechos Humanos"
    pe = context(ex, "The human rights ombudsman of Peru, the Defensoría del Pueblo, visited Cusco, Peru.", "2019-10")
    assert "Procurador de los Derechos Humanos" not in _names(pe)


def test_a_mine_named_with_a_feature_word_is_not_cut_by_its_operator(ex):
    c = context(ex, "The Tolemo Creek gold mine is run by Tolemo Mining N.V., a unit of Pakira Gold Corp. "
                    "Tolemo Creek will produce 90,000 ounces. Workers at Tolemo Mining struck.", "2021-03-04")
    mine = entity(c, "Tolemo Creek")
    assert (mine.cls, mine.subclass) == ("Place", "Mine")
    assert "Creek" not in _names(c)


def test_a_company_named_without_its_legal_form_is_the_company(ex):
    c = context(ex, "The Tolemo Creek gold mine is run by Tolemo Mining N.V., a unit of Pakira Gold Corp. "
                    "Workers at Tolemo Mining have not reached the pit since Wednesday.", "2021-03-04")
    company = entity(c, "Tolemo Mining N.V.")
    assert "Tolemo Mining" in company.aliases or company.name == "Tolemo Mining"
    assert len([n for n in _names(c, "Organization") if n.startswith("Tolemo")]) == 1


def test_bare_police_words_are_the_one_police_body_the_report_names(ex):
    c = context(ex, "PARAMARIBO, March 4 - Agents of the Police Corps of Suriname (KPS) cleared the camp near Moengo on Tuesday. Riot police "
                    "fired tear gas at protesters on Wednesday, and the police said officers had been attacked.",
                "2021-03-04")
    police = [e for e in c.entities.values() if e.subclass == "PoliceUnit"]
    assert [p.name for p in police] == ["Police Corps of Suriname"]
    assert "Riot" not in _names(c)
    assert {"Riot police", "police"} <= {m.text for m in police[0].mentions}


def test_the_people_of_a_body_are_no_part_of_its_name(ex):
    c = context(ex, "Officers of the Tolemo Rural Guard (TRG) detained nine people on Tuesday.", "2021-03-04")
    assert "Tolemo Rural Guard" in _names(c, "Organization")
    assert not any(n.startswith("Officers") for n in _names(c))


def test_a_state_named_after_its_kind_is_a_place_not_the_start_of_a_body(ex):
    c = context(ex, "Ridgeway Metals said its Serra Branca project in the state of Pará was on hold. The Pará "
                    "State Secretariat for Mining (SEMIN) approved it.", "2022-05-10")
    assert entity(c, "Pará").cls == "Place"


def test_an_iron_ore_project_is_a_mine(ex):
    c = context(ex, "Ridgeway Metals Inc. gave an update on its Serra Branca iron ore project in Goiás.", "2020-06-04")
    assert entity(c, "Serra Branca").subclass == "Mine"


def test_a_listing_is_no_body_and_workers_at_a_company_are_its_own(ex):
    c = context(ex, "Toronto-listed Pinecrest Gold Inc. (TSX: PGI) said its unit, Ouro Verde Mineração Ltda., had "
                    "applied for a licence. Workers at Ouro Verde struck in February.", "2022-05-10")
    assert not {"TSX", "PGI"} & _names(c)
    assert "Ouro Verde" not in _names(c, "Person") | _names(c, "Place")


def test_a_spanish_or_portuguese_head_runs_over_capitalised_words(ex):
    c = context(ex, "The Associação Indígena Tupã Mirim and the Asociación Maya Q'anjob'al Yich K'u'l protested.", "2019-10")
    assert "Associação Indígena Tupã Mirim" in _names(c, "Organization")
    assert "Asociación Maya Q'anjob'al Yich K'u'l" in _names(c, "Organization")


def test_a_workers_union_named_by_its_place_in_lower_case(ex):
    c = context(ex, "The strike lasted four days, the Marabá mineworkers' union said.", "2022-05-10")
    assert entity(c, "Marabá mineworkers' union").subclass == "CivilSocietyOrganization"


def test_residents_of_the_canton_of_a_place_are_its_community(ex):
    c = context(ex, "Opposition was led by residents of the canton of San Lorenzo and the Archdiocese of Santa Ana.", "2018")
    assert entity(c, "residents of the canton of San Lorenzo").subclass == "Community"
    assert entity(c, "Archdiocese of Santa Ana").subclass == "CivilSocietyOrganization"


def test_a_governments_lower_case_name_is_the_states_government(ex):
    c = context(ex, "In 2009 the company took the government of El Salvador to arbitration.", "2018")
    assert entity(c, "government of El Salvador").name == "Government of El Salvador"


def test_and_the_opens_another_name(ex):
    c = context(ex, "The ban followed a campaign by the Diocese of Santa Tecla and the Catholic University of the West.", "2018")
    assert not any(" and the " in n for n in _names(c))


def test_a_portuguese_place_runs_over_its_joining_word(ex):
    c = context(ex, "The mine lies in the municipality of Lagoa dos Patos Altos. Residents met in Lagoa dos Patos "
                    "Altos on Friday.", "2019-08")
    assert "Lagoa dos Patos Altos" in _names(c, "Place")
    assert not {"Lagoa", "Patos Altos"} & _names(c)


def test_a_residents_association_named_by_its_place(ex):
    c = context(ex, "The Boa Vista residents' association denounced the blasting.", "2019-08")
    assert entity(c, "Boa Vista residents' association").subclass == "Community"


def test_a_portuguese_given_name_makes_a_person(ex):
    c = context(ex, "The lawyer Helena Prates filed the complaint on 3 August.", "2019-08")
    assert entity(c, "Helena Prates").cls == "Person"


def test_a_head_first_name_takes_its_members_or_its_head(ex):
    c = context(ex, "The Associação dos Pescadores do Alto Tapuio and the Mesa Regional frente a la Minería "
                    "met on Monday.", "2019-08")
    assert entity(c, "Associação dos Pescadores do Alto Tapuio").subclass == "Community"
    assert entity(c, "Mesa Regional frente a la Minería").subclass == "CivilSocietyOrganization"


def test_places_named_with_their_kind_in_lower_case(ex):
    c = context(ex, "Protesters blocked the Palmarito highway and stoned the Tamboral police post near the "
                    "Loma Clara mine camp.", "2019-08")
    assert entity(c, "Palmarito highway").subclass == "Road"
    assert entity(c, "Tamboral police post").subclass == "Facility"
    assert entity(c, "Loma Clara mine camp").subclass == "Facility"


def test_a_village_council_and_the_residents_of_a_described_village(ex):
    c = context(ex, "Residents of the Amerindian village of Tapiru turned the team away. The talks ended in an "
                    "agreement with the Tapiru village council.", "2016-03-12")
    assert entity(c, "Residents of the Amerindian village of Tapiru").subclass == "Community"
    assert entity(c, "Tapiru village council").subclass == "Community"
    assert "Tapiru" in _names(c, "Place") and not any(n.startswith("Amerindian") for n in _names(c))


def test_reporters_in_a_place_are_no_outlet(ex):
    c = context(ex, "\"We followed orders,\" the commander told reporters in Tamboral.", "2017-05-11")
    assert entity(c, "Tamboral").cls == "Place"


def test_a_capitalised_police_name_is_not_the_bare_word(ex):
    c = context(ex, "The Tolemo Police Department sent officers. The Rapid Squadron of the National Police broke up "
                    "the march, and the police said two were hurt.", "2016-09")
    department = entity(c, "Tolemo Police Department")
    texts = {c.report.text[m.start:m.end] for m in department.mentions}
    assert "police" in texts and "Police" not in texts


def test_a_special_operations_body_is_the_polices(ex):
    c = context(ex, "Officers of the Special Operations Directorate (DOE) cleared the road in Tamboral.", "2017-05-11")
    assert entity(c, "Special Operations Directorate").subclass == "PoliceUnit"


def test_a_company_with_a_colombian_or_dutch_legal_form(ex):
    c = context(ex, "The mine is operated by Minerales del Tolemo S.A.S., which is owned by Pakira Gold.", "2016-09")
    assert "S.A.S." not in _names(c)
    assert entity(c, "Minerales del Tolemo S.A.S.").subclass == "Company"


def test_a_place_before_a_possessive_local_title_is_the_place(ex):
    c = context(ex, "Two farmers died. Tamboral's mayor, Edgar Quispe, denounced the deaths.", "2013-06-11")
    assert entity(c, "Tamboral").cls == "Place"
    assert entity(c, "Edgar Quispe").cls == "Person"
