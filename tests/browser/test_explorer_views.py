"""The explorer at the size analysts work at (issue 13), in Debian's chromium at 1280×720:
what a person sees, measured from the rendered boxes — labels that never overlap in the chain
of command and on the timeline, a timeline click that opens what was clicked, a large
neighbourhood inside the viewport, no orphans after a hide, paths with their evidence, the
chain's date shown and changeable, offline API docs."""
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from graph.document import GraphDocument, Node, Relationship
from graph.memory_store import MemoryStore
from minegraph.ingest import load_reference, load_reports
from tests.browser.conftest import Server, shoot

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
POLICE = "organization:policia-nacional-del-peru"
DOC = "doc:00000000000000bb"
# Label boxes of everything drawn on the canvas, and the pairs of them that overlap.
OVERLAPS = """(() => { const cy = window.minegraph.cy;
  const boxes = cy.elements().not(".filtered").filter((e) => e.style("label") || e.style("target-label")).map((e) => ({
    label: e.style("label") || e.style("target-label"),
    b: e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) }))
    .filter((x) => x.b.w > 0 && x.b.h > 0);
  const hits = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i].b, c = boxes[j].b;
    if (a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2) hits.push([boxes[i].label, boxes[j].label]);
  }
  return { count: boxes.length, hits };
})()"""
# The timeline's items (and clusters) as the page draws them, inside the timeline's own box.
TIMELINE_BOXES = """(() => {
  const frame = document.querySelector("#timeline .vis-center").getBoundingClientRect();
  return [...document.querySelectorAll("#timeline .vis-item:not(.vis-background):not(.vis-dot):not(.vis-line)")].map((el) => {
    const r = el.getBoundingClientRect();
    return { x1: r.left, x2: r.right, y1: r.top, y2: r.bottom, text: el.textContent };
  }).filter((b) => b.x2 > frame.left && b.x1 < frame.right && b.y2 > frame.top && b.y1 < frame.bottom && b.x2 > b.x1);
})()"""


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    """What `make run` loads: the curated reference and every example report."""
    store = MemoryStore(tmp_path_factory.mktemp("examples") / "graph.json")
    load_reference(store, [ROOT / "loaders" / "data" / "reference" / "peru.yaml"])
    result = load_reports(store, sorted((ROOT / "examples" / "reports").glob("*.md")), force=True)
    assert result.loaded and not result.failed, result.failed
    return store


def canvas(page, script: str):
    return page.evaluate(f"(() => {{ const cy = window.minegraph.cy; return {script}; }})()")


def wait_ready(page) -> None:
    page.wait_for_function("window.minegraph && window.minegraph.ready")
    page.evaluate("window.minegraph.ready")


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x1"] < b["x2"] - 0.5 and b["x1"] < a["x2"] - 0.5 and a["y1"] < b["y2"] - 0.5 and b["y1"] < a["y2"] - 0.5]


def test_chain_of_command_labels_never_overlap(page720, examples_store):
    with Server(examples_store) as server:
        for as_of in ["", "2016-10-22"]:
            page720.goto(f"{server.url}/explorer#entity={POLICE}&view=chain" + (f"&as_of={as_of}" if as_of else ""))
            page720.wait_for_selector("#detail h2:text('Chain of command')")
            wait_ready(page720)
            found = page720.evaluate(OVERLAPS)
            assert found["count"] >= 5 and not found["hits"], found["hits"]
            # Everything drawn is inside the canvas.
            inside = canvas(page720, "(() => { const b = cy.elements().not('.filtered').renderedBoundingBox(); "
                                     "return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height(); })()")
            assert inside
        shoot(page720, "13-chain-of-command-as-of.png")


def test_timeline_reads_and_a_click_opens_the_item_clicked(page720, examples_store):
    with Server(examples_store) as server:
        page720.goto(f"{server.url}/explorer#entity=person%3Amartin-vizcarra")
        page720.wait_for_selector("#detail h2:text('Martín Vizcarra')")
        wait_ready(page720)
        boxes = page720.evaluate(TIMELINE_BOXES)
        assert len(boxes) >= 5 and not overlapping(boxes), overlapping(boxes)
        # Undated events are listed apart, not lost.
        assert "No date in the reports" in page720.inner_text("#undated-count")
        shoot(page720, "11-timeline.png")
        # Zoom in by clicking clusters, as a reader does, until a few events stand alone; click
        # each of them: each opens the event clicked.
        zoom_until_items_stand_alone(page720, 2)
        opened = 0
        for item in visible_timeline_items(page720)[:3]:
            event = item.get_attribute("data-id")
            item.click()
            page720.wait_for_function(f"window.minegraph.cy.getElementById({event!r}).selected()")
            name = canvas(page720, f"cy.getElementById({event!r}).data('name')")
            page720.wait_for_selector(f"#detail h2:text-is({name!r})")
            opened += 1
        assert opened >= 2


