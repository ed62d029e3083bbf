"""Spanish posts, heads and lines of command (round 7, Spanish relation recall), each on a made-up sentence
(none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def es(ex, text):
    return context(ex, text, "2020-05-04", language="es")


def positions(c):
    return facts(c, "HOLDS_POSITION") | facts(c, "HEADS")


def test_a_name_before_the_titles_article_does_not_own_the_title(ex):
    # "declaró a Radio Norte el presidente del sindicato, X": the union's president, not the radio's.
    c = es(ex, "Los obreros del Sindicato de Trabajadores de Minera Valdés iniciaron una huelga. \"Es un abuso\", "
               "declaró a Radio Norte el presidente del sindicato, Luis Cortés Olivares.")
    assert ("Luis Cortés Olivares", "Sindicato de Trabajadores de Minera Valdés") in positions(c)
    assert ("Luis Cortés Olivares", "Radio Norte") not in positions(c)


def test_a_body_told_again_by_several_words_is_the_one_so_named(ex):
    c = es(ex, "La Junta de Vecinos de Los Cacaos protestó. Se detuvo al presidente de la junta de vecinos, "
               "Julián Almonte Reyes.")
    assert ("Julián Almonte Reyes", "junta de vecinos de Los Cacaos") in positions(c)


def test_a_function_after_the_title_holds_a_post_and_heads_nothing(ex):
    c = es(ex, "La empresa Minera Collpa Verde opera la mina. Participaron el alcalde, Pedro Ruiz, y el gerente de "
               "operaciones de la empresa, Fernando Ugaz Pinillos.")
    assert ("Fernando Ugaz Pinillos", "Minera Collpa Verde") in facts(c, "HOLDS_POSITION")
    assert ("Fernando Ugaz Pinillos", "Minera Collpa Verde") not in facts(c, "HEADS")


def test_a_function_before_the_company_named(ex):
    c = es(ex, "El que viene a las reuniones es el ingeniero Carlos Arturo Peña, jefe de relaciones comunitarias de "
               "la empresa Minera Sumpul.")
    assert ("Carlos Arturo Peña", "Minera Sumpul") in facts(c, "HOLDS_POSITION")
    assert ("Carlos Arturo Peña", "Minera Sumpul") not in facts(c, "HEADS")


def test_whose_after_a_parent_apposition_is_the_subsidiarys(ex):
    c = es(ex, "La concesión pertenece a Minera Península de Osa S.A., subsidiaria de la estadounidense Redfern "
               "Mining, cuyo gerente en el país, Javier Montoya Jara, presentó una denuncia.")
    assert ("Javier Montoya Jara", "Minera Península de Osa S.A.") in positions(c)
    assert ("Javier Montoya Jara", "Redfern Mining") not in positions(c)


def test_the_commander_of_a_force_holds_a_post_in_it(ex):
    # "al mando del coronel X": "del" is "de" + "el", and X is an officer of the force he commands.
    c = es(ex, "Horas después llegaron al lugar efectivos de la Policía Boliviana al mando del coronel Rubén "
               "Gutiérrez Salinas, y se llevó a cabo el desalojo de los comunarios.")
    assert ("Rubén Gutiérrez Salinas", "Policía Boliviana") in facts(c, "HOLDS_POSITION")


def test_the_unit_a_force_qualifies_is_the_one_commanded(ex):
    c = es(ex, "Llegaron agentes de la Unidad de Mantenimiento del Orden (UMO) de la Policía Nacional Civil, al mando "
               "del subcomisionado Julio César Amaya, y nos sacaron con gases.")
    assert ("Unidad de Mantenimiento del Orden", "Julio César Amaya") in facts(c, "SUBORDINATE_TO")
    assert ("Policía Nacional Civil", "Julio César Amaya") not in facts(c, "SUBORDINATE_TO")


def test_a_delegate_holds_a_post_in_the_body_of_the_title(ex):
    c = es(ex, "El delegado de la Profepa en Durango, Arturo Meléndez Soto, informó que tomaron muestras.")
    assert any(person == "Arturo Meléndez Soto" for person, _ in facts(c, "HOLDS_POSITION"))


def test_a_seremi_holds_a_post_in_the_ministry_of_the_portfolio(ex):
    c = es(ex, "Participó el seremi de Minería de Atacama, Felipe Araya.")
    assert ("Felipe Araya", "Ministerio de Minería") in facts(c, "HOLDS_POSITION")


def test_a_comuna_holds_the_mine_named_before_it(ex):
    c = es(ex, "Los trabajadores de la mina Quebrada Chañar, en la comuna de Tierra Amarilla, región de Atacama, "
               "cumplieron su tercer día de huelga.")
    assert ("Quebrada Chañar", "Tierra Amarilla") in facts(c, "LOCATED_IN")


def test_a_level_word_after_del_links_a_place_to_its_area(ex):
    c = es(ex, "Decenas de comunitarios de Las Cañitas, del municipio de Fantino, marcharon el domingo.")
    assert ("Las Cañitas", "Fantino") in facts(c, "LOCATED_IN")


def test_a_corregimiento_lies_in_the_province_after_it(ex):
    c = es(ex, "Campesinos del corregimiento de El Cope, en la provincia de Coclé, mantienen un bloqueo.")
    assert ("El Cope", "Coclé") in facts(c, "LOCATED_IN")


def test_a_parent_named_after_its_nationality_is_a_company_that_owns_the_subsidiary(ex):
    # NER reads "Tern Lake Minerals" as a lake, and sees no name in "Redwing Silver": the phrase says they are companies.
    c = es(ex, "Los agentes abrieron paso a una caravana de camiones de Minera Cobre Coclé, filial de la canadiense "
               "Tern Lake Minerals.")
    assert ("Tern Lake Minerals", "Minera Cobre Coclé") in facts(c, "OWNS")
    c = es(ex, "La comunidad de Yucunani se opone al proyecto Cerro Chapulín de la empresa Minera Tlaxiaco, filial de "
               "la canadiense Redwing Silver.")
    assert ("Redwing Silver", "Minera Tlaxiaco") in facts(c, "OWNS")
    # "de la canadiense" after "filial" names the parent, not the mine's operator.
    assert ("Redwing Silver", "Cerro Chapulín") not in facts(c, "OPERATES")


def test_a_person_apposed_as_referente_belongs_to_the_body(ex):
    c = es(ex, "La Policía detuvo a Ramiro Quinteros, referente de la Asamblea de Vecinos Autoconvocados de Villa "
               "Castelli, que fue liberado al mediodía.")
    assert any(person == "Ramiro Quinteros" for person, _ in facts(c, "MEMBER_OF"))
