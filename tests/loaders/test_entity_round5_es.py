"""Spanish entities, round 5: watercourses after their lower-case kind noun, units of police and army
named by their kind, a community's council that a state body's head word opens, indigenous reserves
and their councils as one community, a report's section heads (invented sentences; loaders/data/es/
typing.yaml, es/groups.yaml, loaders/mentions.py, ner_mentions.py)."""
from tests.loaders.helpers import context, entity


def _names(c, cls=None):
    return {e.name for e in c.entities.values() if cls is None or e.cls == cls}


def _es(ex, text):
    return context(ex, text, "2019-04-02", language="es")


def test_a_watercourse_after_its_kind_noun_is_a_feature(ex):
    c = _es(ex, "Los comuneros denuncian que los relaves contaminan la quebrada Pucamayo y el río Tinajas, "
                "donde beben sus animales.")
    assert entity(c, "quebrada Pucamayo").subclass == "NaturalFeature"
    assert entity(c, "río Tinajas").cls == "Place"
    assert entity(c, "río Tinajas").subclass == "NaturalFeature"


def test_police_and_army_units_named_by_their_kind(ex):
    c = _es(ex, "El martes, agentes del Escuadrón Móvil Antidisturbios desalojaron a los manifestantes. "
                "Un día después, el Batallón de Infantería No. 14 del Ejército Nacional llegó a la vereda Los Pinos. "
                "Un contingente de la Unidad de Servicios Especiales llegó desde la ciudad de Tarma.")
    assert entity(c, "Escuadrón Móvil Antidisturbios").subclass == "PoliceUnit"
    assert entity(c, "Batallón de Infantería No. 14").subclass == "MilitaryUnit"
    assert entity(c, "Unidad de Servicios Especiales").subclass == "PoliceUnit"
    assert "Batallón de Infantería No" not in _names(c)


def test_a_community_council_is_no_state_council(ex):
    c = _es(ex, "La representante del Consejo Comunitario Cuenca del Río Mira denunció el desalojo, y la "
                "Corporación Autónoma Regional de Nariño abrió una investigación.")
    assert entity(c, "Consejo Comunitario Cuenca del Río Mira").subclass == "Community"
    assert entity(c, "Corporación Autónoma Regional de Nariño").subclass == "GovernmentBody"


def test_a_reserve_and_its_council_are_one_community(ex):
    c = _es(ex, "La concesión se superpone con el resguardo indígena de San Rafael. El gobernador del cabildo "
                "de San Rafael, Mario Yule Pito, pidió el retiro de los soldados.")
    communities = [e for e in c.entities.values() if "San Rafael" in e.name]
    assert len(communities) == 1
    assert communities[0].subclass == "Community"


def test_section_heads_and_a_sentence_article_before_a_kind_noun(ex):
    c = _es(ex, "Buenos días, compañeros.\n\n"
                "**Contexto.** La mina El Porvenir, en el municipio de Suárez, es explotada por Minera Andina S.A.S.\n\n"
                "**Recomendaciones.** Pedimos a la empresa que suspenda las labores.")
    names = _names(c)
    assert "Contexto" not in names and "Recomendaciones" not in names and "Buenos" not in names
    assert entity(c, "El Porvenir").subclass == "Mine"
    assert "La mina El Porvenir" not in names


def test_a_dam_after_its_kind_noun_is_a_facility(ex):
    c = _es(ex, "El agua del arroyo llega a la presa El Mirador, de donde riegan sus parcelas unas 80 familias.")
    assert entity(c, "El Mirador").subclass == "Facility"


def test_phrases_type_forces_and_state_bodies(ex):
    c = _es(ex, "Efectivos de la Unidad Táctica de Operaciones Policiales y de la Policía Militar del Orden Público "
                "desalojaron la plaza, según el Comisionado Nacional de los Derechos Humanos.")
    assert entity(c, "Unidad Táctica de Operaciones Policiales").subclass == "PoliceUnit"
    assert entity(c, "Policía Militar del Orden Público").subclass == "MilitaryUnit"
    assert entity(c, "Comisionado Nacional de los Derechos Humanos").subclass == "GovernmentBody"


def test_a_bodys_name_stops_at_a_line_break(ex):
    c = _es(ex, "Adjuntía para la Prevención de Conflictos Sociales y la Gobernabilidad\n"
                "Reporte de Conflictos Sociales N.° 90\n\nLa Defensoría del Pueblo registró 200 conflictos.")
    assert "Adjuntía para la Prevención de Conflictos Sociales y la Gobernabilidad" in _names(c)
    assert not any("\n" in n for n in _names(c))


def test_a_bodys_people_before_its_name_are_no_part_of_it(ex):
    c = _es(ex, "El alcalde pidió una mesa de trabajo con la empresa. Elementos de la Policía Estatal Preventiva "
                "resguardan desde el lunes el acceso a la mina.")
    assert entity(c, "Policía Estatal Preventiva").subclass == "PoliceUnit"
    assert not any(n.startswith("Elementos") for n in _names(c))


def test_a_sentences_verb_before_a_title_is_no_name(ex):
    c = _es(ex, "El lunes, tras una reunión en la Secretaría de Gobierno, en Oaxaca, los vecinos y la empresa firmaron "
                "una minuta. Participaron el secretario de Gobierno, Ernesto Ruiz Salas, y el gerente.")
    assert not any(n.startswith("Participaron") for n in _names(c))


def test_words_of_quantity_and_section_heads_are_no_names(ex):
    c = _es(ex, "**Cronología.** Decenas de mujeres llegaron a la plaza de Nabón. Ambos dirigentes fueron liberados.")
    names = _names(c)
    assert not {"Cronología", "Decenas", "Ambos"} & names


def test_a_live_coverages_heading_word_is_no_place(ex):
    c = _es(ex, "Cobertura en vivo desde Chalatenango. Actualizaciones de nuestro equipo en el cantón Los Horcones. "
                "A las 9:00, agentes lanzaron gases lacrimógenos contra los pobladores.")
    assert "Actualizaciones" not in _names(c)


def test_a_list_of_communities_is_one_community_each(ex):
    c = _es(ex, "Los pobladores de las comunidades campesinas de Ayrampo y Callacame bloquean la vía. El presidente "
                "de la comunidad campesina de Ayrampo, Luis Quispe Mamani, pidió diálogo.")
    communities = {e.name for e in c.entities.values() if e.subclass == "Community"}
    assert "comunidad campesina de Callacame" in communities
    assert [n for n in communities if "Ayrampo" in n] == ["comunidad campesina de Ayrampo"]
