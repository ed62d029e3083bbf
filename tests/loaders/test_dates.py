import pytest

from loaders.dates import find_dates


def first(text, published):
    found = [d for d in find_dates(text, published)]
    return (found[0].date, found[0].precision) if found else None


@pytest.mark.parametrize("text,published,expected", [
    ("on 22 October", "2016-10", ("2016-10-22", "day")),
    ("on 22 October", None, (None, None)),
    ("last week", "2016-10", ("2016-10", "month")),
    ("last week", "2016-10-24", ("2016-10", "month")),
    ("last week", "2016", ("2016", "year")),
    ("yesterday", "2019-08-07", ("2019-08-06", "day")),
    ("yesterday", "2019-08", ("2019-08", "month")),
    ("on Monday", "2016-10-26", ("2016-10-24", "day")),
    ("in November", "2016-10", ("2015-11", "month")),
    ("October 22, 2015", None, ("2015-10-22", "day")),
    ("in 2014", None, ("2014", "year")),
    ("last month", "2017-01", ("2016-12", "month")),
])
def test_resolution_against_publication(text, published, expected):
    assert first(text, published) == expected


def test_no_day_is_invented():
    assert first("on 31 February", "2016-10") == (None, None)


@pytest.mark.parametrize("line", ["SANTIAGO, 2 March 2023 — ", "SANTIAGO, Thursday 2 March 2023 — "])
def test_a_dateline_told_day_first_is_no_date_of_the_text(line):
    found = find_dates(line + "Minera Ravena reports that on 28 February a team met the community.", "2023-03-02")
    assert [d.date for d in found] == ["2023-02-28"]
