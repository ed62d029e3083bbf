"""Spanish relations, round 9 (Spanish relation recall): who runs a site, where a place lies, each on a
made-up sentence (none is taken from a scored report)."""

import pytest

from tests.loaders.helpers import context, facts


def es(ex, text):
    return context(ex, text, "2021-03-02", language="es")


def test_a_dateline_places_its_town_in_the_area_after_it(ex):
    c = es(ex, "AYAVIRI, Puno. Unos doscientos comuneros bloquearon ayer la carretera hacia el proyecto minero "
               "Cerro Tanta.")
    assert ("Ayaviri", "Puno") in facts(c, "LOCATED_IN")


def test_the_company_after_a_phrase_that_took_its_first_word(ex):
    # "de la empresa minera" is a phrase of its own: here "Minera" is the first word of the company's name.
    c = es(ex, "Los comuneros rechazan el proyecto Cerro Huallqui de la empresa Minera Pucará Andina, filial de la "
               "canadiense Tallpa Gold.")
    assert ("Minera Pucará Andina", "Cerro Huallqui") in facts(c, "OPERATES")


def test_a_sites_de_names_the_company_that_runs_it(ex):
    c = es(ex, "Los vecinos cerraron el acceso al proyecto minero Cerro Tinaja, de Minera Tinaja Dorada, subsidiaria "
               "de la australiana Redgum Metals.")
    assert ("Minera Tinaja Dorada", "Cerro Tinaja") in facts(c, "OPERATES")


def test_a_description_apposed_to_the_site_stands_for_it(ex):
    c = es(ex, "Las comunidades de la parroquia Sayausí rechazan el proyecto Cerro Quimsa, una concesión de cobre "
               "de Minera Quimsa Andes, filial de la canadiense Northfield Copper.")
    assert ("Minera Quimsa Andes", "Cerro Quimsa") in facts(c, "OPERATES")


def test_a_sites_de_that_names_no_company_runs_nothing(ex):
    c = es(ex, "Los vecinos marcharon hacia el proyecto minero Cerro Tinaja, de la provincia de Sánchez Ramírez.")
    assert not {site for _, site in facts(c, "OPERATES")} & {"Cerro Tinaja"}


def test_a_community_placed_in_an_area_stands_for_its_place(ex):
    c = es(ex, "Los pobladores de Tuxtepec marcharon. La policía hostigó a la comunidad de Tuxtepec, municipio de "
               "Santa María Yolotepec, Oaxaca.")
    located = facts(c, "LOCATED_IN")
    assert ("Tuxtepec", "Santa María Yolotepec") in located
    assert ("comunidad de Tuxtepec", "Santa María Yolotepec") not in located


def test_areas_of_one_rank_the_link_naming_the_larger(ex):
    c = es(ex, "Informamos desde el cantón Las Tunas, municipio de San Rafael Oriente, donde continúa el bloqueo.")
    assert ("Las Tunas", "San Rafael Oriente") in facts(c, "LOCATED_IN")


def test_an_area_whose_name_starts_with_an_article(ex):
    c = es(ex, "Los manifestantes cerraron la vía que conduce al proyecto minero Cerro Quebrado, en el distrito de "
               "La Mesita.")
    assert ("Cerro Quebrado", "La Mesita") in facts(c, "LOCATED_IN")


def test_a_distance_from_a_place_does_not_place_it(ex):
    c = es(ex, "La operación incluye el proyecto de exploración San Telmo, a unos 30 kilómetros de Santa Lucía, en el "
               "municipio de Bonanza.")
    located = facts(c, "LOCATED_IN")
    assert ("San Telmo", "Bonanza") in located
    assert ("Santa Lucía", "Bonanza") not in located


def test_an_operator_clause_between_a_mine_and_its_area(ex):
    c = es(ex, "Los productores denunciaron vertidos de la mina de níquel Loma Cumbre, que opera Minera del Cumbre, "
               "subsidiaria de la británica Ashgrove Nickel, en el municipio de Villa Altagracia.")
    assert ("Loma Cumbre", "Villa Altagracia") in facts(c, "LOCATED_IN")


