"""Issue 8, patterns 8, 14 and 15: the spans, types and resolution of English names (invented
sentences; loaders/name_spans.py, mentions.py, classify.py, resolve.py)."""
import pytest

from loaders.lexicon import load
from loaders.name_spans import NameSpans
from tests.loaders.helpers import context, entity


@pytest.fixture(scope="module")
def spans():
    return NameSpans(load("en"))


def _tokens(ex, text, first, last):
    doc = ex.nlp(text)
    words = [t.text for t in doc]
    return doc, list(doc[words.index(first):words.index(last) + 1])


def _names(c, cls=None):
    return {e.name for e in c.entities.values() if cls is None or e.cls == cls}


def test_two_bare_names_joined_by_and_are_two(ex, spans):
    doc, tokens = _tokens(ex, "Marchers came from Ayaviri and Macusani yesterday.", "Ayaviri", "Macusani")
    assert [[t.text for t in part] for part in spans.split(tokens, "GPE")] == [["Ayaviri"], ["Macusani"]]


def test_a_body_named_with_and_stays_one(ex, spans):
    doc, tokens = _tokens(ex, "The Ministry of Energy and Mines said so.", "Ministry", "Mines")
    assert len(spans.split(tokens, "ORG")) == 1


def test_the_possessive_parts_two_bodies_but_not_an_office(ex, spans):
    doc, tokens = _tokens(ex, "The National Congress's Environment Committee met.", "National", "Committee")
    assert [" ".join(t.text for t in p) for p in spans.split(tokens, "ORG")] == ["National Congress", "Environment Committee"]
    doc, tokens = _tokens(ex, "The Public Prosecutor's Office met.", "Public", "Office")
    assert len(spans.split(tokens, "ORG")) == 1


def test_an_office_of_a_known_body_is_two_bodies(ex, spans):
    doc, tokens = _tokens(ex, "The Office of Social Management of the Ministry of Energy and Mines met.", "Office", "Mines")
    parts = [" ".join(t.text for t in p) for p in spans.split(tokens, "ORG")]
    assert parts == ["Office of Social Management", "Ministry of Energy and Mines"]


def test_a_particle_never_ends_a_name(ex, spans):
    doc, tokens = _tokens(ex, "They marched to San Juan de la Maguana on Friday.", "San", "de")
    _, end = spans.particle_end(doc, tokens)
    assert doc.text[tokens[0].idx:end] == "San Juan de la Maguana"
    doc, tokens = _tokens(ex, "They marched to San Juan de noche.", "San", "de")
    kept, end = spans.particle_end(doc, tokens)
    assert end is None and [t.text for t in kept] == ["San", "Juan"]


def test_a_given_name_before_the_surnames_joins_them(ex, spans):
    doc, tokens = _tokens(ex, "The mayor, Eulogio Tarazona Cruz, spoke.", "Tarazona", "Cruz")
    assert [t.text for t in spans.person(doc, tokens)] == ["Eulogio", "Tarazona", "Cruz"]


def test_brothers_share_their_surnames(ex):
    c = context(ex, "Police detained brothers Wilmer and Julio Quenta Mayta in Ocongate on Sunday.", "2017-08-15")
    persons = _names(c, "Person")
    assert {"Wilmer Quenta Mayta", "Julio Quenta Mayta"} <= persons


def test_two_places_named_with_and_are_two_places(ex):
    c = context(ex, "The project lies in the districts of Chavinillo and Cahuac, in Huánuco.", "2024-06-05")
    places = _names(c, "Place")
    assert not any(" and " in p for p in places)


def test_the_country_a_report_names_outweighs_a_ministry_of_another(ex):
    c = context(ex, "MANAGUA - Nicaragua's Ministry of Energy and Mines said on Monday that the Ministry of "
                    "Energy and Mines would review the concession. Nicaragua has few mines.", "2017-08-15")
    assert c.country == "NI"
    assert entity(c, "Nicaragua").subclass == "AdministrativeArea"


