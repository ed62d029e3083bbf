"""Relations read from the clause (issue 8's English relation recall), each on a made-up sentence
(none is taken from a scored report)."""

from tests.loaders.helpers import context, entity, facts


def test_a_place_that_only_describes_the_owner_is_not_the_owner(ex):
    c = context(ex, "The Loma Verde mine is operated by Minera Tolteca, a subsidiary of Vancouver-based Brenton Metals Inc.",
                "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Brenton Metals Inc.", "Minera Tolteca") in owns
    assert not [pair for pair in owns if pair[0] == "Vancouver"]


def test_a_title_after_its_and_a_country_belongs_to_the_body_of_the_sentence_before(ex):
    c = context(ex, "Brenton Metals owns the Loma Fría mine in Sonora. Its Mexico country manager, Rita Olmedo, "
                    "said talks would resume.", "2020-05-04")
    assert ("Rita Olmedo", "Brenton Metals") in facts(c, "HOLDS_POSITION")


def test_a_community_leader_belongs_to_the_one_community_named_further_back(ex):
    c = context(ex, "Gunmen attacked the Lenca community of Quebrada Honda on Monday. Police said they had no leads. "
                    "Two houses burned. Nobody was arrested. Community leader Tomás Erazo was wounded.", "2020-05-04")
    assert ("Tomás Erazo", "Lenca community of Quebrada Honda") in {
        (p, b.replace("lenca", "Lenca")) for p, b in facts(c, "HOLDS_POSITION")}


def test_a_judge_holds_a_post_in_the_court_named_before(ex):
    c = context(ex, "The Constitutional Court of Ecuador suspended the concession on Monday. Writing for the majority, "
                    "Judge Marta Cedeño said the state must consult the villages.", "2020-05-04")
    assert ("Marta Cedeño", "Constitutional Court of Ecuador") in facts(c, "HOLDS_POSITION")


def test_a_municipal_president_is_a_local_office_not_the_national_presidents(ex):
    # Without its own entry "municipal president" fell back to "president" (national): the office of
    # a town read as anything but an area (a facility, a settlement) was then dropped.
    spec = ex.lex.title_spec("municipal president")
    assert spec is not None and not spec.get("national")


def test_a_legal_representative_after_whose_holds_a_post_in_the_body(ex):
    c = context(ex, "The suit was filed by the Consejo Comunitario de Río Quito, whose legal representative is "
                    "Yesenia Mosquera.", "2020-05-04")
    assert ("Yesenia Mosquera", "Consejo Comunitario de Río Quito") in facts(c, "HOLDS_POSITION")


def test_the_director_general_named_in_apposition_heads_the_force(ex):
    c = context(ex, "Colonel Ramón Vega reports to the director general of the Policía Nacional, Sonia Castro.",
                "2020-05-04")
    assert ("Sonia Castro", "Policía Nacional") in facts(c, "HEADS") | facts(c, "HOLDS_POSITION")


def test_the_leader_of_a_delegation_holds_a_post_in_the_body_that_sent_it_and_does_not_head_it(ex):
    c = context(ex, "Last week, the Secretariat of Human Rights sent a delegation to Quebrada Honda, led by "
                    "Vice-Minister Lidia Paz. Villagers turned away a delegation of the Ministry of Economy led by the "
                    "undersecretary of mining, Arturo Rivas.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Lidia Paz", "Secretariat of Human Rights") in held
    assert ("Arturo Rivas", "Ministry of Economy") in held
    assert not [pair for pair in held if pair == ("Arturo Rivas", "Ministry of Mining")]
    assert ("Arturo Rivas", "Ministry of Economy") not in facts(c, "HEADS")


def test_a_person_appointed_as_a_title_holds_it(ex):
    c = context(ex, "On Monday the minister swore in Gonzalo Mérida as the new president of Minera Andina Sur S.A.", "2020-05-04")
    assert ("Gonzalo Mérida", "Minera Andina Sur S.A.") in facts(c, "HOLDS_POSITION")


def test_each_minister_of_a_portfolio_list_holds_their_ministry(ex):
    c = context(ex, "Potosí, 9 June 2021. The ministers of Mining and Metallurgy, Jaime Quispe, Government, Rodrigo "
                    "Vargas, and Environment and Water, Elsa Mamani, signed an agreement with the cooperatives.",
                "2021-06-09")
    held = facts(c, "HOLDS_POSITION")
    assert {("Jaime Quispe", "Ministry of Mining and Metallurgy"), ("Rodrigo Vargas", "Ministry of Government"),
            ("Elsa Mamani", "Ministry of Environment and Water")} <= held


