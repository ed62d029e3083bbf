"""Spanish entity spans, round 9 (invented sentences): a company's name runs back from its legal form over the
article and place words inside it, a union's number is part of its name, and the name an acronym in brackets
defines runs across "y" but not across "y de la", a rank after "en" opens a town's name, and a
legislature's and a guild's names run across their particles
(loaders/data/es/groups.yaml, loaders/data/es/typing.yaml, loaders/name_finders.py, loaders/ner_mentions.py)."""
import pytest

from tests.loaders.helpers import context, entity


def _es(ex, text):
    return context(ex, text, "2020-05-06", language="es")


# (what the rule reads, an invented sentence, the entities it must find: name, class, subclass)
FOUND = [
    ('a_sentences_clitic_and_verb_are_no_part_of_the_company_after_them',
     "Cerro Quilla es un proyecto de cobre en fase de exploración. Lo\ndesarrolla Minera Quilla Andina S.A., "
     "subsidiaria de la australiana Bellbird Copper.",
     [('Minera Quilla Andina S.A.', 'Organization', 'Company')]),
    ('a_persons_second_surname_ner_cut_off_is_part_of_the_name',
     "Un grupo quemó una garita. El presidente del frente, Rubén Mamani Coaquira, exigió la presencia del ministro.",
     [('Rubén Mamani Coaquira', 'Person', None)]),
    ('a_companys_name_runs_back_over_an_article',
     "El yacimiento pertenece a Minera El Colorado SpA, controlada por la canadiense Ridge Gold.",
     [('Minera El Colorado SpA', 'Organization', 'Company')]),
    ('a_companys_name_runs_back_over_a_place_word',
     "La reunión fue entre la comunidad de Santa Lucía y la Cooperativa Minera Aurífera Cerro Blanco Ltda. en Tarija.",
     [('Cooperativa Minera Aurífera Cerro Blanco Ltda.', 'Organization', 'Company')]),
    ('a_unions_number_is_part_of_its_name',
     "Negociaron el Sindicato de Trabajadores N° 2 de Minera Los Pinos y la empresa.",
     [('Sindicato de Trabajadores N° 2 de Minera Los Pinos', 'Organization', 'CivilSocietyOrganization')]),
    ('an_acronym_defines_a_name_across_y',
     "Unos 100 agentes, entre ellos miembros del Grupo de Intervención y Socorro (GIS), llegaron a la zona.",
     [('Grupo de Intervención y Socorro', 'Organization', 'PoliceUnit')]),
    ('y_de_la_before_an_acronyms_body_joins_another_body',
     "Llegaron efectivos de la Policía Provincial y de la Unidad de Control Urbano (UCU) al corte.",
     [('Policía Provincial', 'Organization', 'PoliceUnit')]),
    ('a_legislatures_name_runs_across_its_province',
     "La diputada Ana Ruiz presentó el proyecto en la Legislatura de La Pampa el martes.",
     [('Legislatura de La Pampa', 'Organization', 'GovernmentBody')]),
    ('a_guilds_name_runs_across_its_particles',
     "La Gremial de Pescadores Artesanales de Puerto Viejo denunció la contaminación.",
     [('Gremial de Pescadores Artesanales de Puerto Viejo', 'Organization', 'CivilSocietyOrganization')]),
    ('a_mining_cooperative_is_a_company',
     "Los mineros, agrupados en la Cooperativa de Pequeños Mineros de Loma Alta, exigieron el pago.",
     [('Cooperativa de Pequeños Mineros de Loma Alta', 'Organization', 'Company')]),
    ('a_places_lower_case_council_is_named_by_its_place',
     "El consejo comunal de San Pedro de Los Altos, cuyo vocero es Luis Pérez, pidió una reunión.",
     [('consejo comunal de San Pedro de Los Altos', 'Organization', 'Community')]),
    ('an_ejidos_lower_case_authority_is_named_by_its_place',
     "La asamblea del comisariado ejidal de La Esperanza rechazó el proyecto minero.",
     [('comisariado ejidal de La Esperanza', 'Organization', 'Community')]),
    ('a_communitys_people_are_named_by_their_whole_place',
     "La choza que los comuneros de San Antonio de Chuquiribamba levantaron sigue en pie.",
     [('comuneros de San Antonio de Chuquiribamba', 'Organization', 'Community')]),
    ('a_holdings_investments_name_is_a_company',
     "El 30 % restante sigue en manos de la Compañía Minera Norteña, propiedad del grupo local Inversiones Tamarindo.",
     [('Inversiones Tamarindo', 'Organization', 'Company')]),
    ('a_towns_police_post_is_named_by_its_town',
     "Los agentes actuaron bajo el mando del jefe de la delegación policial de Playa Blanca.",
     [('delegación policial de Playa Blanca', 'Organization', 'PoliceUnit')]),
    ('a_unit_of_a_force_is_named_apart_and_is_the_forces',
     "El operativo lo dirigió el jefe de la Dirección Regional Norte de la Fuerza Pública.",
     [('Dirección Regional Norte', 'Organization', 'PoliceUnit'), ('Fuerza Pública', 'Organization', 'PoliceUnit')]),
    ('the_article_after_a_bold_item_heading_opens_the_sentence',
     "- **7 de marzo.** La Defensoría del Pueblo pidió la liberación de los detenidos.",
     [('Defensoría del Pueblo', 'Organization', 'GovernmentBody')]),
]


@pytest.mark.parametrize("rule, text, expected", FOUND, ids=[r[0] for r in FOUND])
def test_spanish_names_are_read_whole(ex, rule, text, expected):
    c = _es(ex, text)
    assert [(name, entity(c, name).cls, entity(c, name).subclass) for name, _, _ in expected] == expected


def test_a_company_name_never_opens_on_a_sentences_pronoun(ex):
    c = _es(ex, "Lo desarrolla Minera Río Verde S.A., subsidiaria de Andes Gold.")
    assert entity(c, "Minera Río Verde S.A.").cls == "Organization"
    assert not any(e.name.startswith("Lo ") for e in c.entities.values())


def test_a_rank_after_a_preposition_of_place_opens_a_towns_name(ex):
    c = _es(ex, "La Gobernación instaló el jueves en Coronel Oviedo una mesa de diálogo.")
    assert entity(c, "Coronel Oviedo").cls == "Place"
    assert not any(e.name in ("Coronel", "Oviedo") for e in c.entities.values())
