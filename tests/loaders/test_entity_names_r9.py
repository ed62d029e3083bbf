"""Round 9, English entities (invented sentences): a rank before a name is no part of it (roles.yaml
`ranks`), a body's name runs across a list of portfolios but not onto a day or a person
(typing.yaml `name_links`, `name_run_stops`), and the items of a list of places share its cue
(classify.py `_place_lists`)."""
from tests.loaders.helpers import context, entity


def names(c):
    return {e.name for e in c.entities.values()}


def test_a_police_rank_is_not_part_of_the_name(ex):
    c = context(ex, "Police from the Brixton Division, headed by Superintendent Marlon Ferris, kept watch.", "2017-06-08")
    assert entity(c, "Marlon Ferris").cls == "Person"
    assert not any(n.startswith("Superintendent") for n in names(c))


def test_a_rank_word_opening_a_body_stays_in_its_name(ex):
    c = context(ex, "The order came from the General Command of the National Police, officials said.", "2021-06-09")
    assert entity(c, "General Command of the National Police").cls == "Organization"
    assert "Command of the National Police" not in names(c)


def test_a_committee_named_for_a_list_of_portfolios(ex):
    c = context(ex, "The Senate's Committee on Trade, Tourism and Fisheries heard the minister.", "2014-05-21")
    assert entity(c, "Committee on Trade, Tourism and Fisheries").subclass == "GovernmentBody"
    assert "Committee on Trade" not in names(c)


def test_a_body_name_stops_before_a_day_and_a_person(ex):
    c = context(ex, "The Supreme Court on Monday upheld the ruling.", "2023-11-28")
    assert "Supreme Court" in names(c)
    c = context(ex, "The Ministry of Mining, Juan Pérez and the mayor met.", "2019-07-30")
    assert {"Ministry of Mining", "Juan Pérez"} <= names(c)


def test_the_items_of_a_list_of_places_are_places(ex):
    c = context(ex, "Since Monday, ronderos from Porcón, Chamis and Huambocancha have kept the road blocked.", "2004-09-16")
    assert {entity(c, n).cls for n in ("Porcón", "Chamis", "Huambocancha")} == {"Place"}


def test_a_feature_keeps_its_kind_word_in_its_name(ex):
    c = context(ex, "Some 900 inhabitants of the Tulmo valley opposed the dam, and the court ordered the company "
                    "to restore the Tulmo estuary.", "2014-11-07")
    assert entity(c, "Tulmo valley").subclass == "NaturalFeature"
    assert entity(c, "Tulmo estuary").subclass == "NaturalFeature"


def test_a_bare_minister_names_no_person(ex):
    c = context(ex, "The farmers opened the track after the minister promised a meeting.", "2015-02-13")
    assert "minister" not in names(c)


def test_a_hill_named_with_its_kind_word_first(ex):
    c = context(ex, "Inside the Cerro Q'anil dialogue table, farmers spoke of the Cerro Corona gold mine.", "2009-08-22")
    assert entity(c, "Cerro Q'anil").cls == "Place"
    assert entity(c, "Cerro Corona").subclass == "Mine"
    assert not {"Cerro", "Corona"} & names(c)


def test_a_hills_short_name_is_the_hill(ex):
    c = context(ex, "The company explored Cerro Tulpa, the hill above the city. Farmers marched to Tulpa on Monday.",
                "2004-09-16")
    assert entity(c, "Tulpa") is entity(c, "Cerro Tulpa")


def test_an_age_after_a_name_says_a_person(ex):
    c = context(ex, "Hours later the dead were named as Jairo Pinto, 22, a welder, and Wilmer Rondón, 31, a cook.", "2017-02-20")
    assert entity(c, "Wilmer Rondón").cls == "Person"
    c = context(ex, "The victims were Anselmo Quipe (35) and Rurik Dancé (40).", "2017-02-20")
    assert {entity(c, n).cls for n in ("Anselmo Quipe", "Rurik Dancé")} == {"Person"}


def test_a_company_after_where_it_is_based(ex):
    c = context(ex, "The mine is a joint venture of the state and Ohio-based Tarnow Alloys.", "2018-07-03")
    assert entity(c, "Tarnow Alloys").subclass == "Company"


def test_a_prosecutors_office_named_by_its_level_or_place(ex):
    c = context(ex, "The company asked the Oaxaca state prosecutor's office to investigate.", "2021-09-14")
    assert entity(c, "Oaxaca state prosecutor's office").subclass == "GovernmentBody"
    c = context(ex, "He was released by order of the prosecutor's office in Tambobamba.", "2022-04-30")
    assert entity(c, "prosecutor's office in Tambobamba").subclass == "GovernmentBody"
    c = context(ex, "The prosecutor's office said nothing.", "2022-04-30")
    assert not c.entities


def test_bodies_named_by_their_head_first(ex):
    c = context(ex, "The permit was granted by the Prefecture of Haute Savoie, and the Peaceful Resistance of El Tambor "
                    "kept its sit-in.", "2018-10-16")
    assert entity(c, "Prefecture of Haute Savoie").subclass == "GovernmentBody"
    assert entity(c, "Peaceful Resistance of El Tambor").cls == "Organization"


def test_spanish_bodies_in_an_english_report(ex):
    c = context(ex, "The strike was backed by the Alianza Cívica por la Justicia and the Comité en Defensa de la Vida "
                    "y la Paz de San Telmo Arriba.", "2013-05-30")
    assert entity(c, "Alianza Cívica por la Justicia").subclass == "CivilSocietyOrganization"
    assert entity(c, "Comité en Defensa de la Vida y la Paz de San Telmo Arriba").subclass == "Community"


def test_a_hamlets_kind_word_before_its_name(ex):
    c = context(ex, "She is president of the council of the vereda Loma Tendida, where the shafts open.", "2019-07-12")
    assert entity(c, "Loma Tendida").subclass == "Settlement"


def test_a_capitalised_river_and_a_mining_complex(ex):
    c = context(ex, "The company began the Cerro Yunta deposit near the Tarimo River in 2020.", "2022-02-17")
    assert entity(c, "Tarimo River").subclass == "NaturalFeature"
    c = context(ex, "Workers at the Monteiro iron ore complex struck.", "2015-11-07")
    assert entity(c, "Monteiro").subclass == "Mine"


def test_the_region_after_a_datelines_city(ex):
    c = context(ex, "PORT MARIA, St Mary — Residents of Tresco poured onto the main road on Monday.", "2018-07-03")
    assert entity(c, "St Mary").subclass == "AdministrativeArea"
    c = context(ex, "PUERTO LEMPIRA, Tuesday — Villagers blocked the road.", "2018-07-03")
    assert "Tuesday" not in names(c)