# Whether a click at the element's centre reaches its own timeline item (a cluster drawn over it
# would take the click instead).
ON_TOP = """(el) => { const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return !!hit && hit.closest('.vis-item') === el.closest('.vis-item'); }"""


def visible_timeline_items(page):
    """The events drawn alone on the timeline that a reader can click."""
    items = page.locator("#timeline .vis-item:not(.vis-background):not(.vis-cluster) [data-id]").all()
    return [item for item in items if item.is_visible() and item.evaluate(ON_TOP)]


def zoom_until_items_stand_alone(page, wanted: int, clicks: int = 8) -> None:
    """Click the smallest cluster on the timeline until `wanted` events are drawn alone."""
    for _ in range(clicks):
        if len(visible_timeline_items(page)) >= wanted:
            return
        clusters = [c for c in page.locator("#timeline .vis-item.vis-cluster").all() if c.is_visible()]
        assert clusters, "the timeline shows neither events nor clusters"
        smallest = min(clusters, key=lambda c: int(c.inner_text().strip() or 0))
        smallest.click()
        page.wait_for_timeout(600)   # the zoom animates
    assert len(visible_timeline_items(page)) >= wanted


def star(center: str, n: int, prefix: str) -> GraphDocument:
    """A community with `n` people who are members of it, each with a sentence."""
    nodes = [Node(center, ["Entity", "Organization", "Community"], {"name": f"Comunidad {prefix.title()}"}),
             Node(DOC, ["Document"], {"title": "A test bulletin", "published": "2020-01"})]
    rels = []
    for i in range(n):
        person = f"person:{prefix}-{i:02d}"
        nodes.append(Node(person, ["Entity", "Person"], {"name": f"{prefix.title()} Person {i:02d}"}))
        rels.append(Relationship("MEMBER_OF", person, center, {"sources": [DOC], "evidence": [f"Person {i} is a member."]}))
    return GraphDocument(nodes, rels)


def test_a_forty_neighbour_node_opens_inside_the_viewport_and_more_fold(page720, tmp_path):
    store = MemoryStore(tmp_path / "graph.json")
    store.write(star("organization:forty", 40, "forty"))
    store.write(star("organization:ninety", 90, "ninety"))
    with Server(store) as server:
        page720.goto(f"{server.url}/explorer#entity=organization%3Aforty")
        page720.wait_for_selector("#detail h2:text('Comunidad Forty')")
        wait_ready(page720)
        assert canvas(page720, "cy.nodes().length") == 41
        outside = canvas(page720, "cy.nodes().filter(n => { const b = n.renderedBoundingBox({ includeLabels: false }); "
                                  "return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height(); }).map(n => n.id())")
        assert outside == []
        # The centre is in the middle of the canvas.
        at = canvas(page720, "cy.getElementById('organization:forty').renderedPosition()")
        size = canvas(page720, "({ w: cy.width(), h: cy.height() })")
        assert abs(at["x"] - size["w"] / 2) < size["w"] * 0.1 and abs(at["y"] - size["h"] / 2) < size["h"] * 0.15
        shoot(page720, "14-forty-neighbours.png")

        page720.goto(f"{server.url}/explorer#entity=organization%3Aninety")
        page720.wait_for_selector("#detail h2:text('Comunidad Ninety')")
        page720.wait_for_function("window.minegraph.cy.nodes('.group').length === 1")
        people = "cy.nodes().filter(n => n.id().startsWith('person:')).length"
        assert canvas(page720, people) <= 40
        group = canvas(page720, "cy.nodes('.group').data('label')")
        assert group.startswith("+") and "more person" in group
        shoot(page720, "15-folded-neighbours.png")
        canvas(page720, "cy.nodes('.group').emit('tap')")
        page720.wait_for_function(f"(() => {{ const cy = window.minegraph.cy; return {people} === 90; }})()")


