"""Ownership, location and command read from how reports state them (issue 8's English relation recall),
each on an invented sentence (none is taken from a scored report)."""

import pytest

from tests.loaders.helpers import context, facts


def test_a_body_that_is_part_of_another_is_part_of_it_not_under_its_command(ex):
    c = context(ex, "In May the Ministry of Water Resources, part of the Government of Belize, renewed the permit.",
                "2020-05-04")
    assert ("Ministry of Water Resources", "Government of Belize") in facts(c, "PART_OF")
    assert ("Ministry of Water Resources", "Government of Belize") not in facts(c, "SUBORDINATE_TO")


def test_a_long_description_of_a_mine_still_reaches_its_area(ex):
    c = context(ex, "The Loma Alta project is a proposed open-pit copper and molybdenum mine in Honduras.", "2020-05-04")
    assert ("Loma Alta", "Honduras") in facts(c, "LOCATED_IN")


def test_an_owner_described_as_a_holding_company_owns_the_company(ex):
    c = context(ex, "Minera Quilla, controlled by the holding company Ferrara Capital Group, also runs "
                    "the Alto Verde mine.", "2020-05-04")
    assert ("Ferrara Capital Group", "Minera Quilla") in facts(c, "OWNS")


def test_the_owner_named_in_an_aside_does_not_run_the_mine_its_company_runs(ex):
    c = context(ex, "Minera Quilla, controlled by the holding company Ferrara Capital Group, also runs "
                    "the Alto Verde mine.", "2020-05-04")
    assert ("Minera Quilla", "Alto Verde") in facts(c, "OPERATES")
    assert ("Ferrara Capital Group", "Alto Verde") not in facts(c, "OPERATES")


def test_the_companys_project_belongs_to_the_company_the_report_is_about(ex):
    c = context(ex, "Norte Gold said output rose. Norte Gold owns two mines. Minera Lampa, its unit, runs the Kallpa mine. "
                    "The company's Quispe project is in permitting.", "2020-05-04")
    assert ("Norte Gold", "Quispe") in facts(c, "OPERATES")
    assert ("Minera Lampa", "Quispe") not in facts(c, "OPERATES")


def test_a_site_near_a_town_in_an_area_lies_in_the_area(ex):
    c = context(ex, "The Quispe project, near the village of Tambo in Huari province, is in permitting.", "2020-05-04")
    assert ("Quispe", "Huari") in facts(c, "LOCATED_IN")


def test_an_operator_named_only_by_its_role_runs_the_site_named_before(ex):
    c = context(ex, "The Cerro Azul mine lies in Sonora. The concession is held by a local firm. "
                    "The operator, Minera Arcos, began works in 2017.", "2020-05-04")
    assert ("Minera Arcos", "Cerro Azul") in facts(c, "OPERATES")


def test_a_unit_placed_in_a_town_is_under_the_command_of_the_officer_after_it(ex):
    c = context(ex, "Families were evicted by agents of the State Investigation Agency in Urique, under the command of "
                    "Commander Julio Baeza.", "2020-05-04")
    assert ("State Investigation Agency", "Julio Baeza") in facts(c, "SUBORDINATE_TO")


def test_a_body_named_after_its_place_is_whom_an_officer_reports_to(ex):
    c = context(ex, "Police were led by Commander Julio Baeza, who reports to the Chihuahua State Attorney General's Office.",
                "2020-05-04")
    assert any(p == "Julio Baeza" and "Attorney General" in b for p, b in facts(c, "SUBORDINATE_TO"))


def test_a_site_in_a_mountain_range_lies_in_the_area_the_range_is_placed_in(ex):
    c = context(ex, "Cerro Negro is a gold and copper deposit in the Cordillera Central, in Veraguas province, Panama.",
                "2020-05-04")
    assert any(p == "Cerro Negro" and a.startswith("Veraguas") for p, a in facts(c, "LOCATED_IN"))


def test_a_gloss_in_parentheses_after_a_bold_name_does_not_hide_its_area(ex):
    c = context(ex, '**Ita Morotĩ** (Guaraní for "white stone") is an open-pit gold mine in the district of '
                    'Paso Yobái, Paraguay.', "2020-05-04")
    assert any(p == "Ita Morotĩ" and a == "Paso Yobái" for p, a in facts(c, "LOCATED_IN"))


