"""Spanish participants and event dates of real reports, round 6: collective actors named through their
kind of place ("pobladores del distrito de X") or their board ("la junta de vecinos de X"), the place
they stand for kept as a place. Invented sentences, not the eval reports."""
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _graph(text: str, published: str = "2019-05-10"):
    return default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))


def _nodes(graph, label: str) -> dict[str, str]:
    return {n.properties.get("name"): n.id for n in graph.nodes if label in n.labels}


def _roles(graph, kind: str) -> list[dict[str, str]]:
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    events = [n for n in graph.nodes if "Event" in n.labels and kind in n.labels]
    return [{names[r.start]: r.properties.get("role") for r in graph.relationships
             if r.type == "PARTICIPATED_IN" and r.end == e.id} for e in events]


def test_people_of_a_place_told_through_its_kind_are_its_community_and_the_place_stays():
    graph = _graph("El lunes, pobladores del distrito de Quisuar bloquearon la vía a la mina Tantaccasa.")
    assert "pobladores de Quisuar" in _nodes(graph, "Community")
    assert "Quisuar" in _nodes(graph, "Place")
    assert any("pobladores de Quisuar" in r for r in _roles(graph, "Roadblock"))


def test_two_forms_of_a_places_people_are_one_community():
    graph = _graph("Vecinos de la aldea de Quisuar acampan frente a la mina Tantaccasa. "
                   "El martes, vecinos de Quisuar marcharon hasta la municipalidad.")
    assert [n for n in _nodes(graph, "Community") if "Quisuar" in n] == ["vecinos de Quisuar"]


def test_a_board_of_residents_or_water_users_is_a_community():
    graph = _graph("La junta de vecinos de Santa Rufina y la junta de usuarios del sector hidráulico Chancay "
                   "denunciaron el vertido.")
    communities = _nodes(graph, "Community")
    assert "junta de vecinos de Santa Rufina" in communities
    assert "junta de usuarios del sector hidráulico Chancay" in communities


def test_a_company_named_after_representatives_is_no_community():
    graph = _graph("Se reunieron en Lima representantes de Minera Tantaccasa y de la comunidad.")
    assert not [n for n in _nodes(graph, "Community") if "Minera" in n]


def test_people_grouped_in_a_named_body_act_through_it():
    graph = _graph("Los habitantes de la vereda Santa Rufina, agrupados en la Junta de Acción Comunal de Santa Rufina, "
                   "mantienen un plantón frente a la mina Tantaccasa.")
    protests = _roles(graph, "Protest")
    assert any("Junta de Acción Comunal de Santa Rufina" in r for r in protests), protests


def test_the_company_is_the_subsidiary_not_the_parent_named_to_describe_it():
    text = ("Pobladores de Quisuar tomaron el puente de acceso a la mina Tantaccasa, de la empresa Minera Sol Andino, "
            "filial de la canadiense Greyrock Gold.\n\n"
            "El 12 de agosto, tras una reunión en Quisuar, la empresa y los dirigentes suscribieron un acta.")
    meetings = _roles(_graph(text, "2011-09"), "Meeting")
    assert meetings and "Minera Sol Andino" in meetings[0] and "Greyrock Gold" not in meetings[0]


def test_a_main_verb_the_parse_leaves_without_subject_takes_the_actor_before_it():
    graph = _graph("El lunes, pobladores del distrito de Paimas bloquearon el puente Tondopa.")
    assert any(r.get("pobladores de Paimas") == "organizer" for r in _roles(graph, "Roadblock"))