def test_hide_leaves_no_orphan(page720, tmp_path):
    store = MemoryStore(tmp_path / "graph.json")
    nodes = [Node(f"person:{n}", ["Entity", "Person"], {"name": n.title()}) for n in ("ana", "beto", "carla")]
    nodes.append(Node(DOC, ["Document"], {"title": "t", "published": "2020"}))
    ev = {"sources": [DOC], "evidence": ["They know each other."]}
    store.write(GraphDocument(nodes, [Relationship("SUPPORTS", "person:ana", "person:beto", ev),
                                      Relationship("SUPPORTS", "person:beto", "person:carla", ev)]))
    with Server(store) as server:
        page720.goto(f"{server.url}/explorer#entity=person%3Aana&expand=person%3Abeto")
        page720.wait_for_function("window.minegraph.cy.getElementById('person:carla').length === 1")
        canvas(page720, "(cy.$(':selected').unselect(), cy.getElementById('person:beto').select())")
        page720.focus("#cy")
        page720.keyboard.press("h")
        visible = canvas(page720, "cy.nodes().not('.filtered').map(n => n.id())")
        assert visible == ["person:ana"]
        # The PNG is what is on screen: hidden nodes are not in it (it is drawn from the canvas).
        with page720.expect_download() as download:
            page720.click("#export-png")
        assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_path_between_two_actors_with_its_evidence(page720, examples_store):
    with Server(examples_store) as server:
        page720.goto(f"{server.url}/explorer#entity=person%3Amartin-vizcarra&view=paths")
        page720.wait_for_selector("#detail h2:text('Who connects Martín Vizcarra')")
        page720.fill("#path-target", "Luque")
        page720.wait_for_selector("#path-suggestions li[data-id='person:rolando-luque']")
        page720.click("#path-suggestions li[data-id='person:rolando-luque']")
        page720.wait_for_selector("#detail h3:text('Shortest paths to Rolando Luque')")
        assert canvas(page720, "cy.edges('.path').length") >= 2
        assert canvas(page720, "cy.getElementById('person:rolando-luque').length") == 1
        for summary in page720.locator("#detail details.step summary").all():
            summary.click()
        sentences = " ".join(page720.locator("#detail details.step .evidence blockquote").all_inner_texts())
        assert "Luque" in sentences and "Vizcarra" in sentences
        assert "Las Bambas: Vizcarra contributes" in page720.locator("#detail details.step .evidence .cite").first.inner_text()
        assert "target=person%3Arolando-luque" in page720.url
        shoot(page720, "16-paths.png")


def test_chain_date_is_shown_and_changing_it_changes_the_answer(page720, tmp_path):
    store = MemoryStore(tmp_path / "graph.json")
    ev = {"sources": [DOC], "evidence": ["A minister was appointed."]}
    store.write(GraphDocument(
        [Node(POLICE, ["Entity", "Organization", "PoliceUnit"], {"name": "Policía Nacional del Perú", "country": "PE"}),
         Node("organization:ministerio-del-interior", ["Entity", "Organization", "GovernmentBody"], {"name": "Ministerio del Interior"}),
         Node("person:minister-a", ["Entity", "Person"], {"name": "Minister Alpha"}),
         Node("person:minister-b", ["Entity", "Person"], {"name": "Minister Beta"}),
         Node("place:test-town", ["Entity", "Place", "Settlement"], {"name": "Test Town"}),
         Node(DOC, ["Document"], {"title": "t", "published": "2020"})],
        [Relationship("SUBORDINATE_TO", POLICE, "organization:ministerio-del-interior", {**ev, "basis": "statutory", "since": "2000"}),
         Relationship("HEADS", "person:minister-a", "organization:ministerio-del-interior", {**ev, "since": "2015-01", "until": "2017-12"}),
         Relationship("HEADS", "person:minister-b", "organization:ministerio-del-interior", {**ev, "since": "2018-01"})]))
    with Server(store) as server:
        page720.goto(f"{server.url}/explorer#entity={POLICE}&view=chain&as_of=2016-10-22")
        page720.wait_for_selector("#detail h2:text('Chain of command')")
        assert "Answers for 22 Oct 2016" in page720.inner_text("#detail")
        assert page720.input_value("#chain-as-of") == "2016-10-22"
        assert canvas(page720, "cy.getElementById('person:minister-a').length") == 1
        assert canvas(page720, "cy.getElementById('person:minister-b').length") == 0
        page720.fill("#chain-as-of", "2019-03")
        page720.keyboard.press("Enter")
        page720.wait_for_function("window.minegraph.cy.getElementById('person:minister-b').length === 1")
        assert canvas(page720, "cy.getElementById('person:minister-a').length") == 0
        assert "as_of=2019-03" in page720.url and "Answers for Mar 2019" in page720.inner_text("#detail")
        # A date that is no date is refused before any request, with a sentence.
        page720.fill("#chain-as-of", "2022-13")
        page720.keyboard.press("Enter")
        assert page720.get_attribute("#chain-as-of", "aria-invalid") == "true"
        assert "real date" in page720.inner_text("#detail")
        assert "as_of=2019-03" in page720.url
        # Asked of a place, the chain answers a sentence, never a raw status code.
        page720.goto(f"{server.url}/explorer#entity=place%3Atest-town&view=chain")
        page720.wait_for_selector("#detail .problem")
        text = page720.inner_text("#detail")
        assert "422" not in text and "starts from" in text
        shoot(page720, "17-chain-of-a-place.png")
    # The browser itself logs the refused request; nothing else may be wrong.
    page720.errors[:] = [e for e in page720.errors if "status of 400" not in e]