def test_a_unit_of_a_body_pointed_back_to_is_part_of_it(ex):
    c = context(ex, "The Constitutional Court of Panama ruled on Monday. The ruling was drafted by a member of the "
                    "court's Third Review Chamber.", "2020-05-04")
    assert ("Third Review Chamber", "Constitutional Court of Panama") in facts(c, "PART_OF")


def test_the_national_police_deployed_may_answer_to_its_regional_unit_in_the_graph(ex):
    from loaders.read import report_from_text
    graph = ex.extract(report_from_text(
        "The Policía Nacional del Perú (PNP) will keep order in Puno. The police units deployed in the area operate "
        "under the command of the Puno police region (Región Policial Puno).", {"published": "2020-05-04", "language": "en"}))
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    lines = {(names[r.start], names[r.end]) for r in graph.relationships if r.type == "SUBORDINATE_TO"}
    assert any(a == "Policía Nacional del Perú" and "puno police region" in (b or "").lower() for a, b in lines)


def test_a_force_answers_to_a_body_named_after_a_lower_case_qualifier(ex):
    c = context(ex, "A unit of the Sonora state police escorted the officials. The state police answer to the state "
                    "Secretariat of Public Security.", "2020-05-04")
    assert ("Sonora state police", "Secretariat of Public Security") in facts(c, "SUBORDINATE_TO")


def test_the_company_a_concession_was_granted_to_owns_its_site(ex):
    c = context(ex, "The Cerro Largo concession was granted in 2011 to Minera Tapir, a unit of Belmont Gold.", "2020-05-04")
    assert ("Minera Tapir", "Cerro Largo") in facts(c, "OWNS")


def test_a_licence_of_a_mine_granted_to_a_company_past_the_mines_place(ex):
    c = context(ex, "The court suspended the licence of the Río Frío gold mine in Olancho, Honduras, granted in 2009 "
                    "to Minera Olancho.", "2020-05-04")
    assert ("Minera Olancho", "Río Frío") in facts(c, "OWNS")


def test_a_concession_held_by_a_company_is_of_the_site_named_before(ex):
    c = context(ex, "The Cerro Azul mine lies in Sonora. The concession is held by Minera Arcos.", "2020-05-04")
    assert ("Minera Arcos", "Cerro Azul") in facts(c, "OWNS")


def test_a_chain_of_areas_of_different_levels_after_a_list_is_no_list(ex):
    c = context(ex, "The Condorhuasi project lies in the districts of Ayas and Pomas, Rondos province, Ucayali region.",
                "2020-05-04")
    located = {(p, a.replace(" province", "").replace(" region", "")) for p, a in facts(c, "LOCATED_IN")}
    assert ("Rondos", "Ucayali") in located
    assert ("Ayas", "Rondos") in located and ("Pomas", "Rondos") in located
    assert ("Pomas", "Ucayali") in located


def test_a_port_on_the_coast_of_an_area_lies_in_it(ex):
    c = context(ex, "Ore would be shipped through Puerto Lindo, a port on the Caribbean coast of Colón province.",
                "2020-05-04")
    assert any(p == "Puerto Lindo" and a.startswith("Colón") for p, a in facts(c, "LOCATED_IN"))


def test_a_place_in_the_southeast_of_an_area_lies_in_it(ex):
    c = context(ex, "The Serra Preta iron mine lies in the southeast of Pará state.", "2020-05-04")
    assert any(p == "Serra Preta" and a.startswith("Pará") for p, a in facts(c, "LOCATED_IN"))


def test_the_parent_named_with_its_country_in_an_aside_does_not_run_the_mine(ex):
    c = context(ex, "Minera Los Andes, a unit of Peru's Compañía de Minas Buenaventura, runs the Orcopampa mine.",
                "2020-05-04")
    assert ("Minera Los Andes", "Orcopampa") in facts(c, "OPERATES")
    assert ("Compañía de Minas Buenaventura", "Orcopampa") not in facts(c, "OPERATES")


def test_a_company_owning_a_share_of_a_project_owns_it(ex):
    c = context(ex, "Minera Sur owns 60% of the Quenua project.", "2020-05-04")
    assert ("Minera Sur", "Quenua") in facts(c, "OWNS")


def test_a_mine_operated_by_its_subsidiary_is_run_by_the_subsidiary(ex):
    c = context(ex, "The Huaycco mine, owned by Andes Copper and operated by its subsidiary Minera Pacobamba, lies "
                    "40 km from the town of Paras.", "2020-05-04")
    assert ("Minera Pacobamba", "Huaycco") in facts(c, "OPERATES")


