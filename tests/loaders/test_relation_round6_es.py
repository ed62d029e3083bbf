"""Spanish relations read through the grammar of the clause (round 6, Spanish relation recall), each on a
made-up sentence (none is taken from a scored report)."""

from tests.loaders.helpers import context, facts


def es(ex, text):
    return context(ex, text, "2020-05-04", language="es")


def positions(c):
    return facts(c, "HOLDS_POSITION") | facts(c, "HEADS")


def test_an_adjective_after_the_title_keeps_the_name_in_apposition(ex):
    # "presidente ejecutivo", "gerente regional": Spanish adjectives follow the title; the name after the comma
    # is still its holder.
    c = es(ex, "La empresa Minera Pumahuasi anunció una inversión. El presidente ejecutivo de Minera Pumahuasi, "
               "Gonzalo Ibarra Tello, dijo que la obra empezará en junio.")
    assert ("Gonzalo Ibarra Tello", "Minera Pumahuasi") in positions(c)


def test_a_provincial_governor_holds_the_gobernacion_named_before(ex):
    c = es(ex, "Los vecinos marcharon hasta la Gobernación Provincial de Monte Plata. Allí fueron recibidos por "
               "la gobernadora provincial, Altagracia Peralta Ruiz, quien prometió una respuesta.")
    assert ("Altagracia Peralta Ruiz", "Gobernación Provincial de Monte Plata") in positions(c)


def test_a_governor_is_not_an_officer_of_a_secretaria_de_gobernacion(ex):
    c = es(ex, "La Policía Federal depende de la Secretaría de Gobernación. Los ejidatarios exigieron la presencia "
               "del gobernador Ismael Ledesma.")
    assert ("Ismael Ledesma", "Secretaría de Gobernación") not in positions(c)


def test_su_before_a_title_points_to_the_body_of_the_clause(ex):
    c = es(ex, "Tras la venta, Minera Huarancca seguirá dirigida por su gerente general, Aurelio Canaza Ponce.")
    assert ("Aurelio Canaza Ponce", "Minera Huarancca") in positions(c)


def test_cuya_after_an_acronym_in_parentheses_names_the_body_before(ex):
    c = es(ex, "La venta fue aprobada por el Ministerio de Minería (MINMIN), cuya directora general, "
               "Lucía Benavente Soto, confirmó el trámite.")
    assert ("Lucía Benavente Soto", "Ministerio de Minería") in positions(c)
