"""Spanish events, round 15: a statement whose subject names its speakers only among its members, and the
halls meetings are held in. Invented sentences, about no report of the eval set."""
from loaders.pipeline import default_extractor
from loaders.read import report_from_text


def _graph(text: str, published: str = "2002-08"):
    return default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": published}))


def _events(graph, kind: str) -> list:
    return [n for n in graph.nodes if "Event" in n.labels and kind in n.labels]


def _related(graph, event, kind: str) -> set[str]:
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    if kind == "OCCURRED_AT":
        return {names[r.end] for r in graph.relationships if r.start == event.id and r.type == kind}
    return {names[r.start] for r in graph.relationships if r.end == event.id and r.type == kind}


def test_a_statement_by_bodies_named_among_its_subject_is_theirs():
    text = ("La Asociación Campesina del Norte alerta a la opinión pública sobre los hechos ocurridos en la vereda El Roble.\n\n"
            "El 15 de agosto, 23 organizaciones sociales de Nariño, entre ellas la Asociación Campesina del Norte y el "
            "Comité de Integración del Valle Alto, hicieron público un pronunciamiento en rechazo a la criminalización "
            "de los mineros.")
    graph = _graph(text)
    statement = next(e for e in _events(graph, "Statement") if e.properties.get("date") == "2002-08-15")
    assert {"Asociación Campesina del Norte", "Comité de Integración del Valle Alto"} <= _related(graph, statement, "PARTICIPATED_IN")


def test_a_date_of_a_noun_told_of_is_not_the_time_of_the_statement_around_it():
    # ("el ataque del 5 de marzo" dates the attack; the request is of the bullet's day)
    text = ("- **5 de marzo.** Un grupo de cooperativistas ataca el bloqueo de los comunarios de Tojo Alto.\n"
            "- **22 de marzo.** La Defensoría del Pueblo pide a la Fiscalía que investigue el ataque del 5 de marzo.")
    dates = {e.properties.get("date") for e in _events(_graph(text, "2021-03"), "Statement")}
    assert dates == {"2021-03-22"}
