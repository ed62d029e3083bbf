"""English entity spans, round 16 (invented sentences): names NER cuts before their kind word or at a
hyphen, so the relations at them cannot match (issue 8, pattern 8)."""
from tests.loaders.helpers import context, entity


def test_a_plant_is_named_with_its_kind_word(ex):
    # typing.yaml `kinds_in_names`: "the Tavoli smelter" is the plant's name, "Tavoli" its alias.
    c = context(ex, "Ore is trucked to the Tavoli smelter at the industrial park.", "2020-05-06")
    smelter = entity(c, "Tavoli smelter")
    assert (smelter.cls, smelter.subclass) == ("Place", "Facility")
    assert not any(e.name == "Tavoli" for e in c.entities.values())


def test_a_plants_kind_word_types_it_over_the_words_inside(ex):
    # chosen_mentions.py `_kinds_in_names`: a concentrator named for a road is no road.
    c = context(ex, "Police fired at the Mbeli Road concentrator in Kalulushi.", "2020-05-06")
    plant = entity(c, "Mbeli Road concentrator")
    assert (plant.cls, plant.subclass) == ("Place", "Facility")


def test_a_police_body_named_by_its_place_and_the_place(ex):
    # groups.yaml: "the X police" is the local force; typing.yaml `nested_place_tails`: X is a place of its own.
    c = context(ex, "Guards detained two young men from Chirozva and handed them to the Buhera police.", "2020-05-06")
    assert entity(c, "Buhera police").subclass == "PoliceUnit"
    assert entity(c, "Buhera").cls == "Place"


def test_a_state_polices_place_is_a_place(ex):
    # typing.yaml `nested_place_tails`: the place before "state police" is a place too.
    c = context(ex, "Officers of the Oaxaca state police arrived.", "2020-05-06")
    assert entity(c, "Oaxaca").cls == "Place"


def test_a_demonyms_police_is_the_national_force(ex):
    # pattern_names.py: "the Peruvian police" names no place, so no local force.
    c = context(ex, "The Peruvian police fired tear gas in Cajamarca.", "2020-05-06")
    assert not any(e.name.lower() == "peruvian police" for e in c.entities.values())


def test_a_police_division_named_by_its_place_is_no_local_force(ex):
    # groups.yaml: a unit word after "police" is the unit's ("the Cusco police division").
    c = context(ex, "Colonel Marco Saravia, head of the Cusco police division known as Divpol Santo Tomás, spoke.",
                "2020-05-06")
    assert not any(e.name == "Cusco police" for e in c.entities.values())


def test_a_place_police_is_the_police_body_named_in_full(ex):
    # chosen_mentions.py `_place_police_named`: "the Columbio police" after the station's full name is that station.
    c = context(ex, "Villagers were taken to the Columbio Municipal Police Station. Police Major Rowena Dalisay, head "
                    "of the Columbio police, said four villagers were detained.", "2020-05-06")
    assert "Columbio police" in entity(c, "Columbio Municipal Police Station").aliases
    assert not any(e.name == "Columbio police" for e in c.entities.values())


def test_an_indonesian_police_grade_is_a_rank(ex):
    # roles.yaml `ranks`: "Adjunct Senior Commissioner" stands before the officer's name; it is no person.
    c = context(ex, "Officers of the East Halmahera police, led by police chief Adjunct Senior Commissioner Rudi Santo, "
                    "arrived.", "2020-05-06")
    assert not any(e.name == "Adjunct Senior" for e in c.entities.values())
    assert entity(c, "Rudi Santo").cls == "Person"


def test_a_plant_ner_misses_is_named_by_its_place_and_kind(ex):
    # groups.yaml: "the Mwenzi processing plant", "the KTM training centre", a facility NER reads nothing of.
    c = context(ex, "The Mwenzi processing plant treats ore from both mines.", "2020-05-06")
    assert (entity(c, "Mwenzi processing plant").cls, entity(c, "Mwenzi processing plant").subclass) == ("Place", "Facility")
    c = context(ex, "The platoon is based at the KTM training centre near the shaft.", "2020-05-06")
    assert entity(c, "KTM training centre").subclass == "Facility"


def test_a_barangay_and_a_sitio_are_places(ex):
    # typing.yaml `inside`: the Philippines' barangay and sitio, which NER reads as a body or a person.
    c = context(ex, "Some 300 residents of Barangay Datal Bukay marched to the town hall.", "2020-05-06")
    assert (entity(c, "Barangay Datal Bukay").cls, entity(c, "Barangay Datal Bukay").subclass) == ("Place", "Settlement")
    c = context(ex, "Soldiers camped at Sitio Lumbayao, a hamlet of the barangay.", "2020-05-06")
    assert entity(c, "Sitio Lumbayao").cls == "Place"


def test_a_mine_named_before_its_stage_and_project(ex):
    # groups.yaml: "the X exploration project", "the Y expansion project" are mines, named by their own words.
    c = context(ex, "Lindiwe also holds half of the Mwenkato exploration project, a joint venture.", "2020-05-06")
    assert (entity(c, "Mwenkato").cls, entity(c, "Mwenkato").subclass) == ("Place", "Mine")
    c = context(ex, "Hudbay plans the Corocchaya expansion project near Chumbivilcas.", "2020-05-06")
    assert entity(c, "Corocchaya").subclass == "Mine"


def test_the_place_of_the_audience_told_is_no_outlet(ex):
    # typing.yaml `outlet_audiences`: "told a committee in X" is where the committee sat, not a newspaper.
    c = context(ex, "Doreen Ashwood told a Senate committee in Canberra that the company had damaged two rock shelters.",
                "2020-05-06")
    assert entity(c, "Canberra").cls == "Place"
    c = context(ex, "The mayor said in El Comercio that talks would resume.", "2020-05-06")
    assert entity(c, "El Comercio").subclass == "MediaOutlet"


def test_a_members_seat_is_an_area(ex):
    # typing.yaml `after_patterns`, `before`: a plenary speaker line's seat in brackets and "the Member for X".
    c = context(ex, "Ms Akosua Mensah (Wassa-Amenfi): Mr Speaker, I associate myself with the Statement. I thank "
                    "the Hon Member for Amenfi-Huni Valley for the statement.", "2020-05-06")
    assert (entity(c, "Wassa-Amenfi").cls, entity(c, "Wassa-Amenfi").subclass) == ("Place", "AdministrativeArea")
    assert entity(c, "Amenfi-Huni Valley").subclass == "AdministrativeArea"


def test_a_numbered_ward_is_an_area(ex):
    # groups.yaml: "ward 12", a district's numbered division, which NER reads nothing of.
    c = context(ex, "This brief reports on a field visit to ward 12 of Buhera district in October 2023.", "2020-05-06")
    assert (entity(c, "ward 12").cls, entity(c, "ward 12").subclass) == ("Place", "AdministrativeArea")
