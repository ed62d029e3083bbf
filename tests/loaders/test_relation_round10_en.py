"""Round 10 English relation rules (stock-exchange releases, NGO reports, wire stories, case notes), each on a
made-up sentence (none is taken from a scored report): (text, relation type, head, tail)."""

import pytest

from loaders.read import report_from_text
from tests.loaders.helpers import context, facts

FOUND = [
    # titles of companies, regencies and districts
    ("Tarum Minerals Limited said work had stopped. Tarum's Managing Director, Alice Brennan, met officials.",
     "HEADS", "Alice Brennan", "Tarum Minerals Limited"),
    ("Tarum Minerals Limited said work had stopped. For further information: Tom Keller, Company Secretary.",
     "HOLDS_POSITION", "Tom Keller", "Tarum Minerals Limited"),
    ("The mine lies in Bantaeng regency. Officials met the Regent of Bantaeng, Hasan Lubis, in Makassar.",
     "HOLDS_POSITION", "Hasan Lubis", "Bantaeng"),
    ("The mine lies near Mufulira. Mufulira district commissioner Peter Banda said the road was open.",
     "HOLDS_POSITION", "Peter Banda", "Mufulira"),
    # "whose <title> at <place>": the body the relative is said of, not the place
    ("Mumba said the Tarum Miners Union, whose branch secretary at Kasanga, Kelvin Phiri, was arrested, had not "
     "organised the protest.", "HOLDS_POSITION", "Kelvin Phiri", "Tarum Miners Union"),
    # "in which A holds 80 percent and B the rest": both own the relative's noun
    ("The mine is owned by Kasanga Copper Mining (KCM), in which Tarum Metals holds 80 percent and the state-owned "
     "Lusaka Mining Holdings the rest.", "OWNS", "Tarum Metals", "Kasanga Copper Mining"),
    ("The mine is owned by Kasanga Copper Mining (KCM), in which Tarum Metals holds 80 percent and the state-owned "
     "Lusaka Mining Holdings the rest.", "OWNS", "Lusaka Mining Holdings", "Kasanga Copper Mining"),
    # a place in the area after its country's possessive, where typing gave the country no level
    ("The Kasanga copper mine, in Zambia's Copperbelt Province, is owned by Kasanga Copper Mining.",
     "LOCATED_IN", "Kasanga", "Copperbelt Province"),
    # "C has an 80% interest in B through its wholly owned subsidiary D": C owns B and D, D owns B
    ("Tarum Minerals Limited said work stopped at the Bukit mine. Tarum has an 80% interest in Sarang Mining Corp through its wholly owned "
     "subsidiary Tarum Indonesia Pty Ltd.", "OWNS", "Tarum Minerals Limited", "Sarang Mining Corp"),
    ("Tarum Minerals Limited said work stopped at the Bukit mine. Tarum has an 80% interest in Sarang Mining Corp through its wholly owned "
     "subsidiary Tarum Indonesia Pty Ltd.", "OWNS", "Tarum Indonesia Pty Ltd.", "Sarang Mining Corp"),
    ("Tarum Minerals Limited said work stopped at the Bukit mine. Tarum has an 80% interest in Sarang Mining Corp through its wholly owned "
     "subsidiary Tarum Indonesia Pty Ltd.", "OWNS", "Tarum Minerals Limited", "Tarum Indonesia Pty Ltd."),
    # a ranked name after "under": a post in the force the verb's subject is of
    ("Officers of the Tarum Police, which reports to the North Sulawesi Regional Police, have guarded the plant since "
     "Sunday under Commissioner Arif Wibowo.", "HOLDS_POSITION", "Arif Wibowo", "Tarum Police"),
    # "60% owned by A and 40% by B" where the parse leaves a sentence-final "Corp." without its "by"
    ("The Tarum project is 60% owned by Kestrel Resources Inc. and 40% by Andes Holdings Corp. It is run by Tarum "
     "Mining Corp.", "OWNS", "Andes Holdings Corp.", "Tarum"),
    # "D, C's Philippine subsidiary": C owns D
    ("The Tarum mine is run by Tarum Mining Development Corp. (TMDC), Kestrel's Philippine subsidiary. Kestrel "
     "Resources Inc. said output fell.", "OWNS", "Kestrel Resources Inc.", "Tarum Mining Development Corp."),
    # "the battalion's commander": the battalion named before
    ("The checkpoints are manned by troops of the 37th Infantry Battalion, which is under the 603rd Infantry Brigade. "
     "Lt. Col. Eduardo Tanaka, the battalion's commander, said the soldiers would stay.", "HOLDS_POSITION",
     "Eduardo Tanaka", "37th Infantry Battalion"),
    # "the remaining 40% is held by D": D owns what the owner named before owns
    ("Sagittarius Resources Inc. bought 60% of the Malibato mine in 2018. The remaining 40% is held by Kalaong Holdings "
     "Corp., a local firm.", "OWNS", "Kalaong Holdings Corp.", "Malibato"),
    # "B, whose X is commanded by P": P holds a post in B
    ("The Ontario Provincial Police (OPP), whose Northwest Region is commanded by Chief Superintendent Carol Dumont, "
     "told the court it would not act.", "HOLDS_POSITION", "Carol Dumont", "Ontario Provincial Police"),
    # "the JV, a partnership of A (70%) and the trading house B (30%)": each owns the joint venture
    ("Since 2017 the mine has been owned by the Tarum Joint Venture, a partnership of Southern Cross Goldfields (70%) "
     "and the Japanese trading house Hoshida Corporation (30%).", "OWNS", "Hoshida Corporation", "Tarum Joint Venture"),
    ("Since 2017 the mine has been owned by the Tarum Joint Venture, a partnership of Southern Cross Goldfields (70%) "
     "and the Japanese trading house Hoshida Corporation (30%).", "OWNS", "Southern Cross Goldfields", "Tarum Joint Venture"),
    # "The corporation's chairperson, X": the body named before whose name has the noun
    ("In 2019 the Wanmala Aboriginal Corporation objected to the expansion. The corporation's chairperson, Doreen "
     "Ashwood, told a Senate committee that two rock shelters were damaged.", "HEADS", "Doreen Ashwood",
     "Wanmala Aboriginal Corporation"),
    # "the X mine's general manager": a post in the company that runs the mine, not in another company named before
    ("Yindarra Operations Pty Ltd runs the Yindarra mine.\n\nThe Tarum Corporation objected. The Yindarra mine's general "
     "manager, Steven Price, said the company had followed the law.", "HOLDS_POSITION", "Steven Price",
     "Yindarra Operations Pty Ltd"),
    # a minister of a department's portfolio heads the department the report names
    ("The Department of Mineral Resources and Energy issued the statement. The Minister of Mineral Resources and "
     "Energy, Thabo Mokoena, visited the mine.", "HEADS", "Thabo Mokoena", "Department of Mineral Resources and Energy"),
    # "the Department's Regional Manager for North West": a post in the department, not in the region
    ("The Department of Mineral Resources and Energy issued the statement. The Minister was accompanied by the "
     "Department's Regional Manager for North West, Pieter van Wyk.", "HOLDS_POSITION", "Pieter van Wyk",
     "Department of Mineral Resources and Energy"),
    # a share told in figures held by a community trust
    ("Mogale Platinum (Pty) Ltd runs the mine. The Mmakau Community Trust holds 26% of Mogale Platinum under the "
     "Mining Charter.", "OWNS", "Mmakau Community Trust", "Mogale Platinum (Pty) Ltd"),
    # an area told with its level lies in the place its "of" names, typed a town or not
    ("The mine lies in the Kenora District of northwestern Ontario, about 90 km north of Red Lake.", "LOCATED_IN",
     "Kenora District", "Ontario"),
    # a memorandum of understanding is a security agreement
    ("Kasanga Mining SAS runs the Kasanga mine. The Mines Police (PMK), a unit of the Tarum National Police, has guarded "
     "the concession since 2018 under a memorandum of understanding with Kasanga Mining SAS.",
     "PROVIDES_SECURITY_TO", "Mines Police", "Kasanga Mining SAS"),
    # round 12: a company told again by the words of its name past its legal form ("plc", "SpA") is that company
    ("Tarum Resources plc is based in Leeds. The Kasanga mine is run by Tarum Kasanga Limited, in which Tarum holds 90%.",
     "OWNS", "Tarum Resources plc", "Tarum Kasanga Limited"),
    ("Minera Kantu SpA runs the Kantu Alto mine. Kantu's general manager, Jorge Paredes, spoke on Monday.",
     "HEADS", "Jorge Paredes", "Minera Kantu SpA"),
    # round 12: "part of the Army's Ninth Brigade": the unit after the possessive, not the army
    ("The 31st Infantry Battalion, part of the Army's Ninth Brigade, guards the mine.", "PART_OF",
     "31st Infantry Battalion", "Ninth Brigade"),
    # round 12: a body that is a member of another (not only a person)
    ("Tarum Resources plc is a member of the International Council on Mining and Metals (ICMM).", "MEMBER_OF",
     "Tarum Resources plc", "International Council on Mining and Metals"),
    # round 12: "the department's commander": the body named before whose name has the kind word
    ("The Tarum Police Department sent a squad. The department's commander, Colonel Hernando Ruiz, said the squad acted.",
     "HEADS", "Hernando Ruiz", "Tarum Police Department"),
    # round 12: a committee's vice-chairperson, the committee pointed back to past a body named since
    ("The Departmental Committee on Mining questioned the Cabinet Secretary for Mining, Blue Economy and Maritime Affairs, "
     "Joseph Kamau. The sitting was chaired by the committee's vice-chairperson, Amina Odera.", "HOLDS_POSITION",
     "Amina Odera", "Departmental Committee on Mining"),
    # round 12: "C, which runs the open-pit mine near the town of S": the site named before, placed by "near"
    ("Minera Sora SpA said the Quebrada Sora mine would comply. Minera Sora, which runs the open-pit mine near the town "
     "of Salamanca, is a joint venture.", "OPERATES", "Minera Sora SpA", "Quebrada Sora"),
    # round 12: "a joint venture of A, which holds 70%, and B, which holds the remaining 30%": B owns it too
    ("Minera Sora SpA is a joint venture of Andes Copper Corp, which holds 70%, and Japan's Kiso Metals, which holds the "
     "remaining 30%.", "OWNS", "Kiso Metals", "Minera Sora SpA"),
    # round 12: "MUT is an affiliate of the Tarum Congress of Trade Unions": a body's membership
    ("The Mine Workers Union of Tarum (MUT) had not organised the protest. MUT is an affiliate of the Tarum Congress of "
     "Trade Unions.", "MEMBER_OF", "Mine Workers Union of Tarum", "Tarum Congress of Trade Unions"),
    # round 12: "X, a lawmaker": a seat in the legislature named before
    ("The National Assembly of Tarum met. Ana Ruiz, a lawmaker, said the vote was delayed.", "HOLDS_POSITION", "Ana Ruiz",
     "National Assembly of Tarum"),
    # round 12: "Chief Executive Officer" is a company's head
    ("Tarum Resources plc is a gold producer headquartered in Leeds. Its Chief Executive Officer, Martin Hale, spoke.",
     "HEADS", "Martin Hale", "Tarum Resources plc"),
    # round 12: "X also sits on the committee": the committee named before
    ("The Board's Sustainability Committee is chaired by Fiona Walsh. Martin Hale, the chief executive, also sits on the "
     "committee.", "MEMBER_OF", "Martin Hale", "Sustainability Committee"),
    # round 12: "the special mining lease was held by C": a lease with modifiers and no site in it is of the only site named
    ("Families were evicted from land set aside for the Kasanga Sands project. The sitting was chaired by Amina Odera. "
     "Daniel Mwakio had tabled a petition. Mr Kamau said the special mining lease was held by Pwani Minerals Limited.",
     "OWNS", "Pwani Minerals Limited", "Kasanga Sands"),
    # round 12: commodity words before a site's kind word ("gold and silver mine", "mineral sands project")
    ("Protesters blocked the Tarum gold and silver mine in Zacatecas state.", "LOCATED_IN", "Tarum", "Zacatecas"),
    ("Families were evicted from land set aside for the Kasanga Sands mineral sands project in Kwale County.",
     "LOCATED_IN", "Kasanga Sands", "Kwale County"),
    # round 12: "D bought the A mine from C": C owned it
    ("Kasanga Gold Corp bought the Tarum mine from Norvale Copper Inc in 2015.", "OWNS", "Norvale Copper Inc", "Tarum"),
    # round 12: "X, the Tarum Police Department's commander,": a body's name of several words before the possessive
    ("Luis Vega, the Tarum Police Department's commander, said the road was clear.", "HEADS", "Luis Vega",
     "Tarum Police Department"),
    # round 12: a civil body part of another civil body
    ("The Tarum Peasant Federation is part of the National Confederation of Peasants.", "PART_OF",
     "Tarum Peasant Federation", "National Confederation of Peasants"),
    # round 12: "X, from the Y,": a member of the body (with its comma only)
    ("Ana Ruiz, from the Tarum Human Rights Centre, was detained.", "MEMBER_OF", "Ana Ruiz", "Tarum Human Rights Centre"),
    # round 13: "Chief X of the Y First Nation", "Y, whose chieftain, X,": X heads Y
    ("The deal was signed by Chief Mary Okemow of Wabano First Nation in Sudbury.", "HEADS", "Mary Okemow",
     "Wabano First Nation"),
    ("The marchers belong to the Tarum Tribal Council, whose chieftain, Rico Malayan, said no consent was given.",
     "HEADS", "Rico Malayan", "Tarum Tribal Council"),
    # round 13: "B, chaired this year by X," (the participle tagged a past tense): X heads B
    ("The Tarum Chamber of Mines, chaired this year by Susan Phiri, said it was following the talks.", "HEADS",
     "Susan Phiri", "Tarum Chamber of Mines"),
    # round 13: "whose director is Police Colonel X": a rank between the copula and the name
    ("The squad reports to the Tarum Police Provincial Office, whose director is Police Colonel Ruben Alcala.", "HEADS",
     "Ruben Alcala", "Tarum Police Provincial Office"),
    # round 13: "the Quebec Ministry of Mines ... Quebec's Minister of Mines, X": the ministry the report names, not the
    # gazetteer's of another country that files the portfolio
    ("The Wabano First Nation and the Quebec Ministry of Mines signed a deal. It was signed by Quebec's Minister of "
     "Mines, Luc Tremblay.", "HEADS", "Luc Tremblay", "Quebec Ministry of Mines"),
    # round 13: "The police station, led by Major X, reports to Z": the station (its kind word past the aside), not X
    ("The road is manned by officers of the Tarum Municipal Police Station. The police station, led by Police Major Ana "
     "Reyes, reports to the Tarum Police Provincial Office.", "SUBORDINATE_TO", "Tarum Municipal Police Station",
     "Tarum Police Provincial Office"),
    # round 13: "The battalion, headed by Lt. Col. X, is under the 401st Brigade": the copula's subject is under it
    ("The road is manned by troops of the 39th Infantry Battalion. The battalion, headed by Lt. Col. Jose Lim, is under "
     "the 402nd Infantry Brigade of the Philippine Army.", "SUBORDINATE_TO", "39th Infantry Battalion",
     "402nd Infantry Brigade"),
    # round 13: "a subsidiary of Vancouver-based C": C is based in the town
    ("The mine is run by Tarum Mining Inc., a subsidiary of Vancouver-based Kestrel Gold Corp.", "BASED_AT",
     "Kestrel Gold Corp.", "Vancouver"),
    # round 13: "C, the business arm of the Y First Nation": the community's company is part of it
    ("The Wabano First Nation signed the deal. The Wabano Development Corporation, the business arm of the Wabano First "
     "Nation, will hold a 5 per cent interest.", "PART_OF", "Wabano Development Corporation", "Wabano First Nation"),
    # round 13: "<Area> police commissioner X": X heads the area's police (named as told, with the title's words)
    ("The mine lies in Zambia's Copperbelt Province. Copperbelt police commissioner Ruth Banda said officers had left.",
     "HEADS", "Ruth Banda", "Copperbelt police"),
    # round 13: "owned and operated by C": C owns it too
    ("The Tarum gold mine is owned and operated by Kestrel Lakes Mining Inc., a subsidiary of Tallow Gold Corp.", "OWNS",
     "Kestrel Lakes Mining Inc.", "Tarum"),
    # round 13: "The corporation's chief executive is X": a possessive kind word before the title of a copula's subject
    ("The Wabano First Nation signed. The Wabano Development Corporation will hold 5 per cent of the road. The "
     "corporation's chief executive is Kevin Moose.", "HEADS", "Kevin Moose", "Wabano Development Corporation"),
    # round 13: "X sits on the TCM board": the body the seat noun's phrase names
    ("Tarum Copper Mines Limited (TCM) runs the mine. Its managing director, Peter Mwale, sits on the TCM board.",
     "MEMBER_OF", "Peter Mwale", "Tarum Copper Mines Limited"),
    # round 13: "C, which runs X, is 85 percent owned by D": the participle hangs from the share; the copula's subject is owned
    ("Wage talks at Tarum Copper Mines Limited (TCM) collapsed.\n\nTCM, which runs the Tarum underground mine in Kalulushi, "
     "is 85 percent owned by Hong Kong-listed Sinotar Nonferrous Holdings.", "OWNS", "Sinotar Nonferrous Holdings",
     "Tarum Copper Mines Limited"),
    # round 13: "The union is affiliated to F", "Both unions are affiliated to F": the unions named before are members
    ("The Tarum Mine Workers Union, whose president is Edgar Dizon, spoke. The union is affiliated to the Federation of "
     "Free Labour (FFL).", "MEMBER_OF", "Tarum Mine Workers Union", "Federation of Free Labour"),
    ("The Tarum Mine Workers Union represents most miners. The National Union of Tarum Miners represents the rest. Both "
     "unions are affiliated to the Tarum Federation of Labour.", "MEMBER_OF", "National Union of Tarum Miners",
     "Tarum Federation of Labour"),
]