def test_the_head_of_a_name_types_it_wherever_it_stands(ex):
    typer = ex.components[1]
    words = lambda text: text.lower().split()  # noqa: E731
    assert typer.inside("Mining Ministry", words("Mining Ministry")) == ("Organization", "GovernmentBody")
    assert typer.inside("Cooperativa Aurífera Río Dorado", words("Cooperativa Aurífera Río Dorado"))[1] == "Company"
    # The members after the head decide: a federation of cooperatives, an association of fishermen.
    assert typer.inside("Federación de Cooperativas de Oruro", words("Federación de Cooperativas de Oruro"))[1] \
        == "CivilSocietyOrganization"
    assert typer.inside("Asociación de Pescadores de Chilca", words("Asociación de Pescadores de Chilca"))[1] == "Community"
    assert typer.inside("Kallawaya Territorial Government", words("Kallawaya Territorial Government"))[1] == "Community"


def test_a_city_before_based_is_a_place(ex):
    c = context(ex, "Minera Chaska is a subsidiary of Perth-based Quollmet Resources Ltd.", "2017-08-15")
    assert entity(c, "Perth").cls == "Place"


def test_reported_that_is_not_said_in_an_outlet(ex):
    c = context(ex, "The newspaper La Prensa reported that the company had suspended work in Ocotal on Monday.", "2017-08-15")
    assert entity(c, "Ocotal").cls == "Place"


def test_a_river_named_with_its_kind_is_its_own_place(ex):
    c = context(ex, "The spill in Pichanaqui canton reached the Pichanaqui River and the Ccollpa-mí River.", "2017-08-15")
    assert entity(c, "Pichanaqui").subclass == "AdministrativeArea"
    assert entity(c, "Pichanaqui River").subclass == "NaturalFeature"
    assert entity(c, "Ccollpa-mí River").subclass == "NaturalFeature"


def test_a_place_named_after_its_kind(ex):
    c = context(ex, "The mine lies in the district of Santa Teresita, in the village of Ñu Pora.", "2019")
    assert entity(c, "Santa Teresita").subclass == "AdministrativeArea"
    assert entity(c, "Ñu Pora").subclass == "Settlement"


def test_a_company_name_runs_over_spanish_particles(ex):
    c = context(ex, "It is owned by Minera Garza del Norte S.A., a unit of Quollmet.", "2019")
    assert entity(c, "Minera Garza del Norte S.A.").subclass == "Company"


def test_an_encyclopedia_subject_in_bold_is_a_mine(ex):
    c = context(ex, "**Kallpa Urqu** (Quechua for \"strong hill\") is an open-pit silver mine in Bolivia.", "2019")
    assert entity(c, "Kallpa Urqu").subclass == "Mine"


def test_a_road_named_by_the_towns_it_joins(ex):
    c = context(ex, "Villagers blocked the Sicuani–El Descanso highway on Monday.", "2019-05-06")
    assert entity(c, "Sicuani–El Descanso highway").subclass == "Road"


def test_someone_elses_leaders_are_no_community(ex):
    c = context(ex, "The ministers met their leaders in Villarrica on Monday.", "2016-03")
    assert not any(e.subclass == "Community" for e in c.entities.values())


def test_an_acronym_names_the_words_before_its_bracket(ex):
    c = context(ex, "Officers of the Bolivian Police's Special Force for the Fight against Crime (FELCC) arrived. "
                    "FELCC agents left on Friday.", "2013-09-21")
    force = entity(c, "Special Force for the Fight against Crime")
    assert "FELCC" in force.aliases and force.subclass == "PoliceUnit"
    assert entity(c, "Bolivian Police").cls == "Organization"


def test_a_body_named_across_a_comma_before_its_acronym(ex):
    c = context(ex, "The Ministry of Environment, Energy and Telecommunications (MINAET) appealed. MINAET lost.", "2009-11-20")
    assert "MINAET" in entity(c, "Ministry of Environment, Energy and Telecommunications").aliases


