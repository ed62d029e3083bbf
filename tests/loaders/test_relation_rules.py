"""Issue 8's entity, subclass and relation rules, each on a made-up sentence (none is taken from a
scored report)."""

from tests.loaders.helpers import context, entity, facts


def test_a_company_is_named_by_its_suffix_and_a_known_one_keeps_its_name(ex):
    c = context(ex, "Brenton Metals said on Monday that it would appeal. Last year MMG Ltd bought the plant.", "2020-05-04")
    assert entity(c, "Brenton Metals").subclass == "Company"
    assert entity(c, "MMG").subclass == "Company"
    assert not [e for e in c.entities.values() if e.name == "MMG Ltd"]


def test_an_owner_after_a_description_and_in_a_relative_clause(ex):
    c = context(ex, "Police met farmers near the Velo Alto mine, operated by Minera Quenua, a unit of Canadian miner "
                    "Dorrit Resources. Minera Quenua, which the Swiss firm Alder Holdings owns, denied it.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Dorrit Resources", "Minera Quenua") in owns and ("Alder Holdings", "Minera Quenua") in owns


def test_the_operator_of_a_mine_named_before_its_area(ex):
    c = context(ex, "Villagers camped at the Loma Fría gold mine in Yoro department, operated by Minerales Teva.",
                "2020-05-04")
    assert ("Minerales Teva", "Loma Fría") in facts(c, "OPERATES")


def test_a_mine_lies_in_the_area_after_its_kind_word_or_description(ex):
    c = context(ex, "Farmers blocked the Cerro Tolón silver mine in the municipality of Ojitlán, Oaxaca. "
                    "Punta Rasa is a proposed open-pit mine in Sucre province.", "2020-05-04")
    located = facts(c, "LOCATED_IN")
    assert ("Cerro Tolón", "Ojitlán") in located and ("Punta Rasa", "Sucre") in located


def test_a_title_after_its_or_the_companys_belongs_to_the_body_it_points_back_to(ex):
    c = context(ex, "Brenton Metals owns the Loma Fría mine. Its general manager, Rita Olmedo, said talks would resume. "
                    "The Frente de Defensa de Yauli denounced threats against its spokesperson, Julio Cama.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Rita Olmedo", "Brenton Metals") in held
    assert ("Julio Cama", "Frente de Defensa de Yauli") in held


def test_outlets_towns_and_mines_typed_by_the_words_around_them(ex):
    c = context(ex, "Police cleared the road near Puerto Lomas. Later, Brenton Metals told the TV channel Canal Doce "
                    "that it would appeal. Brenton Metals owns the Alto Seco and Vira Vira mines. Farmers marched against Rumi Orco, one of the "
                    "region's largest mines.", "2020-05-04")
    assert entity(c, "Puerto Lomas").subclass == "Settlement"
    assert entity(c, "Canal Doce").subclass == "MediaOutlet"
    assert entity(c, "Rumi Orco").subclass == "Mine"
    assert {("Brenton Metals", "Alto Seco"), ("Brenton Metals", "Vira Vira")} <= facts(c, "OWNS")


def test_a_police_commander_heads_the_unit_named_and_not_the_national_force(ex):
    c = context(ex, "The commander of the Cusco police region, Colonel Mario Restrepo, said officers acted lawfully. "
                    "Police in Espinar are under the command of the Cusco regional police chief, General Luis Vega.",
                "2020-05-04")
    heads = facts(c, "HEADS")
    assert ("Mario Restrepo", "cusco police region") in heads
    assert not any(p == "Luis Vega" for p, _ in heads)
    assert any(p == "Luis Vega" for p, _ in facts(c, "HOLDS_POSITION"))


def test_a_collective_actor_keeps_its_place_and_the_place_its_kind(ex):
    c = context(ex, "Farmers in the Sora valley blocked the road on Monday.", "2020-05-04")
    assert entity(c, "farmers in the Sora valley").subclass == "Community"
    assert entity(c, "Sora valley").subclass == "NaturalFeature"


def test_an_office_named_without_its_holder_holds_no_position(ex):
    c = context(ex, "The provincial mayor and the regional governor of Moquegua attended the session in Ilo.", "2020-05-04")
    assert not facts(c, "HOLDS_POSITION")


