"""Spanish entities, round 7: a body's portfolio list across commas, a legislature's commission apart
from the legislature, the state's assemblies and basin authorities (invented sentences; loaders/data/es/
typing.yaml, loaders/mentions.py, loaders/resolve.py), and the injured a later copular sentence lists
(loaders/participant_passes.py)."""
from loaders.pipeline import default_extractor
from loaders.read import report_from_text
from tests.loaders.helpers import context, entity


def _names(c, cls=None):
    return {e.name for e in c.entities.values() if cls is None or e.cls == cls}


def _es(ex, text):
    return context(ex, text, "2020-05-06", language="es")


def test_a_portfolio_list_runs_across_its_commas(ex):
    c = _es(ex, "Los vecinos pidieron a la Dirección General de Energía, Hidrocarburos y Minas que revise el permiso. "
                "La Secretaría de Agricultura, Ganadería e Irrigación no respondió.")
    assert entity(c, "Dirección General de Energía, Hidrocarburos y Minas").subclass == "GovernmentBody"
    assert entity(c, "Secretaría de Agricultura, Ganadería e Irrigación").subclass == "GovernmentBody"
    assert not {"Hidrocarburos", "Dirección General de Energía", "Ganadería"} & _names(c)


def test_a_list_of_bodies_is_no_portfolio_list(ex):
    c = _es(ex, "Llegaron al lugar representantes del Ministerio del Interior, Defensoría del Pueblo y Fiscalía.")
    assert {"Defensoría del Pueblo", "Fiscalía"} <= _names(c)
    assert not any("," in n for n in _names(c))


def test_a_legislature_commission_is_apart_from_the_legislature(ex):
    c = _es(ex, "La Comisión de Salud, Ambiente y Recursos Naturales de la Asamblea Legislativa citó al gerente. "
                "El pleno de la Asamblea Legislativa votará el jueves.")
    assert entity(c, "Comisión de Salud, Ambiente y Recursos Naturales").subclass == "GovernmentBody"
    assert entity(c, "Asamblea Legislativa").subclass == "GovernmentBody"


def test_a_basin_authority_is_the_states(ex):
    c = _es(ex, "La Confederación Hidrográfica del Duero abrió un expediente a la empresa por el vertido.")
    assert entity(c, "Confederación Hidrográfica del Duero").subclass == "GovernmentBody"


def test_divisions_named_by_their_kind_words(ex):
    c = _es(ex, "Los trabajadores marcharon por la comuna de Vallenar Alto, en la región de Atacama. Las familias del "
                "corregimiento de Las Guabas y de la parroquia Quingeo se sumaron; en los municipios de Tenares y Salcedo "
                "hubo paro.")
    for name in ("Vallenar Alto", "Las Guabas", "Quingeo", "Tenares"):
        assert entity(c, name).subclass == "AdministrativeArea", name


def test_a_division_named_once_outweighs_its_town(ex):
    c = context(ex, "Tarabuco, 3 de mayo de 2020.- Los comuneros llegaron al hospital de Tarabuco y a la plaza de "
                    "Tarabuco. El conflicto se extiende por el municipio de Tarabuco.", "2020-05-03", language="es")
    assert entity(c, "Tarabuco").subclass == "AdministrativeArea"


def test_a_sentence_first_word_is_no_name(ex):
    c = _es(ex, "Los comuneros bloquearon la vía. Resultaron heridos dos agentes. Días después, la Policía volvió. "
                "Fuimos unas trescientas personas, dijo Ana Quispe Mamani.")
    names = _names(c)
    assert not {"Resultaron", "Días", "Fuimos"} & names
    assert "Ana Quispe Mamani" in names


def test_the_injured_a_later_sentence_lists_with_a_word_between_noun_and_copula():
    text = ("El martes, la policía desalojó a los comuneros del caserío Alto Lima. Resultaron heridos cinco pobladores. "
            "Los heridos civiles fueron Mario Quispe Huamán (40) y Julia Ccori Mamani (33), que fueron trasladados a Juliaca.")
    graph = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2020-05-06"}))
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    injuries = [n.id for n in graph.nodes if "Injury" in n.labels]
    victims = {names[r.start] for r in graph.relationships if r.type == "PARTICIPATED_IN" and r.end in injuries
               and r.properties.get("role") == "victim"}
    assert {"Mario Quispe Huamán", "Julia Ccori Mamani"} <= victims


def test_the_hill_a_mine_is_named_by_is_the_mine(ex):
    c = _es(ex, "Los vecinos rechazan la mina de oro del cerro La Campana, que opera Minera Tulumayo S.A.")
    assert entity(c, "La Campana").subclass == "Mine"


def test_a_place_only_dateline_with_a_full_stop(ex):
    c = _es(ex, "VILLA SERRANA, CHALATENANGO. Unos 300 pobladores marcharon ayer hasta la alcaldía.")
    assert entity(c, "Villa Serrana").cls == "Place"
    assert "VILLA SERRANA" not in _names(c, "Organization")


def test_a_genre_heading_is_no_dateline(ex):
    c = _es(ex, "ALERTA. La Red de Vigilancia Ambiental denuncia el desalojo de la comunidad de Pucará.")
    assert not {"Alerta", "ALERTA"} & _names(c, "Place")


def test_a_health_post_names_its_town_and_a_hospital_itself(ex):
    c = _es(ex, "Los heridos fueron llevados al centro de salud de Mario Pérez Alto y luego al hospital Eduardo Salas.")
    assert entity(c, "Mario Pérez Alto").subclass == "Settlement"
    assert "Eduardo Salas" not in _names(c, "Person")


def test_a_feminine_origin_before_a_name_makes_it_a_company(ex):
    c = _es(ex, "Minera Tunari es subsidiaria de la británica Fernhill Nickel, y la obra la ejecuta la canadiense "
                "Oakridge Silver.")
    assert entity(c, "Fernhill Nickel").subclass == "Company"
    assert entity(c, "Oakridge Silver").subclass == "Company"
