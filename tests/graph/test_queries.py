"""The parts of graph/queries no store is needed for: dates at their precision, ranking."""
import pytest

from graph import queries
from graph.queries.search import score


@pytest.mark.parametrize("props, as_of, expected", [
    ({}, "2016-10-22", True),
    ({"since": "2016"}, "2016-10-22", True),
    ({"since": "2016-11"}, "2016-10-22", False),
    ({"until": "2016-10"}, "2016-10-22", True),   # until October: still in force on the 22nd
    ({"until": "2016-09-30"}, "2016-10", False),
    ({"since": "2017"}, None, True),
    # No since/until: the observed span, widened by TOLERANCE (365 days) on each side.
    ({"observed_from": "2005", "observed_to": "2006"}, "2007-12-31", True),
    ({"observed_from": "2005", "observed_to": "2006"}, "2008-01", False),
    ({"observed_from": "2005-03-10", "observed_to": "2006"}, "2004-03", True),
    ({"observed_from": "2005-03-10", "observed_to": "2006"}, "2004-02", False),
    ({"observed_from": "2005", "observed_to": "2006", "until": "2005-06"}, "2006", False),  # stated dates win
])
def test_in_force_compares_dates_at_the_precision_both_give(props, as_of, expected):
    assert queries.in_force(props, as_of) is expected


def test_event_types_in_snake_case_or_as_labels():
    assert queries.event_label("state_of_emergency") == "StateOfEmergency"
    assert queries.event_label("DialogueTable") == "DialogueTable"
    assert queries.event_label(None) == "Event"
    with pytest.raises(queries.InvalidArgument) as err:
        queries.event_label("picnic")
    assert err.value.field == "type"


def test_ranking_puts_exact_before_prefix_before_fuzzy():
    assert score("vizcarra", "vizcarra") > score("viz", "vizcarra") \
        > score("vizcara", "martin vizcarra") > score("vizcara", "las bambas")
