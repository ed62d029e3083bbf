"""English relations whose end is named by another form than the one the clause reads (round 11), each on a
made-up sentence (none is taken from a scored report): the fact must reach the entity that form names."""
import pytest

from tests.loaders.helpers import context


def names(c, ident):
    e = c.entities[ident]
    return {e.name, *e.aliases}


# (rule, text, relation type, start form, end form): some fact of that type joins entities known by those forms.
ENDS = [
    ("a community named after its noun is known by the noun-and-name form",
     "The council is chaired by Rosa Quispe, president of the community of Tarum Chico, a hamlet in Kantu.",
     "HEADS", "Rosa Quispe", "community of Tarum Chico"),
    ("a village's chairman heads the villagers, not a people's alliance named after them",
     "Villagers from Ch'ol Ha blocked the highway. The Mapuche Leaders Alliance has come out in support of them. Police arrested "
     "the village chairman, Juan Tut, and two other men.",
     "HOLDS_POSITION", "Juan Tut", "villagers from Ch'ol Ha"),
    ("a unit named after police from the is that unit, not a place",
     "Police from the Tarum Division, headed by Superintendent Ron Bell, kept watch on the blockade.",
     "HEADS", "Ron Bell", "Tarum Division"),
    ("each of the A and B cooperatives is a cooperative, not a place",
     "The state leases the mine to the Santa Rita and Villa Alta cooperatives. The cooperatives belong to the "
     "Federation of Mining Cooperatives of Tarum.",
     "MEMBER_OF", "Villa Alta cooperative", "Federation of Mining Cooperatives of Tarum"),
    ("a community's Spanish name joined by y is one name",
     "The peasant community of Santa Rita y Lomas opposes the project. Its president, Juan Tut, said so.",
     "HOLDS_POSITION", "Juan Tut", "peasant community of Santa Rita y Lomas"),
    ("a comunidad campesina named by a list closed by y is one community",
     "The comunidad campesina Santa Rita, Lomas y Tala demands compensation. The community, represented by its "
     "president, Juan Tut, asked for more.",
     "HOLDS_POSITION", "Juan Tut", "comunidad campesina Santa Rita, Lomas y Tala"),
    ("a body's kind word with words of its name points back to it",
     "Police from the Tarum Departmental Police Command cleared the road. The departmental command answers to the "
     "General Command of the Kantu Police.",
     "SUBORDINATE_TO", "Tarum Departmental Police Command", "General Command of the Kantu Police"),
    ("a place inside a unit's short form is part of the form",
     "Officers of the Tarum police unit cleared the road. The Tarum unit reports to the provincial police chief, "
     "Rosa Quispe.",
     "SUBORDINATE_TO", "Tarum police unit", "Rosa Quispe"),
    ("a title's body past the possessive of the body it belongs to",
     "The minister was accompanied by the director of the Ministry's General Office of Water Management, Rosa Quispe.",
     "HEADS", "Rosa Quispe", "General Office of Water Management"),
    ("a state body's unit named with a possessive belongs to it though typing left the body bare",
     "The Senate's Committee on Water and Mining heard the minister on Tuesday.",
     "PART_OF", "Committee on Water and Mining", "Senate"),
    ("a unit after a kind word's possessive is of the body's kind",
     "The Ministry of Energy and Mines sent engineers to Tarum. The ministry's Zonal Coordination 4, based in Kantu, "
     "oversees mining in the area.",
     "PART_OF", "Zonal Coordination 4", "Ministry of Energy and Mines"),
    ("a mine near a town lies in it",
     "The road to the Tarum Verde gold project near the town of Kantu is still closed.",
     "LOCATED_IN", "Tarum Verde", "Kantu"),
    ("the first of a list with ages, both members of the body a kind word points back to, is a member too",
     "The Consejo Comunitario de Tarum met on Monday. On 15 October, police detained Juan Tut, 41, and Pedro Xol, 63, "
     "both members of the council, on a warrant.",
     "MEMBER_OF", "Juan Tut", "Consejo Comunitario de Tarum"),
    ("a force's bare kind word is the force its apposition described so",
     "The minister sent 200 officers of the Mobile Squad 9, a unit of the Kantu Provincial Police, to the roadblock. "
     "The unit is commanded by Commissioner Rosa Quispe.",
     "HEADS", "Rosa Quispe", "Mobile Squad 9"),
    ("a state body described as an agency under another answers to it",
     "The National Border Service (Senafront), a security agency under the Ministry of Public Security, patrols Tarum.",
     "SUBORDINATE_TO", "National Border Service", "Ministry of Public Security"),
    ("the subject of a verb that sets up a post is based where it is, not the body named last before the verb",
     "The Tarum Verde mine lies in Kantu. The National Border Service, an agency under the Ministry of Public Security, "
     "set up a post at the mine in 2017.",
     "BASED_AT", "National Border Service", "Tarum Verde"),
    ("a kind word after answers to is the state body named before with it",
     "The Ministry of Water and Mining (MAM) sent engineers. The National Water Directorate was created in 2010. "
     "The directorate answers to the ministry.",
     "SUBORDINATE_TO", "National Water Directorate", "Ministry of Water and Mining"),
    ("the site noun before a placing verb is the mine named before",
     "Kantu Minerals runs the Tarum Verde copper mine. The court ordered the closure of the open-pit mine, located "
     "in the district of Sapallanga, in Loreto province.",
     "LOCATED_IN", "Tarum Verde", "Sapallanga"),
    ("a site with the communities of an area lies in it",
     "The ministry installed a dialogue table on the Tarum Verde copper project with the communities of the "
     "district of Sapallanga, in Loreto province.",
     "LOCATED_IN", "Tarum Verde", "Sapallanga"),
    ("who reports is the subject before a relative clause between commas, not a body named inside it",
     "Tarum Gold runs the mine. The 12th Infantry Brigade, which guards the mine under an agreement with the company, "
     "reports to the Kantu Military Region.",
     "SUBORDINATE_TO", "12th Infantry Brigade", "Kantu Military Region"),
    ("a unit named after a force's possessive with a lower-case unit word is part of the force",
     "Members of the Tarvania Police Service's Public Order Policing unit watched the march on Monday.",
     "PART_OF", "Public Order Policing unit", "Tarvania Police Service"),
    ("who one answers to is the unit past the force's possessive NER read into the force",
     "The officers belonged to the Special Operations Directorate (DOE), which answers to the National Police's Kantu "
     "delegation.",
     "SUBORDINATE_TO", "Special Operations Directorate", "Kantu delegation"),
    ("a place of two words before a lower-case police unit word names the unit",
     "Officers stood guard at the gate. Their major reports to the Alta Kantu police subzone, part of the National Police.",
     "PART_OF", "Alta Kantu police subzone", "National Police"),
    ("a unit named after a force's whose is part of the force",
     "The Tarvania Provincial Police (TPP), whose Lakeside Region is commanded by Chief Superintendent Ann Moose, "
     "told the court it would wait.",
     "PART_OF", "Lakeside Region", "Tarvania Provincial Police"),
    ("a kind's possessive points to the body whose name has the kind word, not the people named after it",
     "It lies on the native title lands of the Yarrakin people. In 2019 the Yarrakin Aboriginal Corporation, the prescribed "
     "body corporate that holds the Yarrakin people's native title, objected to the expansion. The corporation's "
     "chairperson, Ann Moose, told a Senate committee in Perth that the company had damaged two rock shelters.",
     "HEADS", "Ann Moose", "Yarrakin Aboriginal Corporation"),
    ("the national police after a unit's acronym is a body NER missed",
     "- 12 September: The Rapid Anti-Riot Squadron (RARS) of the National Police broke up a march in the town centre.",
     "PART_OF", "Rapid Anti-Riot Squadron", "National Police"),
    ("a platinum mine is a mine its operator runs",
     "Kantu Platinum Ltd operates the Tarvale platinum mine near Brits.",
     "OPERATES", "Kantu Platinum Ltd", "Tarvale"),
    ("a force's command named by a word and its number",
     "Police from the Kantu Division kept watch. The division answers to the Area 4 command of the Tarvania "
     "Constabulary Force.",
     "SUBORDINATE_TO", "Kantu Division", "Area 4"),
    ("a numbered regiment NER ran into the force it belongs to before an acronym is a unit of that force",
     "On Monday soldiers of the 41st Regiment of the Armed Forces of Tarvania (FAT) cleared the Kantu pit.",
     "PART_OF", "41st Regiment", "Armed Forces of Tarvania"),
    ("a legislature's committee named in lower case by its subject is part of the legislature",
     "Ana Soto, a lawmaker who sits on the water committee of the Senate, called for the troops to be withdrawn.",
     "PART_OF", "water committee", "Senate"),
    ("a police unit after a force's plural possessive is part of the force",
     "Police said the Carabineros' Tarum Special Forces Section, commanded by Major Juan Soto, removed the barricade.",
     "PART_OF", "Tarum Special Forces Section", "Carabineros"),
]


