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
]


@pytest.mark.parametrize("text,kind,head,tail", FOUND)
def test_a_relation_the_sentence_states(ex, text, kind, head, tail):
    assert (head, tail) in facts(context(ex, text, "2022-09-05"), kind)


NOT_FOUND = [
    # a district's police commander holds a post in the national force, heading none of it
    ("Officers of the Tarum Police Service were deployed to the mine. The District Police Commander, Assistant "
     "Superintendent of Police Joseph Okot, said the officers acted lawfully.", "HEADS", "Joseph Okot",
     "Tarum Police Service"),
]


@pytest.mark.parametrize("text,kind,head,tail", NOT_FOUND)
def test_a_relation_the_sentence_does_not_state(ex, text, kind, head, tail):
    assert (head, tail) not in facts(context(ex, text, "2022-09-05"), kind)