def _search_box_shows(page, name):
    """The search box follows the panel once the view has drawn the canvas (a moment after the heading, on a
    loaded machine): wait for it, then say what it shows if it never does."""
    try:
        page.wait_for_function("name => document.querySelector('#search').value === name", arg=name, timeout=10_000)
    except PlaywrightTimeout:
        pass    # the assertion below says what it shows instead
    assert page.input_value("#search") == name


def test_dates_are_checked_before_a_request_and_the_search_box_follows_the_url(page720, examples_store):
    with Server(examples_store) as server:
        page720.goto(f"{server.url}/explorer#entity=person%3Amartin-vizcarra")
        page720.wait_for_selector("#detail h2:text('Martín Vizcarra')")
        _search_box_shows(page720, "Martín Vizcarra")
        page720.fill("#date-from", "2022-13")
        page720.keyboard.press("Enter")
        page720.locator("#date-to").focus()
        assert page720.get_attribute("#date-from", "aria-invalid") == "true"
        assert "from=" not in page720.url
        page720.evaluate("location.hash = '#entity=person%3Arolando-luque'")
        page720.wait_for_selector("#detail h2:text('Rolando Luque')")
        _search_box_shows(page720, "Rolando Luque")
        # Event names read as prose ("State of emergency", not "State Of Emergency").
        names = page720.evaluate("fetch('/events?limit=500').then(r => r.json()).then(es => es.map(e => e.name))")
        assert names and not [n for n in names if " Of " in n or n.startswith("State Of")]


def test_views_for_brokers_commitments_and_reports(page720, examples_store):
    with Server(examples_store) as server:
        page720.goto(f"{server.url}/explorer#entity=organization%3Ammg&view=brokers")
        page720.wait_for_selector("#detail h2:text('Brokers')")
        assert page720.locator("#detail ol.ranked li").count() >= 3
        shoot(page720, "18-brokers.png")
        page720.click("#view-commitments")
        page720.wait_for_selector("#detail h2:text('Commitments')")
        assert page720.locator("#detail details.commitment").count() >= 1
        shoot(page720, "19-commitments.png")
        page720.click("#view-documents")
        page720.wait_for_selector("#detail h2:text('Reports (')")
        first = page720.locator("#detail details.document").first
        first.locator("summary").click()
        first.locator(".added p").first.wait_for()
        assert "fact" in first.locator(".added p").first.inner_text()
        assert canvas(page720, "cy.nodes().length") >= 3
        shoot(page720, "20-reports.png")


def test_api_docs_render_offline_and_the_root_opens_the_explorer(page720, examples_store):
    with Server(examples_store) as server:
        # Nothing but this server: any other host is refused, as on a machine with no network.
        page720.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server.url)
                      else route.abort())
        page720.goto(f"{server.url}/docs")
        page720.wait_for_selector(".swagger-ui .info .title")
        assert "minegraph" in page720.inner_text(".swagger-ui .info .title")
        assert page720.locator(".opblock").count() >= 10
        shoot(page720, "21-docs-offline.png")
        page720.goto(server.url + "/")
        assert page720.url.endswith("/explorer")
