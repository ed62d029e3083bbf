"""Issue 8: dates and participants that flow between the sentences of a report (invented texts)."""
from tests.loaders.helpers import context


def events(c, subclass):
    return [e for e in c.events if e.subclass == subclass]


def test_a_bullet_date_reaches_the_next_sentence_of_its_bullet_only(ex):
    c = context(ex, "- 3 March: Soldiers dispersed a vigil at the Ravena plant. Two farmers, Elmer Quispe and "
                    "Nora Ttito, were detained.\n- Farmers in Ravena blocked the road.\n", "2017-03")
    [arrest] = events(c, "Arrest")
    assert arrest.date == "2017-03-03"
    assert [e.date for e in events(c, "Roadblock")] == [None]


def test_a_paragraph_date_carries_but_a_heading_stops_it(ex):
    c = context(ex, "On 8 April the union met the governor. Afterwards Hugo Paredes was arrested.\n\n## Later\n\n"
                    "Nelly Paz was injured.", "2012-04")
    assert [e.date for e in events(c, "Arrest")] == ["2012-04-08"]
    assert [e.date for e in events(c, "Injury")] == [None]


def test_a_told_date_of_a_later_mention_outweighs_a_carried_one(ex):
    c = context(ex, "On 8 April the union met the governor. The blockade of the Tambor road went on.\n"
                    "The blockade of the Tambor road had begun on 2 April.", "2012-04")
    assert [e.date for e in events(c, "Roadblock")] == ["2012-04-02"]


def test_a_count_of_years_after_the_verb_moves_the_last_date_told(ex):
    c = context(ex, "Farmers occupied the Ravena plant in March 2014. They were arrested two years later.", "2017")
    assert [e.date for e in events(c, "Arrest")] == ["2016"]


def test_one_noun_with_verbs_of_their_own_dates_is_as_many_events(ex):
    c = context(ex, "Talks between the farmers and the Ministry of Mining stalled in April 2009 and resumed in "
                    "August 2009.", "2010")
    assert sorted(e.date for e in events(c, "Meeting")) == ["2009-04", "2009-08"]


def test_victims_named_in_a_later_sentence_take_part_in_the_killing(ex):
    c = context(ex, "Three miners were killed at the Ravena pit on 9 May. The dead were Luis Condori (28) and "
                    "Rosa Mamani (31), the prosecutor said.", "2011-05")
    [killing] = events(c, "Killing")
    assert {(c.entities[p].name, r) for p, r in killing.participants} >= {("Luis Condori", "victim"),
                                                                          ("Rosa Mamani", "victim")}


def test_the_agent_of_a_clash_is_not_the_operator_named_in_a_clause_of_the_mine(ex):
    c = context(ex, "Farmers clashed with soldiers on 2 May outside the Ravena mine, operated by Minera Ravena.",
                "2011-05")
    [clash] = events(c, "Clash")
    assert "Minera Ravena" not in {c.entities[p].name for p, _ in clash.participants}


def test_an_event_of_the_street_takes_the_place_of_the_sentence_before_in_its_bullet(ex):
    c = context(ex, "- 6 May: Farmers marched in Tolé. Soldiers fired tear gas on the crowd.\n"
                    "- 9 May: Soldiers detained two farmers.\n", "2020-05")
    assert [[c.entities[p].name for p in e.places] for e in events(c, "Clash")] == [["Tolé"]]
    assert [e.places for e in events(c, "Arrest")] == [[]]


def test_the_month_of_a_dateline_is_no_march(ex):
    c = context(ex, "QUITO, March 10 (Reuters) - Farmers blocked a road near the Ravena mine on Friday.", "2018-03-10")
    assert events(c, "Protest") == []


def test_a_count_of_days_ago_is_counted_from_the_publication_day_only():
    from loaders.dates import find_dates
    assert [d.date for d in find_dates("Farmers began a strike 40 days ago.", "2015-07-20")] == ["2015-06-10"]
    assert [d.date for d in find_dates("Farmers began a strike 40 days ago.", "2015-07")] == [None]
    assert [d.date for d in find_dates("The mine closed three years ago.", "2015-07")] == ["2012"]


def test_a_visit_told_through_the_delegation_a_body_sent(ex):
    c = context(ex, "On 3 May the Ministry of Energy and Mines sent a delegation to Tocoa, led by Vice-Minister Ana Rivas.",
                "2019-05")
    [visit] = events(c, "Visit")
    assert {(c.entities[p].name, r) for p, r in visit.participants} == {("Ministry of Energy and Mines", "attendee"),
                                                                        ("Ana Rivas", "leader")}
    assert [c.entities[p].name for p in visit.places] == ["Tocoa"]


