"""Spanish entity types, round 9 (invented sentences): a municipal office names its municipality, a kind
word in a group's name types its place, the area a place lies in, lists of mines, the members a civil
body is named by, police and military units by their words, and numbered roads (loaders/data/es/typing.yaml,
loaders/data/es/groups.yaml, loaders/classify.py, loaders/chosen_mentions.py, loaders/mentions.py,
loaders/resolve.py)."""
from tests.loaders.helpers import context, entity


def _es(ex, text):
    return context(ex, text, "2020-05-06", language="es")


def test_a_mayor_names_a_municipality(ex):
    c = _es(ex, "El alcalde de Villa Mirador, Tomás Quinteros, recibió a los vecinos el lunes.")
    assert entity(c, "Villa Mirador").subclass == "AdministrativeArea"


def test_a_kind_word_in_a_groups_name_types_its_place(ex):
    c = _es(ex, "Campesinos del corregimiento de Loma Tendida cerraron el paso. "
                "La asamblea se reunió en la casa comunal de Loma Tendida.")
    assert entity(c, "Loma Tendida").subclass == "AdministrativeArea"


def test_the_place_in_brackets_is_the_area_it_lies_in(ex):
    c = _es(ex, "Los pobladores del distrito de Quenari (Tumbayo) bloquearon el acceso a la mina.")
    assert entity(c, "Tumbayo").subclass == "AdministrativeArea"


def test_the_items_of_a_list_of_mines_are_mines(ex):
    c = _es(ex, "La empresa también explota las minas Santa Brígida y La Candelaria en el norte del país.")
    assert entity(c, "Santa Brígida").subclass == "Mine"
    assert entity(c, "La Candelaria").subclass == "Mine"


def test_a_federation_is_civil_unless_its_members_are_communities(ex):
    c = _es(ex, "La Federación Campesina de Yerbales y la Federación de Comunas del Río Tuntaco marcharon juntas.")
    assert entity(c, "Federación Campesina de Yerbales").subclass == "CivilSocietyOrganization"
    assert entity(c, "Federación de Comunas del Río Tuntaco").subclass == "Community"


def test_a_development_association_is_a_communitys(ex):
    c = _es(ex, "La Asociación de Desarrollo Integral de Palmarejo pidió una audiencia al ministro.")
    assert entity(c, "Asociación de Desarrollo Integral de Palmarejo").subclass == "Community"


def test_police_and_military_units_by_their_words(ex):
    c = _es(ex, "La Unidad de Intervención Policial desalojó el plantel. Después llegó la Fuerza Pública. "
                "Un oficial de la Zona Operativa de Defensa Integral llegó.")
    assert entity(c, "Unidad de Intervención Policial").subclass == "PoliceUnit"
    assert entity(c, "Fuerza Pública").subclass == "PoliceUnit"
    assert entity(c, "Zona Operativa de Defensa Integral").subclass == "MilitaryUnit"


def test_a_numbered_road_is_a_road(ex):
    c = _es(ex, "Desde el martes los vecinos cortan la ruta provincial 27 a la altura del puente.")
    assert entity(c, "ruta provincial 27").subclass == "Road"


def test_a_local_governments_name_ends_in_its_area(ex):
    c = _es(ex, "La Municipalidad Provincial de Tarmaqui convocó a una reunión con los dirigentes.")
    assert entity(c, "Tarmaqui").subclass == "AdministrativeArea"
    assert entity(c, "Municipalidad Provincial de Tarmaqui").subclass == "GovernmentBody"


def test_a_bodys_seat_after_its_name_is_no_area(ex):
    c = _es(ex, "Los dirigentes llegaron a la sede de la Gobernación de Quillota Alta, en Villa Serena, el lunes.")
    assert entity(c, "Villa Serena").subclass == "Settlement"


def test_a_local_government_without_a_capitalised_head_is_one_body(ex):
    c = _es(ex, "La reunión se hizo en el salón del Gobierno Autónomo Municipal de Río Seco. "
                "Los vecinos marcharon luego hasta la alcaldía de San Pedro Las Palmas.")
    assert entity(c, "Gobierno Autónomo Municipal de Río Seco").subclass == "GovernmentBody"
    assert entity(c, "Río Seco").subclass == "AdministrativeArea"
    assert entity(c, "alcaldía de San Pedro Las Palmas").subclass == "GovernmentBody"


def test_a_common_word_opening_a_heading_is_no_name(ex):
    c = _es(ex, "**Reunión en la capital.** Los dirigentes pidieron otra reunión con el viceministro Julio Arancibia.")
    assert not any(e.name == "Reunión" for e in c.entities.values())


def test_a_body_named_again_by_its_head_is_that_body(ex):
    c = _es(ex, "Unos 300 comuneros se plantaron frente a la Gobernación de Tunquipata. "
                "Dos días después, los dirigentes volvieron a la Gobernación.")
    assert not any(e.name == "Gobernación" for e in c.entities.values())
    assert entity(c, "Gobernación de Tunquipata").cls == "Organization"


def test_the_holder_of_a_mining_right_is_no_office_holder(ex):
    c = _es(ex, "Los pobladores exigen a la empresa Minera Valle Rojo S.A.C., titular de la unidad minera Huanchaca, "
                "que repare el canal.")
    assert entity(c, "Minera Valle Rojo S.A.C.").cls == "Organization"


def test_a_calling_before_a_name_makes_it_a_person(ex):
    c = _es(ex, "La resolución designa a la ingeniera Yoselín Tarapuez Aranibar como directora. "
                "La junta vecinal, presidida por Nuria Callapiña, respaldó la medida.")
    assert entity(c, "Yoselín Tarapuez Aranibar").cls == "Person"
    assert entity(c, "Nuria Callapiña").cls == "Person"


def test_a_civil_bodys_name_runs_through_contra_and_a_coalition_is_civil(ex):
    c = _es(ex, "La Red Andina contra la Minería Abierta y la Coalición Sureña por la Defensa del Agua firmaron la carta.")
    assert entity(c, "Red Andina contra la Minería Abierta").subclass == "CivilSocietyOrganization"
    assert entity(c, "Coalición Sureña por la Defensa del Agua").subclass == "CivilSocietyOrganization"
