"""People's positions and memberships as prose states them (issue 8's English relation recall), each on a
made-up sentence (none is taken from a scored report)."""

import pytest

from loaders.read import report_from_text
from tests.loaders.helpers import context, facts


def test_a_short_name_and_its_possessive_before_joined_titles_is_the_company(ex):
    c = context(ex, "Larchmont Nickel Corp. owns the Río Seco mine. Larchmont's president and chief executive, "
                    "Alan Brierley, said the company would comply.", "2020-05-04")
    assert ("Alan Brierley", "Larchmont Nickel Corp.") in facts(c, "HOLDS_POSITION")
    assert ("Alan Brierley", "Larchmont Nickel Corp.") in facts(c, "HEADS")


def test_a_short_name_before_a_title_without_possessive_is_the_company(ex):
    c = context(ex, "Foxglove Silver Ltd. bought the project in 2010. Foxglove chairman Peter Rowntree visited the site "
                    "in June.", "2020-05-04")
    assert ("Peter Rowntree", "Foxglove Silver Ltd.") in facts(c, "HOLDS_POSITION")


def test_a_plural_possessive_before_a_title_is_the_owner(ex):
    c = context(ex, "Pinewood Metals Inc. runs the mine. On Monday, Pinewood Metals' vice president of corporate affairs, "
                    "Laura Kemble, said work would pause.", "2020-05-04")
    assert ("Laura Kemble", "Pinewood Metals Inc.") in facts(c, "HOLDS_POSITION")


def test_a_manager_of_a_function_holds_a_post_but_does_not_head_the_company(ex):
    c = context(ex, "Minera Tabacal S.A. runs the mine. The talks are the work of Hugo Lindner, Minera Tabacal's manager "
                    "of community relations.", "2020-05-04")
    assert ("Hugo Lindner", "Minera Tabacal S.A.") in facts(c, "HOLDS_POSITION")
    assert ("Hugo Lindner", "Minera Tabacal S.A.") not in facts(c, "HEADS")


def test_a_minister_holds_the_ministry_the_report_names_for_the_portfolio(ex):
    c = context(ex, "The Ministry of Tourism and Industries (MTI) opened the table. It was opened by the Minister of "
                    "Tourism and Industries, Rodrigo Alvarado Pinto.", "2020-05-04")
    assert ("Rodrigo Alvarado Pinto", "Ministry of Tourism and Industries") in facts(c, "HEADS")
    assert not [p for p in c.entities.values() if p.cls == "Person" and p.name.startswith("of ")]


def test_a_deputy_minister_holds_the_named_ministry_not_another_countrys(ex):
    c = context(ex, "The Ministry of Mines and Hydrocarbons said inspectors would visit. Deputy Minister of Mines "
                    "Tobías Ramírez Ortega told reporters in Quito that work would stop.", "2020-05-04")
    holds = facts(c, "HOLDS_POSITION")
    assert ("Tobías Ramírez Ortega", "Ministry of Mines and Hydrocarbons") in holds
    assert ("Tobías Ramírez Ortega", "Ministry of Energy and Mines") not in holds


def test_a_name_that_runs_into_the_portfolio_of_a_title_is_cut_at_the_title(ex):
    c = context(ex, "On Monday, Deputy Minister of Energy and Mines Luis Fernando Ajcip met the mayors.", "2020-05-04")
    assert ("Luis Fernando Ajcip", "Ministry of Energy and Mines") in facts(c, "HOLDS_POSITION")
    assert not [p for p in c.entities.values() if p.cls == "Person" and p.name.startswith("Mines")]


def test_a_delegate_in_a_place_is_the_named_holder_of_the_title(ex):
    c = context(ex, "The Federal Water Commission (Conagua) opened a review. Conagua's delegate in Sonora, "
                    "Marta Ibarra Solís, met the farmers.", "2020-05-04")
    assert ("Marta Ibarra Solís", "Federal Water Commission") in facts(c, "HOLDS_POSITION")


def test_its_director_of_a_portfolio_is_the_appointing_bodys_not_a_ministry(ex):
    c = context(ex, "The Governorate of Oruro appointed Julián Quispe Huanca, its director of mining, to chair the talks.",
                "2020-05-04")
    holds = facts(c, "HOLDS_POSITION")
    assert ("Julián Quispe Huanca", "Governorate of Oruro") in holds
    assert not [p for p in holds if p[1].startswith("Ministry")]
    assert ("Julián Quispe Huanca", "Governorate of Oruro") not in facts(c, "HEADS")


