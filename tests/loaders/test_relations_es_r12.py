"""Spanish relations, round 12 (Spanish relation recall): each rule on a made-up sentence (none is taken from a
scored report)."""

import pytest

from tests.loaders.helpers import context, facts


def es(ex, text):
    return context(ex, text, "2021-03-02", language="es")


@pytest.mark.parametrize("text, place, area", [
    # es/typing.yaml proper_names: an area's level word with no "de", in a chain after a comma.
    ("Los comunarios tomaron el campamento minero en el municipio de Tarvita, provincia Azurduy Alto, el domingo.",
     "Tarvita", "Azurduy Alto"),
    ("La marcha partió del poblado de Huayllay Chico, distrito Ccapacmarca, y llegó a la plaza.",
     "Huayllay Chico", "Ccapacmarca"),
    # es/grammar.yaml `located`: a village's kind word after "en la" ("en la vereda X") before its name.
    ("La mina Cerro Pava, en la vereda Alto Bonito del municipio de Suárez (Cauca), es explotada por Minera Pava "
     "S.A.", "Cerro Pava", "Alto Bonito"),
])
def test_an_area_named_after_its_level_word_without_de_in_a_chain(ex, text, place, area):
    assert (place, area) in facts(es(ex, text), "LOCATED_IN")


@pytest.mark.parametrize("text, company, site", [
    # es/relations.yaml project_clauses `title_verbs`: a fronted title and its clitic, the site the passage named.
    ("Los vecinos rechazan el proyecto minero Cerro Pando. La licencia de exploración la tiene Minera Pando Sur, "
     "S.A. de C.V., que es subsidiaria de la australiana Redgum Metals.", "Minera Pando Sur", "Cerro Pando"),
    ("La policía desalojó a los mineros de la concesión Loma Fría. La concesión pertenece a Minera Tres Ríos S.A., "
     "subsidiaria de la estadounidense Ashcroft Mining.", "Minera Tres Ríos S.A.", "Loma Fría"),
    # the one the title is granted "to", not the ministry granting it; the site named in the title's phrase
    ("Los comuneros marcharon hacia la mina Loma Alta, en el municipio de Jocotán. En 2012 el Ministerio de Minas "
     "otorgó a Minera Cuarzo Azul la concesión del proyecto Loma Alta.", "Minera Cuarzo Azul", "Loma Alta"),
])
def test_the_company_holding_a_sites_title_owns_it(ex, text, company, site):
    assert (company, site) in facts(es(ex, text), "OWNS")


def test_a_title_not_held_owns_nothing(ex):
    c = es(ex, "Los comuneros marcharon hacia la mina Loma Alta. La concesión no la tiene Minera Cuarzo Azul, dijo el "
               "alcalde.")
    assert ("Minera Cuarzo Azul", "Loma Alta") not in facts(c, "OWNS")


@pytest.mark.parametrize("text, person, body", [
    # positions.py `_body_at`: "de la empresa" at the end of the sentence points back to the company named before.
    ("Los trabajadores de Minera Cerro Azul marcharon. El que viene a las reuniones es el ingeniero Luis Alberto "
     "Mena, jefe de relaciones comunitarias de la empresa.", "Luis Alberto Mena", "Minera Cerro Azul"),
    # es/roles.yaml: a union's treasurer, a company's legal agent, with the body pointed back to by its kind noun.
    ("El Sindicato de Trabajadores de Minera Cerro Azul inició una huelga. Entre los detenidos figura el tesorero "
     "del sindicato, Hernán Soto Leiva.", "Hernán Soto Leiva", "Sindicato de Trabajadores de Minera Cerro Azul"),
    ("Las familias ocupan el predio de Minera Cerro Azul S.A. desde mayo. El apoderado de la minera, Ramón Giménez "
     "Ayala, calificó la ocupación de invasión.", "Ramón Giménez Ayala", "Minera Cerro Azul S.A."),
    # position_owners.py `_pronoun_owner`: "su" in a sentence that names nobody before it is the body of the one before.
    ("La Dirección de Minas y Canteras, que es la que da los permisos, nunca nos atendió. Le escribimos a su "
     "director, el licenciado Julio Alfaro Menjívar, y no contestó.", "Julio Alfaro Menjívar",
     "Dirección de Minas y Canteras"),
    # role_titles.py APPOSED: the body's acronym in brackets and its place between the title and the name.
    ("Asistieron el director departamental de la Autoridad Jurisdiccional Administrativa Minera (AJAM) en Potosí, "
     "Mario Justiniano Paz; el alcalde de Uyuni, Óscar Rivero Peña.", "Mario Justiniano Paz",
     "Autoridad Jurisdiccional Administrativa Minera"),
])
def test_a_person_holds_a_post_in_the_body_their_title_names(ex, text, person, body):
    assert (person, body) in facts(es(ex, text), "HOLDS_POSITION")


def test_a_membership_after_a_title_and_y(ex):
    # es/relations.yaml `affiliation`: "X, presidenta de la A y miembro de la B": X belongs to B as well.
    c = es(ex, "Rosa Elvira Portillo, presidenta de la Asociación de Desarrollo Comunal (ADESCO) de Los Ranchos y "
               "miembro de la Red Morazánica contra la Minería, recibe a este diario.")
    assert ("Rosa Elvira Portillo", "Red Morazánica contra la Minería") in facts(c, "MEMBER_OF")


def test_the_one_company_beside_the_one_mine_runs_it(ex):
    # loaders/sole_operator.py: one mine, one company that owns no other, no phrase of who runs the mine.
    c = es(ex, "Los trabajadores de la mina Loma Pelada cumplieron su tercer día de huelga. La negociación entre el "
               "sindicato y Minera Tres Cruces, controlada por la australiana Redgum Metals, fracasó el martes.")
    operates = facts(c, "OPERATES")
    assert ("Minera Tres Cruces", "Loma Pelada") in operates
    assert ("Redgum Metals", "Loma Pelada") not in operates


def test_two_companies_beside_the_mine_say_nothing_of_who_runs_it(ex):
    c = es(ex, "Los trabajadores de la mina Loma Pelada cumplieron su tercer día de huelga. Minera Tres Cruces no "
               "respondió. La empresa Transportes Andinos suspendió sus viajes.")
    assert not {site for _, site in facts(c, "OPERATES")} & {"Loma Pelada"}


def test_the_buyer_of_a_share_of_a_company_owns_it(ex):
    # es/relations.yaml `owned_share`: the share between "adquirió" and the company bought.
    c = es(ex, "La canadiense Harbor Peak Gold Corp. anunció este lunes que adquirió el 70 % de Minera Los Pinos, S.A., "
               "la empresa operadora de la mina de oro Los Pinos.")
    assert ("Harbor Peak Gold Corp", "Minera Los Pinos") in facts(c, "OWNS")


def test_the_commander_of_a_contingent_is_an_officer_of_its_unit(ex):
    # es/relations.yaml `force_words`: "un contingente de la U ... al mando del comandante X", a verb and a place between.
    c = es(ex, "Un contingente de la Unidad de Servicios Especiales (USE) de la PNP llegó desde la ciudad de Juliaca al "
               "mando del comandante PNP Óscar Mamani Quispe.")
    assert ("Óscar Mamani Quispe", "Unidad de Servicios Especiales") in facts(c, "HOLDS_POSITION")
