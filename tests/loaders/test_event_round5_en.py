"""Issue 8, round 5: English events told without their obvious trigger words, read from the clause
(invented texts, about no report of the eval set)."""
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def names(c, event, role=None):
    return {c.entities[p].name for p, r in event.participants if role is None or r == role}


def test_a_verb_of_closing_a_road_is_a_roadblock(ex):
    c = context(ex, "On 3 May, farmers from Pirwa shut the highway to the Ventisca mine.", "2018-05-10")
    [block] = events(c, "Roadblock")
    assert block.date == "2018-05-03"


def test_a_road_kept_closed_is_a_roadblock_and_a_closed_deal_is_none(ex):
    c = context(ex, "Residents of Chakra have kept the road closed with boulders since 2 June. "
                    "The ministry closed the deal on 4 June.", "2019-06-10")
    assert len(events(c, "Roadblock")) == 1


def test_a_crowd_that_pours_into_the_streets_protests(ex):
    c = context(ex, "On 9 April, some 3,000 people poured into the streets of Tarvel to reject the mine.", "2020-04-12")
    [protest] = events(c, "Protest")
    assert protest.date == "2020-04-09"


def test_residents_who_walk_to_the_town_hall_protest(ex):
    c = context(ex, "On Monday, 200 residents of Kolmo walked to the municipal hall of Sarnai with placards.",
                "2011-02-19")
    assert [e.date for e in events(c, "Protest")] == ["2011-02-14"]


def test_people_who_walk_to_a_field_do_not_protest(ex):
    c = context(ex, "On Monday, 200 residents of Kolmo walked to their fields.", "2011-02-19")
    assert events(c, "Protest") == []


def test_sitting_down_with_someone_is_a_meeting(ex):
    c = context(ex, "On 12 March, officials of Brenmore Copper sat down with the Ministry of Energy in Lirac.",
                "2016-03-20")
    [meeting] = events(c, "Meeting")
    assert meeting.date == "2016-03-12"
    assert "Brenmore Copper" in names(c, meeting)


def test_receiving_some_of_the_marchers_is_a_meeting(ex):
    c = context(ex, "On 5 May, Governor Elena Varga received ten of the marchers in her office.", "2016-05-09")
    assert [e.date for e in events(c, "Meeting")] == ["2016-05-05"]


def test_the_force_stones_were_hurled_at_took_part_in_the_clash(ex):
    c = context(ex, "On 7 August, villagers of Pomaro hurled stones at federal police near the Tuxpal mine.",
                "2014-08-08")
    [clash] = events(c, "Clash")
    assert "federal police" in names(c, clash, "perpetrator")


def test_those_left_hurt_are_the_victims(ex):
    c = context(ex, "On 7 August, villagers hurled stones at federal police near the Tuxpal mine, leaving three officers hurt.",
                "2014-08-08")
    [injury] = events(c, "Injury")
    assert names(c, injury, "victim") == {"federal police"}


def test_those_reported_hurt_are_not_left_hurt(ex):
    c = context(ex, "On 7 August, federal police reported three officers hurt near the Tuxpal mine.", "2014-08-08")
    assert all(not names(c, e, "victim") for e in events(c, "Injury"))


def test_an_arrest_after_a_clash_was_made_by_its_force(ex):
    c = context(ex, "- **12 May** — Riot police broke up a sit-in outside the legislature of Varena. Four "
                    "members of the Varena Water Front, among them Ana Ruiz, were taken into custody.\n", "2021-06")
    [arrest] = events(c, "Arrest")
    assert "riot police" in {n.lower() for n in names(c, arrest, "perpetrator")}


def test_forces_that_remove_a_blockade_clash_with_it(ex):
    c = context(ex, "On 6 August, riot police cleared a road blockade near the Ventisca mine.", "2019-08-09")
    [clash] = events(c, "Clash")
    assert clash.date == "2019-08-06"
    assert "riot police" in {n.lower() for n in names(c, clash, "perpetrator")}


def test_villagers_who_remove_their_own_blockade_do_not_clash(ex):
    c = context(ex, "On 6 August, villagers of Pirwa removed the blockade near the Ventisca mine.", "2019-08-09")
    assert events(c, "Clash") == []


