"""Round 9: where English events happened when their own clause does not say (invented texts,
about no report of the eval set)."""
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def places(c, event):
    return {c.entities[p].name for p in event.places}


def test_an_unplaced_clash_happened_where_its_section_opens(ex):
    c = context(ex, "Tension has grown in the village of Karuma since April.\n\n"
                    "On 3 May, young men set two drill rigs on fire.", "2018-05-10")
    [clash] = events(c, "Clash")
    assert places(c, clash) == {"Karuma"}


def test_a_meeting_at_the_parish_hall_of_a_village_is_in_the_village(ex):
    c = context(ex, "On 4 June, company officials sat down with residents at the parish hall of Ulmira.", "2016-06-09")
    [meeting] = events(c, "Meeting")
    assert places(c, meeting) == {"Ulmira"}


def test_an_agreement_after_a_meeting_is_where_they_met(ex):
    c = context(ex, "After a meeting in Tarsa on 5 May, the ministry and the farmers' union signed an agreement.",
                "2017-05-08")
    [agreement] = events(c, "Agreement")
    assert places(c, agreement) == {"Tarsa"}


def test_a_meeting_in_a_clause_of_where_is_at_the_place_it_hangs_from(ex):
    c = context(ex, "On 3 March the government sent two ministers to Korvale, the capital of Nansa province, "
                    "where they met Governor Alba Ruiz.", "2015-03-05")
    [meeting] = events(c, "Meeting")
    assert places(c, meeting) == {"Korvale"}