@pytest.mark.parametrize("rule, text, kind, start, end", ENDS, ids=[r[0] for r in ENDS])
def test_a_relation_reaches_the_entity_its_end_names(ex, rule, text, kind, start, end):
    c = context(ex, text, "2020-05-04")
    assert any(start in names(c, f.start) and end in names(c, f.end) for f in c.facts if f.type == kind), \
        [(c.entities[f.start].name, f.type, c.entities[f.end].name, c.entities[f.end].aliases) for f in c.facts]


def test_what_one_reports_to_a_body_is_no_line_of_command(ex):
    c = context(ex, "Minera Tarum spilled cyanide on 9 May. The Ministry of Mining fined the company for the spill, "
                    "which the company reported to the Ministry the following day.", "2020-05-04")
    assert not [f for f in c.facts if f.type == "SUBORDINATE_TO"]


def test_a_community_set_off_as_a_hamlet_is_a_hamlet_in_its_area(ex):
    # relations.yaml `community_settled_aside`: the hamlet the community is named after lies in the area, not the community.
    c = context(ex, "The council is chaired by Rosa Quispe, president of the community of Tarum Chico, a hamlet in the "
                    "Kantu department.", "2020-05-04")
    located = {(c.entities[f.start].subclass, c.entities[f.start].name, c.entities[f.end].name)
               for f in c.facts if f.type == "LOCATED_IN"}
    assert located == {("Settlement", "Tarum Chico", "Kantu")}
    assert any(e.name == "Tarum Chico" and e.subclass == "Community" for e in c.entities.values())
