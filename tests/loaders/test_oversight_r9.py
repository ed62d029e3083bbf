"""Oversight between state bodies (loaders/oversight_clauses.py), on made-up sentences."""

from tests.loaders.helpers import context, facts


def test_the_body_a_ministry_oversees_answers_to_it(ex):
    c = context(ex, "The Ministry of Public Works, which oversees the National Bureau of Mines, said the permit was "
                    "lawful.", "2020-05-04")
    assert ("National Bureau of Mines", "Ministry of Public Works") in facts(c, "SUBORDINATE_TO")


def test_a_body_overseen_by_a_ministry_answers_to_it(ex):
    c = context(ex, "The National Bureau of Mines, which is overseen by the Ministry of Public Works, said the permit "
                    "was lawful.", "2020-05-04")
    assert ("National Bureau of Mines", "Ministry of Public Works") in facts(c, "SUBORDINATE_TO")


def test_a_company_a_ministry_oversees_is_not_its_subordinate(ex):
    c = context(ex, "The Ministry of Energy, which oversees Norvale Copper Corp., fined the company.", "2020-05-04")
    assert not facts(c, "SUBORDINATE_TO")