def test_a_nationality_between_the_level_and_the_area(ex):
    c = es(ex, "Campesinos del corregimiento de Las Minas, en la provincia panameña de Veraguas, mantienen un bloqueo.")
    assert ("Las Minas", "Veraguas") in facts(c, "LOCATED_IN")


def test_an_area_in_parentheses_holds_the_district_before(ex):
    # Lampa read as a town (its first mention): the parentheses still say it holds the district.
    c = es(ex, "Los comuneros llegaron a la ciudad de Lampa. Luego tomaron el campamento minero en el distrito de "
               "Santa Lucía (Lampa), en protesta por la contaminación.")
    assert ("Santa Lucía", "Lampa") in facts(c, "LOCATED_IN")


def test_the_leader_of_a_bodys_group_past_a_title_the_lexicon_lacks(ex):
    c = es(ex, "Los pobladores recibieron a una comitiva de la Procuraduría General de la Nación, encabezada por la "
               "procuradora auxiliar Lucía Beatriz Ortega, que verificó el estado de los detenidos.")
    people = facts(c, "MEMBER_OF") | facts(c, "HOLDS_POSITION")
    assert ("Lucía Beatriz Ortega", "Procuraduría General de la Nación") in people


def test_a_body_told_again_by_its_first_word_is_the_one_so_named(ex):
    c = es(ex, "La Comisión de Recursos Naturales de la Asamblea citó al Ministerio de Ambiente. La sesión fue "
               "presidida por el diputado Aurelio Pinzón Vega, presidente de la comisión, quien pidió una inspección.")
    positions = facts(c, "HOLDS_POSITION") | facts(c, "HEADS")
    assert ("Aurelio Pinzón Vega", "Comisión de Recursos Naturales") in positions
    assert ("Aurelio Pinzón Vega", "Ministerio de Ambiente") not in positions
    # "el presidente del cabildo, X": the cabildo is the council of the community the report names (roles.yaml title_body_nouns)
    c = es(ex, "Los comuneros de San Pedro de Tulcán bloquearon la vía. Entre los detenidos está el presidente del "
               "cabildo, Julio Tenesaca Pinguil.")
    assert ("Julio Tenesaca Pinguil", "comuneros de San Pedro de Tulcán") in facts(c, "HOLDS_POSITION")


def test_each_name_after_a_plural_site_noun_is_a_site_its_company_runs(ex):
    c = es(ex, "La mina es operada por Minera Sierra Alta, filial de la canadiense Aldergrove Silver, que también "
               "explota las minas Santa Inés y La Candelaria en Durango y Sinaloa.")
    operated = facts(c, "OPERATES")
    assert ("Aldergrove Silver", "Santa Inés") in operated
    assert ("Aldergrove Silver", "La Candelaria") in operated


def test_a_datelines_country_places_nothing(ex):
    c = es(ex, "AYAVIRI, Perú. Unos doscientos comuneros bloquearon ayer la carretera hacia el proyecto minero Cerro Tanta.")
    assert not {town for town, _ in facts(c, "LOCATED_IN")} & {"Ayaviri"}


def test_a_companys_short_name_read_as_a_town_is_the_company(ex):
    c = es(ex, "Brookvale Nickel Corp. compró la mina El Guayabo. El presidente ejecutivo de Brookvale, Martin Ashdown, "
               "dijo que la compañía invertirá 20 millones de dólares.")
    positions = facts(c, "HOLDS_POSITION") | facts(c, "HEADS")
    assert ("Martin Ashdown", "Brookvale Nickel Corp") in positions
    assert not any(e.cls == "Place" and e.name == "Brookvale" for e in c.entities.values())