@pytest.mark.parametrize("text,kind,head,tail", FOUND)
def test_a_relation_the_sentence_states(ex, text, kind, head, tail):
    found = {(h.lower(), t.lower()) for h, t in facts(context(ex, text, "2020-05-04"), kind)}
    assert (head.lower(), tail.lower()) in found


NOT_FOUND = [
    # a capitalised name no mention reads before an officer's title: not the office of another company
    ("Tarum Minerals Limited said work stopped. Officials met PTXM President Director Bambang Wijaya in Lolak.",
     "HOLDS_POSITION", "Bambang Wijaya", "Tarum Minerals Limited"),
    # a regional manager for a region holds a post in the department, heading none of it
    ("The Department of Mineral Resources and Energy issued the statement. The Minister was accompanied by the "
     "Department's Regional Manager for North West, Pieter van Wyk.", "HEADS", "Pieter van Wyk",
     "Department of Mineral Resources and Energy"),
    # "controlled by the Davao businessman X": the town describes the person, who owns the company
    ("The rest is held by Kalaong Holdings Corp., a firm controlled by the Davao businessman Ramon Villaflor.", "OWNS",
     "Davao", "Kalaong Holdings Corp."),
    # an interest with no share is no stake
    ("Tarum Minerals Limited said work stopped at the Bukit mine. Tarum has an interest in Sarang Mining Corp.", "OWNS",
     "Tarum Minerals Limited", "Sarang Mining Corp"),
    # a police title is no office of a company whose first word stands before it
    ("Kasanga Star Mining owns the mine. Kasanga police commissioner Mary Tembo said officers used tear gas.",
     "HOLDS_POSITION", "Mary Tembo", "Kasanga Star Mining"),
    ("Mumba said the Tarum Miners Union, whose branch secretary at Kasanga, Kelvin Phiri, was arrested, had not "
     "organised the protest.", "HOLDS_POSITION", "Kelvin Phiri", "Kasanga"),
    # round 12: between companies an affiliate is owned, not a member
    ("Kasanga Gold SA runs the mine. Kasanga Gold SA is an affiliate of Tarum Mining Corp.", "MEMBER_OF", "Kasanga Gold SA",
     "Tarum Mining Corp."),
    # round 13: "Chief Superintendent X", "Chief Inspector Y": a rank, no chief of the body named before
    ("The Tarum Police Service sent officers. The detachment is commanded by Chief Inspector Yaw Mensah.", "HEADS",
     "Yaw Mensah", "Tarum Police Service"),
    ("The road is manned by officers of the Tarum Municipal Police Station. The police station, led by Police Major Ana "
     "Reyes, reports to the Tarum Police Provincial Office.", "SUBORDINATE_TO", "Ana Reyes", "Tarum Police Provincial Office"),
    # round 13: "Hong Kong-listed C": where its shares trade, not where it is based
    ("The mine is 85 percent owned by Hong Kong-listed Sinotar Holdings.", "BASED_AT", "Sinotar Holdings", "Hong Kong"),
    # round 13: "the union" is the union named last, not a body whose name only holds the word's plural
    ("The Tarum Congress of Trade Unions met. The union is affiliated to the Federation of Free Labour.", "MEMBER_OF",
     "Tarum Congress of Trade Unions", "Federation of Free Labour"),
]


@pytest.mark.parametrize("text,kind,head,tail", NOT_FOUND)
def test_a_relation_the_sentence_does_not_state(ex, text, kind, head, tail):
    found = {(h.lower(), t.lower()) for h, t in facts(context(ex, text, "2020-05-04"), kind)}
    assert (head.lower(), tail.lower()) not in found


def test_a_bare_deputy_minister_in_a_departments_own_statement_holds_a_post_in_it(ex):
    text = ("The Minister was accompanied by the Deputy Minister, Lindiwe Mahlangu.\n\n"
            "Issued by: Department of Mineral Resources and Energy")
    c = ex.context(report_from_text(text, {"published": "2023-06-14", "language": "en",
                                           "publisher": "Department of Mineral Resources and Energy"}))
    assert ("Lindiwe Mahlangu", "Department of Mineral Resources and Energy") in facts(c, "HOLDS_POSITION")