def test_those_named_among_the_injured_are_victims(ex):
    c = context(ex, "Farmers clashed with soldiers on 12 May. Twelve were injured, among them the ejido commissioner "
                    "Ramiro Leyva.", "2010-05")
    [injury] = events(c, "Injury")
    assert [(c.entities[p].name, r) for p, r in injury.participants] == [("Ramiro Leyva", "victim")]


def test_forces_that_break_up_a_protest_do_not_organise_it(ex):
    c = context(ex, "On 8 May the Policía Nacional del Perú dispersed a sit-in at the Ravena mine.", "2012-05")
    [protest] = events(c, "Protest")
    assert "organizer" not in {r for _, r in protest.participants}


def test_a_weekday_in_a_clause_told_in_the_future_is_the_next_one(ex):
    c = context(ex, "The governor called on both sides to meet on Friday. Farmers marched on Monday.", "2010-10-13")
    assert [e.date for e in events(c, "Meeting")] == ["2010-10-15"]
    assert [e.date for e in events(c, "Protest")] == ["2010-10-11"]


def test_later_that_week_is_the_month_of_the_date_before(ex):
    c = context(ex, "- 18 February: The ministers visited Tolé.\n- Later that week, the Ministry of Energy and Mines "
                    "said it would suspend the permits.", "2020-02")
    assert [e.date for e in events(c, "Statement")] == ["2020-02"]


def test_violence_told_as_clearing_the_road_or_opening_fire(ex):
    c = context(ex, "On 4 June soldiers cleared the road near Tolé and opened fire on the farmers.", "2013-06")
    assert [e.date for e in events(c, "Clash")] == ["2013-06-04"]


def test_a_date_inside_a_clause_after_the_verb_is_that_clause_s_alone(ex):
    c = context(ex, "Farmers blocked the road to the Ravena plant, demanding payment of the lease agreed in 2019.",
                "2021-09-14")
    assert [e.date for e in events(c, "Roadblock")] == [None]


def test_a_time_of_day_is_the_day_told_last_before_it(ex):
    c = context(ex, "LIMA, 14 September 2021 - Minera Ravena regrets the events of 12 September at its plant.\n\n"
                    "That morning, farmers blocked the road to the Ravena plant.", "2021-09-14")
    assert [e.date for e in events(c, "Roadblock")] == ["2021-09-12"]


def test_the_place_of_an_event_stands_inside_a_phrase_of_its_clause(ex):
    c = context(ex, "- 9 July: Police dispersed a sit-in outside the municipal hall of Santa Rita.\n"
                    "- 12 July: Farmers of the Sora valley blocked the road to Cajatambo.\n", "2015-07")
    assert [[c.entities[p].name for p in e.places] for e in events(c, "Clash")] == [["Santa Rita"]]
    assert [[c.entities[p].name for p in e.places] for e in events(c, "Roadblock")] == [["Cajatambo"]]


def test_police_no_body_names_are_a_force_of_their_own(ex):
    c = context(ex, "On 6 May farmers of the Sora valley clashed with state police near Tolé. "
                    "Police detained six people.", "2020-05")
    [clash] = events(c, "Clash")
    assert ("state police", "perpetrator") in {(c.entities[p].name, r) for p, r in clash.participants}
    [arrest] = events(c, "Arrest")
    assert [(c.entities[p].name, c.entities[p].subclass, r) for p, r in arrest.participants] == \
        [("state police", "PoliceUnit", "perpetrator")]


def test_a_date_that_hangs_from_the_trigger_goes_before_the_nearest_one(ex):
    c = context(ex, "Update of 2 March 2023: on 28 February a team of the company met the "
                    "Comunidad de Toconao in Toconao.", "2023-03-02")
    assert [e.date for e in events(c, "Meeting")] == ["2023-02-28"]


def test_what_did_not_happen_is_no_event(ex):
    c = context(ex, "On 12 September farmers blocked the road to the Ravena plant. No one was injured, and "
                    "police did not detain anyone.", "2021-09-14")
    assert events(c, "Injury") == [] and events(c, "Arrest") == []
    assert len(events(c, "Roadblock")) == 1