def test_an_accented_name_in_apposition_holds_the_title_and_its_first_surname_joins_it(ex):
    c = context(ex, "The Minister of Energy and Mines, Álvaro Ísmodes Tapia, led the session. "
                    "\"We will return,\" said Minister Ísmodes.", "2020-05-04")
    assert ("Álvaro Ísmodes Tapia", "Ministry of Energy and Mines") in facts(c, "HOLDS_POSITION")
    assert not [e for e in c.entities.values() if e.name == "Ísmodes"]


def test_each_minister_of_a_portfolio_list_holds_that_ministry(ex):
    c = context(ex, "In Honduras, the ministers of Health, Aurelio Paz, and Tourism, Selma Ortiz, visited Copán.",
                "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Aurelio Paz", "Ministry of Health") in held and ("Selma Ortiz", "Ministry of Tourism") in held
    assert not [e for e in c.entities.values() if e.name in ("Health", "Tourism")]


def test_a_company_named_before_its_mine_is_split_from_it_and_operates_it(ex):
    c = context(ex, "Norvale Resources said on Monday that protesters had blocked the road to the Norvale Kantu mine.",
                "2020-05-04")
    assert entity(c, "Kantu").subclass == "Mine"
    assert ("Norvale Resources", "Kantu") in facts(c, "OPERATES")
    assert not [e for e in c.entities.values() if e.name == "Norvale Kantu"]


def test_a_body_name_runs_on_through_of_for_and_de(ex):
    c = context(ex, "The Front for the Defence of Yauli and the Federación Awajún del Cenepa met the Secretariat of "
                    "Human Rights on Monday.", "2020-05-04")
    names = {e.name for e in c.entities.values()}
    assert {"Front for the Defence of Yauli", "Federación Awajún del Cenepa", "Secretariat of Human Rights"} <= names
    assert entity(c, "Secretariat of Human Rights").subclass == "GovernmentBody"
    assert "Human Rights" not in names


def test_sites_lie_in_their_town_and_past_an_ownership_aside(ex):
    c = context(ex, "Fishermen camped outside the Lago Verde nickel mine in Puerto Barrios. Villagers marched to the "
                    "Cerro Mono copper project, owned by Istmo Copper, in Veraguas province. Farmers in the Tule "
                    "valley of Sonora state clashed with police.", "2020-05-04")
    located = facts(c, "LOCATED_IN")
    assert {("Lago Verde", "Puerto Barrios"), ("Cerro Mono", "Veraguas"), ("Tule valley", "Sonora")} <= located
    assert not any(a.startswith("farmers") for a, _ in located)


def test_a_delegation_sent_to_a_place_is_led_not_the_place(ex):
    c = context(ex, "The Secretariat of Human Rights sent a delegation to the Chila community, led by Vice-Minister "
                    "Ana Reyes.", "2020-05-04")
    assert not any(p == "Ana Reyes" for p, _ in facts(c, "HEADS"))


