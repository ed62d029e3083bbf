"""Round 6 English relation rules, each on a made-up sentence (none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def test_a_title_between_led_by_and_the_name_still_names_the_head(ex):
    # "chaired by Senator X": the rank is part of the agent's phrase, not a gap the surface rule allows.
    c = context(ex, "The Water Committee of the Salta Legislature, chaired by Senator Rosa Quiroga, met on Monday.", "2020-05-04")
    assert ("Rosa Quiroga", "Water Committee of the Salta Legislature") in facts(c, "HEADS")


def test_a_passive_lead_verb_names_the_head_of_its_subject(ex):
    c = context(ex, "The Ixtla Farmers' Union is led by Pastor Benito Carrera, a former teacher.", "2020-05-04")
    assert ("Benito Carrera", "Ixtla Farmers' Union") in facts(c, "HEADS")


def test_a_relative_clause_after_a_name_in_parentheses_is_said_of_it(ex):
    # The clause hangs from "Table" in the parse; the committee named in parentheses is what is chaired.
    c = context(ex, "The minister opened the session of the Tambo Dialogue Table (Oversight Committee of Tambo), "
                    "which is chaired by Governor Elsa Huamán.", "2020-05-04")
    heads = facts(c, "HEADS")
    assert ("Elsa Huamán", "Tambo Dialogue Table") not in heads
    assert ("Elsa Huamán", "Oversight Committee of Tambo") in heads


def test_a_delegation_led_by_someone_is_not_a_body_they_head(ex):
    c = context(ex, "A delegation of the Ixtla Farmers' Union, led by Benito Carrera, met the governor.", "2020-05-04")
    assert ("Benito Carrera", "Ixtla Farmers' Union") not in facts(c, "HEADS")


def test_a_membership_noun_after_a_copula_makes_its_subject_a_member(ex):
    # "is also a member of": an adverb between the copula and the noun.
    c = context(ex, "Her deputy, Tomás Irala, is also a member of the Federation of Rural Workers of Chaco.", "2020-05-04")
    assert ("Tomás Irala", "Federation of Rural Workers of Chaco") in facts(c, "MEMBER_OF")


def test_a_seat_on_a_board_is_membership(ex):
    c = context(ex, "The council is led by Marta Ibarra, who also sits on the board of the Chaco Forest Trust.", "2020-05-04")
    assert ("Marta Ibarra", "Chaco Forest Trust") in facts(c, "MEMBER_OF")


def test_the_plural_site_noun_after_a_list_makes_each_name_a_mine(ex):
    # "Pozuelos Altos" alone reads as a town; "the A and B projects" says it is a project too.
    c = context(ex, "Andes Lithium Ltd said on Monday it would appeal. Andes also holds the Salar Chico and "
                    "Pozuelos Altos projects in Catamarca and Salta.", "2020-05-04")
    owned = facts(c, "OWNS") | facts(c, "OPERATES")
    assert ("Andes Lithium Ltd", "Pozuelos Altos") in owned


def test_owners_of_a_joint_venture_in_apposition_own_the_name_before_it(ex):
    # "that is 55% owned by" hangs from "a joint venture", which stands in apposition to the company's name.
    c = context(ex, "The mine is run by Caribbean Zinc Partners (CZP), a joint venture that is 55% owned by "
                    "Norvik Metals and 45% by Trinidad Mining Holdings.", "2020-05-04")
    assert ("Trinidad Mining Holdings", "Caribbean Zinc Partners") in facts(c, "OWNS")


def test_a_companys_short_name_as_subject_owns_what_it_owns(ex):
    # "Inc." keeps the two sentences one; the short name "Copper Bay" is no mention of its own.
    c = context(ex, "The pit is operated by Minera Azul, a subsidiary of Toronto-based Copper Bay Metals Inc. "
                    "Copper Bay also owns the Santa Rita and La Loma mines in Nariño.", "2020-05-04")
    owned = facts(c, "OWNS")
    assert ("Copper Bay Metals Inc.", "Santa Rita") in owned
    assert ("Copper Bay Metals Inc.", "La Loma") in owned
