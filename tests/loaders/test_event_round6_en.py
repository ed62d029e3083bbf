"""Issue 8, round 6: English events told by verbs the earlier lexicon missed (invented texts, about no
report of the eval set)."""
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def names(c, event, role=None):
    return {c.entities[p].name for p, r in event.participants if role is None or r == role}


def test_workers_who_down_tools_strike(ex):
    c = context(ex, "On Tuesday 4 March, some 300 workers of the Kelvar mine downed tools to demand higher pay.",
                "2014-03-06")
    [strike] = events(c, "Strike")
    assert strike.date == "2014-03-04"


def test_taking_people_into_custody_is_an_arrest(ex):
    c = context(ex, "On 8 May, officers of the Norland Police took four farmers into custody near Brisk.",
                "2015-05-10")
    [arrest] = events(c, "Arrest")
    assert arrest.date == "2015-05-08"


def test_a_communique_in_the_present_tense_is_a_statement(ex):
    c = context(ex, "The Federation of Tarno Miners denounces the eviction of the Selva camp.", "2016-04-02")
    [statement] = events(c, "Statement")
    assert "Federation of Tarno Miners" in names(c, statement, "speaker")


def test_blaming_someone_is_a_statement(ex):
    c = context(ex, "On 9 June, the Ministry of Mines of Corvia blamed armed gangs for the attack.", "2016-06-12")
    [statement] = events(c, "Statement")
    assert statement.date == "2016-06-09"


def test_setting_something_on_fire_is_a_clash(ex):
    c = context(ex, "On 2 April, young men from Parra set three company trucks on fire near the Loma Gris mine.",
                "2017-04-05")
    [clash] = events(c, "Clash")
    assert clash.date == "2017-04-02"