def test_a_deputys_portfolio_is_a_post_in_the_one_ministry_the_report_names_with_it(ex):
    c = es(ex, "El Ministerio de Seguridad Ciudadana informó del desalojo. Un día antes, una comitiva integrada por el "
               "viceministro de Seguridad Ciudadana, Marco Tulio Aguilar Ramos, se trasladó a Las Brisas.")
    assert ("Marco Tulio Aguilar Ramos", "Ministerio de Seguridad Ciudadana") in facts(c, "HOLDS_POSITION")


def test_a_title_word_that_begins_a_bodys_name_leaves_the_holder_to_the_title_before(ex):
    c = es(ex, "Fueron detenidas doce personas, entre ellas el dirigente de la Coordinadora Campesina de Veraguas, "
               "Ismael Batista Núñez, según su familia.")
    assert ("Ismael Batista Núñez", "Coordinadora Campesina de Veraguas") in facts(c, "HOLDS_POSITION")


def test_an_object_clitic_stands_for_the_one_site_named_before(ex):
    c = es(ex, "Los comuneros rechazan el proyecto minero Cerro Quilla. Lo desarrolla Minera Quilla Andina S.A. desde 2012.")
    assert ("Minera Quilla Andina S.A.", "Cerro Quilla") in facts(c, "OPERATES")


def test_a_ministers_portfolio_is_the_ministry_the_report_names_for_it(ex):
    c = es(ex, "El Ministerio de Economía otorgó el permiso en 2005. En San Salvador, el ministro de Economía, Ramiro "
               "Antonio Velis, rechazó revocarlo.")
    assert ("Ramiro Antonio Velis", "Ministerio de Economía") in facts(c, "HOLDS_POSITION")


def test_the_company_that_plans_a_site_runs_it_and_the_place_is_a_mine(ex):
    # The site named past the kind noun's complement, apposed before the kind noun, or where the plan is.
    for text, company, site in [
            ("Los vecinos se oponen a la mina de oro del cerro El Tejón, que la empresa Minera Tejón Dorado quiere "
             "reabrir.", "Minera Tejón Dorado", "El Tejón"),
            ("Un grupo de comuneros llegó a las catas de Monte Ferreiro, el yacimiento de wolframio que la empresa "
             "Wolframio del Sil S.L. quiere explotar en el municipio de Baltar.", "Wolframio del Sil S.L.", "Monte Ferreiro"),
            ("Los vecinos subieron a la loma La Paloma, donde Minera Paloma Blanca pretende abrir un proyecto de oro.",
             "Minera Paloma Blanca", "La Paloma")]:
        c = es(ex, text)
        assert (company, site) in facts(c, "OPERATES"), text
        assert next(e for e in c.entities.values() if e.name == site).subclass == "Mine", text


def test_a_community_of_a_village_no_place_names_places_the_village(ex):
    c = es(ex, "Denunciaron los moradores de la comunidad de Las Piedritas, del corregimiento de Santa Fe, que el río "
               "baja turbio.")
    assert ("Las Piedritas", "Santa Fe") in facts(c, "LOCATED_IN")
    assert next(e for e in c.entities.values() if e.name == "Las Piedritas").cls == "Place"


def test_the_titled_leader_of_a_commission_set_off_by_a_comma_holds_a_post_in_the_body(ex):
    c = es(ex, "El lunes, una comisión de la Defensoría del Pueblo Regional Cauca, encabezada por la defensora regional, "
               "Luisa Pardo Ríos, visitó la vereda.")
    assert ("Luisa Pardo Ríos", "Defensoría del Pueblo Regional Cauca") in facts(c, "HOLDS_POSITION") | facts(c, "HEADS")


def test_what_depends_on_a_body_through_a_contracted_article_answers_to_it(ex):
    for text, pair in [("La Dirección Regional de Salud, que depende del Gobierno Regional de Cusco, tomó muestras.",
                        ("Dirección Regional de Salud", "gobierno regional de Cusco")),
                       ("La Unidad de Servicios Especiales responde al Comando de la Región Policial Puno.",
                        ("Unidad de Servicios Especiales", "Comando de la Región Policial Puno"))]:
        assert pair in facts(es(ex, text), "SUBORDINATE_TO"), text