def test_a_cacique_holds_a_post_in_the_community_the_title_is_of(ex):
    c = context(ex, "The families were represented by the cacique of the Emberá community of Río Tuquesa, "
                    "Evelia Cansarí.", "2020-05-04")
    assert any(p == "Evelia Cansarí" and "Tuquesa" in b for p, b in facts(c, "HOLDS_POSITION"))


def test_an_alcalde_in_english_prose_holds_the_office_of_the_town(ex):
    c = context(ex, "The alcalde of Santa Eulalia, Pascual Domingo Tomás, attends as an observer.", "2020-05-04")
    assert ("Pascual Domingo Tomás", "Santa Eulalia") in facts(c, "HOLDS_POSITION")


def test_a_justice_sits_in_the_chamber_named_before(ex):
    c = context(ex, "The Constitutional Chamber of the Supreme Court annulled the permit. Justice Rebeca Solano Mora "
                    "wrote the majority opinion.", "2020-05-04")
    assert ("Rebeca Solano Mora", "Constitutional Chamber of the Supreme Court") in facts(c, "HOLDS_POSITION")


def test_a_bodys_secretary_and_legal_counsel_hold_posts_in_it(ex):
    c = context(ex, "The Frente de Defensa del Valle met on Monday. The Frente's secretary, Juana Pérez Lucas, "
                    "keeps the minutes.", "2020-05-04")
    assert ("Juana Pérez Lucas", "Frente de Defensa del Valle") in facts(c, "HOLDS_POSITION")
    c = context(ex, "Minera Cerro Azul, represented by its legal counsel Rodrigo Fallas Mena, said the project "
                    "had the municipality's support.", "2020-05-04")
    assert ("Rodrigo Fallas Mena", "Minera Cerro Azul") in facts(c, "HOLDS_POSITION")


def test_a_secretary_of_a_portfolio_holds_the_secretariat_not_a_ministry(ex):
    c = context(ex, "The state government appointed Carla Ruiz as Bahia's Secretary of Public Security.", "2020-05-04")
    assert ("Carla Ruiz", "Secretariat of Public Security") in facts(c, "HOLDS_POSITION")


def test_a_vice_minister_of_an_unknown_portfolio_holds_the_ministry_of_the_sentences_minister(ex):
    c = context(ex, "The Ministry of Tourism and Industries (MTI) opened the table. It was opened by the Minister of "
                    "Tourism and Industries, Rodrigo Alvarado Pinto, and the Vice Minister of Internal Trade and "
                    "Industries, Carla Mendieta.", "2020-05-04")
    holds = facts(c, "HOLDS_POSITION")
    assert ("Carla Mendieta", "Ministry of Tourism and Industries") in holds
    assert not [b for p, b in holds if p == "Carla Mendieta" and b != "Ministry of Tourism and Industries"]


def test_an_office_glued_to_its_body_by_ner_is_the_body_named_after_the_last_of(ex):
    c = context(ex, "The Ministry of Commerce and Industries (MICI) installed a table. The commission will be chaired by "
                    "the National Director of Mineral Resources of MICI, Iván De Gracia.", "2020-05-04")
    holds = facts(c, "HOLDS_POSITION")
    assert ("Iván De Gracia", "Ministry of Commerce and Industries") in holds
    assert not [b for p, b in holds if b.startswith("Mineral Resources")]


def test_a_title_after_a_kind_possessive_is_never_the_countrys(ex):
    c = context(ex, "The ejido voted in Lima. The ejido's comisariado president, Gerardo Tlapa, said no land would "
                    "be leased.", "2024-05")
    assert not [b for p, b in facts(c, "HOLDS_POSITION") if p == "Gerardo Tlapa" and b.startswith("Government")]


def test_a_rank_between_commanded_by_and_the_name_still_gives_the_head(ex):
    c = context(ex, "The officers answer to the National Police's Boaco delegation, commanded by Commissioner Arturo Díaz.",
                "2020-05-04")
    assert ("Arturo Díaz", "Boaco delegation") in facts(c, "HEADS")


def test_under_the_command_of_a_colonel_heads_the_unit(ex):
    c = context(ex, "The court ordered the Cauca police department, under the command of Colonel Iván Ospina, to protect "
                    "the leaders.", "2020-05-04")
    assert ("Iván Ospina", "Cauca police department") in facts(c, "HEADS")