def test_a_road_the_speaker_would_keep_closed_is_no_roadblock(ex):
    c = context(ex, "Ana Quispe said the farmers would keep the road closed until the minister came.", "2019-08-09")
    assert events(c, "Roadblock") == []


def test_one_force_on_one_day_at_two_places_named_is_one_clash(ex):
    c = context(ex, "On Sunday, riot police evicted a camp of miners from the Ventisca concession. "
                    "Officers of the riot police cleared the camp in the area of Pirwa on Sunday.", "2017-08-15")
    [clash] = events(c, "Clash")
    assert clash.date == "2017-08-13"


def test_officers_of_a_named_force_are_that_force(ex):
    c = context(ex, "ROSITA, Nicaragua (AP) — Villagers blocked the road into the Ventisca gold project in "
                    "northeastern Nicaragua on Monday.\n\n"
                    "Officers of the National Police cleared the camp in the area of Pirwa on Sunday, detaining "
                    "14 people, among them brothers Ernesto and Julio Mairena.", "2017-08-15")
    police = [e for e in c.entities.values() if e.name == "National Police"]
    assert len(police) == 1



def test_a_date_inside_a_relative_clause_does_not_date_the_main_verb(ex):
    c = context(ex, "Ana Ruiz, who joined the Brenmore Copper board in 2013, said the company would respect "
                    "the decision.", "2016-03-20")
    assert [e.date for e in events(c, "Statement")] == [None]


def test_since_an_abbreviated_month_and_day_is_that_day(ex):
    c = context(ex, "The villagers, who have kept the road closed with tree trunks since Sept. 10, set fire "
                    "to two trucks.", "2015-09-24")
    assert [e.date for e in events(c, "Roadblock")] == ["2015-09-10"]


def test_calling_something_a_name_is_a_statement(ex):
    c = context(ex, "Brenmore Copper's chief executive, Alan Price, called the ruling \"a blow to investors\".",
                "2016-03-20")
    [said] = events(c, "Statement")
    assert "Alan Price" in names(c, said, "speaker")


def test_describing_something_as_a_kind_is_a_statement(ex):
    c = context(ex, "On 4 May, Energy Minister Rosa Vela described the Ventisca agreement as historic.", "2016-05-20")
    assert [e.date for e in events(c, "Statement")] == ["2016-05-04"]


def test_a_strike_called_is_no_statement(ex):
    c = context(ex, "On 4 May, the Ventisca Water Front called a strike.", "2016-05-20")
    assert events(c, "Statement") == []


def test_a_meeting_after_a_journey_is_where_the_journey_went(ex):
    c = context(ex, "Interior Minister Rosa Vela travelled to Pirwa on Friday and met with the town's mayor, "
                    "Ernesto Duarte.", "2017-05-20")
    [meeting] = events(c, "Meeting")
    assert [c.entities[p].name for p in meeting.places] == ["Pirwa"]


def test_force_on_the_blockade_told_before_happened_where_it_was(ex):
    c = context(ex, "- **2 March** — Farmers from Pirwa blocked the access road in Kallpa, near the Ventisca and "
                    "Tarvel mines.\n- **9 March** — Riot police cleared the road. Two farmers were injured.\n", "2022-04")
    [block] = events(c, "Roadblock")
    [clash] = events(c, "Clash")
    assert block.places and clash.places == block.places
    assert clash.date == "2022-03-09"


def test_the_subject_of_a_passive_harm_suffered_it(ex):
    c = context(ex, "On 9 March, farmers from Pirwa were injured near the Ventisca mine.", "2022-04")
    [injury] = events(c, "Injury")
    assert dict((c.entities[p].name, r) for p, r in injury.participants).get("farmers from Pirwa") == "victim"


def test_the_head_noun_of_a_body_named_before_stands_for_it(ex):
    c = context(ex, "The Pirwa Water Assembly opposes the Ventisca mine. On 29 March the assembly denounced the "
                    "company's survey as a breach of the truce.", "2021-04-02")
    speakers = {n for e in events(c, "Statement") for n in names(c, e, "speaker")}
    assert "Pirwa Water Assembly" in speakers


def test_observers_a_body_sends_to_a_place_visit_it_for_the_body(ex):
    c = context(ex, "The Human Rights Ombudsman of Varena sent observers to Pirwa on 17 October.", "2019-10-30")
    [visit] = events(c, "Visit")
    assert visit.date == "2019-10-17"
    assert [c.entities[p].name for p in visit.places] == ["Pirwa"]
    assert names(c, visit)