def test_a_killing_a_charge_points_back_to_keeps_its_own_day(ex):
    c = context(ex, "- 8 November: Soldiers evicted the farmers. Hugo Paz was shot dead.\n"
                    "- 15 November: The Public Prosecutor's Office charged two guards with the killing.\n", "2022-11")
    assert [e.date for e in events(c, "Killing")] == ["2022-11-08"]


def test_a_protest_named_again_is_where_it_was_and_not_organised_by_who_breaks_it_up(ex):
    c = context(ex, "For two weeks the community of Ravena has held a sit-in at the Loma Alta gold mine.\n\n"
                    "- 8 November: Private guards of Minera Sur evicted the sit-in. Hugo Paz was shot dead.\n", "2022-11")
    assert {c.entities[p].name for e in events(c, "Clash") for p in e.places} == {"Loma Alta"}
    assert "Minera Sur" not in {c.entities[p].name for e in events(c, "Protest") for p, _ in e.participants}


def test_statements_by_verbs_other_than_said(ex):
    c = context(ex, "On 20 August Governor Hugo Paredes stressed that the agreements must be kept. "
                    "The farmers charged that the mine had dried up their wells.", "2018-08-21")
    speakers = {c.entities[p].name for e in events(c, "Statement") for p, r in e.participants if r == "speaker"}
    assert "Hugo Paredes" in speakers


def test_a_suit_filed_by_a_body_is_its_author(ex):
    c = context(ex, "The appeal was filed in July 2018 by the Asociación de Pescadores de Ravena. "
                    "The Constitutional Court ruled on 3 September that the licence was void.", "2018-09-04")
    authors = {(c.entities[p].name, e.date) for e in events(c, "LegalAction") for p, r in e.participants if r == "author"}
    assert ("Asociación de Pescadores de Ravena", "2018-07") in authors


def test_people_of_a_place_who_protest_are_its_community(ex):
    c = context(ex, "On 4 May families from the village of San Isidro camped at the entrance of the Loma Alta "
                    "gold mine.", "2019-05-18")
    organizers = [c.entities[p] for e in events(c, "Protest") for p, r in e.participants if r == "organizer"]
    assert [(o.subclass, "San Isidro" in (o.name, *o.aliases)) for o in organizers] == [("Community", True)]


def test_an_event_of_the_street_looks_back_a_few_sentences_of_its_paragraph_for_its_place(ex):
    c = context(ex, "On 6 May farmers marched in Tolé. They carried banners. The governor stayed in his office. "
                    "Soldiers fired tear gas on the crowd.\n\n## Later\n\nSoldiers detained two farmers.\n", "2020-05")
    assert [[c.entities[p].name for p in e.places] for e in events(c, "Clash")] == [["Tolé"]]
    assert [e.places for e in events(c, "Arrest")] == [[]]


def test_more_words_of_the_classes_of_event(ex):
    c = context(ex, "On 2 May the government declared a state of siege in Ravena. Villagers barricaded the road "
                    "to the Loma Alta gold mine, and the activist Hugo Paz was gunned down.", "2013-05")
    assert [e.date for e in events(c, "StateOfEmergency")] == ["2013-05-02"]
    assert len(events(c, "Roadblock")) == 1 and len(events(c, "Killing")) == 1


def test_a_visit_told_by_its_visitors_alone_but_not_one_awaited(ex):
    c = context(ex, "On Thursday the protesters turned away a ministerial delegation sent by the Ministry of Mines. "
                    "The strike would go on until Premier Hugo Paredes came.", "2019-05-18")
    visits = events(c, "Visit")
    assert [[(c.entities[p].name, r) for p, r in v.participants] for v in visits] == [[("Ministry of Mines", "attendee")]]


def test_the_organisers_of_a_strike_called_on_a_day_by_them(ex):
    c = context(ex, "The strike was called on July 15 by the Frente de Defensa de Ravena. Minera Sur said "
                    "the Loma Alta mine meets all standards.", "2019-08-07")
    assert [(c.entities[p].name, r) for e in events(c, "Strike") for p, r in e.participants] == \
        [("Frente de Defensa de Ravena", "organizer")]
    assert events(c, "Meeting") == []


def test_the_actor_of_a_passive_agent_phrase_not_its_place(ex):
    c = context(ex, "The case was brought in 2020 by the Federación Kichwa del Napo.", "2022-01-27")
    assert [(e.date, [r for _, r in e.participants]) for e in events(c, "LegalAction")] == [("2020", ["author"])]