def test_the_company_that_plans_to_build_a_mine_runs_it_and_the_mine_lies_where_it_is_planned(ex):
    c = context(ex, "Farmers marched to reject the Loma Roja gold mine, which the Canadian miner Brenton Metals "
                    "plans to build in the Caldas department.", "2020-05-04")
    assert ("Brenton Metals", "Loma Roja") in facts(c, "OPERATES")
    assert ("Loma Roja", "Caldas") in facts(c, "LOCATED_IN")


def test_a_site_named_in_a_where_clause_lies_in_the_area_it_hangs_from(ex):
    c = context(ex, "The minister travelled to the district of Ilabaya, in the province of Jorge Basadre, where he "
                    "visited the construction site of the Toquepala Norte project.", "2020-05-04")
    located = facts(c, "LOCATED_IN")
    assert {("Toquepala Norte", "Jorge Basadre"), ("Toquepala Norte", "Ilabaya")} & located


def test_the_mines_previous_owner_in_apposition_owned_it(ex):
    c = context(ex, "Police guard the Cerro Alto mine. The agreement was signed with the mine's previous owner, "
                    "Brenton Metals.", "2020-05-04")
    assert ("Brenton Metals", "Cerro Alto") in facts(c, "OWNS")


def test_an_area_after_a_countrys_possessive_lies_in_the_country(ex):
    c = context(ex, "Villagers in Ecuador's southern Loja province blocked a road on Friday.", "2020-05-04")
    assert ("Loja", "Ecuador") in facts(c, "LOCATED_IN")


def test_a_person_described_as_a_member_or_lawyer_of_a_body_belongs_to_it(ex):
    c = context(ex, "Police arrested Tiago Brandão, a lawyer with the Centro de Direitos Humanos de Xinguara. "
                    "The ruling was written by Justice Rafael Ortiz, a member of the court's Ninth Review Chamber.",
                "2020-05-04")
    members = facts(c, "MEMBER_OF")
    assert ("Tiago Brandão", "Centro de Direitos Humanos de Xinguara") in members
    assert ("Rafael Ortiz", "Ninth Review Chamber") in members


def test_a_title_after_whose_and_an_acronym_in_parentheses_belongs_to_the_body(ex):
    c = context(ex, "The cooperatives belong to the Federación de Cooperativas Mineras de Oruro (FECOMIN), whose "
                    "president is Eusebio Mamani.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION") | facts(c, "HEADS")
    assert ("Eusebio Mamani", "Federación de Cooperativas Mineras de Oruro") in held


def test_the_communitys_president_is_the_named_communitys_not_a_federations(ex):
    c = context(ex, "The court upheld the suit of the Kichwa community of Yurac Allpa. The case was brought in "
                    "2020 by the Federación Kichwa del Napo and the community's president, Rosa Tapuy.", "2022-01-27")
    held = facts(c, "HOLDS_POSITION")
    assert ("Rosa Tapuy", "Federación Kichwa del Napo") not in held
    assert [pair for pair in held if pair[0] == "Rosa Tapuy" and "Yurac Allpa" in pair[1]]


def test_its_points_to_a_body_typing_gave_no_subclass(ex):
    c = context(ex, "Mayor Ricardo Ixcoy met the Consejo de Comunidades de Patzún in May.\n\n- Last week the Consejo "
                    "denounced threats against its spokesperson, Lucía Xoc.", "2020-05-04")
    assert ("Lucía Xoc", "Consejo de Comunidades de Patzún") in facts(c, "HOLDS_POSITION")


def test_they_under_the_command_of_a_titled_officer_named_after_a_place(ex):
    c = context(ex, "About 500 police officers, including members of the special operations division known by its "
                    "Spanish acronym DINOES, were sent to Islay. They are under the command of the Arequipa regional "
                    "police chief, General Mario Cutipa, the minister said.", "2019-08-07")
    assert [pair for pair in facts(c, "SUBORDINATE_TO") if pair[1] == "Mario Cutipa"]


def test_a_state_body_under_another_is_subordinate_to_it(ex):
    c = context(ex, "Troops will be deployed through the Joint Command of the Armed Forces (Comando Conjunto de las "
                    "Fuerzas Armadas, CCFFAA), under the Ministry of Defence.", "2011-12-04")
    assert (entity(c, "Joint Command of the Armed Forces").name, "Ministry of Defence") in facts(c, "SUBORDINATE_TO")


