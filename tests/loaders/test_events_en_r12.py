"""Round 12, English events and participants: a session told again by "the session" under its own dated
heading, people after a dateline's dash, what a force seizes, landowners or women of a village, a charge told in the passive, a one-word heading, "we" of a body's report, the youth who mounted barricades, the team of a visit at a meeting, arrests and shots told without the usual words, who hosts or chairs a session, a company after a list of communities, whom a case is against (invented texts, about no report of the eval set)."""
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def names(c, event):
    return {c.entities[p].name for p, _ in event.participants}


def test_the_session_under_a_dated_heading_is_that_session(ex):
    c = context(ex, "**First session (12 November 2019, Kitaotao parish hall).** The parties agreed on the rules "
                    "of the table.\n\n**Second session (21 January 2020).** Mayor Ana Cruz of Kitaotao hosted the "
                    "session at the municipal hall. Present were the Department of Environment and Natural Resources "
                    "and the National Commission on Indigenous Peoples.", "2020-03")
    by_day = {e.date: e for e in events(c, "Meeting")}
    assert "Department of Environment and Natural Resources" in names(c, by_day["2020-01-21"])
    assert "Department of Environment and Natural Resources" not in names(c, by_day["2019-11-12"])


def test_people_after_a_datelines_dash_are_who_acted(ex):
    c = context(ex, "NSUAEM, Amansie West — Residents of Nsuaem in the Amansie West District took to the streets "
                    "on Thursday.", "2017-09-23")
    [protest] = events(c, "Protest")
    assert names(c, protest) == {"residents of Nsuaem"}


def test_what_soldiers_seize_is_no_protest(ex):
    c = context(ex, "On Thursday soldiers seized the water pumps of the miners of Nsuaem.", "2017-09-23")
    assert not events(c, "Protest")
    c = context(ex, "On Thursday villagers seized the mine camp at Nsuaem.", "2017-09-23")
    assert len(events(c, "Protest")) == 1


def test_landowners_or_women_of_a_village_are_its_community(ex):
    c = context(ex, "On 3 April women of Kuyuwini village blocked the trail with their canoes.", "2018-04")
    [block] = events(c, "Roadblock")
    assert names(c, block) == {"women of Kuyuwini village"}
    c = context(ex, "On 15 August landowners from Yaliwan village set fire to a company vehicle.", "2012-08-17")
    [clash] = events(c, "Clash")
    assert names(c, clash) == {"landowners from Yaliwan village"}


def test_a_charge_told_in_the_passive_is_nobodys_statement(ex):
    c = context(ex, "Minister Desmond Archer visited Aruwai on 18 May. Marlene Atkinson told the minister that the "
                    "Nakawe would not be consulted. On 6 August Toshao Ignatius Pereira of Kuyuwini was arrested at the "
                    "Lethem checkpoint and accused of obstructing a licensed operation.", "2018-12")
    [statement] = events(c, "Statement")
    assert statement.date == "2018-05-18"


def test_a_one_word_heading_tells_no_event(ex):
    c = context(ex, "**March.** On 9 March the council wrote to the ministry.\n\n**October.** More than 300 people "
                    "from eleven villages marched through Lethem on 15 October.", "2018-12")
    [protest] = events(c, "Protest")
    assert "marched through Lethem" in protest.evidence


def test_we_of_a_bodys_own_report_is_that_body(ex):
    c = context(ex, "This timeline is compiled by the Nakawe Tribal Council for our communities. On 9 March we filed "
                    "a case in the High Court of Guyana against the Guyana Geology and Mines Commission.", "2018-12")
    [case] = events(c, "LegalAction")
    assert (c.entities[case.participants[0][0]].name, case.participants[0][1]) == ("Nakawe Tribal Council", "author")
    # "we" inside a quote is the speaker's
    c = context(ex, "This timeline is compiled by the Nakawe Tribal Council. On 9 March the lawyer Ana Ruiz said: "
                    "\"we filed a case in the High Court of Guyana.\"", "2018-12")
    assert not any("Nakawe Tribal Council" in names(c, e) for e in events(c, "LegalAction"))


def test_the_subject_of_the_verb_whose_object_is_a_barricade_organised_it(ex):
    c = context(ex, "Residents of Nsuaem took to the streets on Thursday. Witnesses said the youth mounted barricades "
                    "of burning tyres on the road.", "2017-09-23")
    [block] = events(c, "Roadblock")
    assert names(c, block) == {"residents of Nsuaem"}


def test_the_team_that_made_a_visit_attends_what_it_met(ex):
    c = context(ex, "A delegation from the Minerals Commission arrived in Nsuaem on Friday evening. The team met the "
                    "chief and elders at the palace and agreed to set up a joint committee.", "2017-09-23")
    [meeting] = events(c, "Meeting")
    [agreement] = events(c, "Agreement")
    assert "Minerals Commission" in names(c, meeting) and "Minerals Commission" in names(c, agreement)


def test_people_picked_up_or_rounded_up_were_arrested(ex):
    for text in ("On Thursday four young men were picked up by the police in Nsuaem.",
                 "On Thursday soldiers rounded up a dozen miners in Nsuaem."):
        assert len(events(context(ex, text, "2017-09-23"), "Arrest")) == 1


def test_warning_shots_are_force(ex):
    assert len(events(context(ex, "On Thursday soldiers fired warning shots in Nsuaem.", "2017-09-23"), "Clash")) == 1


def test_who_hosts_or_chairs_a_session_is_its_host_or_leader(ex):
    c = context(ex, "On 21 January Mayor Alberto Cuenca of Kitaotao hosted the session at the municipal hall.", "2020-03")
    [meeting] = events(c, "Meeting")
    assert ("Alberto Cuenca", "host") in {(c.entities[p].name, r) for p, r in meeting.participants}
    c = context(ex, "On 21 January Mayor Alberto Cuenca of Kitaotao chaired the session at the municipal hall.", "2020-03")
    [meeting] = events(c, "Meeting")
    assert ("Alberto Cuenca", "leader") in {(c.entities[p].name, r) for p, r in meeting.participants}


def test_a_company_after_a_list_of_communities_is_a_party_beside_them(ex):
    c = context(ex, "Fr. Romeo Dalisay moderated the dialogue table between the Manobo communities of Bantayan and "
                    "Silvercrest Nickel Corporation at the request of both parties.", "2020-03")
    kinds = {e.name: e.subclass for e in c.entities.values()}
    assert kinds.get("Silvercrest Nickel Corporation") == "Company"
    assert kinds.get("community of Bantayan") == "Community"


def test_whom_a_case_is_brought_against_is_its_subject(ex):
    c = context(ex, "On 9 March the Tama Farmers Association filed a case in the High Court of Guyana against the "
                    "Guyana Geology and Mines Commission.", "2018-12")
    [case] = events(c, "LegalAction")
    assert ("Guyana Geology and Mines Commission", "subject") in {(c.entities[p].name, r) for p, r in case.participants}
