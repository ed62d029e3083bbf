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