def test_a_quoted_short_name_in_brackets_is_an_alias(ex):
    c = context(ex, 'Compañía Minera Quimsa S.A.C. ("Quimsa") operates the mine. Quimsa said it would talk.', "2024-06-05")
    assert "Quimsa" in entity(c, "Compañía Minera Quimsa S.A.C.").aliases
    assert not any(e.cls == "Place" and e.name == "Quimsa" for e in c.entities.values())


def test_the_items_of_a_kind_list_each_take_the_kind(ex):
    c = context(ex, "The cooperatives work in Larecaja and Franz Tamayo provinces. Members of the peasant "
                    "communities of Chillca and San Juan de Pampa blocked the road.", "2013-09-21")
    assert entity(c, "Franz Tamayo").subclass == "AdministrativeArea"
    assert entity(c, "Larecaja").subclass == "AdministrativeArea"
    assert entity(c, "San Juan de Pampa").subclass == "Community"
    assert entity(c, "Chillca").subclass == "Community"


def test_an_undated_dateline_names_a_town(ex):
    c = context(ex, "SORATA — Villagers released two engineers on Thursday.", "2013-09-21")
    assert entity(c, "Sorata").subclass == "Settlement"
    c = context(ex, "PRESS RELEASE – MINISTRY OF MINES\n\nThe ministry met on Thursday.", "2013-09-21")
    assert not any(e.cls == "Place" for e in c.entities.values())


def test_a_verb_ends_a_name(ex, spans):
    doc = ex.nlp("In March 2014 the Ministry of Mining appointed Rubén Quispe Condori as manager.")
    tokens = list(doc[4:11])
    assert [" ".join(t.text for t in p) for p in spans.split(tokens, "ORG")] == ["Ministry of Mining", "Rubén Quispe Condori"]


def test_a_community_of_a_place_is_named_by_it_and_no_place_beside(ex):
    c = context(ex, "The Kichwa community of Sarayaku sued the ministry. The communities of Chillca and Tunari "
                    "blocked the road to the Tunari copper project.", "2022-01-27")
    assert not any(e.cls == "Place" and e.name == "Sarayaku" for e in c.entities.values())
    assert entity(c, "community of Tunari").subclass == "Community"
    assert any(e.name == "Tunari" and e.subclass == "Mine" for e in c.entities.values())


def test_a_body_named_again_by_its_head_word_is_that_body(ex):
    c = context(ex, "The Constitutional Chamber of the Supreme Court ruled on Monday. By five votes to two, "
                    "the Chamber held that the ministry had erred.", "2009-11-20")
    chambers = [e for e in c.entities.values() if "Chamber" in e.name or "Chamber" in e.aliases]
    assert len(chambers) == 1


def test_a_full_name_repeated_where_ner_missed_it_is_that_person(ex):
    c = context(ex, "Police detained brothers Wilmer and Julio Quenta Mayta. \"They took our tools,\" "
                    "Wilmer Quenta Mayta told a radio station.", "2017-08-15")
    wilmer = entity(c, "Wilmer Quenta Mayta")
    assert len(wilmer.mentions) >= 2


def test_a_demonym_government_is_the_known_government(ex):
    c = context(ex, "In 2006 the Bolivian government transferred the deposit to Comibol.", "2017")
    assert entity(c, "Bolivian government").name == "Government of Bolivia"


def test_people_of_a_place_after_a_year_are_a_community_and_the_place(ex):
    c = context(ex, "In March 2016 artisanal miners from the Ñu Guasu settlement occupied the road.", "2019")
    assert entity(c, "artisanal miners from the Ñu Guasu settlement").subclass == "Community"
    assert any(e.cls == "Place" and "Ñu Guasu" in e.name for e in c.entities.values())


def test_a_governorate_named_across_of(ex):
    c = context(ex, "The Governorate of La Paz appointed Reynaldo Choque Mamani on Monday.", "2013-09-21")
    assert entity(c, "Governorate of La Paz").subclass == "GovernmentBody"


