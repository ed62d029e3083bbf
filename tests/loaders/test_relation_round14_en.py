"""Round 14 English rules for people's posts and command chains (commission inquiries, plenary records, union releases),
each on a made-up sentence (none is taken from a scored report)."""

import pytest

from tests.loaders.helpers import context, facts

PERSON_NAMES = [
    # a Commonwealth police grade of two words before a name is no part of it
    ("Officers of the Tarum Police Service came from the Tarum Divisional Police Command, led by the Divisional "
     "Commander, Chief Superintendent Efua Mensah.", "Efua Mensah"),
    ("The OSD platoon at the mine is commanded by Assistant Superintendent Fatu Kamara, who reports to the Kono Local "
     "Unit Commander, Chief Superintendent Alie Sesay.", "Alie Sesay"),
    # a union's form of address is no part of the name either
    ("The Union's Secretary-General, Comrade Aminata Sesay, met the minister.", "Aminata Sesay"),
]


@pytest.mark.parametrize("text,name", PERSON_NAMES)
def test_a_person_named_without_the_rank_or_address_before(ex, text, name):
    c = context(ex, text, "2022-09-05")
    assert name in {e.name for e in c.entities.values() if e.cls == "Person"}


FOUND = [
    # a police title, a rank of several words in apposition: a post in the one national force the report names
    ("Officers of the Tarum Police Service were deployed to the mine. The District Police Commander, Assistant "
     "Superintendent of Police Joseph Okot, said the officers acted lawfully.", "HOLDS_POSITION", "Joseph Okot",
     "Tarum Police Service"),
    ("Soldiers of the Tarum Defence Forces and officers of the Tarum Police Force were deployed. The Regional Police "
     "Commander, Deputy Commissioner of Police Kwame Boadu, has opened an investigation.", "HOLDS_POSITION",
     "Kwame Boadu", "Tarum Police Force"),
    # "X, a unit of the <force>": part of it, whatever typing made of X's name
    ("About sixty officers of the Field Force Unit, a unit of the Tarum Police Force, were deployed.", "PART_OF",
     "Field Force Unit", "Tarum Police Force"),
    # "X, whose commander is Y, is part of Z": the copula's subject past the relative clause
    ("The 509 Brigade, whose commander is Colonel Paul Okello, is part of the 3rd Division.", "PART_OF", "509 Brigade",
     "3rd Division"),
    # a legislature's member by seat: after the name, before it, and a plenary record's speaker line
    ("The National Assembly of Tarum met on Monday. Amina Odera, the Member for Kasanga, said the vote was delayed.",
     "HOLDS_POSITION", "Amina Odera", "National Assembly of Tarum"),
    ("The Parliament of Tarum sat on Monday. Mr Speaker, I thank the Hon Member for Kasanga, Mr Joseph Owino.",
     "HOLDS_POSITION", "Joseph Owino", "Parliament of Tarum"),
    ("The National Assembly of Tarum sat on Monday.\nMr Joseph Owino (Kasanga North): Mr Speaker, I rise to speak on "
     "the shooting.", "HOLDS_POSITION", "Joseph Owino", "National Assembly of Tarum"),
    # "the Inspector General of Police, X": a post in the national force the report names
    ("Officers of the Tarum Police Force fired. The Commission recommends that the Inspector General of Police, Moses "
     "Okumu, open disciplinary proceedings.", "HOLDS_POSITION", "Moses Okumu", "Tarum Police Force"),
    # a police unit named by its level and place is part of the national force the report names
    ("Officers of the Tarum Police Service from the Kasanga Divisional Police Command fired tear gas.", "PART_OF",
     "Kasanga Divisional Police Command", "Tarum Police Service"),
    # "the chairman of the P branch, X": a post in the union named before, not in the place
    ("The Tarum Mineworkers Union said police arrested three shop stewards, among them the branch chairman of the "
     "Kasanga River branch, Brother Musa Kanu.", "HOLDS_POSITION", "Musa Kanu", "Tarum mineworkers union"),
    # "Commissioner X": a post in the commission the report names
    ("The National Land Commission, represented by Commissioner Ruth Wanjiru, said the land was community land.",
     "HOLDS_POSITION", "Ruth Wanjiru", "National Land Commission"),
    # "The committee also includes A and B": the persons of the list are members of the committee named before
    ("The order was given by Samuel Opio, who chairs the Tarum District Security Committee. The committee also includes "
     "the District Police Commander, Assistant Superintendent of Police Joseph Okot, and the commander of the 4th "
     "Division, Brigadier Francis Odongo.", "MEMBER_OF", "Joseph Okot", "Tarum District Security Committee"),
    ("The order was given by Samuel Opio, who chairs the Tarum District Security Committee. The committee also includes "
     "the District Police Commander, Assistant Superintendent of Police Joseph Okot, and the commander of the 4th "
     "Division, Brigadier Francis Odongo.", "MEMBER_OF", "Francis Odongo", "Tarum District Security Committee"),
    # "a detachment of the A of the B, under the command of X": X commands the first unit of the chain
    ("The operation was carried out by a detachment of the 2nd Infantry Battalion of the Tarum Armed Forces, under the "
     "command of Lieutenant Colonel Isaac Boadu, together with police officers.", "HEADS", "Isaac Boadu", "2nd Infantry Battalion"),
]