def test_a_mine_some_kilometres_from_a_town_in_an_area_lies_in_the_area(ex):
    c = context(ex, "The Quenua mine, located 40 km north of the town of Paras, in Ayacucho region, employs 900 people.",
                "2020-05-04")
    assert ("Quenua", "Ayacucho") in facts(c, "LOCATED_IN")


def test_a_capital_lies_in_its_area(ex):
    c = context(ex, "Police came from Huamanga, capital of Ayacucho region.", "2020-05-04")
    assert ("Huamanga", "Ayacucho") in facts(c, "LOCATED_IN")


def test_both_items_of_a_list_lie_in_the_area_after_both(ex):
    c = context(ex, "The communities of Santa Lucía and El Cedro, both in Monseñor Nouel province, opposed the dam.", "2020-05-04")
    located = facts(c, "LOCATED_IN")
    assert any(p.endswith("Santa Lucía") and a.startswith("Monseñor Nouel") for p, a in located)
    assert any(p.endswith("El Cedro") and a.startswith("Monseñor Nouel") for p, a in located)


def test_a_unit_of_a_police_force_is_part_of_it(ex):
    c = context(ex, "The Special Forces Division (DIVFE), a unit of the Policía Nacional Civil, evicted the families.",
                "2020-05-04")
    assert ("Special Forces Division", "Policía Nacional Civil") in facts(c, "PART_OF")


def test_a_body_subordinate_to_another_answers_to_it(ex):
    c = context(ex, "Officers of the Cusco police region, which is subordinate to the Ministry of the Interior, "
                    "detained two men.", "2020-05-04")
    assert any(a.lower() == "cusco police region" and b == "Ministry of the Interior" for a, b in facts(c, "SUBORDINATE_TO"))


def test_a_company_in_apposition_to_a_mines_operator_runs_it(ex):
    c = context(ex, "Andes Copper, the Quenua mine's operator, said Pacific Metals would buy its ore.", "2020-05-04")
    assert ("Andes Copper", "Quenua") in facts(c, "OPERATES")


def test_a_mine_that_belongs_to_a_company_is_owned_by_it(ex):
    c = context(ex, "The Quenua mine belongs to Minera Sur, a unit of Andes Copper.", "2020-05-04")
    assert ("Minera Sur", "Quenua") in facts(c, "OWNS")


# "is a subsidiary of C" said of the copula's subject past what stands between: (text, owner, owned).
UNITS_OF = [
    # past a relative clause
    ("Minera Quetzal S.A., which holds the Cerro Alto concession, is a subsidiary of Tallgrass Copper Corp.",
     "Tallgrass Copper Corp.", "Minera Quetzal S.A."),
    # past the subsidiary's description
    ("Minera Ocaso S.A., the operator of the Cerro Gris mine, is now a wholly owned subsidiary of Redgum Metals Corp.",
     "Redgum Metals Corp.", "Minera Ocaso S.A."),
]


@pytest.mark.parametrize("text,owner,owned", UNITS_OF)
def test_the_company_a_unit_noun_is_said_of_is_owned_by_the_company_after_it(ex, text, owner, owned):
    assert (owner, owned) in facts(context(ex, text, "2020-05-04"), "OWNS")


# The area a place's apposition says it is in: (text, place, area).
DESCRIBED_AREAS = [
    ("Rosa Coc is the alcalde of San Pedro Yax, a Q'eqchi' village of about 400 people in the Toledo District.",
     "San Pedro Yax", "Toledo District"),
    ("Tinsa also runs the Corrales mine, a small tin operation in Sud Lípez province, through its subsidiary "
     "Estaño Corrales S.R.L.", "Corrales", "Sud Lípez"),
]


@pytest.mark.parametrize("text,place,area", DESCRIBED_AREAS)
def test_a_place_lies_in_the_area_its_apposition_names(ex, text, place, area):
    assert (place, area) in facts(context(ex, text, "2020-05-04"), "LOCATED_IN")


# Each name of a list a plural kind noun closes lies in the area after it: (text, places, area).
LISTED_SITES = [
    ("Lumex Lithium also holds the Cerro Rojo and Loma Alta projects in Jujuy.", ["Cerro Rojo", "Loma Alta"], "Jujuy"),
]


