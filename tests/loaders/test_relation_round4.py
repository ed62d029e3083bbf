"""Round 4 relation rules, each on a made-up sentence (none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def test_a_spanish_title_of_a_place_whose_name_starts_with_an_article(ex):
    c = context(ex, "El alcalde de El Porvenir, Anselmo Quiroga Tello, pidió diálogo.", "2020-05-04", "es")
    assert ("Anselmo Quiroga Tello", "El Porvenir") in facts(c, "HOLDS_POSITION")


def test_the_spanish_regional_president_of_a_region(ex):
    c = context(ex, "El presidente regional de Junín, Anselmo Quiroga Tello, viajó a la zona.", "2020-05-04", "es")
    assert ("Anselmo Quiroga Tello", "Junín") in facts(c, "HOLDS_POSITION")


def test_the_spanish_holder_of_a_mining_unit_runs_it(ex):
    # "unidad" names a subsidiary elsewhere; here it is the kind of mine the company holds.
    c = context(ex, "La empresa Minera Quenua S.A.C. anunció una inversión. La comunidad exige a Minera Quenua S.A.C., "
                    "titular de la unidad minera Loma Fría, la reubicación del depósito.", "2020-05-04", "es")
    assert ("Minera Quenua S.A.C.", "Loma Fría") in facts(c, "OPERATES")


def test_a_profession_between_presided_by_and_the_name(ex):
    c = context(ex, "Farmers marched with the Frente de Defensa de Tarata (FDT), presided by the engineer Julio Cama Torres.",
                "2020-05-04")
    assert ("Julio Cama Torres", "Frente de Defensa de Tarata") in facts(c, "HEADS")


def test_a_national_title_holds_the_named_countrys_government_where_the_gazetteer_has_none(ex):
    from loaders.read import report_from_text
    c = ex.context(report_from_text("Farmers marched in Oruro, Bolivia. President Julio Cama Torres said "
                                    "talks would resume.", {"published": "2020-05-04", "language": "en", "country": "Bolivia"}))
    # a post is in a body (HOLDS_POSITION ends on an Organization): the government the country's name names, not the place
    assert ("Julio Cama Torres", "Government of Bolivia") in facts(c, "HOLDS_POSITION")
    assert ("Julio Cama Torres", "Bolivia") not in facts(c, "HOLDS_POSITION")


def test_a_heading_of_a_province_then_its_district_runs_down(ex):
    c = context(ex, "**2. JUNÍN – Tarma province, Huasahuasi district**", "2020-05-04")
    assert ("Huasahuasi", "Tarma") in facts(c, "LOCATED_IN")


def test_a_spanish_mine_lies_in_the_area_past_an_owner_with_points_in_its_name(ex):
    c = context(ex, "Los comuneros bloquearon el campamento de la unidad minera Loma Fría, de la empresa Quenua S.A.C., "
                    "en el distrito de Ocoruro (Espinar), en protesta por la contaminación.", "2020-05-04", "es")
    assert ("Loma Fría", "Ocoruro") in facts(c, "LOCATED_IN")


def test_a_spanish_mine_lies_in_the_area_past_its_operator_and_the_operators_parent(ex):
    c = context(ex, "Los comuneros levantaron el bloqueo de la vía a la unidad minera Loma Fría, operada por Compañía "
                    "Minera Quenua, subsidiaria de Tarata Mining, en la provincia de Quispicanchi, tras una reunión.",
                "2020-05-04", "es")
    assert ("Loma Fría", "Quispicanchi") in facts(c, "LOCATED_IN")


def test_a_spanish_title_of_a_body_told_by_the_first_word_of_its_name(ex):
    c = context(ex, "El Frente de Defensa de Tinco marchó ayer. El presidente del frente, Julio Cama Torres, dijo que "
                    "seguirán.", "2020-05-04", "es")
    assert ("Julio Cama Torres", "Frente de Defensa de Tinco") in facts(c, "HOLDS_POSITION")


def test_a_legal_director_holds_a_post_in_the_body_and_does_not_head_it(ex):
    c = context(ex, "Police charged him. Julio Cama Torres, the legal director of the Centro de Acción Legal de Tinco, "
                    "said the charges were false.", "2020-05-04")
    assert ("Julio Cama Torres", "Centro de Acción Legal de Tinco") in facts(c, "HOLDS_POSITION")
    assert ("Julio Cama Torres", "Centro de Acción Legal de Tinco") not in facts(c, "HEADS")


def test_a_lawyer_of_a_body_named_after_the_name(ex):
    c = context(ex, "The plaintiffs were represented by lawyer Julio Cama Torres of the Consultoría Técnica de Tinco "
                    "(COTET).", "2020-05-04")
    assert ("Julio Cama Torres", "Consultoría Técnica de Tinco") in facts(c, "HOLDS_POSITION")


def test_the_head_of_a_named_police_region_past_a_rank_before_the_name(ex):
    c = context(ex, "El jefe de la Región Policial Tacna, general PNP Julio Cama Torres, informó que tres comuneros fueron "
                    "detenidos.", "2020-05-04", "es")
    assert ("Julio Cama Torres", "región policial Tacna") in facts(c, "HEADS")


def test_an_english_noun_after_a_title_stands_for_a_spanish_named_body_of_its_kind(ex):
    c = context(ex, "Members of the Comité Ambientalista de Tinco say the mine dried up springs. Julio Cama Torres, a leader "
                    "of the committee, said residents were ill.", "2020-05-04")
    assert ("Julio Cama Torres", "Comité Ambientalista de Tinco") in facts(c, "HOLDS_POSITION")


def test_a_body_a_statement_is_attributed_to_is_not_the_one_under_command(ex):
    c = context(ex, "Some 200 officers arrived on Monday. According to the Ministry of Energy, they are under the command "
                    "of the head of the Tinco police, Colonel PNP Rubén Tello Vargas.", "2020-05-04")
    assert not [pair for pair in facts(c, "SUBORDINATE_TO") if pair[0] == "Ministry of Energy"]