def test_a_place_that_belongs_to_an_area_named_with_its_level_lies_in_it(ex):
    c = es(ex, "La comunidad de Fuerabamba pertenece al distrito de Challhuahuacho.")
    assert ("Fuerabamba", "Challhuahuacho") in facts(c, "LOCATED_IN")
    assert ("Minera Las Bambas", "Ferrobamba") in facts(es(ex, "La concesión Ferrobamba pertenece a Minera Las Bambas."),
                                                        "OWNS") | facts(es(ex, "La concesión Ferrobamba pertenece a Minera Las Bambas."), "OPERATES")


def test_a_bare_mayors_or_governors_title_is_of_the_body_named_near_it(ex):
    for text, pair in [("La Municipalidad Distrital de Pacocha convocó a una reunión. Participaron el alcalde distrital, "
                        "Elmer Ríos Vera, y dos dirigentes.", ("Elmer Ríos Vera", "municipalidad distrital de pacocha")),
                       ("El Gobierno Regional de Tumbes instaló la mesa. La sesión fue presidida por el gobernador "
                        "regional, Óscar Pardo Ruiz.", ("Óscar Pardo Ruiz", "gobierno regional de tumbes")),
                       ("El Concejo Municipal de San Lucas sesionó. El concejal Tomás Ríos Vega propuso una comisión.",
                        ("Tomás Ríos Vega", "concejo municipal de san lucas")),
                       ("La Municipalidad Provincial de Tambo convocó. El regidor Juan Pérez Ccori asistió.",
                        ("Juan Pérez Ccori", "municipalidad provincial de tambo")),
                       ("La comunidad campesina de Huayllay rechazó el acta. El presidente comunal, Marcos Ccopa, firmó.",
                        ("Marcos Ccopa", "comunidad campesina de huayllay"))]:
        c = es(ex, text)
        assert pair in {(p, b.lower()) for p, b in facts(c, "HOLDS_POSITION") | facts(c, "HEADS")}, text


def test_a_bare_title_after_the_sentences_article_is_of_its_body_and_a_deputy_heads_nothing(ex):
    c = es(ex, "La Fiscalía Provincial de Tambo formalizó la denuncia. Los detenidos fueron liberados. El fiscal "
               "provincial Mario Ruiz Paz dijo que seguirán investigando.")
    assert ("Mario Ruiz Paz", "Fiscalía Provincial de Tambo") in facts(c, "HOLDS_POSITION")
    c = es(ex, "La Procuraduría Ambiental denunció a la empresa. El procurador adjunto Luis Peña Ortiz explicó los hechos.")
    assert ("Luis Peña Ortiz", "Procuraduría Ambiental") in facts(c, "HOLDS_POSITION")
    assert ("Luis Peña Ortiz", "Procuraduría Ambiental") not in facts(c, "HEADS")


def test_the_leader_of_a_bodys_commission_does_not_head_the_body(ex):
    c = es(ex, "Los vecinos recibieron a una comitiva de la Procuraduría de Derechos Humanos, encabezada por la "
               "procuradora adjunta Elena Ruiz Paz.")
    assert ("Elena Ruiz Paz", "Procuraduría de Derechos Humanos") in facts(c, "HOLDS_POSITION")
    assert ("Elena Ruiz Paz", "Procuraduría de Derechos Humanos") not in facts(c, "HEADS")


def test_an_area_followed_by_de_and_the_larger_areas_level_lies_in_it(ex):
    for text, pair in [("Los comuneros de la parroquia Guapán, en el cantón Biblián de la provincia del Cañar, protestaron.",
                        ("Biblián", "Cañar")),
                       ("Hubo diez días de conflicto en la provincia Velasco del departamento de Santa Cruz.",
                        ("Velasco", "Santa Cruz"))]:
        assert pair in facts(es(ex, text), "LOCATED_IN"), text


