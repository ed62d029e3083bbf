"""Spanish entity types, round 9 (invented sentences): a municipal office names its municipality, a kind
word in a group's name types its place, the area a place lies in, lists of mines, the members a civil
body is named by, police and military units by their words, and numbered roads (loaders/data/es/typing.yaml,
loaders/data/es/groups.yaml, loaders/classify.py, loaders/chosen_mentions.py, loaders/mentions.py,
loaders/resolve.py)."""
import pytest

from tests.loaders.helpers import context, entity


def _es(ex, text):
    return context(ex, text, "2020-05-06", language="es")


# (what the rule reads, an invented sentence, the entities it must type: name, attribute, value)
TYPED = [
    ('a_mayor_names_a_municipality',
     "El alcalde de Villa Mirador, Tomás Quinteros, recibió a los vecinos el lunes.",
     [('Villa Mirador', 'subclass', 'AdministrativeArea')]),
    ('a_kind_word_in_a_groups_name_types_its_place',
     "Campesinos del corregimiento de Loma Tendida cerraron el paso. La asamblea se reunió en la casa comunal de Loma Tendida.",
     [('Loma Tendida', 'subclass', 'AdministrativeArea')]),
    ('the_place_in_brackets_is_the_area_it_lies_in',
     "Los pobladores del distrito de Quenari (Tumbayo) bloquearon el acceso a la mina.",
     [('Tumbayo', 'subclass', 'AdministrativeArea')]),
    ('the_items_of_a_list_of_mines_are_mines',
     "La empresa también explota las minas Santa Brígida y La Candelaria en el norte del país.",
     [('Santa Brígida', 'subclass', 'Mine'), ('La Candelaria', 'subclass', 'Mine')]),
    ('a_federation_is_civil_unless_its_members_are_communities',
     "La Federación Campesina de Yerbales y la Federación de Comunas del Río Tuntaco marcharon juntas.",
     [('Federación Campesina de Yerbales', 'subclass', 'CivilSocietyOrganization'), ('Federación de Comunas del Río Tuntaco', 'subclass', 'Community')]),
    ('a_development_association_is_a_communitys',
     "La Asociación de Desarrollo Integral de Palmarejo pidió una audiencia al ministro.",
     [('Asociación de Desarrollo Integral de Palmarejo', 'subclass', 'Community')]),
    ('police_and_military_units_by_their_words',
     "La Unidad de Intervención Policial desalojó el plantel. Después llegó la Fuerza Pública. Un oficial de la Zona Operativa de Defensa Integral llegó.",
     [('Unidad de Intervención Policial', 'subclass', 'PoliceUnit'), ('Fuerza Pública', 'subclass', 'PoliceUnit'), ('Zona Operativa de Defensa Integral', 'subclass', 'MilitaryUnit')]),
    ('a_numbered_road_is_a_road',
     "Desde el martes los vecinos cortan la ruta provincial 27 a la altura del puente.",
     [('ruta provincial 27', 'subclass', 'Road')]),
    ('a_local_governments_name_ends_in_its_area',
     "La Municipalidad Provincial de Tarmaqui convocó a una reunión con los dirigentes.",
     [('Tarmaqui', 'subclass', 'AdministrativeArea'), ('Municipalidad Provincial de Tarmaqui', 'subclass', 'GovernmentBody')]),
    ('a_bodys_seat_after_its_name_is_no_area',
     "Los dirigentes llegaron a la sede de la Gobernación de Quillota Alta, en Villa Serena, el lunes.",
     [('Villa Serena', 'subclass', 'Settlement')]),
    ('a_local_government_without_a_capitalised_head_is_one_body',
     "La reunión se hizo en el salón del Gobierno Autónomo Municipal de Río Seco. Los vecinos marcharon luego hasta la alcaldía de San Pedro Las Palmas.",
     [('Gobierno Autónomo Municipal de Río Seco', 'subclass', 'GovernmentBody'), ('Río Seco', 'subclass', 'AdministrativeArea'), ('alcaldía de San Pedro Las Palmas', 'subclass', 'GovernmentBody')]),
    ('the_holder_of_a_mining_right_is_no_office_holder',
     "Los pobladores exigen a la empresa Minera Valle Rojo S.A.C., titular de la unidad minera Huanchaca, que repare el canal.",
     [('Minera Valle Rojo S.A.C.', 'cls', 'Organization')]),
    ('a_calling_before_a_name_makes_it_a_person',
     "La resolución designa a la ingeniera Yoselín Tarapuez Aranibar como directora. La junta vecinal, presidida por Nuria Callapiña, respaldó la medida.",
     [('Yoselín Tarapuez Aranibar', 'cls', 'Person'), ('Nuria Callapiña', 'cls', 'Person')]),
    ('a_civil_bodys_name_runs_through_contra_and_a_coalition_is_civil',
     "La Red Andina contra la Minería Abierta y la Coalición Sureña por la Defensa del Agua firmaron la carta.",
     [('Red Andina contra la Minería Abierta', 'subclass', 'CivilSocietyOrganization'), ('Coalición Sureña por la Defensa del Agua', 'subclass', 'CivilSocietyOrganization')]),
    ('a_police_department_is_a_police_unit',
     "Los agentes actuaron bajo las órdenes del comandante del Departamento de Policía Tolimán, coronel Ariel Pazos.",
     [('Departamento de Policía Tolimán', 'subclass', 'PoliceUnit')]),
    ('a_cemetery_named_by_its_place_is_a_facility',
     "Las familias mantenían una vigilia en el cementerio comunitario de Loma Verde desde junio.",
     [('cementerio comunitario de Loma Verde', 'subclass', 'Facility')]),
    ('a_town_named_after_a_saint_is_a_place_after_a_place_preposition',
     "Los dirigentes se reunieron el martes en Santiago de Compostela con la directora general de Minas.",
     [('Santiago de Compostela', 'cls', 'Place')]),
    ('a_dateline_city_ends_before_its_full_stop',
     "VILLA ARENALES.- La Procuraduría sometió este jueves a la empresa ante el juzgado.",
     [('Villa Arenales', 'cls', 'Place')]),
    ('a_full_name_after_de_la_empresa_is_the_companys_worker',
     "Minera Sur opera la mina. Entre los heridos está el operario de la empresa Wilber Choque Aramayo.",
     [('Wilber Choque Aramayo', 'cls', 'Person'), ('Minera Sur', 'cls', 'Organization')]),
    ('a_mining_area_is_a_mine_not_a_miner',
     "Entre los puntos acordados, la cooperativa suspenderá por 30 días sus trabajos en el área minera Cerro Quenua.",
     [('Cerro Quenua', 'subclass', 'Mine')]),
    ('a_small_place_ner_misses_after_its_kind_word',
     "Los comunarios mantenían un bloqueo en el cruce Los Tajibos, en el sector conocido como La Quebradita.",
     [('cruce Los Tajibos', 'subclass', 'Road'), ('La Quebradita', 'cls', 'Place')]),
]