def test_the_people_of_each_place_of_a_list_are_a_community(ex):
    c = context(ex, "Villagers of Chuspi and Puerto Mayu held two engineers. Two residents of the Cotagaita "
                    "district, Ana Mamani and Pedro Choque, filed a complaint.", "2013-09-21")
    assert entity(c, "villagers of Puerto Mayu").subclass == "Community"
    assert any(e.cls == "Place" and e.name == "Puerto Mayu" for e in c.entities.values())
    assert entity(c, "Pedro Choque").cls == "Person"


def test_a_body_named_for_its_country_mentions_the_country(ex):
    c = context(ex, "The Constitutional Chamber of the Supreme Court of Justice of Costa Rica annulled the permit.", "2009-11-20")
    assert entity(c, "Costa Rica").subclass == "AdministrativeArea"


def test_a_place_name_runs_over_two_particles(ex):
    c = context(ex, "She received them at Government House in San Fernando del Valle de Catamarca the same day.", "2016-04-22")
    assert any(e.name == "San Fernando del Valle de Catamarca" for e in c.entities.values())


def test_argentine_provinces_are_administrative_areas(ex):
    c = context(ex, "Sur Metals owns the Agua Dulce and Filo Negro mines in Catamarca and Jujuy.", "2016-04-22")
    assert entity(c, "Catamarca").subclass == "AdministrativeArea" and entity(c, "Jujuy").subclass == "AdministrativeArea"


def test_a_portfolio_after_a_title_is_no_body(ex):
    c = context(ex, "The provincial Secretary of Mining, Alicia Bazán, received them.", "2016-04-22")
    assert not any(e.name == "Mining" for e in c.entities.values())


def test_a_name_never_ends_on_a_link_word(ex, spans):
    doc = ex.nlp("He was accompanied by the Deputy for the Prevention of Social Conflicts and Governance.")
    words = [t.text for t in doc]
    tokens = list(doc[words.index("Prevention"):words.index("and") + 1])
    assert "and" in spans.never_last and tokens[-1].lower_ in spans.never_last


def test_a_portuguese_name_runs_over_its_joining_words(ex, spans):
    text = "The Serra Clara iron project in Santa Rita do Araguaia is run by Mineração Rio do Peixe."
    assert text[:spans.joined_end(text, text.index(" do Araguaia"))].endswith("Santa Rita do Araguaia")
    c = context(ex, "The Serra Clara iron project near Santa Rita do Araguaia is run by Mineração Rio do Peixe. "
                    "Leaders of the Associação dos Moradores do Taquari met the company.", "2021-03-02")
    assert entity(c, "Mineração Rio do Peixe").subclass == "Company"
    assert entity(c, "Associação dos Moradores do Taquari").subclass == "Community"


def test_a_spanish_head_types_a_state_company_and_agency_in_english(ex):
    c = context(ex, "Andes Copper Ltd bought the Loma Roja project from the state-owned Empresa Nacional de Cobre (Enacob). "
                    "It was inspected by officials of the Organismo Supervisor de la Minería Pequeña (Osimpe).", "2021-03-02")
    assert entity(c, "Empresa Nacional de Cobre").subclass == "Company"
    assert entity(c, "Organismo Supervisor de la Minería Pequeña").subclass == "GovernmentBody"


def test_police_bodies_named_by_place_or_ordinal_are_police_units(ex):
    c = context(ex, "A unit of the Colima state police escorted the marchers. The Tabasco police department sent "
                    "two patrols. The Military Police's 41st Battalion cleared the road.", "2021-03-02")
    for name in ("Colima state police", "Tabasco police department", "41st Battalion"):
        assert entity(c, name).subclass == "PoliceUnit"


def test_a_hyphenated_riot_squad_named_before_its_acronym_is_a_police_unit(ex):
    c = context(ex, "On 3 May the Rural Anti-Riot Squadron (ERAR) of the National Police dispersed the march.", "2021-03-02")
    assert entity(c, "Rural Anti-Riot Squadron").subclass == "PoliceUnit"