def test_a_site_placed_after_its_companys_aside_and_a_titled_name_of_a_body(ex):
    c = es(ex, "La unidad minera Pucará, de la empresa Minera Sur Andes, se ubica en el distrito de Oyolo.")
    assert ("Pucará", "Oyolo") in facts(c, "LOCATED_IN")
    c = es(ex, "El dirigente Juan Ccori Paz, del Frente de Defensa de Tambo, fue detenido.")
    assert ("Juan Ccori Paz", "Frente de Defensa de Tambo") in facts(c, "HOLDS_POSITION")


def test_each_person_of_a_list_before_a_plural_noun_of_a_body_belongs_to_it(ex):
    c = es(ex, "Fueron detenidos los defensores Pedro Mejía Ruiz y Luis Pérez Soto, integrantes del Comité Ambientalista "
               "de Tambo.")
    assert {("Pedro Mejía Ruiz", "Comité Ambientalista de Tambo"), ("Luis Pérez Soto", "Comité Ambientalista de Tambo")} \
        <= facts(c, "MEMBER_OF")
    c = es(ex, "Rosa Quispe y Juana Mamani, dirigentes de la Federación de Mujeres de Espinar, hablaron.")
    assert ("Juana Mamani", "Federación de Mujeres de Espinar") in facts(c, "HOLDS_POSITION")


def test_a_body_that_is_or_was_led_by_a_person_is_headed_by_them_not_a_body_in_an_aside(ex):
    c = es(ex, "El Frente de Defensa de los Intereses de Tambo está encabezado por Herbert Ccori Paz.")
    assert ("Herbert Ccori Paz", "Frente de Defensa de los Intereses de Tambo") in facts(c, "HEADS")
    c = es(ex, "El encuentro, realizado en el salón de la Municipalidad Distrital de Tambo, fue dirigido por el "
               "viceministro de Minería, Rolando Paz Ruiz.")
    assert not [pair for pair in facts(c, "HEADS") if pair[1].lower() == "municipalidad distrital de tambo"]


def test_the_subject_of_the_clause_a_verb_is_joined_to_runs_the_site(ex):
    c = es(ex, "Los vecinos denunciaron el derrame de la mina Loma Verde. Minera Verde es filial de la canadiense "
               "Bluefin Gold y explota la mina desde 2014.")
    assert ("Minera Verde", "Loma Verde") in facts(c, "OPERATES")


@pytest.mark.parametrize("text, pairs", [
    ("Los comuneros de las comunidades campesinas de Tullpa y Ancash Alto bloquearon la vía. Participaron los "
     "presidentes de las comunidades de Tullpa, Rómulo Quispe Mamani, y de Ancash Alto, Néstor Huamán Ccori.",
     [("Rómulo Quispe Mamani", "comunidad campesina de Tullpa"), ("Néstor Huamán Ccori", "comunidad campesina de Ancash Alto")]),
    ("Asistieron los alcaldes de Tambobamba y Haquira, Julio Quispe Vargas y Rosa Ccahuana Pérez.",
     [("Julio Quispe Vargas", "Tambobamba"), ("Rosa Ccahuana Pérez", "Haquira")]),
])
def test_each_person_after_a_plural_title_holds_it_in_their_own_places_body(ex, text, pairs):
    held = facts(es(ex, text), "HOLDS_POSITION")
    for person, body in pairs:
        assert (person, body) in held


@pytest.mark.parametrize("text", [
    "Minera Cachimbo es filial de la canadiense Bluefin Gold Corp. y explota la mina Loma Cachimbo desde 2014.",
    "La minera, subsidiaria de la canadiense Highmoor Silver Corp., solo tiene un permiso en el cerro Apacheta.",
])
def test_a_legal_forms_dot_before_a_lower_case_word_or_comma_ends_no_sentence(ex, text):
    # loaders/nlp.py `line_breaks`, es/grammar.yaml `legal_forms_within` (the Spanish tokenizer splits "Corp" and ".").
    assert len(list(es(ex, text).doc.sents)) == 1


