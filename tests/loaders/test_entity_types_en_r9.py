"""English entity types, round 9 (invented sentences): a capitalised Department, Division or Service with a
subject of government in its name is a state body, a place's department stays a place (loaders/data/typing.yaml
`body_units`, `body_subjects`; loaders/classify.py); "owned by Australia's X": X is the company, not Australia."""
import pytest

from tests.loaders.helpers import context, entity, facts


# (what the rule reads, an invented sentence, the entities it must type: name, attribute, value)
TYPED = [
    ('a_subject_department_is_a_state_body',
     "Officials of the Department of the Environment met farmers in Santa Lucía on Monday.",
     [('Department of the Environment', 'subclass', 'GovernmentBody')]),
    ('a_subject_service_is_a_state_body',
     "The National Water Service said the river was clean.",
     [('National Water Service', 'subclass', 'GovernmentBody')]),
    ('a_places_department_stays_a_place',
     "The mine lies in Guairá Department, Paraguay.",
     [('Guairá Department', 'subclass', 'AdministrativeArea')]),
    ('a_company_after_a_places_possessive',
     "Minera Tocto S.A., which operates the project, is 90% owned by Australia's Korvin Lithium and 10% by the province.",
     [('Korvin Lithium', 'subclass', 'Company'), ('Australia', 'cls', 'Place')]),
    ('the_place_whose_company_it_is_is_no_company',
     "The permit went to Minera Tocto S.A., a subsidiary of India's Pranav Steel, last year.",
     [('Pranav Steel', 'subclass', 'Company'), ('India', 'cls', 'Place')]),
    ('a_police_department_stays_police',
     "Officers of the Belize Police Department arrived at the gate.",
     [('Belize Police Department', 'subclass', 'PoliceUnit')]),
    # A division's kind word outweighs the town a dateline or a preposition names (typing.yaml `area_over_settlement`).
    ('a_place_named_once_as_a_division_is_that_division',
     "Residents of Tacaná, in Corvales department, met in Corvales on Friday. Police stayed in Corvales.",
     [('Corvales', 'subclass', 'AdministrativeArea')]),
    # Heads of a name: a tribunal, a constabulary, a trust, an alliance (typing.yaml `inside`, `inside_heads`).
    ('a_tribunal_is_a_state_body', "The Supreme Tribunal of Justice of Norlandia rejected the appeal on Monday.",
     [('Supreme Tribunal of Justice of Norlandia', 'subclass', 'GovernmentBody')]),
    ('a_constabulary_is_police', "Officers of the Royal Kestria Constabulary arrived at the gate.",
     [('Royal Kestria Constabulary', 'subclass', 'PoliceUnit')]),
    ('a_trust_is_civil_society', "The Brenmoor Environment Trust said the dust was harmful.",
     [('Brenmoor Environment Trust', 'subclass', 'CivilSocietyOrganization')]),
    ('a_national_institution_is_the_states', "The National Human Rights Institution sent observers to the camp.",
     [('National Human Rights Institution', 'subclass', 'GovernmentBody')]),
    # Numbered roads and coded roads (groups.yaml); a federal state (typing.yaml `inside` state).
    ('a_numbered_route_is_a_road', "Residents of Tarvale cut Provincial Route 9 and National Route 52 for six hours.",
     [('Provincial Route 9', 'subclass', 'Road'), ('National Route 52', 'subclass', 'Road')]),
    ('a_coded_road_is_a_road', "The community had blocked the C-318 road to the mine since 20 February.",
     [('C-318', 'subclass', 'Road')]),
    ('a_state_is_an_area', "They marched to the office of the governor of Tarqui State, but no official came out.",
     [('Tarqui State', 'subclass', 'AdministrativeArea')]),
    # A mine's kind word with a hyphen; a community centre names its place (typing.yaml `after`).
    ('a_hyphenated_ore_project_is_a_mine', "Deputies questioned the minister about the Cerro Alto iron-ore project.",
     [('Cerro Alto', 'subclass', 'Mine')]),
    ('a_community_centre_names_its_place', "The company met residents on Tuesday at the Lomas Verdes community centre.",
     [('Lomas Verdes', 'cls', 'Place')]),
    ('a_hospital_is_a_facility', "Two wounded men were taken to Tarvale General Hospital on Friday.",
     [('Tarvale General Hospital', 'subclass', 'Facility')]),
    # A hyphenated word is one word: "Port-au-Prince" is a town, not a port.
    ('a_hyphenated_port_word_is_no_port', "Hundreds marched in Port-au-Prince on Friday against the permits.",
     [('Port-au-Prince', 'subclass', 'Settlement')]),
    # A federation is civil society, a federation of communities' bodies or of a people theirs (`inside_members`).
    ('a_federation_of_growers_is_civil_society', "The Federation of Tolvan Cacao Growers backed the strike.",
     [('Federation of Tolvan Cacao Growers', 'subclass', 'CivilSocietyOrganization')]),
    ('a_federation_of_ayllus_is_a_communitys', "The Federation of Ayllus of Nor Tarqa rejected the survey.",
     [('Federation of Ayllus of Nor Tarqa', 'subclass', 'Community')]),
    ('a_peoples_federation_is_theirs', "The Federación Kichwa del Tarqui rejected the survey.",
     [('Federación Kichwa del Tarqui', 'subclass', 'Community')]),
    ('villagers_of_a_place_with_an_apostrophe_inside', "About a hundred villagers from Ch'ol Ha took to the highway.",
     [("villagers from Ch'ol Ha", 'subclass', 'Community')]),
    ('a_peoples_alliance_is_civil_society', "The Mapuche Leaders Alliance has come out in support of the villagers.",
     [('Mapuche Leaders Alliance', 'subclass', 'CivilSocietyOrganization')]),
    ('a_units_number_is_part_of_its_name', "The commander said the unit, Rapid Squad 7, reached the mine at noon.",
     [('Rapid Squad 7', 'subclass', 'PoliceUnit')]),
    ('a_kind_word_past_hyphenated_modifiers', "Farmers oppose the Sierra Alta open-pit iron-ore project in Durazno.",
     [('Sierra Alta', 'subclass', 'Mine')]),
    ('a_mine_named_with_another_ore', "Residents blocked the road to the Kettle Hill bauxite mine on Monday.",
     [('Kettle Hill', 'subclass', 'Mine')]),
    # groups.yaml: a mine NER missed, named with two ores or a concession after its ore; typing.yaml `after`.
    ('a_mine_named_with_a_hyphenated_ore_pair', "It alleges that the Sarig Nuur copper-gold mine has dried up two springs.",
     [('Sarig Nuur', 'subclass', 'Mine')]),
    ('a_concession_after_its_ore_is_a_mine', "Soldiers cleared diggers from the Kambove cobalt concession on Tuesday.",
     [('Kambove', 'subclass', 'Mine')]),
    ('a_spring_is_a_natural_feature', "A company truck killed forty goats near the Tsagaan Us spring.",
     [('Tsagaan Us', 'subclass', 'NaturalFeature')]),
    # typing.yaml `inside_phrases` (armed forces), `inside` and `inside_heads` (cadastre), `before` (miner),
    # `after_patterns` (an area's governor); gazetteer.yaml countries beyond the Americas.
    ('a_states_armed_forces_named_with_its_acronym',
     "The Armed Forces of the Democratic Republic of the Congo (FARDC) sent troops. FARDC soldiers fired in the air.",
     [('Armed Forces of the Democratic Republic of the Congo', 'subclass', 'MilitaryUnit'),
      ('FARDC', 'name', 'Armed Forces of the Democratic Republic of the Congo')]),
    ('a_mining_cadastre_is_a_state_body', "The Mining Cadastre (CAMI) said the permit was valid until 2034.",
     [('Mining Cadastre', 'subclass', 'GovernmentBody'), ('CAMI', 'name', 'Mining Cadastre')]),
    ('a_state_miner_is_a_company', "The mine is a joint venture of state miner Kivumines and Rovan Metals.",
     [('Kivumines', 'subclass', 'Company')]),
    ('the_area_of_a_provincial_governor', "Villagers blocked the road on Monday. Tanganyika provincial governor Paul Ilunga said talks would open.",
     [('Tanganyika', 'subclass', 'AdministrativeArea')]),
    ('a_country_beyond_the_americas', "KOLWEZI, Democratic Republic of Congo (AP) — Diggers fled the concession.",
     [('Democratic Republic of Congo', 'name', 'Democratic Republic of the Congo'),
      ('Democratic Republic of the Congo', 'level', 'country')]),
    # typing.yaml `unread_place_prepositions` (loaders/ner_mentions.py `_unread_places`).
    ('a_place_ner_missed_before_on_and_a_date',
     "Both parties agreed to a process, and the first dialogue round was held in Dalanbulag on 14 October 2020.",
     [('Dalanbulag', 'subclass', 'Settlement')]),
    # typing.yaml `member_nouns`, `member_links`: a body's people before its acronym's name are not part of it;
    # an acronym in brackets before "of" is no second name of the body (mentions.py `_paired`).
    ('a_bodys_people_and_their_link_are_not_its_name',
     "Lawyers for the Sociedad Minera Cerro Tolva (SMCT) said the company would appeal.",
     [('SMCT', 'name', 'Sociedad Minera Cerro Tolva')]),
    ('an_acronym_in_brackets_before_of_a_place',
     "The Environmental Protection Agency (EPA) of Norlandia suspended the licence on Monday.",
     [('EPA', 'name', 'Environmental Protection Agency')]),
    # loaders/cluster_joins.py `_join_short_forms`: a company's kind word never joins it to the mine of its name.
    ('a_company_named_after_its_mine_is_not_the_mine',
     "Tarvo Mining, which operates the Tarvo copper mine, said on Tuesday that it had complied with its permits.",
     [('Tarvo Mining', 'subclass', 'Company'), ('Tarvo', 'subclass', 'Mine')]),
    # `_companies_named_as_their_mine`: the company speaks by the name it shares with its mine.
    ('the_company_speaks_by_the_name_of_its_mine',
     "Villagers blocked the road to the Norvale mine on Tuesday, accusing Norvale Resources of polluting the river. "
     "Norvale said the mine had complied with its permits.",
     [('Norvale Resources', 'aliases', ['Norvale'])]),
    # loaders/classify.py `_place_lists`: a comma chain of places after "in" that ends the sentence.
    ('the_last_place_of_a_chain_after_in',
     "About 200 villagers set up a barricade at the Tarsan nickel project in Barangay Lumbo, Tubay, Agusan del Norte.",
     [('Agusan del Norte', 'cls', 'Place')]),
    ('a_tribe_is_a_community', "About 200 members of the Mamanwa tribe set up a barricade on the haul road.",
     [('Mamanwa', 'subclass', 'Community')]),
    # name_finders.py UNDATED_DATELINE: a weekday after the country, no date.
    ('a_datelines_city_before_a_country_and_a_weekday',
     "SOLWEZI, Zambia, Tuesday — Villagers blocked the road to the Kantu mine on Monday, police said.",
     [('Solwezi', 'subclass', 'Settlement')]),
    # typing.yaml `head_first_names` (Société), `head_first_joiners` (du).
    ('a_french_company_name_runs_across_du',
     "In January the drilling crews of Société Minière du Plateau arrived in the hills above the town.",
     [('Société Minière du Plateau', 'subclass', 'Company')]),
    ('a_hyphened_town_ner_read_as_a_person', "A commission of the Senate visited Trou-du-Nord in July and heard farmers.",
     [('Trou-du-Nord', 'cls', 'Place')]),
    ('a_soum_is_an_area', "The council represents herding households of Bayan-Uul soum in Dornogovi Province.",
     [('Bayan-Uul', 'subclass', 'AdministrativeArea')]),
    ('a_shipping_terminal_is_a_port', "The company also operates the Punta Gorda shipping terminal on the coast.",
     [('Punta Gorda', 'subclass', 'Port')]),
    # typing.yaml `after_patterns` (over_given_names): a village described so is one, whatever its first word.
    ('a_village_described_so_even_after_a_given_name',
     "The mud buried most of Bento Tavares, a village of some 600 people, before reaching the river.",
     [('Bento Tavares', 'subclass', 'Settlement')]),
    # typing.yaml `bare_place_prepositions`: a name NER calls a facility right after "near" is a town's.
    ('a_facility_by_ner_right_after_near_is_a_town', "The terminal near Runaway Cove was shut.",
     [('Runaway Cove', 'subclass', 'Settlement')]),
    ('a_facility_by_ner_whose_name_opens_with_las_is_a_town_too',
     "Police stopped the convoy on the road near Las Palomitas.", [('Las Palomitas', 'subclass', 'Settlement')]),
    # typing.yaml `unread_persons`: a given name and a surname NER read as nothing after a dateline are a person.
    ('a_given_name_and_surname_ner_missed_are_a_person',
     "PUNTA GORDA — Marta Coc is the alcalde of San Lucas Ixcacao, a village in the Toledo District.",
     [('Marta Coc', 'cls', 'Person')]),
    # typing.yaml `hyphen_after`: where a company is listed, after an ownership phrase, is a town.
    ('where_a_company_is_listed_is_a_town',
     "The mine is operated by Minera Valle Alto, a unit of Toronto-listed Halcyon Gold Corp.",
     [('Toronto', 'subclass', 'Settlement'), ('Halcyon Gold Corp.', 'subclass', 'Company')]),
    # typing.yaml `inside` legal forms: a limited liability partnership is a company.
    ('a_limited_liability_partnership_is_a_company',
     "The company was represented by Mark Ellison of Brantford Hale LLP, who argued the road was public.",
     [('Brantford Hale LLP', 'subclass', 'Company')]),
    # typing.yaml `head_first_names`: Indonesia's "PT" opens a company's name (NER read the rest as a person).
    ('an_indonesian_pt_opens_a_companys_name',
     "The concession is held by PT Lembah Tirta Mandiri (PTLTM), which runs the Watu Pulo plant.",
     [('PT Lembah Tirta Mandiri', 'subclass', 'Company')]),
    # typing.yaml `inside_phrases`: an army's regional command; a Canadian First Nation is a community, not its lake.
    ('a_military_region_is_a_military_unit', "The battalion answers to the 9th Military Region, based in Tarvale.",
     [('9th Military Region', 'subclass', 'MilitaryUnit')]),
    ('a_legal_clinic_is_civil_society', "Counsel: Ann Moose of the Riverbend Legal Clinic for the defendants.",
     [('Riverbend Legal Clinic', 'subclass', 'CivilSocietyOrganization')]),
    ('a_national_guard_is_a_military_unit', "Soldiers of the Tarvanian National Guard (TNG) detained two villagers.",
     [('Tarvanian National Guard', 'subclass', 'MilitaryUnit')]),
    ('a_first_nation_is_a_community', "Chief Ann Moose of Birch Lake First Nation said the band was never consulted.",
     [('Birch Lake First Nation', 'subclass', 'Community')]),
    # typing.yaml `head_first_names`: French heads of bodies; given_names.yaml: French compound given names.
    ('a_french_cooperative_and_a_compound_given_name',
     "Most diggers belonged to the Coopérative Minière Kalunga (COMIKA), whose president is Jean-Claude Mbuyi.",
     [('Coopérative Minière Kalunga', 'cls', 'Organization'), ('Jean-Claude Mbuyi', 'cls', 'Person')]),
    ('a_french_federation_runs_over_des_and_du', "COMIKA is affiliated to the Fédération des Coopératives du Tanganyika.",
     [('Fédération des Coopératives du Tanganyika', 'subclass', 'CivilSocietyOrganization')]),
    # typing.yaml `after` people; cluster_joins.py: a people is no short form of the body named after it.
    ('a_people_is_a_community_not_its_corporation',
     "It lies on the native title lands of the Bindurra people. In 2019 the Bindurra Aboriginal Corporation, the "
     "prescribed body corporate that holds the Bindurra people's native title, objected to the expansion.",
     [('Bindurra', 'subclass', 'Community')]),
    # pattern_names.py `_name_runs`: a known region before a body's head is part of its name.
    ('a_known_region_before_a_courts_head_is_part_of_its_name',
     "**Court:** Ontario Mining Court of Appeal, Sudbury\n**Judge:** Justice Ann Moose\n\nThe court heard the case.",
     [('Ontario Mining Court of Appeal', 'subclass', 'GovernmentBody')]),
    # typing.yaml `inside_members`: a congress of unions is their federation, civil society.
    ('a_congress_of_trade_unions_is_civil_society', "The Tarvania Congress of Trade Unions backed the strike.",
     [('Tarvania Congress of Trade Unions', 'subclass', 'CivilSocietyOrganization')]),
    # cluster_joins.py `_join_short_forms`: a name that starts a company's and a place's is no short name of the company.
    ('a_word_opening_a_place_and_a_company_is_not_the_company',
     "The mine, in Zambia's Northbelt Province, is owned by Northbelt Star Mining (NSM). Northbelt police commissioner "
     "Ann Banda told AFP that officers had used tear gas.",
     [('Northbelt', 'cls', 'Place')]),
    # typing.yaml `company_before_owners`: "controlled by the X investor Y" names where the owner is from.
    ('where_an_owning_investor_is_from_is_no_company',
     "Tarvale Gold, controlled by the Riga investor Pavel Orlov, runs two mines.", [('Riga', 'cls', 'Place')]),
    # groups.yaml company suffixes: a limited partnership's "LP" after a mine's word, South Africa's "(Pty) Ltd".
    ('a_limited_partnership_named_for_its_mine_is_a_company',
     "The plaintiff, Tarvale Mine LP, is the limited partnership that owns the Tarvale gold mine.",
     [('Tarvale Mine LP', 'subclass', 'Company')]),
    ('a_south_african_private_company', "Kantu is operated by Kantu Chrome (Pty) Ltd, a subsidiary of Bushveld Star.",
     [('Kantu Chrome (Pty) Ltd', 'subclass', 'Company')]),
    # groups.yaml: a metal after a name makes a company, even after a feature's kind ("Jade River Cobalt").
    ('a_company_named_with_a_river_and_a_metal',
     "The joint venture is held by the Hong Kong-registered Amber River Cobalt and the state miner.",
     [('Amber River Cobalt', 'subclass', 'Company')]),
    # groups.yaml: a people's name before "indigenous community of X" is part of the community's name.
    ('a_peoples_name_opens_its_indigenous_communitys_name',
     "The commission asked the state to protect the Yekuana indigenous community of Tarumá, in Sifontes municipality.",
     [('Yekuana indigenous community of Tarumá', 'subclass', 'Community')]),
    # regions.yaml (ISO 3166-2:CA): a Canadian province is a region.
    ('a_canadian_province_is_a_region',
     "The camp lies near Sioux Narrows in the Kenora District of Ontario.",
     [('Ontario', 'subclass', 'AdministrativeArea')]),
    # groups.yaml: a mine named with a capitalised kind, kind and all; the country after its comma is no mine of a list.
    ('a_project_heading_before_its_country', "**Kantu Project, Ghana.** The Kantu exploration project is held by a joint venture.",
     [('Kantu Project', 'subclass', 'Mine'), ('Ghana', 'subclass', 'AdministrativeArea')]),
    ('an_australian_no_liability_company', "The mine was developed by Tarum Creek Mining NL, which poured its first gold in 1994.",
     [('Tarum Creek Mining NL', 'subclass', 'Company')]),
    ('a_region_of_two_names_joined_by_an_en_dash', "The mine lies north-east of Leonora in the Kantu–Esperance region.",
     [('Kantu–Esperance', 'subclass', 'AdministrativeArea')]),
    # typing.yaml `inside`: a forum is people's, never the place its name opens with.
    ('a_forum_is_civil_society', "The chairperson of the Tarum Land Rights Forum, Rosa Quispe, said no one was paid.",
     [('Tarum Land Rights Forum', 'subclass', 'CivilSocietyOrganization')]),
    # groups.yaml: a state company named right after its description.
    ('a_state_miner_named_after_its_description',
     "Since 2017 the mine has been run by a joint venture in which Amber River Cobalt holds 75% and the state miner "
     "Tarumines 25%.", [('Tarumines', 'subclass', 'Company')]),
    # mentions.py `_honoured`: a rank of two words before a name says it is a person's, given name known or not.
    ('a_two_word_rank_before_a_name', "The provincial police commissioner, Lieutenant General Tebogo Mahlangu, said "
                                      "two people were arrested.", [('Tebogo Mahlangu', 'cls', 'Person')]),
    # typing.yaml `proper_names`: an army's region of a region is one name across its "of".
    ('an_armys_defence_region_of_a_region', "The brigade reports to the Strategic Integral Defence Region of Tarum.",
     [('Strategic Integral Defence Region of Tarum', 'subclass', 'MilitaryUnit')]),
    # groups.yaml: a police unit's name NER misses, read by its unit words.
    ('a_special_forces_section_after_its_forces_possessive',
     "Police said the Carabineros' Tarum Special Forces Section, commanded by Major Juan Soto, removed the barricade.",
     [('Tarum Special Forces Section', 'subclass', 'PoliceUnit')]),
    ('a_district_police_command', "The officers come from the Kantu East District Police Command, under an agreement.",
     [('Kantu East District Police Command', 'subclass', 'PoliceUnit')]),
    ('a_plurals_apostrophe_keeps_a_name_whole', "The Center for Indigenous Peoples' Rights and Ecology filed the complaint.",
     [("Center for Indigenous Peoples' Rights and Ecology", 'cls', 'Organization')]),
    ('a_places_detachment', "Police officers of the Tarum detachment fired warning shots at the pit.",
     [('Tarum detachment', 'subclass', 'PoliceUnit')]),
]