@pytest.mark.parametrize("text,places,area", LISTED_SITES)
def test_each_site_of_a_list_closed_by_a_plural_kind_lies_in_the_area(ex, text, places, area):
    located = facts(context(ex, text, "2020-05-04"), "LOCATED_IN")
    assert all((place, area) in located for place in places)


# Who owns or runs a site or company, read from a clause whose ends are not plain names: (text, kind, owner, owned).
CLAUSE_ENDS = [
    # "the mine" with no name of its own: the mine named before
    ("Minera Paloma runs the Cerro Lindo mine. Since 2011 the mine has been operated by Andes Silver Corp.",
     "OPERATES", "Andes Silver Corp.", "Cerro Lindo"),
    # an agent under a company's short name, where NER saw no name
    ("Tullow Basin Resources Ltd. said output rose. Kappa Partners, a joint venture that is 60% owned by Tullow Basin "
     "and 40% by Rainer Metals Corp., runs the Cerro Lindo mine.", "OWNS", "Tullow Basin Resources Ltd.", "Kappa Partners"),
    # each company of a subject list owns it
    ("Andes Copper Corp. and Pacific Metals Ltd. own the Cerro Lindo mine.", "OWNS", "Pacific Metals Ltd.", "Cerro Lindo"),
    # a mine "worked by" a company is run by it
    ("The Cerro Lindo mine is worked by Minera Kallpa S.A.", "OPERATES", "Minera Kallpa S.A.", "Cerro Lindo"),
    # the company before "-owned"
    ("Protesters blocked the Andes Copper-owned Cerro Lindo mine. Minera Kallpa S.A. runs the Loma Alta mine.",
     "OWNS", "Andes Copper", "Cerro Lindo"),
    # each company a joint venture is between, past a share that breaks the phrase
    ("Minera Kallpa S.A. is a 50-50 joint venture between Andes Copper Corp. and Pacific Metals Ltd.",
     "OWNS", "Pacific Metals Ltd.", "Minera Kallpa S.A."),
    ("Andes Copper Corp. is the main shareholder of Minera Kallpa S.A.", "OWNS", "Andes Copper Corp.", "Minera Kallpa S.A."),
    # a relative clause after the mine's kind word
    ("Minera Kallpa S.A. is the operator of the Cerro Lindo mine, in which Andes Copper Corp. holds a 60% stake.",
     "OWNS", "Andes Copper Corp.", "Cerro Lindo"),
    ("The Cerro Lindo mine, which Andes Copper Corp. bought in 2010, lies in Áncash. Minera Kallpa S.A. runs the "
     "Loma Alta mine.", "OWNS", "Andes Copper Corp.", "Cerro Lindo"),
    # a parent described by a two-word nationality
    ("Minera Tambo S.A., operator of the Cerro Lindo mine and a subsidiary of the South African company Karoo Metals Ltd, "
     "said output fell.", "OWNS", "Karoo Metals Ltd", "Minera Tambo S.A."),
    # "its" after a subject named twice (full name, then its short name in parentheses)
    ("LIMA, 5 June 2024 — Minera Tambo S.A.C. (\"Tambo\"), the Peruvian subsidiary of Karoo Metals Ltd., informs its "
     "shareholders about the situation at its Cerro Lindo copper project.", "OPERATES", "Minera Tambo S.A.C.", "Cerro Lindo"),
    # "its subsidiary D" that the parse reads as words of D's name
    ("Norte Metals Inc. today provided an update on its Loma Alta iron ore project in Marabá, in the state of Pará, "
     "which is operated by its Brazilian subsidiary Mineração Vale do Tocantins.", "OWNS", "Norte Metals Inc.",
     "Mineração Vale do Tocantins"),
    # "It" after a bold name with a gloss: the mine the sentence before is about
    ("**Cerro Lindo** (Quechua for \"fine hill\") is an open-pit gold mine in Paraguay. It is operated by Oro del Sur S.A.",
     "OPERATES", "Oro del Sur S.A.", "Cerro Lindo"),
    # a name typing read as a natural feature, in a list a plural site noun closes
    ("Pampa Gold Corp said output rose. The company also owns the Las Lomas and Quebrada Honda projects in Atacama.",
     "OWNS", "Pampa Gold Corp", "Quebrada Honda"),
    # "run through its subsidiary D": D runs it, and the company whose project it is owns D
    ("Tamarack's Cerro Lindo project, in the department of Caldas, is run through its wholly owned subsidiary "
     "Minera Lindo S.A.S.", "OPERATES", "Minera Lindo S.A.S.", "Cerro Lindo"),
    ("Tamarack Gold Corp. said output rose. Tamarack's Cerro Lindo project, in the department of Caldas, is run through "
     "its wholly owned subsidiary Minera Lindo S.A.S.", "OWNS", "Tamarack Gold Corp.", "Minera Lindo S.A.S."),
    # a person as the agent of an ownership verb owns the company
    ("Minera Kallpa S.A., controlled by the Lima investor Jorge Salinas, also runs the Loma Alta mine.",
     "OWNS", "Jorge Salinas", "Minera Kallpa S.A."),
    # "began working": the ownership verb under an aspect verb is no hedge
    ("Threats began in 2020, when the company Caura Gold Corp. began working the Cerro Lindo gold deposit.",
     "OPERATES", "Caura Gold Corp.", "Cerro Lindo"),
]