@pytest.mark.parametrize("text, company, site", [
    ("Hubo lodos aguas abajo de la mina de níquel Loma Pindo, que opera Minera del Pindo, subsidiaria de la británica "
     "Ashgrove Nickel.", "Minera del Pindo", "Loma Pindo"),
    ("Minera del Pindo, que opera la mina Loma Pindo, negó los hechos.", "Minera del Pindo", "Loma Pindo"),
])
def test_que_opera_names_the_site_before_the_company_or_after_it(ex, text, company, site):
    assert (company, site) in facts(es(ex, text), "OPERATES")


def test_la_empresa_after_a_body_named_for_the_company_is_that_company(ex):
    # loaders/later_mentions.py `_named_inside`: the company is named only inside the union's name before "la empresa".
    c = es(ex, "Fracasó la negociación entre el Sindicato de Trabajadores N° 1 de Minera Cerro Pardo y la empresa, "
               "controlada por la australiana Redhill Resources. Minera Cerro Pardo no respondió.")
    assert ("Redhill Resources", "Minera Cerro Pardo") in facts(c, "OWNS")


@pytest.mark.parametrize("text, person, body", [
    ("Por el Ministerio de Ambiente asistió la directora regional de Chiriquí, Yolanda Caballero Ríos, quien informó "
     "que la institución abrió un proceso contra la empresa.", "Yolanda Caballero Ríos", "Ministerio de Ambiente"),
    ("La reunión duró tres horas. Por parte de la Minera Cerro Pardo participaron Julio Rojas Pérez y Ana Díaz Soto.",
     "Ana Díaz Soto", "Minera Cerro Pardo"),
])
def test_the_people_attending_for_the_body_that_opens_the_sentence_hold_a_post_in_it(ex, text, person, body):
    assert (person, body) in facts(es(ex, text), "HOLDS_POSITION")


def test_su_after_y_a_is_the_body_it_is_joined_to_not_the_sentences_subject(ex):
    c = es(ex, "La Procuraduría Ambiental sometió este jueves a la empresa Minera Pardo, S.R.L. y a su gerente general, "
               "Rafael Antonio Peralta, por el derrame de lodos.")
    positions = facts(c, "HOLDS_POSITION")
    assert ("Rafael Antonio Peralta", "Minera Pardo") in positions
    assert ("Rafael Antonio Peralta", "Procuraduría Ambiental") not in positions


@pytest.mark.parametrize("text, company, site", [
    # es/relations.yaml `owns_relative`; "bocamina" is a mine's noun (es/typing.yaml).
    ("Los mineros ocupan la bocamina El Chusco, cuyo título minero fue otorgado por la agencia minera en el año 2004 "
     "a la empresa Minera Chusco Gold S.A., subsidiaria de la canadiense Ridgeway Metals.", "Minera Chusco Gold S.A.",
     "El Chusco"),
    ("Los vecinos marcharon hacia la mina San Benito, cuya concesión fue otorgada a Minera Tesoro del Sur.",
     "Minera Tesoro del Sur", "San Benito"),
])
def test_the_company_a_sites_title_was_granted_to_owns_it(ex, text, company, site):
    assert (company, site) in facts(es(ex, text), "OWNS")


@pytest.mark.parametrize("text, place, area", [
    # es/relations.yaml `capital_of_level`: the area of the capital's level named last before it.
    ("Los guardias desalojaron el campamento del proyecto minero Cóndor Sur, en la provincia amazónica de Zamora "
     "Chinchipe. Seis indígenas fueron trasladados a Yantzaza, capital provincial, y dos resultaron heridos.",
     "Yantzaza", "Zamora Chinchipe"),
    # es/grammar.yaml `located`: the level's adjective between "capital" and the area named after it.
    ("Los detenidos fueron trasladados a Tena, capital provincial de Napo, donde quedaron a órdenes de la fiscalía.",
     "Tena", "Napo"),
])
def test_a_capital_told_by_its_level_lies_in_the_area_of_that_level_named_before(ex, text, place, area):
    assert (place, area) in facts(es(ex, text), "LOCATED_IN")