def test_in_a_report_of_one_mine_an_unplaced_clash_of_its_paragraph_is_at_the_mine(ex):
    c = context(ex, "The Loma Alta mine is a tin mine in Oruro. Members of the federation occupied the upper "
                    "galleries in October 2006; in the clashes that followed, 16 miners were killed.\n\n"
                    "Farmers clashed with soldiers in 2007 near Potosí, Bolivia.", "2017")
    places = [(e.date, [c.entities[p].name for p in e.places]) for e in events(c, "Clash")]
    assert ("2006-10", ["Loma Alta"]) in places and ("2007", ["Loma Alta"]) not in places


def test_a_protest_no_sentence_places_is_where_its_community_lives(ex):
    c = context(ex, "Residents of San Isidro have protested against the Loma Alta project since March. "
                    "San Isidro is a village in Azuay.", "2018-03-10")
    assert [[c.entities[p].name for p in e.places] for e in events(c, "Protest")] == [["San Isidro"]]


def test_a_kind_of_event_named_as_a_right_or_a_want_is_none(ex):
    c = context(ex, "On 26 January the court ruled that the Ministry of Mines violated the right to prior "
                    "consultation of the community of San Isidro, and changed the EIA without consultation.",
                "2022-01-27")
    assert events(c, "Consultation") == []


def test_the_government_of_the_report_s_country_declares(ex):
    c = context(ex, "On 2 May the government declared a state of emergency in Oruro, Bolivia. "
                    "Bolivia's Ministry of Mining said talks would resume.", "2007-05")
    assert [(c.entities[p].name, r) for e in events(c, "StateOfEmergency") for p, r in e.participants] == \
        [("Government of Bolivia", "author")]


def test_in_a_report_of_one_mine_a_clash_whose_paragraph_names_no_place_is_at_the_mine(ex):
    c = context(ex, "The Loma Alta mine is a tin mine in Oruro.\n\nMembers of the federation occupied the upper "
                    "galleries in October 2006; in the clashes that followed, 16 miners were killed.", "2017")
    assert [(e.date, [c.entities[p].name for p in e.places]) for e in events(c, "Clash")] == [("2006-10", ["Loma Alta"])]


def test_every_person_of_a_visit_s_subject_leads_it_and_the_named_deputy_is_arrested(ex):
    c = context(ex, "- 18 February: The ministers of Environment, Carlos Medina, and Commerce, Ana Rojas, visited "
                    "Tolé.\n- 19 February: Police arrested the cacique Silvia Carrera's deputy, Luis Condori.\n",
                "2020-02")
    [visit] = events(c, "Visit")
    assert {c.entities[p].name for p, r in visit.participants if r == "leader"} == {"Carlos Medina", "Ana Rojas"}
    assert ("Luis Condori", "subject") in {(c.entities[p].name, r) for e in events(c, "Arrest") for p, r in e.participants}


def test_violence_told_by_its_weapons(ex):
    c = context(ex, "On 5 October miners armed with dynamite burned two trucks at the Loma Alta mine.", "2006-10-06")
    assert [e.date for e in events(c, "Clash")] == ["2006-10-05"]


def test_protest_and_harm_told_without_their_usual_words(ex):
    c = context(ex, "On 3 June villagers of San Isidro seized the Loma Alta camp, and on 4 June two guards were "
                    "found dead.", "2013-06")
    assert [e.date for e in events(c, "Protest")] == ["2013-06-03"]
    assert [e.date for e in events(c, "Killing")] == ["2013-06-04"]


def test_receiving_people_is_a_meeting_receiving_a_licence_is_not(ex):
    c = context(ex, "On 21 April the Secretary of Mining, Alicia Ramos, received assembly members in Catamarca. "
                    "On 22 April Minera Sur received a licence in Catamarca.", "2016-04-22")
    assert [e.date for e in events(c, "Meeting")] == ["2016-04-21"]


def test_arrests_after_a_clash_take_its_day_and_place(ex):
    c = context(ex, "- 6 May: Farmers clashed with soldiers at the Loma Alta mine.\n- Soldiers detained six people.\n",
                "2010-05")
    assert [(e.date, [c.entities[p].name for p in e.places]) for e in events(c, "Arrest")] == \
        [("2010-05-06", ["Loma Alta"])]


def test_the_blockade_named_again_is_the_one_told_just_before(ex):
    c = context(ex, "On 5 May farmers of the Sora valley blocked the road near Tolé. The governor called for calm. "
                    "The blockade was organised by the Frente de Defensa de Tolé.", "2020-05")
    assert len(events(c, "Roadblock")) == 1