@pytest.mark.parametrize("text,kind,owner,owned", CLAUSE_ENDS)
def test_an_owner_or_site_named_by_a_short_name_or_a_noun_is_the_one_named_before(ex, text, kind, owner, owned):
    assert (owner, owned) in facts(context(ex, text, "2020-05-04"), kind)


# A place in the area after it, where the name's kind has modifiers or the area's level is a state: (text, place, area).
LOCATED_PAST_KINDS = [
    ("The Sierra Alta open-pit iron-ore project in Durazno department was halted.", "Sierra Alta", "Durazno"),
    # a state ranks with a region: it lies in the country after it, not in a list with the town before
    ("Police evicted the members of the community of Tamu, in the municipality of Sifontes, Bolívar State, Venezuela.",
     "Bolívar State", "Venezuela"),
    # a mine named with its ore ("bauxite") is a site, past its kind to its area
    ("Residents blocked the road to the Kettle Hill bauxite mine in St. Ann parish.", "Kettle Hill", "St. Ann"),
    # an operator in an aside before "lies in"
    ("The Cerro Lindo mine, operated by Minera Kallpa S.A., lies in Potosí department.", "Cerro Lindo", "Potosí"),
]


@pytest.mark.parametrize("text,place,area", LOCATED_PAST_KINDS)
def test_a_place_lies_in_the_area_after_its_modified_kind_or_its_state(ex, text, place, area):
    assert (place, area) in facts(context(ex, text, "2020-05-04"), "LOCATED_IN")


# The owners in an aside before the verb own the company; it, not they, runs the mine: (text, owner).
OWNERS_IN_ASIDES = [
    ("Minera Kallpa S.A., which is 60% owned by Andes Copper Corp., runs the Cerro Lindo mine.", "Andes Copper Corp."),
    ("Minera Kallpa S.A., owned by Andes Copper Corp. and Pacific Metals Ltd., runs the Cerro Lindo mine.", "Pacific Metals Ltd."),
]


@pytest.mark.parametrize("text,owner", OWNERS_IN_ASIDES)
def test_an_owner_in_an_aside_before_the_verb_does_not_run_the_mine(ex, text, owner):
    c = context(ex, text, "2020-05-04")
    assert (owner, "Minera Kallpa S.A.") in facts(c, "OWNS")
    assert facts(c, "OPERATES") == {("Minera Kallpa S.A.", "Cerro Lindo")}


# The companies a site (or a part of it) is leased to run it: (text, lessees, site).
LEASED_SITES = [
    ("The state company Minera Estatal S.A. leases the Cerro Lindo mine to Minera Kallpa S.A. and Andes Tin Ltd.",
     ["Minera Kallpa S.A.", "Andes Tin Ltd."], "Cerro Lindo"),
    # "parts of it": the sentence's subject
    ("The Cerro Lindo mine, in Potosí, is owned by Minera Estatal S.A., which leases parts of it to Minera Kallpa S.A. "
     "and Andes Tin Ltd.", ["Minera Kallpa S.A.", "Andes Tin Ltd."], "Cerro Lindo"),
]


@pytest.mark.parametrize("text,lessees,site", LEASED_SITES)
def test_the_companies_a_site_is_leased_to_run_it(ex, text, lessees, site):
    operators = facts(context(ex, text, "2020-05-04"), "OPERATES")
    assert {(lessee, site) for lessee in lessees} == operators
