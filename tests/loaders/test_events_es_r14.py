"""Spanish events, round 14: a bulletin's dated headings keep apart the events under them, and force on "the"
protest told by a noun ("el desalojo del plantón") is where that protest was. Invented sentences, about no
report of the eval set."""
from loaders.pipeline import default_extractor
from loaders.read import report_from_text

BULLETIN = ("**15 de marzo.** Hombres armados dispararon contra la camioneta de un defensor comunitario en el camino "
            "a Santa Inés.\n\n"
            "**22 de marzo.** Comuneros de Quenua instalaron un plantón frente a la entrada del campamento minero.\n\n"
            "**12 de abril.** Se produjo el desalojo del plantón por parte de unos 80 elementos de la Policía Estatal. "
            "Siete comuneros resultaron lesionados.")


def _events(text: str, kind: str) -> list:
    graph = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2011-04"}))
    return [n for n in graph.nodes if "Event" in n.labels and kind in n.labels]


def test_clashes_under_two_dated_headings_are_two():
    assert sorted(str(e.properties.get("date")) for e in _events(BULLETIN, "Clash")) == ["2011-03-15", "2011-04-12"]


def test_the_protest_an_eviction_acts_on_is_the_one_told_before():
    # ("del plantón" under the later heading is the sit-in of 22 March, no new one)
    assert [str(e.properties.get("date")) for e in _events(BULLETIN, "Protest")] == ["2011-03-22"]


def test_an_eviction_of_the_protest_is_where_the_protest_was():
    clash = next(e for e in _events(BULLETIN, "Clash") if e.properties.get("date") == "2011-04-12")
    protest = _events(BULLETIN, "Protest")[0]
    assert clash.id.split(":")[-1] == protest.id.split(":")[-1] == "quenua"


def test_a_protest_that_force_acts_on_under_a_later_heading_is_the_one_told_before():
    text = ("**2 de marzo.** Comuneros de Quenua bloquearon la carretera a la mina Tarsa.\n\n"
            "**5 de marzo.** Un grupo de cooperativistas ataca el bloqueo con dinamita y palos.")
    assert [str(e.properties.get("date")) for e in _events(text, "Roadblock")] == ["2011-03-02"]


def test_violence_in_a_compound_tense_is_a_clash():
    text = "El 14 de marzo los vecinos de Quenua ya habían quemado una perforadora de la empresa en el paraje Tzalaj."
    assert [str(e.properties.get("date")) for e in _events(text, "Clash")] == ["2011-03-14"]


def test_an_inquiry_against_people_is_a_legal_action_wherever_its_verb_stands():
    text = "El 14 de marzo, la Fiscalía de Quenua abrió después una investigación contra cinco dirigentes comunales."
    assert [str(e.properties.get("date")) for e in _events(text, "LegalAction")] == ["2011-03-14"]


def _perpetrators(text: str) -> set:
    graph = default_extractor().extract(report_from_text(text, {"title": "t", "language": "es", "published": "2011-04"}))
    names = {n.id: n.properties.get("name") for n in graph.nodes}
    clashes = {n.id for n in graph.nodes if "Clash" in n.labels}
    return {names[r.start] for r in graph.relationships
            if r.type == "PARTICIPATED_IN" and r.end in clashes and r.properties.get("role") == "perpetrator"}


def test_a_forces_bare_plural_is_the_force_named_before():
    text = ("El 4 de abril llegaron a la aldea cuatro camiones con agentes de la Policía Nacional Civil. Los vecinos "
            "atravesaron troncos en el puente Pajaltac. Juana Diego denunció que los agentes lanzaron gases lacrimógenos "
            "y golpearon a varios vecinos.")
    assert _perpetrators(text) == {"Policía Nacional Civil"}
