"""Issue 8, round 7: English events and dates the earlier rules missed: a bulletin's own day, a weekday
after "of", people taken to hospital, things put across a road, verbs of force without anyone forced,
harm told in the future (invented texts, about no report of the eval set)."""
from loaders.dates import find_dates
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def test_a_bulletins_own_day_is_its_publication_day():
    found = {d.text: d.date for d in find_dates("Farmers marched this morning; the mayor spoke this afternoon, "
                                                 "and shots were heard last night.", "2020-09-15")}
    assert found == {"this morning": "2020-09-15", "this afternoon": "2020-09-15", "last night": "2020-09-14"}


def test_the_early_hours_of_a_weekday_are_that_day():
    assert [d.date for d in find_dates("Police moved in during the early hours of Tuesday.", "2020-09-17")] == ["2020-09-15"]
    # the day told after the weekday is the date, once
    assert [d.date for d in find_dates("In the early hours of Tuesday 15 September, police moved in.",
                                       "2020-09-17")] == ["2020-09-15"]


def test_people_taken_to_hospital_were_hurt(ex):
    c = context(ex, "On 3 May, police cleared the road near Orvieta. Five people were taken to the Orvieta hospital.",
                "2016-05-04")
    [injury] = events(c, "Injury")
    assert injury.date == "2016-05-03"


def test_something_put_across_a_road_is_a_roadblock(ex):
    c = context(ex, "On 7 March, some fifty villagers of Tarvel piled logs across the road to the Kessin mine.",
                "2016-03-09")
    [block] = events(c, "Roadblock")
    assert block.date == "2016-03-07"


def test_talks_that_broke_up_are_no_clash(ex):
    c = context(ex, "On 9 April, the talks between the Morvan Mining Company and the village of Tessal broke up "
                    "after an hour.", "2016-04-10")
    assert not events(c, "Clash")
    c = context(ex, "On 9 April, riot police broke up a march of the villagers of Tessal.", "2016-04-10")
    assert len(events(c, "Clash")) == 1


def test_an_arrest_told_in_the_future_is_none(ex):
    c = context(ex, "On 2 June, the Kessin police chief, Aldo Verne, warned that anyone who blocks the road "
                    "will be arrested.", "2016-06-03")
    assert not events(c, "Arrest")


def test_a_date_in_a_since_clause_is_background(ex):
    c = context(ex, "Villagers of Sorel blocked the road to the Varna mine on Monday, the fourth blockade since drilling "
                    "began in March. Officers of the Varna Police fired tear gas at them.", "2016-07-06")
    [clash] = events(c, "Clash")
    assert clash.date == "2016-07-04"


def test_one_verb_told_on_two_days_is_two_events(ex):
    c = context(ex, "Farmers of Tessal blocked the road to the Kessin mine on 21 May and again on 12 June.", "2016-07-06")
    assert sorted(e.date for e in events(c, "Roadblock")) == ["2016-05-21", "2016-06-12"]
    c = context(ex, "A dialogue table of the Kessin villages met in Orvieta in March 2013 and again in July.", "2020-01-01")
    assert {"2013-03", "2013-07"} <= {e.date for e in c.events if e.subclass in ("DialogueTable", "Meeting")}


def test_pushing_women_back_with_pepper_spray_is_a_clash(ex):
    c = context(ex, "On 5 May, officers of the Tessal Police pushed the women back at the Orvieta junction.", "2016-05-06")
    assert len(events(c, "Clash")) == 1
    c = context(ex, "On 5 May, the Tessal Police used pepper spray on the march near Orvieta.", "2016-05-06")
    assert len(events(c, "Clash")) == 1


def test_coming_out_in_support_is_no_visit(ex):
    c = context(ex, "On 5 May, the Kessin Farmers' Union came out in support of the villagers of Orvieta.", "2016-05-06")
    assert not events(c, "Visit")


def test_a_dialogue_round_held_takes_the_date_of_its_verb(ex):
    c = context(ex, "Both parties agreed to mediation, and the first dialogue round was held in Orvieta on 14 October 2020.",
                "2021-02")
    assert [e.date for e in events(c, "DialogueTable")] == ["2020-10-14"]


def test_the_hospital_is_not_where_the_clash_was(ex):
    c = context(ex, "On 5 May, riot police fired tear gas at the march, and two people were taken to the Orvieta Hospital.",
                "2016-05-06")
    [clash] = events(c, "Clash")
    assert not any(c.entities[p].name == "Orvieta Hospital" for p in clash.places)


def test_each_body_of_a_delegation_visits(ex):
    c = context(ex, "On 4 May a delegation of the Orvieta Water Board and the Tessal Mining Authority travelled to Kessin.",
                "2016-05-06")
    [visit] = events(c, "Visit")
    assert {c.entities[p].name for p, _ in visit.participants} >= {"Orvieta Water Board", "Tessal Mining Authority"}