def test_commanded_by_after_a_based_in_aside_heads_the_unit_before_it(ex):
    c = context(ex, "The Military Police's 12th Battalion, based in Marabá and commanded by Lieutenant Colonel Paulo Serra, "
                    "removed the blockade.", "2020-05-04")
    assert ("Paulo Serra", "12th Battalion") in facts(c, "HEADS")


def test_a_body_named_again_in_full_where_ner_missed_it_is_read_from_its_words(ex):
    from loaders.positions import Positions
    c = context(ex, "The mine is run by Ferro Norte, which is owned by the group Boreal Iron. On 20 August, Boreal Iron's "
                    "chief executive, Simon Clarke, met the residents.", "2020-05-04")
    role = next(r for r in c.roles if r.title == "chief executive")
    end = c.report.text.index("'s chief")
    c.mentions = [m for m in c.mentions if m.end != end]      # as where NER misses the second "Boreal Iron"
    short = Positions._short_name_before(c, role, end)
    assert short is not None and c.entities[short.entity].name == "Boreal Iron"


def test_a_town_named_before_a_local_title_is_its_office_where_ner_missed_it(ex):
    c = context(ex, "The company's project lies in the municipality of Tepango, Puebla.\n\n"
                    "- 3 May: Tepango municipal president Rocío Lima Tzompa said the council would refuse the permit.",
                "2020-05")
    assert ("Rocío Lima Tzompa", "Tepango") in facts(c, "HOLDS_POSITION")


def test_a_name_in_apposition_before_is_president_holds_the_post(ex):
    c = context(ex, "The engineers are brothers. Their father, Eusebio Quenta, is president of the Federación de "
                    "Cooperativas Auríferas de Sorata (FECOAS), which groups 40 cooperatives.", "2020-05-04")
    assert ("Eusebio Quenta", "Federación de Cooperativas Auríferas de Sorata") in facts(c, "HOLDS_POSITION")


def test_the_councils_secretary_is_of_the_council_named_two_sentences_before_past_a_quote(ex):
    c = context(ex, "Around him sit the delegates of the Consejo Maya de Ixil, led by Mateo Brito. \"We came to talk,\" "
                    "said Brito, who has headed the council since 2004. The council's secretary, Juana Ceto, keeps the "
                    "minutes.", "2020-05-04")
    assert ("Juana Ceto", "Consejo Maya de Ixil") in facts(c, "HOLDS_POSITION")


def test_a_title_before_a_name_and_of_a_body_after_it_is_that_bodys(ex):
    c = context(ex, "President Luis Cano of the Junta de Regantes de Chira met the governor.", "2020-05-04")
    assert ("Luis Cano", "Junta de Regantes de Chira") in facts(c, "HOLDS_POSITION")


@pytest.mark.parametrize("text, town", [
    ("Police cleared the road in Sabaneta on Monday. The mayor, Rolando Núñez, said the licence was illegal.", "Sabaneta"),
    # No town named near the title: the town the report is datelined in.
    ("SABANETA – Police cleared the road to Tocoa on Monday. Farmers said the river was dirty. Dozens of families left. "
     "Mayor Rolando Núñez said the licence was illegal.", "Sabaneta"),
])
def test_the_mayor_told_in_a_later_sentence_is_the_mayor_of_the_town_named_before(ex, text, town):
    c = context(ex, text, "2020-05-04")
    assert ("Rolando Núñez", town) in facts(c, "HOLDS_POSITION")


def test_the_untitled_leader_of_a_bodys_team_is_one_of_its_people(ex):
    c = context(ex, "Minera Cañaveral S.A. owns the mine. The company reaffirms that its community relations team, "
                    "led by Marisol Quintanilla Ríos, has met the villagers eleven times.", "2020-05-04")
    assert ("Marisol Quintanilla Ríos", "Minera Cañaveral S.A.") in facts(c, "MEMBER_OF")
    c = context(ex, "The Ministry of Mines sent a delegation, led by Óscar Aldana Pérez, to Tocoa.", "2020-05-04")
    assert ("Óscar Aldana Pérez", "Ministry of Mines") in facts(c, "MEMBER_OF")


