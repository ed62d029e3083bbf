"""Round 9 English relation rules, each on a made-up sentence (none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def test_a_holders_age_between_name_and_title_does_not_hide_the_title(ex):
    c = context(ex, "The march was led by Julia Mamani, 45, president of the Federation of Tarum Farmers.", "2020-05-04")
    assert ("Julia Mamani", "Federation of Tarum Farmers") in facts(c, "HOLDS_POSITION")


def test_an_age_in_parentheses_before_a_title_in_apposition(ex):
    c = context(ex, "Pedro Salas (52), a leader of the Tarum Defence Front, was arrested.", "2020-05-04")
    assert ("Pedro Salas", "Tarum Defence Front") in facts(c, "HOLDS_POSITION")


def test_an_age_before_a_membership_apposition(ex):
    c = context(ex, "Those injured included Rosa Quispe, 64, a founding member of the Tarum Water Committee.", "2020-05-04")
    assert ("Rosa Quispe", "Tarum Water Committee") in facts(c, "MEMBER_OF")


def test_a_company_in_apposition_controlled_by_another_is_owned_by_it(ex):
    c = context(ex, "SMN, a Haitian company controlled by the Colorado-based Tidewater Gold, holds an exploration permit.",
                "2020-05-04")
    assert ("Tidewater Gold", "SMN") in facts(c, "OWNS")


def test_a_percentage_held_of_a_company_is_ownership(ex):
    c = context(ex, "The Altai Mining Company holds 9 percent of Tarum Nickel.", "2020-05-04")
    assert ("Altai Mining Company", "Tarum Nickel") in facts(c, "OWNS")


def test_a_percentage_of_a_companys_shares_is_ownership(ex):
    c = context(ex, "Goldcorp, the Canadian company that runs the Marlin mine, holds about 40% of Tahoe Resources' shares.",
                "2020-05-04")
    assert ("Goldcorp", "Tahoe Resources") in facts(c, "OWNS")


def test_a_kind_word_with_its_article_stands_for_the_body_named_before(ex):
    c = context(ex, "The Senate's Committee on Mining heard the minister on Tuesday. The committee, chaired by "
                    "Senator Ana Ruiz, had summoned him.", "2020-05-04")
    assert ("Ana Ruiz", "Committee on Mining") in facts(c, "HEADS")


def test_the_owner_after_a_countrys_possessive_is_the_company_not_the_country(ex):
    c = context(ex, "The dam belongs to Minera Sora S.A., a Chilean subsidiary of Japan's Kanto Metals.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Kanto Metals", "Minera Sora S.A.") in owns
    assert not any(owner == "Japan" for owner, _ in owns)


def test_the_firm_stands_for_the_company_named_before(ex):
    c = context(ex, "Minera Kantu S.A. halted work on Monday. The firm, a unit of Norvale Copper Corp., said it "
                    "would appeal.", "2020-05-04")
    assert ("Norvale Copper Corp.", "Minera Kantu S.A.") in facts(c, "OWNS")


def test_an_adjective_before_the_level_word_of_an_area(ex):
    c = context(ex, "Protesters blocked the Kantu mine in the Andean region of Loreto on Monday.", "2020-05-04")
    assert ("Kantu", "Loreto") in facts(c, "LOCATED_IN")


def test_a_units_its_at_the_start_of_a_sentence_is_the_company_of_the_sentence_before(ex):
    c = context(ex, "Norvale Copper Corp. owns the Kantu mine. Its Peruvian unit, Minera Kantu S.A., runs it.", "2020-05-04")
    assert ("Norvale Copper Corp.", "Minera Kantu S.A.") in facts(c, "OWNS")


def test_a_title_after_a_first_description_joined_by_and(ex):
    c = context(ex, "Carlos Amador, a teacher from El Pedernal and a leader of the Siria Environmental Committee, "
                    "said residents were ill.", "2020-05-04")
    assert ("Carlos Amador", "Siria Environmental Committee") in facts(c, "HOLDS_POSITION")


def test_a_distance_aside_before_the_copula_of_the_area(ex):
    c = context(ex, "The Kantu mine, about 40 km from the city of Sorata, is in Loreto province.", "2020-05-04")
    assert ("Kantu", "Loreto province") in facts(c, "LOCATED_IN")


def test_a_rank_among_the_countrys_sites_before_the_verb_of_the_area(ex):
    c = context(ex, "The Kantu copper mine, Peru's second largest, lies in Loreto.", "2020-05-04")
    assert ("Kantu", "Loreto") in facts(c, "LOCATED_IN")


def test_a_plural_description_after_a_list_of_places(ex):
    c = context(ex, "Villagers from Tunas and Sora, two communities in Huari province, marched.", "2020-05-04")
    located = facts(c, "LOCATED_IN")
    assert ("Tunas", "Huari") in located and ("Sora", "Huari") in located


def test_a_title_after_a_relative_clauses_copula(ex):
    c = context(ex, "Julio Ramos, who is president of the Tunas Water Board, said the march would continue.", "2020-05-04")
    assert ("Julio Ramos", "Tunas Water Board") in facts(c, "HOLDS_POSITION")
