"""Spanish relations read through the grammar of the clause (round 6, Spanish relation recall), each on a
made-up sentence (none is taken from a scored report)."""

import pytest

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


def test_the_subject_of_opera_runs_the_mine_the_passage_named(ex):
    c = es(ex, "Los comuneros bloquearon el acceso a la mina Cerro Añaspa. Minera Huaychao, subsidiaria de Northmoor "
               "Gold, opera la mina desde 2011.")
    operates = facts(c, "OPERATES")
    assert ("Minera Huaychao", "Cerro Añaspa") in operates


def test_the_agent_of_a_passive_runs_its_subject(ex):
    c = es(ex, "La mina Los Pinchudos, en el municipio de Mocoa, es explotada por Minera Putumayo Dorado, filial de "
               "la canadiense Greystone Gold.")
    assert ("Minera Putumayo Dorado", "Los Pinchudos") in facts(c, "OPERATES")


def test_a_relative_clause_after_an_aside_is_the_first_companys(ex):
    c = es(ex, "Los vecinos rechazan la concesión de la mina El Guásimo, otorgada a Inversiones Mineras de Yoro, empresa "
               "controlada por la estadounidense Pinegate Metals, que opera la mina desde 2018.")
    assert ("Inversiones Mineras de Yoro", "El Guásimo") in facts(c, "OPERATES")


def test_operadora_de_names_the_site_the_company_runs(ex):
    c = es(ex, "Harwell Gold compró el 60 % de Minera Tisey, S.A., la empresa nicaragüense operadora de la mina de oro "
               "La Trinchera, ubicada en el municipio de Estelí.")
    assert ("Minera Tisey", "La Trinchera") in facts(c, "OPERATES")


def test_a_negated_operating_verb_is_not_read_as_a_clause(ex):
    # (the older phrase rule still reads "opera" next to the company; the clause reader does not add its own)
    c = es(ex, "Los pobladores marcharon hacia la mina Cerro Añaspa. Minera Huaychao ya no opera la mina desde 2011.")
    assert not [f for f in c.facts if f.extractor == "operates.ud_clause"]


def test_a_profession_between_the_comma_and_the_name_keeps_the_holder(ex):
    c = es(ex, "Los comuneros se reunieron con la Dirección Regional de Energía y Minas de Cusco. Su director, el "
               "ingeniero Mauro Cahuana Vilca, prometió una inspección.")
    assert ("Mauro Cahuana Vilca", "Dirección Regional de Energía y Minas de Cusco") in positions(c)


def test_a_state_secretary_holds_the_secretariat_of_the_portfolio(ex):
    c = es(ex, "Participaron el secretario de Gobierno, Heriberto Salgado Núñez, y representantes de los ejidos.")
    assert ("Heriberto Salgado Núñez", "Secretaría de Gobierno") in positions(c)


def test_a_secretariat_named_with_its_parent_body_is_the_one_its_secretary_holds(ex):
    # Not a second "Secretaría de Gestión Social y Diálogo" beside the one the report named in full.
    c = es(ex, "Llegó una comitiva de la Secretaría de Gestión Social y Diálogo de la Presidencia del Consejo de "
               "Ministros. En la reunión participó el secretario de Gestión Social y Diálogo, Rómulo Aranda Poma.")
    held = {b for p, b in positions(c) if p == "Rómulo Aranda Poma"}
    assert held and all(b.startswith("Secretaría de Gestión Social y Diálogo") for b in held)
    assert len([e for e in c.entities.values() if e.name.startswith("Secretaría de Gestión Social")]) == 1


@pytest.mark.parametrize("text, holder, office", [
    ("La reunión se realizó en la municipalidad distrital de Huamachuco. Participó el alcalde distrital de "
     "Huamachuco, Elmer Rojas Caballero, quien pidió una mesa de diálogo.", "Elmer Rojas Caballero", "municipalidad distrital de huamachuco"),
    ("La denuncia se presentó ante la Fiscalía de Huamachuco. En la diligencia participó el fiscal adjunto de "
     "Huamachuco, Óscar Rojas Durán, quien tomó declaraciones.", "Óscar Rojas Durán", "fiscalía de huamachuco"),
])
def test_a_title_of_a_place_holds_the_office_the_report_names_for_the_place_not_the_place(ex, text, holder, office):
    held = {b for p, b in positions(es(ex, text)) if p == holder}
    assert office in {b.lower() for b in held}
    assert "Huamachuco" not in held