def test_an_unknown_portfolio_before_minister_is_the_ministry_of_it_not_a_body_of_its_own(ex):
    c = context(ex, "On Friday, Natural Resources Minister Desmond Harte said the government would send a team.",
                "2020-05-04")
    assert ("Desmond Harte", "Ministry of Natural Resources") in facts(c, "HOLDS_POSITION")
    assert ("Desmond Harte", "Natural Resources") not in facts(c, "HOLDS_POSITION")


def test_a_name_before_the_companys_title_holds_it(ex):
    c = context(ex, "Minera Lempira S.A. runs the mine. Gerardo Mejía Soto, the company's spokesman, denied the claims.",
                "2020-05-04")
    assert ("Gerardo Mejía Soto", "Minera Lempira S.A.") in facts(c, "HOLDS_POSITION")


def test_each_person_after_a_plural_title_holds_a_post_in_the_body_after_the_list(ex):
    c = context(ex, "Community leaders Gerardo Mejía Soto and Claudia Andrade Rivas of the Lenca community of San "
                    "Francisco were arrested.", "2020-05-04")
    holds = {p for p, b in facts(c, "HOLDS_POSITION") if "San Francisco" in b}
    assert holds == {"Gerardo Mejía Soto", "Claudia Andrade Rivas"}


def test_its_is_a_singular_bodys_not_the_residents_named_with_it(ex):
    c = context(ex, "Residents of Kiwasna and the Tuahka Territorial Government, which represents the Mayangna "
                    "communities, say the concession was illegal. Its president, Marta Lino Green, said the road would "
                    "stay closed.", "2020-05-04")
    holds = facts(c, "HOLDS_POSITION")
    assert ("Marta Lino Green", "Tuahka Territorial Government") in holds
    assert not [b for p, b in holds if p == "Marta Lino Green" and b.lower().startswith("residents")]


