"""Titles after a force's bare word (loaders/force_titles.py), on made-up sentences."""

from tests.loaders.helpers import context, facts


def test_a_police_spokesman_holds_a_post_in_the_police_the_report_names(ex):
    c = context(ex, "The Policía Nacional de Honduras cleared the road. Police spokesman Mario Zelaya said two officers "
                    "were hurt.", "2020-05-04")
    assert ("Mario Zelaya", "Policía Nacional de Honduras") in facts(c, "HOLDS_POSITION")


def test_a_regional_police_chief_holds_a_post_in_the_police(ex):
    c = context(ex, "Regional police chief Carlos Peña said officers had been attacked by the Honduran National Police.",
                "2020-05-04")
    assert ("Carlos Peña", "Policía Nacional de Honduras") in facts(c, "HOLDS_POSITION")
