"""Round 7, English entities (invented sentences): a local government named by its place, groups of
people named by a valley or by several villages (loaders/data/groups.yaml, loaders/mentions.py
`_nested_places`, typing.yaml `nested_place_plurals`, `nested_place_levels`)."""
from tests.loaders.helpers import context, entity


def names(c):
    return {e.name for e in c.entities.values()}


def test_a_local_government_keeps_its_place_in_its_name(ex):
    c = context(ex, "The eviction was ordered by the provincial government of Santa Lucía del Monte, the company said.",
                "2019-07-30")
    body = entity(c, "provincial government of Santa Lucía del Monte")
    assert body.subclass == "GovernmentBody"
    # The government's level says the place's kind: a province, not a town.
    assert entity(c, "Santa Lucía del Monte").subclass == "AdministrativeArea"


def test_a_capitalised_municipality_in_a_list_of_actors(ex):
    c = context(ex, "Secondary actors: District Municipality of Pampa Alta; Ministry of Energy and Mines.", "2010-08")
    assert entity(c, "District Municipality of Pampa Alta").subclass == "GovernmentBody"
    assert not any("municipalityPampa" in n or n == "District Municipality" for n in names(c))


def test_farmers_in_a_river_valley_are_one_community(ex):
    c = context(ex, "Farmers in the Tarqui river valley said silt from the tailings pond had reached their fields.",
                "2019-07-30")
    assert entity(c, "farmers in the Tarqui river valley").subclass == "Community"


def test_young_people_of_several_villages_name_no_village(ex):
    c = context(ex, "Since Sunday, young people of the Oyapock villages have held a barricade of logs on the road.",
                "2018-10-16")
    assert entity(c, "young people of the Oyapock villages").subclass == "Community"
    assert "Oyapock" not in names(c)


def test_a_courts_name_runs_across_of(ex):
    # NER reads "the Caribbean Court" and "Justice" as two bodies.
    c = context(ex, "We want the court to stop the licence until we are consulted, as the Caribbean Court of Justice "
                    "said in the land rights case.", "2015-02-13")
    assert entity(c, "Caribbean Court of Justice").subclass == "GovernmentBody"
    assert "Justice" not in names(c)


def test_a_peoples_or_villages_council_is_a_community(ex):
    c = context(ex, "The Northern Lenca Villages Council and the Regional Indigenous Council of Tolima wrote to the "
                    "company on Monday.", "2019-07-30")
    assert entity(c, "Northern Lenca Villages Council").subclass == "Community"
    assert entity(c, "Regional Indigenous Council of Tolima").subclass == "Community"


def test_a_philippine_report_knows_its_country_and_bureaus(ex):
    c = context(ex, "The Mines and Geosciences Bureau suspended the permit of a nickel mine in Surigao, the Philippines, "
                    "on Monday.", "2012-07-14")
    assert c.country == "PH"
    assert entity(c, "Mines and Geosciences Bureau").subclass == "GovernmentBody"
    assert entity(c, "Philippines").subclass == "AdministrativeArea"


def test_a_name_after_a_captains_title_is_a_person(ex):
    c = context(ex, "Soldiers of the National Guard detained the community's captain, Arcadio Lezama, and two other "
                    "villagers at a checkpoint.", "2022-02-17")
    assert entity(c, "Arcadio Lezama").cls == "Person"


def test_a_bare_acronym_that_spells_one_bodys_capitals_is_that_body(ex):
    c = context(ex, "Villagers say the Société Minière du Haut Oyapock wants to dig on their land. The company, SMHO, "
                    "is owned by a Canadian firm. SMHO did not answer questions.", "2018-10-16")
    body = entity(c, "SMHO")
    assert "Société Minière du Haut Oyapock" in {body.name, *body.aliases}


def test_the_place_a_town_lies_in_is_an_area(ex):
    c = context(ex, "The company plans a pipeline to a new port at Punta Moreno, in Arroyo Seco. A similar complaint "
                    "about a nickel mine near Puerto Rico de Arriba, Cortés, is pending.", "2014-05-21")
    assert entity(c, "Arroyo Seco").subclass == "AdministrativeArea"
    assert entity(c, "Cortés").subclass == "AdministrativeArea"


def test_towns_in_a_list_stay_towns(ex):
    c = context(ex, "Marchers came from Santa Rita, San Pablo, Los Robles and Villanueva on Monday.", "2014-05-21")
    assert entity(c, "San Pablo").subclass == "Settlement"