@pytest.mark.parametrize("rule, text, expected", TYPED, ids=[r[0] for r in TYPED])
def test_spanish_entities_are_typed_by_their_cues(ex, rule, text, expected):
    c = _es(ex, text)
    assert [(name, attr, getattr(entity(c, name), attr)) for name, attr, _ in expected] == expected


# (what the rule reads, an invented text, a word the model reads as a name that is none)
NO_NAME = [
    ('a_common_word_opening_a_heading',
     "**Reunión en la capital.** Los dirigentes pidieron otra reunión con el viceministro Julio Arancibia.", "Reunión"),
    ('a_list_items_opening_preposition',
     "Exigimos:\n\n- A la Fiscalía General de la Nación que garantice el debido proceso.\n"
     "- A la Procuraduría General de la Nación que vigile el título minero.\n", "A"),
    ('a_genre_heading_before_a_dash_is_no_dateline',
     "ALERTA URGENTE – Villa Serrana, agosto de 2015\n\nLa Coalición denuncia el desalojo de los pobladores.", "Alerta Urgente"),
    ('a_verb_opening_a_sentence_after_a_bold_date_label',
     "**Cronología**\n\n- **5 de julio.** Comienza el paro. Los comuneros de Quenua bloquean el puente.", "Comienza"),
]


@pytest.mark.parametrize("rule, text, word", NO_NAME, ids=[r[0] for r in NO_NAME])
def test_a_word_the_model_reads_as_a_name_is_none(ex, rule, text, word):
    c = _es(ex, text)
    assert word not in {e.name for e in c.entities.values()}


def test_a_body_named_again_by_its_head_is_that_body(ex):
    c = _es(ex, "Unos 300 comuneros se plantaron frente a la Gobernación de Tunquipata. "
                "Dos días después, los dirigentes volvieron a la Gobernación.")
    assert not any(e.name == "Gobernación" for e in c.entities.values())
    assert entity(c, "Gobernación de Tunquipata").cls == "Organization"