@pytest.mark.parametrize("rule, text, expected", TYPED, ids=[r[0] for r in TYPED])
def test_english_entities_are_typed_by_their_cues(ex, rule, text, expected):
    c = context(ex, text, "2020-05-06")
    assert [(name, attr, getattr(entity(c, name), attr)) for name, attr, _ in expected] == expected


# A title's "of" without "the" names a portfolio (loaders/mentions.py `portfolio_run`; groups.yaml's company
# names never open with "Natural").
PORTFOLIOS = [
    ('an_unknown_portfolio', "Speaking in Riverton, the Minister of Natural Resources, Hugo Tamsin, urged calm.",
     "Natural Resources"),
    ('the_words_of_a_portfolio_after_and', "The Vice Minister of Coastal Trade and Industries, Carla Mendieta, "
                                           "spoke first.", "Industries"),
    ('a_portfolio_before_the_title', "On Friday, Natural Resources Minister Desmond Harte said the plan was fine.",
     "Natural Resources"),
]


@pytest.mark.parametrize("rule, text, portfolio", PORTFOLIOS, ids=[r[0] for r in PORTFOLIOS])
def test_a_titles_portfolio_is_no_body(ex, rule, text, portfolio):
    c = context(ex, text, "2020-05-06")
    assert not any(e.name == portfolio for e in c.entities.values())


