"""English entities, round 15 (invented sentences): the kind words and ranks of real reports' names
(loaders/data/typing.yaml `inside`, loaders/data/roles.yaml `ranks`)."""
from tests.loaders.helpers import context, entity


def test_a_chiefdom_is_an_administrative_area(ex):
    # typing.yaml `inside`: Sierra Leone's chiefdoms are administrative units (NER calls them bodies).
    c = context(ex, "The elders of Marbeni Chiefdom attended the meeting in the town hall.", "2020-05-06")
    assert (entity(c, "Marbeni Chiefdom").cls, entity(c, "Marbeni Chiefdom").subclass) == ("Place", "AdministrativeArea")


def test_a_paramount_chiefs_title_is_no_body(ex):
    # roles.yaml `ranks`: "Paramount Chief" stands before a chief's name like a rank; NER reads "Paramount" as a body.
    c = context(ex, "Paramount Chief Sahr Kongo II of Marbeni Chiefdom attended the meeting.", "2020-05-06")
    assert not any(e.name == "Paramount" for e in c.entities.values())
    assert entity(c, "Sahr Kongo II").cls == "Person"


def test_the_town_after_a_companys_kind_word_is_its_seat(ex):
    # loaders/name_spans.py `company_seat`: NER reads "X Resources of Toronto" as one body.
    c = context(ex, "Tarkwa Gold is a subsidiary of Kestrel Ridge Resources of Winnipeg, and its manager agreed.",
                "2020-05-06")
    assert entity(c, "Kestrel Ridge Resources").subclass == "Company"
    assert entity(c, "Winnipeg").cls == "Place"
    assert not any(e.name == "Kestrel Ridge Resources of Winnipeg" for e in c.entities.values())


def test_a_body_of_a_place_keeps_its_name(ex):
    # ... but a body's name ending "of" a place is kept whole ("Ministry of Mines of Tarvania" is no company).
    c = context(ex, "The Ministry of Mines of Tarvania granted the licence.", "2020-05-06")
    assert entity(c, "Ministry of Mines of Tarvania").cls == "Organization"


def test_a_founders_possessive_and_town_is_one_place(ex):
    # typing.yaml `possessive_place_words`: NER reads only "Walker" as a body.
    c = context(ex, "At a meeting in Walker's Town on June 25, Windward's community officer spoke.", "2020-05-06")
    assert entity(c, "Walker's Town").cls == "Place"
    assert not any(e.name == "Walker" for e in c.entities.values())