@pytest.mark.parametrize("text,kind,head,tail", FOUND)
def test_a_relation_the_sentence_states(ex, text, kind, head, tail):
    assert (head, tail) in facts(context(ex, text, "2022-09-05"), kind)


NOT_FOUND = [
    # a district's police commander holds a post in the national force, heading none of it
    ("Officers of the Tarum Police Service were deployed to the mine. The District Police Commander, Assistant "
     "Superintendent of Police Joseph Okot, said the officers acted lawfully.", "HEADS", "Joseph Okot",
     "Tarum Police Service"),
    # between companies "part of" is ownership, past a relative clause too
    ("The Tarum Mining Company, whose chairman is Paul Okello, is part of the Tarum Group.", "PART_OF",
     "Tarum Mining Company", "Tarum Group"),
    # a name with its town in brackets inside a sentence is no speaker of a plenary record
    ("The National Assembly of Tarum sat on Monday. Residents told Joseph Owino (Kasanga North): leave the valley.",
     "HOLDS_POSITION", "Joseph Owino", "National Assembly of Tarum"),
    # a branch's chairman heads no union, and holds no post in the place the branch is named for
    ("The Tarum Mineworkers Union said police arrested three shop stewards, among them the branch chairman of the "
     "Kasanga River branch, Brother Musa Kanu.", "HEADS", "Musa Kanu", "Tarum mineworkers union"),
    ("The Tarum Mineworkers Union said police arrested three shop stewards, among them the branch chairman of the "
     "Kasanga River branch, Brother Musa Kanu.", "HOLDS_POSITION", "Musa Kanu", "Kasanga River"),
    # "the Commissioner of Police": a police post, not a commission's
    ("The Tarum Human Rights Commission met. The Commissioner of Police, Peter Otieno, said officers acted lawfully.",
     "HOLDS_POSITION", "Peter Otieno", "Tarum Human Rights Commission"),
    # a body "includes" bodies: no membership
    ("The Tarum Mining Association met. The association includes Tarum Gold Limited and Kasanga Copper Limited.",
     "MEMBER_OF", "Tarum Gold Limited", "Tarum Mining Association"),
    # ... not the force the chain ends on
    ("The operation was carried out by a detachment of the 2nd Infantry Battalion of the Tarum Armed Forces, under the "
     "command of Lieutenant Colonel Isaac Boadu, together with police officers.", "HEADS", "Isaac Boadu", "Tarum Armed Forces"),
]


@pytest.mark.parametrize("text,kind,head,tail", NOT_FOUND)
def test_a_relation_the_sentence_does_not_state(ex, text, kind, head, tail):
    assert (head, tail) not in facts(context(ex, text, "2022-09-05"), kind)