def test_a_title_of_the_named_body_keeps_it(ex):
    c = context(ex, "In March, Tomás Ucelo, secretary of the Mam Parliament, denounced the licence.", "2020-05-06")
    assert entity(c, "Mam Parliament").cls == "Organization"


def test_an_and_inside_a_units_name_does_not_split_it(ex):
    # loaders/name_spans.py `_at_list_word`: a capitalised unit word (typing.yaml `body_units`) makes one body.
    c = context(ex, "A team from the Mines and Geology Division was sent to Cave Hill on Tuesday.", "2020-05-06")
    assert entity(c, "Mines and Geology Division").subclass == "GovernmentBody"
    assert not any(e.name in ("Mines", "Geology Division") for e in c.entities.values())


# loaders/nlp.py `line_breaks`: (what it reads, an invented text, its sentences)
SENTENCES = [
    # grammar.yaml `legal_form_ends`: the clause after "Inc." is a sentence of its own ...
    ('a_sentence_ends_at_a_companys_legal_form',
     "It is a subsidiary of Vancouver-based Harbor Peak Gold Inc. Harbor Peak also owns the Las Palmas mine.",
     ["It is a subsidiary of Vancouver-based Harbor Peak Gold Inc.", "Harbor Peak also owns the Las Palmas mine."], "en"),
    # ... and no legal form starts one.
    ('a_legal_form_ends_its_name',
     "The project is run by Minera Yanacocha S.R.L. Newmont owns half of it.",
     ["The project is run by Minera Yanacocha S.R.L.", "Newmont owns half of it."], "en"),
    # grammar.yaml `name_abbreviations`: the name or number after one goes on.
    ('a_name_goes_on_after_an_abbreviation',
     "The drying plant near Sta. Rosa was closed. Workers at Shaft No. 4 went on strike near the Ste. Marie river.",
     ["The drying plant near Sta. Rosa was closed.", "Workers at Shaft No. 4 went on strike near the Ste. Marie river."], "en"),
    # Spanish grammar.yaml `number_abbreviations`: the tokenizer splits "No." from its dot; the number goes on.
    ('a_units_number_goes_on_after_its_split_abbreviation',
     "El lunes, soldados del Batallón de Alta Montaña No. 8 instalaron un puesto de control. Los comuneros protestaron.",
     ["El lunes, soldados del Batallón de Alta Montaña No. 8 instalaron un puesto de control.", "Los comuneros protestaron."],
     "es"),
]


