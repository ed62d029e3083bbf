"""Spanish permit decisions, round 9: a rejection of a clause or an infinitive that only speaks of revoking
a permit ("rechazó que vaya a revocar el permiso") is no decision; a rejection of the permit itself is.
Invented sentences."""
import pytest

from tests.loaders.test_events_es_r9 import _of


@pytest.mark.parametrize("text", [
    "El 3 de mayo, el ministro de Energía, Juan Ruiz, rechazó que el Gobierno vaya a revocar el permiso.",
    "El 3 de mayo, el ministro de Energía, Juan Ruiz, rechazó revocar el permiso de la mina Quenua.",
])
def test_a_rejection_of_what_would_be_revoked_is_no_decision(text):
    assert _of("PermitDecision", text) == []


def test_a_rejection_of_the_permit_itself_is_a_decision():
    text = "El 3 de mayo, el Ministerio de Energía rechazó el permiso ambiental de la mina Quenua."
    assert [d for d, _, _ in _of("PermitDecision", text)] == ["2018-05-03"]