def test_a_person_appointed_to_a_title_named_after_them_holds_it(ex):
    c = context(ex, "The government appointed Carlos Ruiz Mendoza interior minister on Monday. Rolando Vega was "
                    "appointed director of the Oficina de Diálogo.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Carlos Ruiz Mendoza", "Ministry of the Interior") in held
    assert ("Rolando Vega", "Oficina de Diálogo") in held


def test_a_title_after_a_name_without_an_appointing_verb_is_not_that_persons(ex):
    c = context(ex, "Police told Ana Quiroga interior minister Luis Paz had resigned.", "2020-05-04")
    assert [pair for pair in facts(c, "HOLDS_POSITION") if pair[0] == "Ana Quiroga"] == []


def test_the_officer_a_unit_is_commanded_by_heads_it(ex):
    c = context(ex, "Officers of the Dirección Nacional de Operaciones Especiales, commanded by Colonel Luis Paz, "
                    "cleared the road.", "2019-08-07")
    assert [pair for pair in facts(c, "HEADS") if pair[0] == "Luis Paz"]


def test_the_companys_local_subsidiary_is_the_company_the_report_points_back_to(ex):
    c = context(ex, "Police clashed with protesters outside the Cerro Alto mine, run by Brenton Metals. The company "
                    "denied the charges. The mine's previous owner, Halden Mining, signed the first agreement. "
                    "Under a convenio with Minera Alto Sur, the company's local subsidiary, police guard the mine.",
                "2012-06-04")
    owns = facts(c, "OWNS")
    assert ("Brenton Metals", "Minera Alto Sur") in owns
    assert ("Halden Mining", "Minera Alto Sur") not in owns


def test_a_body_after_to_headed_by_a_person_without_a_comma_is_headed_by_them(ex):
    c = context(ex, "The provincial police, which answer to the Ministry of Security headed by Ana Lucena, sent 80 "
                    "officers.", "2019-03-15")
    assert ("Ana Lucena", "Ministry of Security") in facts(c, "HEADS")


def test_a_police_title_with_a_modifier_belongs_to_the_force_named_by_those_words(ex):
    c = context(ex, "The provincial police sent 80 officers to Jáchal. The unit reports to the provincial police "
                    "chief, Marcelo Ortega.", "2019-03-15")
    held = facts(c, "HOLDS_POSITION") | facts(c, "HEADS")
    assert ("Marcelo Ortega", "provincial police") in held


def test_a_titled_person_described_as_a_member_of_a_body_belongs_to_it_too(ex):
    c = context(ex, "Jáchal mayor Sergio Ibarra, a member of the Asamblea Jáchal Despierta, said the road would stay "
                    "closed.", "2019-03-15")
    assert ("Sergio Ibarra", "Asamblea Jáchal Despierta") in facts(c, "MEMBER_OF")


def test_an_area_named_with_its_level_of_an_area_named_with_its_own_lies_in_it(ex):
    c = context(ex, "Loma Colorada, in the Iglesia department of San Juan province, is operated by Minera Andes "
                    "del Sur.", "2019-03-15")
    assert ("Iglesia", "San Juan") in facts(c, "LOCATED_IN")


def test_a_company_that_keeps_a_share_in_a_joint_venture_owns_it(ex):
    c = context(ex, "The mine will be operated by a new joint venture, Minera Cerro Blanco SpA, in which Brenton "
                    "Metals keeps 49%.", "2012-04-17")
    assert ("Brenton Metals", "Minera Cerro Blanco SpA") in facts(c, "OWNS")


def test_a_mine_run_by_a_subsidiary_of_c_named_after_it(ex):
    c = context(ex, "The Alto Verde mine is run by a subsidiary of Brenton Metals, Minera Norteña.", "2020-05-04")
    assert ("Minera Norteña", "Alto Verde") in facts(c, "OPERATES")
    assert ("Brenton Metals", "Minera Norteña") in facts(c, "OWNS")


def test_a_person_who_was_appointed_to_a_title_holds_it(ex):
    c = context(ex, "Carlos Ruiz Mendoza, who was appointed director of the Oficina de Diálogo in May, said talks "
                    "would resume.", "2020-05-04")
    assert ("Carlos Ruiz Mendoza", "Oficina de Diálogo") in facts(c, "HOLDS_POSITION")


