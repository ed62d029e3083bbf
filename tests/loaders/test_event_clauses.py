"""Issue 8 (English events): what a trigger's clause and the text around it tell of an event (invented texts)."""
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def test_the_publication_weekday_is_the_day_of_publication_but_last_weekday_is_a_week_back(ex):
    c = context(ex, "The governor of Corvana visited the Ravena mine on Tuesday. Farmers from Ravena were "
                    "arrested last Tuesday.", "2019-02-26")
    assert [e.date for e in events(c, "Visit")] == ["2019-02-26"]
    assert [e.date for e in events(c, "Arrest")] == ["2019-02-19"]


def test_a_verb_of_judging_an_event_is_a_statement_but_declaring_one_is_not(ex):
    c = context(ex, "On 9 May police detained two members of the Frente de Defensa de Ravena. On 10 May the Frente "
                    "de Defensa de Ravena denounced the detentions. On 12 May the Frente de Defensa de Ravena "
                    "announced a strike.", "2019-05")
    assert [e.date for e in events(c, "Statement")] == ["2019-05-10"]


def test_the_subject_of_the_first_verb_of_a_chain_acts_in_the_last(ex):
    c = context(ex, "On 9 May police arrived in the evening, cleared the road and detained six farmers.", "2019-05")
    [arrest] = events(c, "Arrest")
    assert [c.entities[p].name for p, r in arrest.participants if r == "perpetrator"] == ["police"]


def test_a_relative_pronoun_subject_stands_for_the_noun_its_clause_tells_of(ex):
    c = context(ex, "On Thursday villagers turned away a team from the Ravena Mining Commission that had come to "
                    "the Tambo concession.", "2016-03-12")
    [visit] = events(c, "Visit")
    assert [c.entities[p].name for p, _ in visit.participants] == ["Ravena Mining Commission"]


def test_a_force_that_arrives_makes_no_visit(ex):
    c = context(ex, "On 9 May police arrived in Tambo and cleared the road.", "2019-05")
    assert events(c, "Visit") == []
    assert len(events(c, "Clash")) == 1


def test_people_beaten_tell_of_violence(ex):
    c = context(ex, "On 28 August two reporters covering a vigil in Tambo were beaten by unidentified men.", "2019-08")
    assert [e.date for e in events(c, "Clash")] == ["2019-08-28"]


def test_a_bullet_label_dates_the_noun_subject_told_after_it_but_not_one_that_goes_on(ex):
    c = context(ex, "- 15 August:\nTalks between the Frente de Ravena and the Ministry of Mining collapsed.\n"
                    "- 20 August:\nThe strike of the Frente de Ravena entered its fourth week.\n", "2019-08")
    assert [e.date for e in events(c, "Meeting")] == ["2019-08-15"]
    assert [e.date for e in events(c, "Strike")] == [None]


def test_a_state_told_since_a_date_leaves_the_story_in_the_time_told_with_it(ex):
    c = context(ex, "On Monday, 25 February, the Ministry of Mining signed an agreement with Minera Ravena, ending "
                    "the blockade that had kept the road closed since 11 February. The meeting, held in Tambo, was "
                    "chaired by Mining Minister Carlos Astudillo.", "2019-02-26")
    assert [e.date for e in events(c, "Meeting")] == ["2019-02-25"]


def test_a_verb_of_force_on_people_gathered_is_a_clash(ex):
    c = context(ex, "On 13 February police removed the protesters from the road to Tambo. On 14 February the "
                    "Ministry of Mining removed the fee.", "2019-02")
    [clash] = events(c, "Clash")
    assert clash.date == "2019-02-13"


def test_a_delegation_in_a_list_visits_for_its_body_led_by_the_one_named_after_a_title_and_takes_the_date(ex):
    c = context(ex, "On Wednesday, operations resumed following a meeting between Minera Ravena, leaders of the "
                    "Frente de Ravena and a delegation of the Corvana Secretariat of Mining led by undersecretary "
                    "Márcia Tavares, held in Tambo.", "2020-06-04")
    [visit] = events(c, "Visit")
    assert visit.date == "2020-06-03"
    assert sorted((c.entities[p].name, r) for p, r in visit.participants) == [
        ("Corvana Secretariat of Mining", "attendee"), ("Márcia Tavares", "leader")]


def test_the_one_named_right_before_a_verb_of_saying_the_parse_joins_to_another_verb_speaks(ex):
    c = context(ex, "The appeal was filed in July by the Asociación de Pescadores de Tambo, whose president, "
                    "Cristóbal Pop, said the plant had polluted the lake.", "2018-09")
    [statement] = events(c, "Statement")
    assert [(c.entities[p].name, r) for p, r in statement.participants] == [("Cristóbal Pop", "speaker")]


def test_a_gathering_takes_the_place_its_verb_or_its_subject_phrase_names(ex):
    c = context(ex, "The Minister of Mining, Ana Ruiz, yesterday led in the city of Arequipa the ninth session of the "
                    "Ravena Committee. On 28 February a team sent to Corvana by Minera Ravena met the board of the "
                    "Frente de Corvana.", "2018-03-02")
    meetings = sorted(events(c, "Meeting"), key=lambda e: e.trigger)
    assert [[c.entities[p].name for p in e.places] for e in meetings] == [["Arequipa"], ["Corvana"]]


def test_the_parties_of_an_agreement_are_those_of_the_meeting_told_just_before(ex):
    c = context(ex, "On 28 February Minera Ravena met the board of the Frente de Corvana. The parties signed an "
                    "agreement on water monitoring.", "2023-03")
    [agreement] = events(c, "Agreement")
    assert sorted(c.entities[p].name for p, _ in agreement.participants) == ["Frente de Corvana", "Minera Ravena"]