@pytest.mark.parametrize("rule, text, sentences, language", SENTENCES, ids=[r[0] for r in SENTENCES])
def test_sentences_end_where_the_text_says(ex, rule, text, sentences, language):
    c = context(ex, text, "2020-05-06", language=language)
    assert [s.text for s in c.doc.sents] == sentences


def test_a_company_before_a_legal_forms_full_stop_is_a_company(ex):
    c = context(ex, "It is a subsidiary of Vancouver-based Harbor Peak Gold Inc. Harbor Peak also owns the Las "
                    "Palmas mine.", "2020-05-06")
    assert entity(c, "Harbor Peak Gold Inc.").subclass == "Company"


def test_a_name_ner_missed_again_is_its_bodys(ex):
    # loaders/later_mentions.py `_repeats`, typing.yaml `repeat_names`: the stake is in the company named before.
    c = context(ex, "Quebrada Seca is run by Níquel del Aguán S.A., the Honduran subsidiary of Coral Sea Nickel Ltd. "
                    "A union representing some 300 workers at Níquel del Aguán said the blockade had cost its members "
                    "two weeks of pay. Canadian-listed Tamarind Metals Corp, which holds a 15% stake in Níquel del "
                    "Aguán, declined to comment.", "2020-05-06")
    assert ("Tamarind Metals Corp", "Níquel del Aguán S.A.") in facts(c, "OWNS")