def test_the_companys_title_and_a_title_of_another_company_with_a_suffix(ex):
    # "The company's" is not a country's possessive; "of X S.A., Y" names its own holder, who is
    # not the chief executive named before.
    c = context(ex, "Brenton Metals owns the Loma Fría mine. The company's chief executive, Rita Olmedo, spoke. "
                    "The chief executive of Minas Quenua S.A., Tomás Brandt, also spoke.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert ("Rita Olmedo", "Brenton Metals") in held
    assert ("Tomás Brandt", "Minas Quenua S.A.") in held
    assert ("Rita Olmedo", "Minas Quenua S.A.") not in held


def test_who_owns_and_operates_a_mine_read_from_the_clause(ex):
    # The pronoun's antecedent, the agent's conjuncts, the subject a dateline hides, and "its".
    c = context(ex, "LIMA, 4 May 2020 — Minera Quenua S.A., the Peruvian subsidiary of Dorrit Resources Inc., regrets the "
                    "events at its Velo Alto gold mine. The company will be represented by its general manager, Rita Olmedo. "
                    "The Cerro Tolón mine is a tin mine in Sucre province. It is owned by Alder Holdings (70%) and "
                    "Brenton Metals (30%) and operated by Minera Quenua S.A.", "2020-05-04")
    operates, owns = facts(c, "OPERATES"), facts(c, "OWNS")
    assert ("Minera Quenua S.A.", "Velo Alto") in operates and ("Dorrit Resources Inc.", "Velo Alto") not in operates
    assert ("Rita Olmedo", "Minera Quenua S.A.") in facts(c, "HOLDS_POSITION")
    assert {("Alder Holdings", "Cerro Tolón"), ("Brenton Metals", "Cerro Tolón")} <= owns
    assert ("Minera Quenua S.A.", "Cerro Tolón") in operates


def test_a_stake_held_is_owned_and_a_stake_sold_or_an_owning_denied_is_not(ex):
    c = context(ex, "Alder Holdings increased its stake in Minera Quenua S.A. to 40%. Brenton Metals sold its stake in "
                    "Dorrit Resources Inc. last year. Alder Holdings does not own the Velo Alto mine.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Alder Holdings", "Minera Quenua S.A.") in owns
    assert ("Brenton Metals", "Dorrit Resources Inc.") not in owns
    assert ("Alder Holdings", "Velo Alto") not in owns


def test_the_owner_in_an_apposition_after_a_parent_and_a_company_named_after_its_mine(ex):
    c = context(ex, "Villagers demand that Minera Quenua S.A., a subsidiary of Dorrit Resources Inc. and owner of the "
                    "Velo Alto mine, guarantee their water. Minera Antaccasa denied that the Antaccasa mine polluted the river.",
                "2020-05-04")
    owns, operates = facts(c, "OWNS"), facts(c, "OPERATES")
    assert ("Minera Quenua S.A.", "Velo Alto") in owns and ("Dorrit Resources Inc.", "Velo Alto") not in owns
    assert ("Minera Antaccasa", "Antaccasa") in operates


def test_whose_title_is_a_name(ex):
    c = context(ex, "Farmers marched in a mobilisation called by the Junta de Usuarios del Valle de Sora, whose president "
                    "is Julio Cama.", "2020-05-04")
    assert ("Julio Cama", "Junta de Usuarios del Valle de Sora") in facts(c, "HOLDS_POSITION")


def test_a_bodys_name_runs_on_through_a_known_place_at_its_end(ex):
    c = context(ex, "The suit was brought by the Federación Campesina del Napo and two villages.", "2020-05-04")
    assert entity(c, "Federación Campesina del Napo").cls == "Organization"
    assert not [e for e in c.entities.values() if e.name == "Federación Campesina"]


def test_an_area_with_its_level_word_outside_the_name_lies_in_the_area_after_of(ex):
    c = context(ex, "The Velo Alto mine is a tin mine in the Sora province of Oruro, Bolivia. The Loma Fría project "
                    "is a proposed mine in Ocros province, in the Lima region of Peru.", "2020-05-04")
    located = facts(c, "LOCATED_IN")
    assert ("Sora", "Oruro") in located
    assert any(a.startswith("Ocros") and b == "Lima" for a, b in located)


def test_a_kind_of_body_before_a_title_is_not_the_countrys_office(ex):
    # "Union president X" is not the President of Peru; "Community president Y" holds no office of a
    # body called "Community".
    c = context(ex, "Community president Julio Cama said the talks had failed. Union president Tomás Brandt agreed. "
                    "In Lima, President Ollanta Humala declared an emergency.", "2020-05-04")
    held = facts(c, "HOLDS_POSITION")
    assert not [h for h in held if h[0] in ("Julio Cama", "Tomás Brandt")]
    assert ("Ollanta Humala", "Government of Peru") in held


def test_a_list_of_areas_is_not_a_chain_of_areas(ex):
    c = context(ex, "The emergency covers the provinces of Cajamarca, Celendín, Hualgayoc and Contumazá, in the department "
                    "of Cajamarca. The comunidad campesina de Sora (district of Challhuahuacho, province of Cotabambas, "
                    "Apurímac) marched.", "2020-05-04")
    located = facts(c, "LOCATED_IN")
    assert ("Celendín", "Hualgayoc") not in located and ("Cajamarca", "Hualgayoc") not in located
    assert ("Hualgayoc", "Cajamarca") in located
    assert ("Cotabambas", "Apurímac") in located and ("Challhuahuacho", "Apurímac") not in located


def test_residents_of_a_hamlet_are_a_community_and_villagers_in_a_countrys_province_are_not_the_countrys(ex):
    c = context(ex, "Villagers in Ecuador's southern Azuay province torched a guard post. Residents of the caserío of "
                    "Quenuani demand water.", "2020-05-04")
    assert entity(c, "residents of the caserío of Quenuani").subclass == "Community"
    assert not [e for e in c.entities.values() if "ecuador" in e.name.lower() and e.cls == "Organization"]


def test_a_person_of_a_body_named_right_after_them_is_its_member(ex):
    c = context(ex, "Carlos Zorrilla of the Frente de Defensa de Yauli said police fired. Tomás Brandt, a lawyer with the "
                    "Coordinadora Nacional de Derechos Humanos, agreed. The arrest of Julio Cama of Lima angered them.",
                "2020-05-04")
    member = facts(c, "MEMBER_OF")
    assert ("Carlos Zorrilla", "Frente de Defensa de Yauli") in member
    assert ("Tomás Brandt", "Coordinadora Nacional de Derechos Humanos") in member
    assert not [m for m in member if m[0] == "Julio Cama"]


def test_to_head_belongs_to_the_person_it_is_said_of_not_to_one_named_earlier(ex):
    c = context(ex, "Tomás Brandt, head of the Frente de Defensa de Yauli, spoke. Julio Cama said that police and the "
                    "ministry, which heads the Comisión Multisectorial de Espinar, met.", "2020-05-04")
    heads = facts(c, "HEADS")
    assert ("Tomás Brandt", "Frente de Defensa de Yauli") in heads
    assert not [h for h in heads if h[0] == "Julio Cama"]


def test_the_parent_in_an_apposition_does_not_operate_what_the_subsidiary_operates(ex):
    c = context(ex, "Minera Quenua, a unit of Canadian miner Dorrit Resources, operates the Velo Alto mine.", "2020-05-04")
    operates = facts(c, "OPERATES")
    assert ("Minera Quenua", "Velo Alto") in operates and ("Dorrit Resources", "Velo Alto") not in operates


def test_a_companys_short_name_read_as_a_person_and_an_area_after_a_countrys_possessive(ex):
    c = context(ex, "Residents blocked a road used by Hudmet Minerals on Thursday. Hudmet also operates the Loma Fría "
                    "mine in Mexico. Farmers marched to the Velo Alto mine in Peru's Cusco region.", "2017-03-09")
    assert not [e for e in c.entities.values() if e.name == "Hudmet" and e.cls == "Person"]
    assert ("Hudmet Minerals", "Loma Fría") in facts(c, "OPERATES")
    located = facts(c, "LOCATED_IN")
    assert any(a == "Velo Alto" and b.startswith(("Cusco", "Cuzco")) for a, b in located) and ("Velo Alto", "Peru") not in located


def test_a_mine_located_in_an_area_and_a_community_named_by_its_people(ex):
    c = context(ex, "The Rumipamba mine is a large open-pit copper mine located in the Zamora Chinchipe province of "
                    "southeastern Ecuador. In 2019, the Shuar community of San Marcos was evicted.", "2020")
    assert ("Rumipamba", "Zamora Chinchipe") in facts(c, "LOCATED_IN")
    assert entity(c, "shuar community of San Marcos").subclass == "Community"


def test_shareholders_with_their_stakes_and_a_unit_named_after_the_companys(ex):
    c = context(ex, "Yamaro Gold suspended work at its Agua Clara project. Agua Clara is 60 km from Bajo del Sol, a mine "
                    "jointly owned by Xtrada (50%), Goldfield (37.5%) and Yamaro Gold (12.5%). The company's Argentine "
                    "unit, Minera Quebrada Honda, holds the permit.", "2010-02-16")
    owns = facts(c, "OWNS")
    assert {("Xtrada", "Bajo del Sol"), ("Goldfield", "Bajo del Sol"), ("Yamaro Gold", "Bajo del Sol")} <= owns
    assert ("Yamaro Gold", "Minera Quebrada Honda") in owns


def test_an_unnamed_local_office_is_not_a_person_but_an_unnamed_minister_is(ex):
    c = context(ex, "The provincial mayor and the regional governor met farmers in Sora. The interior minister said "
                    "police would stay.", "2020-05-04")
    persons = {e.name.lower() for e in c.entities.values() if e.cls == "Person"}
    assert not [p for p in persons if "mayor" in p or "governor" in p]
    assert any("minister" in p for p in persons)


def test_a_place_name_that_ner_reads_as_a_person(ex):
    c = context(ex, "Police said La Curva was cleared. Officials said La Encañada was calm.", "2020-05-04")
    assert entity(c, "La Curva").cls == "Place" and entity(c, "La Encañada").cls == "Place"


def test_decrees_and_reports_are_not_bodies(ex):
    c = context(ex, "By Supreme Decree No. 093-2011-PCM the Executive declared a state of emergency. The Monthly Report "
                    "on Social Conflicts No. 181 lists the case.", "2011-12-04")
    names = {e.name.lower() for e in c.entities.values()}
    assert not [n for n in names if n.startswith("supreme decree") or n.startswith("monthly report")]


def test_a_joint_venture_is_owned_by_its_partners_and_a_possessive_after_an_s(ex):
    c = context(ex, "The dam belonged to Quenua Mining, a joint venture between Alder Holdings and Dorrit Resources. "
                    "Police guarded Hudmet Minerals' Kantu mine.", "2015-11-07")
    owns = facts(c, "OWNS")
    assert {("Alder Holdings", "Quenua Mining"), ("Dorrit Resources", "Quenua Mining")} <= owns
    assert ("Hudmet Minerals", "Kantu") in facts(c, "OPERATES")


def test_a_stake_held_without_its_and_a_misparsed_conjunct_that_has_its_own_verb(ex):
    c = context(ex, "Alder Holdings holds a 40% stake in Minera Quenua S.A. and Dorrit Resources sold a 10% stake in "
                    "Sur Metals.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert ("Alder Holdings", "Minera Quenua S.A.") in owns
    assert ("Alder Holdings", "Dorrit Resources") not in owns and ("Dorrit Resources", "Sur Metals") not in owns


def test_a_companys_unit_named_after_its_possessive(ex):
    c = context(ex, "Protesters blocked a road used by Hudmet Minerals' Peruvian unit, Minera Quenua S.A., on Monday. "
                    "Tahoma Resources' local subsidiary Minera San Andrés denied it.", "2020-05-04")
    owns = facts(c, "OWNS")
    assert {("Hudmet Minerals", "Minera Quenua S.A."), ("Tahoma Resources", "Minera San Andrés")} <= owns


def test_a_line_of_command_belongs_to_the_unit_it_is_said_of_not_to_the_speaker(ex):
    c = context(ex, "Colonel Juan Pérez, commander of the Oruro police, said officers of the DINOES were under the orders "
                    "of the Interior Ministry. The DINOES unit is attached to the Policía Nacional del Perú.", "2006-10-06")
    sub = facts(c, "SUBORDINATE_TO")
    assert not [s for s in sub if s[0] == "Juan Pérez"]
    assert any(b == "Policía Nacional del Perú" for a, b in sub)


def test_a_portfolio_minister_holds_the_countrys_ministry_of_that_portfolio(ex):
    c = context(ex, "LA PAZ — Bolivia's Mining Minister Walter Villarroel resigned. Justice Minister Ana Rojas said the "
                    "killers would be found.", "2006-10-06")
    held = facts(c, "HOLDS_POSITION")
    assert ("Walter Villarroel", "Ministry of Mining") in held and ("Ana Rojas", "Ministry of Justice") in held
    c = context(ex, "LIMA — Peru's Mining Minister Pedro Sánchez said the mine would go ahead.", "2011-10-06")
    assert ("Pedro Sánchez", "Ministry of Energy and Mines") in facts(c, "HOLDS_POSITION")


def test_a_place_name_runs_on_through_a_spanish_particle(ex):
    c = context(ex, "The mine is located in San José del Golfo, about 30 km north of Guatemala City.", "2014-06")
    assert entity(c, "San José del Golfo").cls == "Place"
    assert not [e for e in c.entities.values() if e.name == "San José"]


def test_a_tailings_dam_of_a_company_and_a_mine_that_is_one_of_a_countrys_largest(ex):
    c = context(ex, "Residents blocked the road to the El Mauro tailings dam of Minera Quenua S.A. since October. "
                    "The Velo Alto mine is one of Chile's largest copper mines.", "2014-11")
    assert entity(c, "El Mauro").subclass == "Facility"
    assert ("Minera Quenua S.A.", "El Mauro") in facts(c, "OPERATES")
    assert ("Velo Alto", "Chile") in facts(c, "LOCATED_IN")


def test_a_local_office_belongs_to_the_place_named_before_it_but_a_police_title_does_not(ex):
    c = context(ex, "Tocoa mayor Adán Fúnez said the camp would stay. Police are under the command of the Arequipa "
                    "regional police chief, General Manuel Lozada, officials said.", "2019-05-18")
    held = facts(c, "HOLDS_POSITION")
    assert ("Adán Fúnez", "Tocoa") in held
    assert ("Manuel Lozada", "Arequipa") not in held


def test_a_people_named_alone_is_not_a_body_nor_the_owner_of_a_title(ex):
    c = context(ex, "Mapuche leader Rosa Ñancucheo called for a protest. Lenca families marched.", "2021-12-17")
    assert not [e for e in c.entities.values() if e.name in ("Mapuche", "Lenca")]
    assert not [h for h in facts(c, "HOLDS_POSITION") if h[1] == "Mapuche"]


def test_the_name_before_a_local_title_with_its_own_holder_is_a_place(ex):
    c = context(ex, "Mariana mayor Duarte Júnior said 500 people were homeless. Minas Gerais governor Fernando Pimentel "
                    "flew over the area.", "2015-11-07")
    assert entity(c, "Mariana").cls == "Place" and entity(c, "Minas Gerais").cls == "Place"
    assert ("Duarte Júnior", "Mariana") in facts(c, "HOLDS_POSITION")


def test_the_portfolio_of_a_title_is_not_a_body_of_its_own(ex):
    c = context(ex, "Farmers demanded that Interior Minister Nora Villena resign.", "2013-06-11")
    assert not [e for e in c.entities.values() if e.name == "Interior"]
    assert ("Nora Villena", "Ministry of the Interior") in facts(c, "HOLDS_POSITION")


def test_an_acronym_ner_reads_as_a_person_is_a_body(ex):
    c = context(ex, "Governor Hernán Rojas promised to ask the national environmental licensing agency, ANLA, to "
                    "suspend the permits. MiAmbiente said it would review the licence.", "2014-11-07")
    assert entity(c, "ANLA").cls == "Organization" and entity(c, "ANLA").subclass == "GovernmentBody"
    assert entity(c, "MiAmbiente").cls == "Organization"


def test_streets_of_a_town_and_a_dateline_is_no_location_fact(ex):
    c = context(ex, "IBAGUÉ, Colombia (AP) — Thousands of farmers took to the streets of Ibagué on Thursday.", "2014-11-07")
    assert entity(c, "Ibagué").cls == "Place"
    assert not [f for f in facts(c, "LOCATED_IN") if f[1] == "Colombia"]


def test_a_datelines_town_lies_in_the_area_after_it(ex):
    c = context(ex, "MENDI, Southern Highlands Province — Landowners blocked the road to the mine on Tuesday.", "2014-11-07")
    assert ("Mendi", "Southern Highlands Province") in {(a.title(), b) for a, b in facts(c, "LOCATED_IN")}


def test_a_company_president_with_a_joint_title_is_not_the_countrys_president(ex):
    c = context(ex, "LIMA — Alan Hair, president and chief executive of Hudmet Minerals, said the mine would keep "
                    "running. Rita Olmo, vice president of corporate affairs at Hudmet Minerals, agreed.", "2017-03-09")
    held = facts(c, "HOLDS_POSITION")
    assert ("Alan Hair", "Hudmet Minerals") in held and ("Rita Olmo", "Hudmet Minerals") in held
    assert not [h for h in held if h[1] == "Government of Peru"]