def test_a_visit_takes_the_place_the_verb_of_its_purpose_acts_on(ex):
    c = context(ex, "On Thursday villagers turned away a team from the Ravena Mining Commission that had come to "
                    "inspect the Arequipa region.", "2016-03-12")
    [visit] = events(c, "Visit")
    assert [c.entities[p].name for p in visit.places] == ["Arequipa"]


def test_an_undated_definite_mention_tells_of_the_latest_event_of_its_kind_however_far_back(ex):
    c = context(ex, "On 25 February the Ministry of Mining signed an agreement with Minera Ravena. The company will "
                    "fund water monitoring. The province will set up a committee. The road reopened. Governor Ricardo "
                    "Lucero said that the agreement shows that dialogue works.", "2019-02-26")
    assert [e.date for e in events(c, "Agreement")] == ["2019-02-25"]


def test_a_delegation_told_again_is_led_by_the_one_its_phrase_names_and_a_crowd_meeting_it_is_no_meeting(ex):
    c = context(ex, "Residents of the village of Tambo on Thursday turned away a team from the Ravena Mining "
                    "Commission (RMC) that had come to inspect the Arequipa region, the mayor said. The team, led by "
                    "senior mines officer Claudette Persaud, was met at the airstrip by about 200 villagers.",
                "2016-03-12")
    [visit] = events(c, "Visit")
    assert sorted((c.entities[p].name, r) for p, r in visit.participants) == [
        ("Claudette Persaud", "leader"), ("Ravena Mining Commission", "attendee")]
    assert events(c, "Meeting") == []


def test_a_relative_pronoun_the_parse_does_not_hang_from_its_noun_stands_for_the_actor_right_before(ex):
    c = context(ex, "Residents of the Amerindian village of Sipu on Thursday turned away a team from the Guyana "
                    "Geology and Mines Commission (GGMC) that had come to inspect the Arequipa region, the village's "
                    "toshao, Leonard Quispe, told the Chronicle.", "2016-03-12")
    [visit] = events(c, "Visit")
    assert [c.entities[p].name for p, _ in visit.participants] == ["Guyana Geology and Mines Commission"]


def test_a_state_since_a_weekday_dates_its_start_and_the_story_goes_on_in_the_time_told_before(ex):
    c = context(ex, "Police fired tear gas on Thursday at farmers who had blocked the road to Tambo. Farmers from "
                    "the village of Sipu had camped on the road since Monday. Officers arrested eleven people.",
                "2017-05-19")
    assert [e.date for e in events(c, "Protest")] == ["2017-05-15"]
    assert [e.date for e in events(c, "Arrest")] == ["2017-05-18"]


def test_the_people_of_a_place_told_again_are_the_community_named_just_before(ex):
    c = context(ex, "Farmers in the Sora valley clashed with state police on 12 October. The farmers charged that "
                    "the mine had dried up their wells.", "2010-10-13")
    [statement] = events(c, "Statement")
    assert [(c.entities[p].name, r) for p, r in statement.participants] == [("farmers in the Sora valley", "speaker")]


def test_a_pronoun_subject_of_an_adverbial_clause_is_the_subject_of_the_verb_it_hangs_from(ex):
    c = context(ex, "The court ruled on Wednesday that the Ministry of Mining violated the rights of the Frente de "
                    "Tambo when it granted the Ravena concession in 2019.", "2022-01-27")
    [grant] = [e for e in events(c, "PermitDecision") if e.date == "2019"]
    assert [(c.entities[p].name, r) for p, r in grant.participants] == [("Ministry of Mining", "author")]


def test_each_of_a_list_of_agents_is_an_author_and_a_title_in_it_is_the_person_named_in_apposition(ex):
    c = context(ex, "The case was brought in 2020 by the Federación Kichwa de Tambo and the community's president, "
                    "Rosa Grefa.", "2022-01")
    [case] = events(c, "LegalAction")
    assert sorted((c.entities[p].name, r) for p, r in case.participants) == [
        ("Federación Kichwa de Tambo", "author"), ("Rosa Grefa", "author")]


def test_those_who_accompanied_the_lead_in_the_next_sentence_join_the_gathering_told_just_before(ex):
    c = context(ex, "On 20 August the Minister of Mining, Ana Ruiz, led in the city of Arequipa the ninth session of "
                    "the Ravena Committee. The head of the sector was accompanied by the Vice Minister of Mines, "
                    "Luis Carrasco, and by the director of the Office of Social Management, Rosa Vilca.", "2018-08-21")
    [meeting] = events(c, "Meeting")
    assert {c.entities[p].name for p, r in meeting.participants if r == "accompanying"} >= {"Luis Carrasco", "Rosa Vilca"}


def test_a_delegation_people_gathered_turn_away_came_to_where_their_protest_is(ex):
    c = context(ex, "Families from the village of Sipu have camped outside the Arequipa mine since 2 May. On Thursday "
                    "the protesters turned away a delegation sent by the Ministry of Mining.", "2019-05-18")
    [visit] = events(c, "Visit")
    [camp] = events(c, "Protest")
    assert visit.places == camp.places and visit.places


def test_people_gathered_who_go_back_to_the_road_protest_though_no_protest_word_is_told(ex):
    c = context(ex, "On 13 February police removed the protesters from the road to Tambo. The protesters returned "
                    "to the road two days later. The minister returned to Lima.", "2019-02")
    assert [e.date for e in events(c, "Protest")] == ["2019-02-15"]
