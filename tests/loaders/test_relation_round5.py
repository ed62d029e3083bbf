"""Round 5 relation rules, each on a made-up sentence (none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def test_a_ministers_list_keeps_each_items_own_preposition(ex):
    # "and of the Interior": the second item's "of the" is its own, and names the body.
    c = context(ex, "The president sent the ministers of Energy, Marta Ibáñez Soto, and of the Interior, "
                    "Jorge Quiroga Lema, to the valley.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Marta Ibáñez Soto", "Ministry of Energy") in held
    assert ("Jorge Quiroga Lema", "Ministry of the Interior") in held


def test_a_spanish_ministers_list(ex):
    c = context(ex, "El Gobierno envió a los ministros del Interior, Tomás Olea Barros, y de Minería, "
                    "Inés Poblete Vidal, a la zona.", "2020-05-04", "es")
    held = facts(c, "HOLDS_POSITION")
    assert ("Tomás Olea Barros", "Ministerio del Interior") in held
    assert ("Inés Poblete Vidal", "Ministerio de Minería") in held


def test_a_spanish_secretaries_list_names_secretariats_and_no_body_for_its_words(ex):
    c = context(ex, "El gobierno estatal envió a los secretarios General de Gobierno, Rubén Olvera Paz, y de "
                    "Desarrollo Rural y Pesca, Laura Treviño Gil, al municipio.", "2020-05-04", "es")
    held = facts(c, "HOLDS_POSITION")
    assert ("Rubén Olvera Paz", "Secretaría General de Gobierno") in held
    assert ("Laura Treviño Gil", "Secretaría de Desarrollo Rural y Pesca") in held
    assert not any(e.name in ("Pesca", "Desarrollo Rural", "de Gobierno") for e in c.entities.values())


def test_a_place_before_a_possessive_in_a_command_clause_names_no_body_after_it(ex):
    # Crashed: "Army" read as a place, then "'s" where a body's name would start.
    c = context(ex, "Soldiers of the 14th Brigade, which reports to the Army's Fifth Division, guarded the bridge.", "2020-05-04")
    assert c is not None


def test_spanish_mines_in_two_areas_each_in_its_own(ex):
    # "y" joins the list in Spanish as "and" does in English.
    c = context(ex, "La empresa explota las minas El Zapote y Santa Brígida en Sinaloa y Sonora.", "2020-05-04", "es")
    located = facts(c, "LOCATED_IN")
    assert ("El Zapote", "Sinaloa") in located and ("Santa Brígida", "Sonora") in located


def test_one_of_the_largest_mines_of_an_area(ex):
    c = context(ex, "Los comuneros marcharon a la mina Cerro Ralo, uno de los mayores yacimientos de Zacatecas.",
                "2020-05-04", "es")
    assert ("Cerro Ralo", "Zacatecas") in facts(c, "LOCATED_IN")
    c = context(ex, "Villagers marched to the Cerro Ralo mine, one of the largest gold mines in Zacatecas.", "2020-05-04")
    assert ("Cerro Ralo", "Zacatecas") in facts(c, "LOCATED_IN")


def test_a_community_council_in_apposition_a_member_of_a_federation(ex):
    c = context(ex, "The villagers of Río Frío belong to the Consejo Comunitario de Río Frío, a member of the "
                    "Federation of Peasant Communities of Nariño.", "2020-05-04")
    assert ("Consejo Comunitario de Río Frío", "Federation of Peasant Communities of Nariño") in facts(c, "MEMBER_OF")


def test_a_spanish_community_that_integrates_a_federation_past_an_aside(ex):
    c = context(ex, "La Comunidad Campesina de Ccollpa, que preside Irma Lobos, integra la Federación Provincial de "
                    "Comunidades Campesinas de Chumbivilcas.", "2020-05-04", "es")
    assert ("comunidad campesina de Ccollpa", "Federación Provincial de Comunidades Campesinas de Chumbivilcas") \
        in facts(c, "MEMBER_OF")


def test_a_village_which_lies_in_a_town(ex):
    # "which lies in": a verb says so, though the town is no administrative area.
    c = context(ex, "Soldiers guarded the road to the village of Las Delicias, which lies in Morales.", "2020-05-04")
    assert ("Las Delicias", "Morales") in facts(c, "LOCATED_IN")


def test_owned_by_one_company_and_a_share_by_another(ex):
    # "is 90% owned by D and 10% by E": the parse hangs "owned" from "is", and "10% by E" elides the verb.
    c = context(ex, "Minera Cumbre S.A., which operates the Yaretal project, is 90% owned by Canada's Andes Lithium "
                    "Corp. and 10% by Pacific Rim Metals Ltd.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Andes Lithium Corp.", "Minera Cumbre S.A.") in owns
    assert ("Pacific Rim Metals Ltd.", "Minera Cumbre S.A.") in owns


def test_owned_by_and_then_operated_by_keeps_the_operator_an_operator(ex):
    c = context(ex, "The Yaretal project is owned by Andes Lithium Corp. (70%) and Pacific Rim Metals Ltd. (30%), and "
                    "would be operated by their joint venture, Minera Cumbre S.A.", "2020-05-04")
    assert ("Minera Cumbre S.A.", "Yaretal") not in facts(c, "OWNS")


def test_a_regional_ombudsman_holds_a_post_in_the_ombudsmans_office_but_does_not_head_it(ex):
    c = context(ex, "Marta Ríos Pardo, the regional ombudsman for Nariño at the Ombudsman's Office, said the eviction "
                    "was illegal.", "2020-05-04")
    assert any(p == "Marta Ríos Pardo" for p, _ in facts(c, "HOLDS_POSITION"))
    assert not any(p == "Marta Ríos Pardo" for p, _ in facts(c, "HEADS"))


def test_answers_to_a_title_whose_holder_follows_past_two_ranks(ex):
    c = context(ex, "Officers of the Salta Provincial Police cleared the road. Their commander, Major Rosa Vaca, answers to "
                    "the police chief, Commissioner General Hugo Lamas.", "2020-05-04")
    assert ("Rosa Vaca", "Hugo Lamas") in facts(c, "SUBORDINATE_TO")
    assert ("Rosa Vaca", "Salta Provincial Police") not in facts(c, "SUBORDINATE_TO")
    assert not any(e.name == "police chief" for e in c.entities.values())


def test_the_police_chief_of_the_one_police_force_the_report_named(ex):
    c = context(ex, "Officers of the Salta Provincial Police cleared the road. The police chief, Commissioner General "
                    "Hugo Lamas, defended the operation.", "2020-05-04")
    assert ("Hugo Lamas", "Salta Provincial Police") in facts(c, "HOLDS_POSITION")


def test_a_bare_minister_title_is_of_the_ministry_just_named(ex):
    c = context(ex, "Farmers marched to the Ministry of Agriculture in Tegucigalpa. Minister Rosa Lainez Pino did not "
                    "receive them.", "2020-05-04")
    assert ("Rosa Lainez Pino", "Ministry of Agriculture") in facts(c, "HOLDS_POSITION")


def test_a_minister_of_a_portfolio_is_not_of_the_ministry_just_named(ex):
    c = context(ex, "Farmers marched to the Ministry of Agriculture. Commerce and Industry Minister Rosa Lainez Pino "
                    "said the contract stood.", "2020-05-04")
    assert ("Rosa Lainez Pino", "Ministry of Agriculture") not in facts(c, "HOLDS_POSITION")


def test_a_ministers_list_item_with_its_article_only_keeps_the_preposition_before(ex):
    c = context(ex, "The ministers of Public Works, Hugo Benítez Lara, and the Interior, Nilda Ortiz Vera, met the "
                    "leaders.", "2020-05-04")
    assert ("Nilda Ortiz Vera", "Ministry of the Interior") in facts(c, "HOLDS_POSITION")
    c = context(ex, "Llegaron los ministros de la Mujer, Ana Pérez Gil, y del Interior, Tomás Olea Barros.", "2020-05-04", "es")
    assert ("Ana Pérez Gil", "Ministerio de la Mujer") in facts(c, "HOLDS_POSITION")


def test_a_company_holds_a_concession(ex):
    c = context(ex, "Minera Quebrada Alta, which holds the Pampa Larga concession, is a subsidiary of Pinewood "
                    "Copper Corp.", "2020-05-04")
    assert ("Minera Quebrada Alta", "Pampa Larga") in facts(c, "OWNS")


def test_its_unit_after_a_reporting_verb_is_the_subjects(ex):
    c = context(ex, "Pinewood Copper Corp. said on Monday its Peruvian unit, Minera Quebrada Alta S.A.C., had applied "
                    "for a licence for the Cerro Azulejo project.", "2020-05-04")
    assert ("Pinewood Copper Corp.", "Minera Quebrada Alta S.A.C.") in facts(c, "OWNS")


def test_a_project_in_the_state_of_an_area_which_is_operated_by_a_company(ex):
    # Past ", in the state of P, which is" to the project before them.
    c = context(ex, "Pinewood Copper Corp. gave an update on its Lobo Negro project in Itaituba, in the state of Pará, which "
                    "is operated by its Brazilian subsidiary Mineração Tocantins Ltda.", "2020-05-04")
    assert ("Mineração Tocantins Ltda.", "Lobo Negro") in facts(c, "OPERATES")


def test_a_spanish_subsidiary_of_a_group_described_by_its_nationality(ex):
    c = context(ex, "La mina es operada por la Compañía Minera del Sarstún (CMS), subsidiaria del grupo suizo-ruso "
                    "Baltic Nickel Holdings, y su planta está junto al río.", "2020-05-04", "es")
    assert ("Baltic Nickel Holdings", "Compañía Minera del Sarstún") in facts(c, "OWNS")


def test_a_spanish_vice_minister_holds_a_post_in_the_ministry_the_sentence_names(ex):
    c = context(ex, "La reunión se realizó en la sede del Ministerio de Energía y Minas (MINEM), en Lima, convocada por el "
                    "viceministro de Minas, Óscar Tello Ruiz, con la participación de la empresa.", "2020-05-04", "es")
    assert ("Óscar Tello Ruiz", "Ministry of Energy and Mines") in facts(c, "HOLDS_POSITION")
    assert not any(e.name in ("Viceministerio de Minas", "Minas") for e in c.entities.values())


def test_an_untyped_unit_of_the_police_is_a_police_unit_part_of_it(ex):
    c = context(ex, "El 3 de junio, efectivos de la Unidad de Rescate Andino (URA) de la PNP desbloquearon la vía.",
                "2020-05-04", "es")
    assert ("Unidad de Rescate Andino", "Policía Nacional del Perú") in facts(c, "PART_OF")
    assert next(e for e in c.entities.values() if e.name == "Unidad de Rescate Andino").subclass == "PoliceUnit"


def test_a_spanish_project_a_company_seeks_to_develop_in_a_municipality(ex):
    c = context(ex, "Cientos de personas marcharon contra el proyecto de cobre Loma Cenicienta, que la empresa Minera "
                    "Tocoral S.A. pretende construir en el municipio de Jerusalén.", "2020-05-04", "es")
    assert ("Minera Tocoral S.A.", "Loma Cenicienta") in facts(c, "OPERATES")
    assert ("Loma Cenicienta", "Jerusalén") in facts(c, "LOCATED_IN")