def test_a_place_ner_cut_before_its_article_is_one_place(ex):
    # loaders/ner_mentions.py `_joined_places`: "San Rafael" + "Las Flores" a space apart are one name.
    c = context(ex, "Residents gathered on the road outside the mine's main gate in San Rafael Las Flores to protest.",
                "2020-05-06")
    assert entity(c, "San Rafael Las Flores").cls == "Place"
    assert not any(e.name in ("San Rafael", "Las Flores", "Rafael Las Flores") for e in c.entities.values())


def test_a_place_ner_read_apart_at_a_spanish_y_is_one_place(ex):
    # loaders/ner_mentions.py `_joined_places`, typing.yaml `place_name_joiners`: "Treinta" + "y" + "Tres".
    c = context(ex, "A public hearing in the town of Treinta y Tres in April ended in shouting.", "2020-05-06")
    assert entity(c, "Treinta y Tres").cls == "Place"
    assert not any(e.name in ("Treinta", "Tres") for e in c.entities.values())


def test_one_word_ner_alone_calls_a_person_is_no_person(ex):
    # loaders/resolve.py, typing.yaml `no_one_word_persons`: a people's name, a lone capitalised word; a titled
    # person or one with a second name stays.
    c = context(ex, "Farmers from Tarvale and Quenta joined the march; Ndyuka elders stayed home.", "2020-05-06")
    assert not any(e.name == "Ndyuka" for e in c.entities.values())
    c = context(ex, "The mayor of Korvel, Ana Ruiz, said Maryse had called her.", "2020-05-06")
    assert entity(c, "Ana Ruiz").cls == "Person" and not any(e.name == "Maryse" for e in c.entities.values())


