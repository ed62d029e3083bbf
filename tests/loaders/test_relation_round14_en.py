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
