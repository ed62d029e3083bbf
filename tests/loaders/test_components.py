"""Each pipeline step on small texts."""

from tests.loaders.helpers import context, entity


def ctx(ex, text, published="2016-10"):
    return context(ex, text, published)


def test_typing_is_not_the_ner_label(ex):
    c = ctx(ex, "A visit by Martín Vizcarra to Las Bambas on 22 October. As Mirko Lauer said on 21 October "
                "in La República, the situation is bad. Luque went last week to Saramurilla.")
    assert entity(c, "Las Bambas").subclass == "Mine"
    assert entity(c, "La República").subclass == "MediaOutlet"
    assert entity(c, "Saramurilla").cls == "Place"


def test_unknown_names_typed_by_cues(ex):
    c = ctx(ex, "Farmers marched from the port of Quilca to the Chili river. Rosa Quispe spoke to the "
                "Frente de Defensa de Quilca.")
    assert entity(c, "Quilca").subclass == "Port"
    assert entity(c, "Rosa Quispe").cls == "Person"


def test_resolution_surnames_acronyms_ppk(ex):
    c = ctx(ex, "The appointment of Rolando Luque to head up the Oficina Nacional de Dialogo y Sostenibilidad "
                "(ONDS) was welcome. Luque's visit helped the ONDS. The PPK government acted. "
                "President Pedro Pablo Kuczynski spoke.")
    luque = entity(c, "Rolando Luque")
    assert luque.id == "person:rolando-luque" and "Luque" in luque.aliases
    onds = entity(c, "ONDS")
    assert onds.id == "organization:oficina-nacional-de-dialogo-y-sostenibilidad"
    assert entity(c, "PPK government").id == "organization:government-of-peru"
    assert len([e for e in c.entities.values() if e.cls == "Person"]) == 2


def test_group_and_role_mentions(ex):
    c = ctx(ex, "The community organisations and authorities in Cotabambas declared a strike. "
                "In Peru, the police were under the command of the provincial police chief.")
    assert entity(c, "community organisations and authorities in Cotabambas").subclass == "Community"
    assert entity(c, "Cotabambas").subclass == "AdministrativeArea"
    chief = entity(c, "provincial police chief")
    police = entity(c, "police")
    assert any(f.type == "SUBORDINATE_TO" and f.start == police.id and f.end == chief.id for f in c.facts)


def test_positions(ex):
    c = ctx(ex, "Martín Vizcarra, Peru's vice-president, arrived. José De Echave, the former vice-minister "
                "of the environment, wrote an article.")
    facts = {(f.type, f.start, f.end, f.properties.get("title"), f.properties.get("until")) for f in c.facts}
    assert ("HOLDS_POSITION", "person:martin-vizcarra", "place:peru", "vice-president", None) in facts
    assert ("HOLDS_POSITION", "person:jose-de-echave", "organization:ministry-of-the-environment",
            "vice-minister of the environment", "2016-10") in facts


def test_base_on_company_property(ex):
    c = ctx(ex, "MMG operates Las Bambas. The police have a base on company property in Las Bambas.")
    based = [f for f in c.facts if f.type == "BASED_AT"]
    assert based and based[0].end == "place:las-bambas" and based[0].properties["on_property_of"] == "MMG"
    assert any(f.type == "OPERATES" and f.start == "organization:mmg" for f in c.facts)


def test_events_date_place_participants(ex):
    c = ctx(ex, "A visit by Martín Vizcarra to Las Bambas on 22 October sought a truce. The appointment of "
                "Rolando Luque (present with Vizcarra at Las Bambas) was welcome. Vizcarra's visit helped.")
    visits = [e for e in c.events if e.subclass == "Visit"]
    assert len(visits) == 1
    v = visits[0]
    assert v.id == "event:visit:2016-10-22:las-bambas" and v.places == ["place:las-bambas"]
    assert ("person:martin-vizcarra", "leader") in v.participants
    assert ("person:rolando-luque", "accompanying") in v.participants


def test_statement_author_and_outlet(ex):
    c = ctx(ex, "As Mirko Lauer said on 21 October in La República, the situation is grave.")
    s = next(e for e in c.events if e.subclass == "Statement")
    assert s.date == "2016-10-21" and ("person:mirko-lauer", "author") in s.participants
    assert s.outlets == ["organization:la-republica"]


def test_demanded_and_organizer(ex):
    c = ctx(ex, "The community organisations and authorities in Cotabambas declared that the strike would "
                "continue until either Prime Minister Fernando Zavala or President Pedro Pablo Kuczynski came.")
    strike = next(e for e in c.events if e.subclass == "Strike")
    roles = dict((p, r) for p, r in strike.participants)
    assert roles["person:fernando-zavala"] == "demanded" and roles["person:pedro-pablo-kuczynski"] == "demanded"
    assert roles["organization:community-organisations-and-authorities-in-cotabambas"] == "organizer"


def test_commitment_at_dialogue_table(ex):
    c = ctx(ex, "The agreement reached at the mesa de diálogo on 6 October that the road should be paved, "
                "was not seen as a cast-iron commitment.")
    table = next(e for e in c.events if e.subclass == "DialogueTable")
    commitment = c.commitments[0]
    assert table.date == "2016-10-06" and commitment.made_at == table.id and commitment.status == "disputed"
