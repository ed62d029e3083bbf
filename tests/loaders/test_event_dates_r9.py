"""Round 9: English dates of events (invented texts, about no report of the eval set)."""
from loaders.dates import find_dates
from tests.loaders.helpers import context


def test_a_span_of_days_is_told_by_its_first_day():
    assert [d.date for d in find_dates("Inspectors toured Velmora from 18 to 22 June 2018.", "2019-01-10")] == ["2018-06-18"]
    assert [d.date for d in find_dates("Talks were held between 3 and 5 May.", "2013-05-20")] == ["2013-05-03"]


def test_last_and_a_month_is_the_one_before_the_story():
    assert [d.date for d in find_dates("Last November, voters rejected the mine.", "2013-05")] == ["2012-11"]
    assert [d.date for d in find_dates("They marched last May.", "2013-05-20")] == ["2012-05"]


def test_a_visit_by_plane_goes_where_it_flew(ex):
    c = context(ex, "In August the chief executive of Norvex, Alan Brade, flew to Quito for a meeting with Prime Minister Ivo Lenk.", "2014-08-20")
    [meeting] = [e for e in c.events if e.subclass == "Meeting"]
    assert {c.entities[p].name for p in meeting.places} == {"Quito"}


def test_a_live_entry_opening_on_a_clock_time_is_the_day_it_was_filed(ex):
    c = context(ex, "Live coverage of the march on Tarnel.\n\n**18:40** — The National Water Council warned the "
                    "government against using force on the marchers.\n\n**11:15** — The column set out on Sunday.",
                "2017-09-12")
    [statement] = [e for e in c.events if e.subclass == "Statement"]
    assert statement.date == "2017-09-12"