# Whose office a title is, told by the words around it: (text, holder, body).
TITLE_OWNERS = [
    # "regional president": the regional government the report names, not the country's president.
    ("A meeting was held at the headquarters of the Regional Government of Pasco, convened by the regional "
     "president, Tomás Quiroga Lázaro, and attended by the company.", "Tomás Quiroga Lázaro", "Regional Government of Pasco"),
    # "prefect": the prefecture the report names.
    ("The Prefecture of Guadeloupe banned the march. The prefect, Hélène Castaing, will meet the mayors on Monday.",
     "Hélène Castaing", "Prefecture of Guadeloupe"),
    # "commander of the army's X": the unit past its owner's possessive.
    ("The minister visited the site with the commander of the army's 12th Mountain Brigade, General Rubén Ortiz.",
     "Rubén Ortiz", "12th Mountain Brigade"),
    # "the assembly's spokesperson": the one body named before whose name starts with the noun.
    ("The Asamblea Popular de Tilcara blocked the road. The assembly's spokesperson, Julia Mamani, said the march "
     "would go on.", "Julia Mamani", "Asamblea Popular de Tilcara"),
    # "head of the <town> police": the police, not the town; "the <town> police" is the town's force (groups.yaml).
    ("In Huancayo, Peru, about 300 officers arrived. They are under the command of the head of the Huancayo police, "
     "Colonel PNP Óscar Villena Ruiz, who answers to the regional command.", "Óscar Villena Ruiz", "Huancayo police"),
    # a deputy minister told with no portfolio: the ministry named in the sentence or the two before.
    ("The Ministry of Mining and Hydrocarbons will review the contract. Deputy minister Ramiro Choque Apaza told state "
     "television that the ministry would read it clause by clause.", "Ramiro Choque Apaza", "Ministry of Mining and Hydrocarbons"),
    # "Senator X": a seat in the senate the report names.
    ("The Senate's Committee on Fisheries met on Tuesday. Senator Marta Quiroga Ibáñez (Partido Verde) asked for a "
     "new study.", "Marta Quiroga Ibáñez", "Senate"),
    # "the president of the council, X": the one body named before whose name starts with "council" or "consejo".
    ("The Consejo Indígena de Yaxté filed the complaint. The president of the council, Rosa Tiul Caal, spoke to "
     "reporters.", "Rosa Tiul Caal", "Consejo Indígena de Yaxté"),
    # a minister's portfolio of several words with commas, which the lexicon does not know: the ministry of that name.
    ("The committee heard the Minister of Fisheries, Forests and Water, Rodrigo Alvarado Pinto, on Tuesday.",
     "Rodrigo Alvarado Pinto", "Ministry of Fisheries, Forests and Water"),
    # ... "for" a list whose first item the lexicon knows; a cabinet secretary's is a ministry (roles.yaml `office_names`),
    # and a principal secretary "for" the first item holds a post in it.
    ("The committee heard the Cabinet Secretary for Mining, Coastal Fisheries and Maritime Affairs, Tom Ruto, and the "
     "Principal Secretary for Mining, Ann Wairimu.", "Tom Ruto", "Ministry of Mining, Coastal Fisheries and Maritime Affairs"),
    ("The committee heard the Cabinet Secretary for Mining, Coastal Fisheries and Maritime Affairs, Tom Ruto, and the "
     "Principal Secretary for Mining, Ann Wairimu.", "Ann Wairimu", "Ministry of Mining, Coastal Fisheries and Maritime Affairs"),
    # "Governor X" told alone, where the report names the region's government by a longer name: that body.
    ("The Regional Government of Pasco called the meeting. Governor Tomás Quiroga Lázaro received a delegation.",
     "Tomás Quiroga Lázaro", "Regional Government of Pasco"),
    # "the regional president, X" where the report names no regional government: the one of the one region named.
    ("Farmers from Pasco marched to the capital on Monday. They met the regional president, Tomás Quiroga Lázaro, "
     "on Tuesday.", "Tomás Quiroga Lázaro", "Regional Government of Pasco"),
    # "president of the <place> peasant community": the community the report names for the place, not the place.
    ("Residents of Quispillacta, a highland community in Ayacucho, blocked the road on Monday. \"We will stay,\" said "
     "Julián Huamán Quispe, president of the Quispillacta peasant community, by telephone.", "Julián Huamán Quispe",
     "Residents of Quispillacta"),
    # "Transport and Mining Minister X": the capitalised words before a known portfolio are all one portfolio.
    ("Speaking in Kingston on Monday, Tourism and Mining Minister Delroy Harte Campbell appealed for calm.",
     "Delroy Harte Campbell", "Ministry of Tourism and Mining"),
    # "Archbishop X of P": the archdiocese of that place.
    ("The company, the mayors and the residents met on Monday. Archbishop Julio Cárdenas Ruiz of Ayacucho acted as "
     "facilitator.", "Julio Cárdenas Ruiz", "Archdiocese of Ayacucho"),
    # "the Intendant of P, X": the place the report names elsewhere, though no mention reads it after the title.
    ("The project lies in the departments of Tacuarembó and Rivera. The committee will visit the farms on 3 June "
     "with the Intendant of Tacuarembó, Néstor Ramírez Acosta.", "Néstor Ramírez Acosta", "Tacuarembó"),
    # a name in apposition that ends the sentence, which NER did not read.
    ("The monitoring committee met in Cerro de Pasco. It is chaired by the regional governor of Pasco, Tomás Quiroga "
     "Lázaro.", "Tomás Quiroga Lázaro", "Pasco"),
]


@pytest.mark.parametrize("text,holder,body", TITLE_OWNERS)
def test_a_title_holds_the_office_of_the_body_its_words_point_to(ex, text, holder, body):
    held = {(person, office.lower()) for person, office in facts(context(ex, text, "2020-05-04"), "HOLDS_POSITION")}
    assert (holder, body.lower()) in held


# "a member of the <kind>": the one body named before whose name has the kind's noun: (text, member, body).
MEMBERS_OF_KIND = [
    ("The Peaceful Resistance of La Laguna blocked the road. Those treated included Rosa María Paz, 64, a founding "
     "member of the resistance.", "Rosa María Paz", "Peaceful Resistance of La Laguna"),
    ("The Consejo Comunitario de Desarrollo de Yaxhá filed the complaint. On 15 October, police detained Julio Xol Tiul, "
     "63, both members of the council, on a warrant.", "Julio Xol Tiul", "Consejo Comunitario de Desarrollo de Yaxhá"),
    # past an aside in parentheses
    ("The Committee on Mining of the Senate met on Tuesday. Senator Mario Ferreyra (Partido Nacional), a member of the "
     "committee, said the farmers had not been consulted.", "Mario Ferreyra", "Committee on Mining of the Senate"),
]


@pytest.mark.parametrize("text,member,body", MEMBERS_OF_KIND)
def test_a_member_of_a_kind_belongs_to_the_body_of_that_kind_named_before(ex, text, member, body):
    assert (member, body) in facts(context(ex, text, "2020-05-04"), "MEMBER_OF")



