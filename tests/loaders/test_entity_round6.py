"""Round 6, entities: the report's country read from its own places, demonyms and country names,
and one id for another country's body however it is reached (invented sentences;
loaders/mentions.py `_country`, loaders/resolve.py `national_id`)."""
from tests.loaders.helpers import context, entity


def test_a_demonym_says_the_reports_country(ex):
    # "Jalapa" is a Guatemalan department and a Nicaraguan town: the demonym settles it.
    c = context(ex, "A farmer died in hospital in Jalapa after Nicaraguan riot police cleared a blockade "
                    "in Nueva Segovia on Monday.", "2017-05-19")
    assert c.country == "NI"


def test_the_countrys_name_outweighs_a_place_in_a_bodys_name(ex):
    c = context(ex, "Soldiers of the Army's Ayacucho Battalion detained two guards in Riosucio, Colombia, on 2 April. "
                    "The Ombudsman's Office issued an early warning.", "2023-05-04")
    assert c.country == "CO"


def test_a_companys_home_country_is_not_the_reports(ex):
    c = context(ex, "Kestrel Gold of Canada said on Monday that Canadian engineers had left its camp near "
                    "San Juan de la Maguana.", "2016-05-10")
    assert c.country == "DO"


def test_another_countrys_police_takes_the_countrys_name_in_its_id(ex):
    # As "…-ministry-of-the-environment-paraguay" does (loaders/resolve.py `_of_country`), not "…-py".
    c = context(ex, "Police fired tear gas at villagers who blocked the road to the Cerro Dorado mine near Paso Yobái, "
                    "Guairá, Paraguay, on Monday. Environment Minister Rosa Benítez said the police acted lawfully.",
                "2019-05-06")
    assert "organization:police-paraguay" in c.entities
    assert "organization:ministry-of-the-environment-paraguay" in c.entities


def test_a_towns_council_and_an_academy_are_bodies(ex):
    c = context(ex, "El Concejo Municipal de Villa Sola y la Academia de Ciencias de Tamarindo pidieron el martes "
                    "suspender el permiso de la mina.", "2019-11-14", "es")
    assert entity(c, "Concejo Municipal de Villa Sola").subclass == "GovernmentBody"
    assert entity(c, "Academia de Ciencias de Tamarindo").subclass == "CivilSocietyOrganization"


def test_a_colombian_reports_army_is_colombias(ex):
    # Not Peru's armed forces, which "the army" named while such a report was read as Peru's.
    c = context(ex, "Soldiers of the Army's Tequendama Battalion detained two guards in Riosucio, Colombia, on 2 April.",
                "2023-05-04")
    assert entity(c, "Army").name == "National Army of Colombia"
    assert entity(c, "Army").subclass == "MilitaryUnit"