def test_a_unit_based_in_a_town_and_not_the_force_it_belongs_to(ex):
    c = context(ex, "The Dirección Nacional de Operaciones Especiales, based in Mollendo, cleared the road. "
                    "The Military Police's 23rd Battalion, based in Marabá, removed the blockade.", "2020-05-04")
    based = facts(c, "BASED_AT")
    assert [pair for pair in based if pair[1] == "Mollendo"]
    assert not [pair for pair in based if pair == ("Military Police", "Marabá")]


def test_a_place_described_as_a_hamlet_in_an_area_lies_in_it(ex):
    c = context(ex, "Villagers from Santa Rosa, a hamlet in Tambo district, blocked the road.", "2020-05-04")
    assert [pair for pair in facts(c, "LOCATED_IN") if pair[0] == "Santa Rosa" and "Tambo" in pair[1]]


def test_a_person_who_commands_a_unit_heads_it(ex):
    c = context(ex, "Colonel Luis Paz, who commands the Dirección Nacional de Operaciones Especiales, said officers "
                    "acted lawfully.", "2020-05-04")
    assert [pair for pair in facts(c, "HEADS") if pair[0] == "Luis Paz"]


def test_a_person_who_is_or_became_a_title_of_a_body_holds_it(ex):
    c = context(ex, "Rosa Quispe is the president of the Frente de Defensa de Tambo. Juan Mamani became president "
                    "of the Frente de Defensa de Yauli in 2010.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Rosa Quispe", "Frente de Defensa de Tambo") in held
    assert ("Juan Mamani", "Frente de Defensa de Yauli") in held


def test_a_body_that_is_led_by_a_person_is_headed_by_them(ex):
    c = context(ex, "The Frente de Defensa de Tambo is led by Rosa Quispe.", "2020-05-04")
    assert ("Rosa Quispe", "Frente de Defensa de Tambo") in facts(c, "HEADS")


def test_members_of_a_body_including_named_people(ex):
    c = context(ex, "Members of the Frente de Defensa de Tambo, including Rosa Quispe and Juan Mamani, marched.",
                "2020-05-04")
    members = facts(c, "MEMBER_OF")
    assert {("Rosa Quispe", "Frente de Defensa de Tambo"), ("Juan Mamani", "Frente de Defensa de Tambo")} <= members


def test_the_buyer_of_a_mine_owns_it(ex):
    c = context(ex, "Brenton Metals sold the Alto Verde mine to Halden Mining in 2015.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Halden Mining", "Alto Verde") in owns and ("Brenton Metals", "Alto Verde") not in owns