def test_a_protest_in_the_streets_of_a_town_is_there_not_in_the_region_named_after(ex):
    c = context(ex, "Hundreds of farmers took to the streets of Tolé on Monday to reject the Ravena mine, which "
                    "Minera Ravena plans to build in the Chiriquí province.", "2020-05-04")
    assert [[c.entities[p].name for p in e.places] for e in events(c, "Protest")] == [["Tolé"]]


def test_a_dated_resignation_is_an_event_even_when_its_subject_is_not_read(ex):
    # "Quispe" alone is not read as the person named before; the date still anchors the event.
    c = context(ex, "The Ravena mine was run by a state manager. Quispe resigned in May 2016, after a spill.", "2017")
    assert [e.date for e in events(c, "Resignation")] == ["2016-05"]


def test_an_undated_resignation_of_no_one_read_is_no_event(ex):
    c = context(ex, "Managers of the Ravena mine have resigned often.", "2017")
    assert events(c, "Resignation") == []



def test_an_event_told_at_the_time_of_an_earlier_one_takes_its_date(ex):
    # (bullets: the date of one does not go on to the next by narration)
    c = context(ex, "- 20 August: The Ravena water board held its third session in Tolé.\n"
                    "- \"The agreements are kept,\" said Nora Ttito at the close of the session.\n"
                    "- After the session, Nora Ttito travelled to the Ravena mine.\n", "2018-08")
    assert [e.date for e in events(c, "Statement")] == ["2018-08-20"]
    assert [e.date for e in events(c, "Visit")] == ["2018-08-20"]


def test_an_event_named_by_an_event_never_told_takes_no_date_from_it(ex):
    c = context(ex, "- 20 August: The Ravena water board held its third session in Tolé.\n"
                    "- \"We will not give up,\" said Nora Ttito after the vote.\n", "2018-08")
    assert [e.date for e in events(c, "Statement")] == [None]


def test_a_year_before_an_event_noun_is_its_date(ex):
    c = context(ex, "The strike began on 21 May. The mayor, Nelly Paz, demanded that Minera Ravena renegotiate the "
                    "2003 framework agreement.", "2012-06")
    assert [e.date for e in events(c, "Agreement")] == ["2003"]


def test_a_number_before_a_plural_event_noun_is_a_count_not_a_year(ex):
    c = context(ex, "Police made 1900 arrests in Tolé.", "2012-06")
    assert [e.date for e in events(c, "Arrest")] == [None]


def test_a_decision_told_after_what_it_decided_on_is_an_event_of_its_own_date(ex):
    c = context(ex, "GUATEMALA CITY, Tuesday — The court on Monday suspended the exploitation licence of the Ravena "
                    "mine in Tolé, granted in 2006 to Minera Ravena.", "2018-09-04")
    assert sorted(e.date for e in events(c, "PermitDecision")) == ["2006", "2018-09-03"]



def test_the_time_an_event_took_from_an_earlier_one_goes_on_to_the_next_sentence(ex):
    c = context(ex, "- 20 August: The Ravena water board held its third session in Tolé.\n"
                    "- \"The agreements are kept,\" said Nora Ttito at the close of the session. Hugo Paredes "
                    "stressed that the people would stay vigilant.\n", "2018-08")
    assert [e.date for e in events(c, "Statement")] == ["2018-08-20", "2018-08-20"]


def test_a_visit_to_the_common_noun_of_a_place_named_before_went_there(ex):
    text = ("- 4 February: Farmers protested at the gates of the Ravena mine, in the Comarca Ngäbe-Buglé.\n"
            "- 18 February: The environment minister, Nora Ttito, visited the {}.\n")
    c = context(ex, text.format("comarca"), "2018-02")
    assert [[c.entities[p].name for p in e.places] for e in events(c, "Visit")] == [["Comarca Ngäbe-Buglé"]]
    c = context(ex, text.format("valley"), "2018-02")
    assert [e.places for e in events(c, "Visit")] == [[]]


def test_a_spill_into_a_river_happened_at_the_river_not_at_the_mine(ex):
    c = context(ex, "The Ravena tin mine lies in Oruro. Its manager resigned in May 2016, after a tailings spill "
                    "into the Desaguadero River.", "2017")
    assert [[c.entities[p].name for p in e.places] for e in events(c, "EnvironmentalIncident")] == [["Desaguadero River"]]