@pytest.mark.parametrize("publisher, text, holder, company, heads", [
    # The one company named before in the section: its officer.
    (None, "Quillbrook Gold Corp. runs the Alto Verde mine. Residents blocked the road. "
     "\"We regret the incident,\" said chief executive Dana Morrow.", "Dana Morrow", "Quillbrook Gold Corp.", True),
    # Of a parent and its subsidiary, the company whose release the report is.
    ("Quillbrook Gold Corp.", "Quillbrook Gold Corp. owns Minera Tasca S.A., which runs the Alto Verde mine. "
     "\"We regret the incident,\" said chief executive Dana Morrow.", "Dana Morrow", "Quillbrook Gold Corp.", True),
    # "A company manager": one of its managers, a post, not its head.
    (None, "Quillbrook Gold Corp. runs the Alto Verde mine. Residents blocked the road. A company manager, Ian Tuck, "
     "met them.", "Ian Tuck", "Quillbrook Gold Corp.", False),
    # A manager told alone holds a post in the company the discourse names; named with it, heads it.
    (None, "Quillbrook Gold Corp. runs the Alto Verde mine. The manager, Ian Tuck, came once in December.",
     "Ian Tuck", "Quillbrook Gold Corp.", False),
    (None, "Quillbrook Gold Corp. runs the Alto Verde mine. Quillbrook manager Ian Tuck came once in December.",
     "Ian Tuck", "Quillbrook Gold Corp.", True),
    # Two companies and no release of either: no owner is read.
    (None, "Quillbrook Gold Corp. bought the concession from Harlow Metals Ltd. in 2010. Production began under general "
     "manager Ines Bravo.", "Ines Bravo", None, False),
])
def test_an_officer_told_without_a_body_is_of_the_one_company_named_before(ex, publisher, text, holder, company, heads):
    c = ex.context(report_from_text(text, {"published": "2020-05-04", "language": "en", "publisher": publisher}))
    held = [body for person, body in facts(c, "HOLDS_POSITION") if person == holder]
    assert held == ([company] if company else [])
    assert ((holder, company) in facts(c, "HEADS")) == heads


def test_a_prime_minister_of_another_country_holds_no_post_in_perus_presidency_of_the_council(ex):
    c = context(ex, "Residents of Trou-du-Nord, Haiti, marched on Monday. The company's chief executive met Prime "
                    "Minister Laurent Belfort Dorval in Port-au-Prince.", "2020-05-04")
    assert not [b for p, b in facts(c, "HOLDS_POSITION") | facts(c, "HEADS") if b == "Presidency of the Council of Ministers"]


@pytest.mark.parametrize("text, holder, language, publisher", [
    # "our spokesperson X" in the body's own bulletin
    ("The Tilcara Water Assembly marched on Monday. Police detained three members, among them our spokesperson "
     "Julia Mamani Cruz; they were freed the next day.", "Julia Mamani Cruz", "en", "Tilcara Water Assembly"),
    # a bulletin's signature line
    ("The Tilcara Water Assembly asks the province to suspend the permit. It will march on Monday in Tilcara.\n\n"
     "Director: Lorena Quispe Mamani.\n", "Lorena Quispe Mamani", "en", "Tilcara Water Assembly"),
    # "nuestro secretario de organización, X" in the body's own communiqué
    ("El Frente de Defensa de Tilcara inicia un paro. Rechazamos la detención de nuestro secretario de organización, "
     "Julio Mamani Cruz, ocurrida ayer.", "Julio Mamani Cruz", "es", "Frente de Defensa de Tilcara"),
])
def test_a_first_person_or_signed_title_is_a_post_in_the_publisher(ex, text, holder, language, publisher):
    report = report_from_text(text, {"published": "2020-05-04", "language": language, "publisher": publisher})
    assert (holder, publisher) in facts(ex.context(report), "HOLDS_POSITION")


def test_a_governor_told_alone_where_the_report_names_no_regional_government_holds_no_made_up_one(ex):
    c = context(ex, "Farmers from Pasco marched to the capital on Monday. Governor Tomás Quiroga Lázaro received a delegation.",
                "2020-05-04")
    assert not [office for person, office in facts(c, "HOLDS_POSITION") if "Government of Pasco" in office]