def test_observers_sent_nowhere_are_no_visit(ex):
    c = context(ex, "The Human Rights Ombudsman of Varena sent observers on 17 October.", "2019-10-30")
    assert events(c, "Visit") == []


def test_an_official_who_inspected_a_mine_visited_it(ex):
    c = context(ex, "On 22 July the regional director of mines, Ana Ruiz, inspected the Ventisca mine.", "2009-08")
    [visit] = events(c, "Visit")
    assert visit.date == "2009-07-22"


def test_what_a_visitor_inspected_there_is_no_visit_of_its_own(ex):
    c = context(ex, "On 20 August the minister, Ana Ruiz, travelled to Pirwa. There she inspected the Ventisca "
                    "reservoir.", "2018-08-21")
    assert len(events(c, "Visit")) == 1


def test_who_receives_a_delegation_hosts_the_meeting(ex):
    c = context(ex, "On 5 May, Governor Elena Varga received a delegation of the Pirwa Water Front.", "2016-05-09")
    [meeting] = events(c, "Meeting")
    assert "Elena Varga" in names(c, meeting, "host")


def test_the_body_a_clash_is_told_by_took_no_part_in_it(ex):
    c = context(ex, "On Monday, villagers from Pirwa set fire to a warehouse at the Ventisca mine, according to a "
                    "statement from the National Police.", "2019-06-14")
    [clash] = events(c, "Clash")
    assert not any(c.entities[p].subclass == "PoliceUnit" for p, _ in clash.participants)


def test_an_event_after_which_a_march_came_is_not_at_the_march_date(ex):
    c = context(ex, "On Monday, 300 residents of Kolmo walked to the municipal hall of Sarnai, calling for the "
                    "closure of the Ventisca mine after its tailings pond spilled into the Tarvel River.", "2012-07-14")
    assert [e.date for e in events(c, "Protest")] == ["2012-07-09"]
    assert [e.date for e in events(c, "EnvironmentalIncident")] == [None]


def test_people_who_vote_to_reject_a_mine_hold_a_consultation(ex):
    c = context(ex, "- 12 April: The assembly of the Kolmo ejido voted to reject the Ventisca project.\n", "2024-05")
    assert [e.date for e in events(c, "Consultation")] == ["2024-04-12"]


def test_a_chamber_that_votes_holds_no_consultation(ex):
    c = context(ex, "- 12 April: The Senate voted to reject the Ventisca project.\n", "2024-05")
    assert events(c, "Consultation") == []


def test_what_a_court_orders_is_a_ruling_by_it(ex):
    c = context(ex, "On 21 October 2014 the Supreme Court of Varena ordered the Ventisca company to restore the "
                    "flow of the river.", "2014-11")
    [ruling] = events(c, "LegalAction")
    assert ruling.date == "2014-10-21"
    assert any(n.startswith("Supreme Court") for n in names(c, ruling, "author"))


def test_a_prosecutor_who_files_a_suit_takes_legal_action(ex):
    c = context(ex, "In March 2022, the Public Prosecutor's Office of Varena filed a suit asking a court to "
                    "suspend the dam's licence.", "2022-07-06")
    [suit] = events(c, "LegalAction")
    assert suit.date == "2022-03"


def test_defending_testifying_and_instructing_are_statements(ex):
    c = context(ex, "Security Minister Ana Ruiz has defended the police response. The former minister, Rosa Vela, "
                    "testified that her office had relied on reports. President Hugo Paz has instructed the "
                    "cabinet to guarantee the rights of all.", "2023-11-28")
    speakers = {n for e in events(c, "Statement") for n in names(c, e, "speaker")}
    assert {"Ana Ruiz", "Rosa Vela", "Hugo Paz"} <= speakers


def test_the_spanish_head_of_a_body_named_before_stands_for_it(ex):
    c = context(ex, "The Observatorio Minero de Pirwa reports on the Ventisca mine. On 28 August the Observatorio "
                    "condemned the attack.", "2019-09")
    speakers = {n for e in events(c, "Statement") for n in names(c, e, "speaker")}
    assert "Observatorio Minero de Pirwa" in speakers