def test_an_owner_after_of_is_inside_the_name(ex):
    # loaders/name_spans.py `_at_possessive`: "of People's" runs on; "the National Congress's X" still splits.
    c = context(ex, "The Ministry of People's Power for Ecological Mining Development granted the permit.", "2020-05-06")
    assert entity(c, "Ministry of People's Power for Ecological Mining Development").subclass == "GovernmentBody"
    assert not any(e.name == "Ministry of People" for e in c.entities.values())


def test_a_forces_word_before_its_members_is_no_second_head(ex):
    # loaders/event_actors.py `force`: "National Police officers" is the National Police, not "National Police police".
    c = context(ex, "The National Police arrived at dawn. National Police officers fired tear gas at the marchers.",
                "2020-05-06")
    assert not any(e.name.endswith("Police police") for e in c.entities.values())


def test_an_acronym_ner_calls_a_place_is_a_body(ex):
    # loaders/classify.py `vote`: "secretary general of SUNTRACS", read GPE, is a body; "D.C." and "Peru" are not.
    from loaders.classify import MentionTyper
    from loaders.model import Mention
    typer = MentionTyper(ex.reader("en").lex)
    text = "Saúl Mena, secretary general of FENATRAC, spoke in Washington, D.C. and in Peru."
    def typed(word):
        start = text.index(word)
        return typer.vote(Mention(start, start + len(word), word, "ner", label="GPE"), text, False)[0]
    assert [typed(w) for w in ("FENATRAC", "D.C.", "Peru")] == ["Organization", "Place", "Place"]


def test_a_title_word_before_a_bodys_head_opens_its_name(ex):
    # loaders/role_titles.py `body_after`: "the Ombudsman Commission" is a body, not an ombudsman named "Commission".
    c = context(ex, "The Constabulary rejects the claim and has asked the Ombudsman Commission to investigate.", "2020-05-06")
    assert entity(c, "Ombudsman Commission").subclass == "GovernmentBody"
    assert not any(e.cls == "Person" for e in c.entities.values())
