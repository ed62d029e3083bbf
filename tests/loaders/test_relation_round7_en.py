"""Round 7 English relation rules, each on a made-up sentence (none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def test_every_member_of_a_joint_venture_owns_it_past_their_descriptions(ex):
    # The list lines stop at "and the state's"; the parse coordinates both owners.
    c = context(ex, "The Tarum mine is owned by Tarum Nickel Ltd, a joint venture of the Japanese company Sora Metals "
                    "and the state's Northern Mining Development Company.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Sora Metals", "Tarum Nickel Ltd") in owns
    assert ("Northern Mining Development Company", "Tarum Nickel Ltd") in owns


def test_a_second_shareholder_the_parse_hangs_from_the_copula_owns_the_company(ex):
    c = context(ex, "The Baruun mine is run by Baruun Gold LLC, whose shareholders are the Canadian firm Polar Ridge "
                    "Resources (60 per cent) and the state company Altai Mining (40 per cent).", "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Polar Ridge Resources", "Baruun Gold LLC") in owns
    assert ("Altai Mining", "Baruun Gold LLC") in owns


def test_a_government_named_among_a_company_owners_owns_it(ex):
    c = context(ex, "The Kori mine is operated by Kori Bauxite Limited, a joint venture of the Government of Guyana "
                    "and Delmar Aluminium Corp.", "2020-05-04")
    assert ("Government of Guyana", "Kori Bauxite Limited") in facts(c, "OWNS")


def test_a_title_whose_holder_is_named_after_it_is_not_said_of_the_person_before(ex):
    # Round 6 left "Sosa, accompanied by the director of DINAMIGE, Laura Méndez" as Sosa HEADS DINAMIGE.
    c = context(ex, "Minister Pablo Arce, accompanied by the director of the National Water Directorate (DINAGUA), "
                    "Marta Silva, said the dam was safe.", "2020-05-04")
    heads = facts(c, "HEADS")
    assert ("Pablo Arce", "National Water Directorate") not in heads
    assert ("Marta Silva", "National Water Directorate") in heads


def test_a_title_in_apposition_still_heads_the_body(ex):
    c = context(ex, "Elena Ruiz, director of the National Water Directorate, said the dam was safe.", "2020-05-04")
    assert ("Elena Ruiz", "National Water Directorate") in facts(c, "HEADS")


def test_a_function_between_a_company_possessive_and_a_title_is_a_post_that_heads_nothing(ex):
    c = context(ex, "Halvard Mining's community relations manager, Ingrid Solberg, said the company would appeal.", "2020-05-04")
    assert ("Ingrid Solberg", "Halvard Mining") in facts(c, "HOLDS_POSITION")
    assert ("Ingrid Solberg", "Halvard Mining") not in facts(c, "HEADS")


def test_a_company_officer_and_a_bank_analyst_hold_posts_there(ex):
    c = context(ex, "Halvard Mining chief operating officer Ingrid Solberg said the company would appeal, and "
                    "Norwick Capital analyst Tomás Rivas said the price was low.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Ingrid Solberg", "Halvard Mining") in held
    assert ("Tomás Rivas", "Norwick Capital") in held


def test_a_function_of_a_place_is_not_a_post_in_the_place(ex):
    c = context(ex, "Company managers met Chubut's water resources secretary, Ingrid Solberg, in Rawson.", "2020-05-04")
    assert not any(person == "Ingrid Solberg" for person, _ in facts(c, "HOLDS_POSITION"))


def test_a_minister_of_police_holds_the_ministry_not_a_police_unit(ex):
    c = context(ex, "The Tolima Police Department cleared the road. On Monday I met the Minister of Police, "
                    "Andrew Warai, and the Minister of Justice, Ruth Manau.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Andrew Warai", "Tolima Police Department") not in held
    assert ("Andrew Warai", "Ministry of Police") in held


def test_one_of_several_directors_holds_a_post_and_heads_nothing(ex):
    c = context(ex, "Ingrid Solberg is also a director of the Norwegian Mining Association.", "2020-05-04")
    assert ("Ingrid Solberg", "Norwegian Mining Association") not in facts(c, "HEADS")
    assert ("Ingrid Solberg", "Norwegian Mining Association") in facts(c, "HOLDS_POSITION")


def test_the_commander_named_by_a_passive_does_not_report_where_the_unit_does(ex):
    c = context(ex, "The 12th Infantry Battalion is commanded by Colonel Peter Yagi and reports to the Tolima "
                    "Police Department.", "2020-05-04")
    lines = facts(c, "SUBORDINATE_TO")
    assert ("Peter Yagi", "Tolima Police Department") not in lines
    assert ("12th Infantry Battalion", "Tolima Police Department") in lines


def test_the_name_after_the_copula_of_a_title_that_opens_its_clause_holds_it(ex):
    c = context(ex, "The managing director of Halvard Mining is Ingrid Solberg.", "2020-05-04")
    assert ("Ingrid Solberg", "Halvard Mining") in facts(c, "HEADS")


def test_a_description_between_whose_copula_and_the_name(ex):
    c = context(ex, "Halvard Mining, whose general manager is the Norwegian engineer Ingrid Solberg, plans a pit.", "2020-05-04")
    assert ("Ingrid Solberg", "Halvard Mining") in facts(c, "HOLDS_POSITION")


def test_the_collectives_spokesman_is_the_collective_named_before(ex):
    c = context(ex, "The Colectivo Agua Limpia de Ríos marched on Monday. \"We have written to everyone,\" said the "
                    "collective's spokesman, Tomás Rivas.", "2020-05-04")
    assert ("Tomás Rivas", "Colectivo Agua Limpia de Ríos") in facts(c, "HOLDS_POSITION")


def test_the_kind_noun_of_a_possessive_names_a_body_whatever_its_type(ex):
    # Typing read the group as a company; "the group's" still points to the body named with that word.
    c = context(ex, "The Ríos Water Protection Group blocked the road. \"People are choking,\" the group's "
                    "coordinator, Ingrid Solberg, told reporters.", "2020-05-04")
    assert ("Ingrid Solberg", "Ríos Water Protection Group") in facts(c, "HOLDS_POSITION")
