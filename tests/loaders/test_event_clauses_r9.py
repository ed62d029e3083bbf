"""Round 9: English events read from the clause (invented texts, about no report of the eval set)."""
from tests.loaders.helpers import context


def test_force_on_a_group_of_protesters_is_a_clash(ex):
    c = context(ex, "On 4 June, a line of guards pushed back a group of protesters who tried to drive tractors onto the square.",
                "2019-06-10")
    assert [e.date for e in c.events if e.subclass == "Clash"] == ["2019-06-04"]


def test_force_on_a_group_of_stones_is_no_clash(ex):
    c = context(ex, "On 4 June, the workers pushed back a pile of stones from the path.", "2019-06-10")
    assert [e for e in c.events if e.subclass == "Clash"] == []


def test_police_who_charge_a_march_clash_with_it(ex):
    c = context(ex, "On 3 June, mounted police charged a march of farmers in the town of Velmora.", "2019-06-10")
    assert [e.date for e in c.events if e.subclass == "Clash"] == ["2019-06-03"]
    assert [e for e in c.events if e.subclass == "LegalAction"] == []


def test_the_association_speaks_for_a_body_named_in_portuguese(ex):
    c = context(ex, "On 2 June, police detained four leaders of the Associação dos Moradores do Vale Seco. "
                    "The association denounced the detentions as arbitrary on 3 June.", "2020-06-05")
    [statement] = [e for e in c.events if e.subclass == "Statement"]
    assert {(c.entities[p].name, r) for p, r in statement.participants} == {("Associação dos Moradores do Vale Seco", "speaker")}