def test_each_person_of_a_list_before_a_plural_title_holds_it(ex):
    c = context(ex, "Rosa Quispe and Juan Mamani, leaders of the Frente de Defensa de Tambo, were arrested.",
                "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert {("Rosa Quispe", "Frente de Defensa de Tambo"), ("Juan Mamani", "Frente de Defensa de Tambo")} <= held


def test_a_unit_after_answers_to_commanded_by_an_officer_is_headed_by_them(ex):
    c = context(ex, "Nine miners were injured. The ESMAD unit answers to the Antioquia Police Department, commanded "
                    "by Colonel Luis Mora.", "2016-09-12")
    assert ("Luis Mora", "Antioquia Police Department") in facts(c, "HEADS")


def test_a_regional_director_of_a_portfolio_is_not_the_national_ministrys(ex):
    c = context(ex, "On 22 July the regional director of energy and mines of Puno, Ángel Quispe, inspected the mine.",
                "2009-07-22")
    assert not [pair for pair in facts(c, "HOLDS_POSITION") if pair == ("Ángel Quispe", "Ministry of Energy and Mines")]


def test_the_head_of_an_office_named_in_apposition_heads_it(ex):
    c = context(ex, "A team of the Presidency of the Council of Ministers led by the head of the Office of Social "
                    "Conflict Management, Jorge Vílchez, met the community.", "2009-07-16")
    assert ("Jorge Vílchez", "Office of Social Conflict Management") in facts(c, "HEADS")
    assert ("Jorge Vílchez", "Presidency of the Council of Ministers") not in facts(c, "HEADS")


def test_the_associations_president_is_the_civil_body_named_before(ex):
    c = context(ex, "Miners of the Asociación de Mineros Tradicionales de Remedios began a strike. The association's "
                    "president, Wilson Ortega, said the company had broken an agreement.", "2016-09-05")
    assert ("Wilson Ortega", "Asociación de Mineros Tradicionales de Remedios") in facts(c, "HOLDS_POSITION")


def test_a_place_in_a_compass_quartered_area_lies_in_it(ex):
    c = context(ex, "The El Cóndor gold mine, in the municipality of Segovia in north-eastern Antioquia, is operated "
                    "by Minerales de Segovia S.A.S.", "2016-09-05")
    assert ("Segovia", "Antioquia") in facts(c, "LOCATED_IN")


def test_each_justice_of_a_plural_title_sits_in_the_court_named_before(ex):
    c = context(ex, "The Constitutional Court of Colombia suspended the title. The ruling was written by a member of "
                    "the court together with Justices Clara Inés Mosquera and Hernán Cuesta.", "2018-10-23")
    held = facts(c, "HOLDS_POSITION")
    assert {("Clara Inés Mosquera", "Constitutional Court of Colombia"), ("Hernán Cuesta", "Constitutional Court of Colombia")} <= held


def test_a_company_at_the_end_of_a_sentence_does_not_run_the_mine_of_the_next(ex):
    c = context(ex, "The Loma Verde mine is operated by Minera Andes del Sur, a unit of Toronto-listed Aurora Gold "
                    "Corp. The mine's previous owner, Halden Mining, sold it in 2016.", "2019-03-15")
    assert not [pair for pair in facts(c, "OPERATES") if pair[0].startswith("Aurora Gold")]


def test_a_project_of_a_described_company_lies_in_the_area_after_them(ex):
    c = context(ex, "The community opposes the Cerro Ventura copper project of Minera Ventura S.A.C., a subsidiary "
                    "of the British company Andean Copper plc, in the district of Huarmaca.", "2009-07-22")
    assert ("Cerro Ventura", "Huarmaca") in facts(c, "LOCATED_IN")


def test_the_local_unit_or_arm_of_a_company_is_owned_by_it(ex):
    c = context(ex, "Minera Caribe, the local unit of Canada's Northvale Minerals, said it would appeal. The Puerto "
                    "Rojo mine is run by Minera Istmo, the Panamanian arm of Halden Mining.", "2023-11-28")
    owns = facts(c, "OWNS")
    assert ("Northvale Minerals", "Minera Caribe") in owns and ("Halden Mining", "Minera Istmo") in owns


def test_a_title_of_a_body_described_before_its_name(ex):
    c = context(ex, "Carlos Ruiz Mendoza, director of the rights group CooperAcción, said the police used excessive "
                    "force. Luis Paz, spokesman for the Canadian miner Brenton Metals, said the company would appeal.",
                "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Luis Paz", "Brenton Metals") in held
    assert [pair for pair in held if pair[0] == "Carlos Ruiz Mendoza" and pair[1].lower() == "cooperacción"]


def test_a_span_that_runs_over_the_appointing_verb_is_no_holder(ex):
    # NER sometimes reads "the Ministry of Mining appointed X" as one name: no holder for "as manager".
    from loaders.model import Mention
    from loaders.role_titles import RoleTitles
    text = "In 2014 the Ministry of Mining appointed Rubén Quispe as manager of the mine."
    span = Mention(12, 53, text[12:53], "ner", label="PERSON")
    role = Mention(57, 64, "manager", "role", title="manager")
    titles = RoleTitles(ex.lex)
    assert titles._holder_before(role, text, {span.end: span}) is None
    name = Mention(41, 53, text[41:53], "ner", label="PERSON")
    assert titles._holder_before(role, text, {name.end: name}) is name


def test_sites_and_areas_listed_in_the_same_order_pair_up(ex):
    c = context(ex, "The Alto Verde and Bajo Verde mines, in Piura and Tumbes, are owned by Brenton Metals.",
                "2020-05-04")
    located = facts(c, "LOCATED_IN")
    assert {("Alto Verde", "Piura"), ("Bajo Verde", "Tumbes")} <= located
    assert ("Bajo Verde", "Piura") not in located


def test_a_company_named_by_anothers_whole_name_and_more_is_its_unit(ex):
    c = context(ex, "Anglo American approved the project. The chief executive of Anglo American Quilla S.A. attended. "
                    "Minera Kunturi and Minera signed.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert [pair for pair in owns if pair[0] == "Anglo American" and pair[1].startswith("Anglo American Quilla")]
    assert not [pair for pair in owns if pair[0] == "Minera"]
