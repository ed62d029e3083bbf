"""The explorer in a real headless Chromium, against `minegraph serve` with the sample report
loaded by the real extractor: the path an analyst takes, step by step, with screenshots."""
import json
from pathlib import Path
from urllib.parse import quote

import pytest

from graph.document import GraphDocument, Node, Relationship
from graph.memory_store import MemoryStore
from tests.browser.conftest import Server, shoot
from tests.sample_graph import VISIT, load_sample

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = MemoryStore(tmp_path_factory.mktemp("explorer") / "graph.json")
    load_sample(store)
    return store


def canvas(page, script: str):
    return page.evaluate(f"(() => {{ const cy = window.minegraph.cy; return {script}; }})()")


def double_click(page, node_id: str) -> None:
    """A real double-click on the node where the canvas draws it."""
    box = page.locator("#cy").bounding_box()
    at = canvas(page, f"cy.getElementById('{node_id}').renderedPosition()")
    page.mouse.dblclick(box["x"] + at["x"], box["y"] + at["y"])


def test_search_open_expand_evidence_chain_of_command_and_timeline(page, sample_store):
    with Server(sample_store) as server:
        page.goto(f"{server.url}/explorer")
        page.fill("#search", "Vizcarra")
        page.wait_for_selector("#suggestions li")
        assert "Martín Vizcarra" in page.inner_text("#suggestions")
        shoot(page, "01-search.png")

        page.keyboard.press("Enter")
        page.wait_for_selector("#detail h2:text('Martín Vizcarra')")
        assert "entity=person%3Amartin-vizcarra" in page.url
        shoot(page, "02-entity.png")

        before = canvas(page, "cy.nodes().length")
        double_click(page, VISIT)
        page.wait_for_function(f"window.minegraph.cy.nodes().length > {before}")
        assert canvas(page, "cy.getElementById('person:rolando-luque').length") == 1
        shoot(page, "03-expanded.png")

        # A tap came with the double-click: the panel shows the visit, with the evidence of each attendee.
        page.wait_for_selector("#detail h2:text('Visit by Martín Vizcarra')")
        participation = page.locator("#detail details[data-type=PARTICIPATED_IN]", has_text="Martín Vizcarra").first
        participation.locator("summary").click()
        evidence = participation.locator(".evidence blockquote").first
        assert "22 October" in evidence.inner_text()
        assert "Las Bambas: Vizcarra contributes" in participation.locator(".cite").first.inner_text()
        assert participation.locator(".cite a").first.get_attribute("href").startswith("https://perusupportgroup.org.uk/")
        participation.locator(".cite").first.scroll_into_view_if_needed()
        shoot(page, "04-evidence.png")

        page.get_by_role("button", name="Visit view").click()
        page.wait_for_selector("#detail h3:text('Attendees')")
        attendees = page.inner_text("#detail")
        assert "Rolando Luque" in attendees and "accompanying" in attendees and "leader" in attendees
        assert "Las Bambas: Vizcarra contributes" in attendees  # the report behind them
        assert "view=visit" in page.url
        shoot(page, "05-visit.png")

        page.fill("#search", "national police")
        page.wait_for_selector("#suggestions li[data-id='organization:policia-nacional-del-peru']")
        page.click("#suggestions li[data-id='organization:policia-nacional-del-peru']")
        page.wait_for_selector("#detail h2:text('Policía Nacional del Perú')")
        page.click("#view-chain")
        page.wait_for_selector("#detail h2:text('Chain of command')")
        panel = page.inner_text("#detail")
        assert "on property of MMG" in panel
        # The national police never answer to a person (issue 10): no step of the chain ends at one.
        assert canvas(page, "cy.edges('.step').every(e => e.target().data('cls') !== 'Person')")
        assert canvas(page, "cy.edges('.other').length") >= 1
        # The statutory line solid, the other lines (the base on MMG's property) dashed, with a legend.
        assert canvas(page, "cy.edges('.statutory').every(e => e.style('line-style') === 'solid')")
        assert canvas(page, "cy.edges('.other').every(e => e.style('line-style') === 'dashed')")
        legend = page.inner_text("#legend")
        assert "other line" in legend
        assert "view=chain" in page.url
        shoot(page, "06-chain-of-command.png")

        # A shared link restores the view (entity and expanded nodes); Shift+dragging on the
        # timeline before the visit hides it from the canvas, and the range joins the link.
        page.goto(f"{server.url}/explorer#entity=person%3Amartin-vizcarra&expand={quote(VISIT, safe='')}")
        page.reload()
        page.wait_for_selector("#detail h2:text('Martín Vizcarra')")
        page.wait_for_function("window.minegraph.cy.getElementById('person:rolando-luque').length === 1")
        item = page.locator(f"#timeline .vis-item:has([data-id='{VISIT}'])")
        assert "on-canvas" in item.get_attribute("class")
        timeline, target = page.locator("#timeline .vis-center").bounding_box(), item.bounding_box()
        page.keyboard.down("Shift")
        page.mouse.move(timeline["x"] + 4, timeline["y"] + 10)
        page.mouse.down()
        page.mouse.move(target["x"] - 40, timeline["y"] + 20, steps=6)
        page.mouse.up()
        page.keyboard.up("Shift")
        page.wait_for_function("window.minegraph.state.to !== ''")
        assert canvas(page, f"cy.getElementById('{VISIT}').hasClass('filtered')")
        assert not canvas(page, "cy.getElementById('person:martin-vizcarra').hasClass('filtered')")
        assert "out" in item.get_attribute("class")
        assert "from=" in page.url and "to=" in page.url
        shoot(page, "07-timeline-filter.png")

        page.reload()  # the range is part of the link
        page.wait_for_selector("#detail h2:text('Martín Vizcarra')")
        page.wait_for_function(f"window.minegraph.cy.getElementById('{VISIT}').hasClass('filtered')")
        page.click("#clear-dates")
        assert not canvas(page, f"cy.getElementById('{VISIT}').hasClass('filtered')")


def test_markup_in_a_report_is_shown_as_text(page, tmp_path):
    """Names, aliases, titles, summaries and evidence sentences carrying markup are shown as the
    characters they are: no element is created, no script runs, no javascript: link is made."""
    store = MemoryStore(tmp_path / "graph.json")
    script, image = "<script>alert(1)</script>", "<img src=x onerror=\"alert(1)\">"
    event = "event:protest:2020-01-05:abc"
    store.write(GraphDocument(
        [Node("person:ana-quispe", ["Entity", "Person"], {"name": "Ana Quispe", "aliases": [image]}),
         Node("organization:frente-de-defensa", ["Entity", "Organization", "Community"], {"name": f"Frente {image}"}),
         Node(event, ["Event", "Protest"], {"name": f"Protest {script}", "type": "protest", "date": "2020-01-05",
                                             "date_precision": "day", "summary": f"They marched {image} {script}"}),
         Node("doc:00000000000000aa", ["Document"], {"title": f"Report {script}", "published": "2020-01",
                                                     "url": "javascript:alert(1)"})],
        [Relationship("MEMBER_OF", "person:ana-quispe", "organization:frente-de-defensa",
                      {"sources": ["doc:00000000000000aa"], "evidence": [f"Ana Quispe {script} leads it {image}."]}),
         Relationship("PARTICIPATED_IN", "person:ana-quispe", event,
                      {"role": "leader", "sources": ["doc:00000000000000aa"], "evidence": [f"She led it {script}."]})]))
    with Server(store) as server:
        page.goto(f"{server.url}/explorer#entity=person%3Aana-quispe")
        page.wait_for_selector("#detail h2:text('Ana Quispe')")
        for summary in page.locator("#detail details summary").all():
            summary.click()
        text = page.inner_text("#detail")
        assert f"Ana Quispe {script} leads it {image}." in text
        assert f"Report {script}" in text and f"Frente {image}" in text and image in text
        assert page.locator("#detail script, #detail img, #detail a[href^='javascript']").count() == 0
        shoot(page, "08-markup-as-text.png")

        page.fill("#search", "protest")
        page.wait_for_selector("#suggestions li")
        assert f"Protest {script}" in page.inner_text("#suggestions")
        page.keyboard.press("Enter")
        page.wait_for_selector("#detail h3:text('Participants')")
        text = page.inner_text("#detail")
        assert f"They marched {image} {script}" in text and "leader" in text and f"She led it {script}." in text
        # Only the page's own four scripts, and no image anywhere.
        assert page.evaluate("document.querySelectorAll('script').length") == 4
        assert page.evaluate("document.querySelectorAll('img, iframe, object').length") == 0
        assert page.locator("a[href^='javascript']").count() == 0


def test_keyboard_filters_hiding_and_exports(page, sample_store):
    with Server(sample_store) as server:
        page.goto(f"{server.url}/explorer")
        # Keyboard only: type, arrow down to a suggestion, Enter.
        page.focus("#search")
        page.keyboard.type("luque")
        page.wait_for_selector("#suggestions li[data-id='person:rolando-luque']")
        page.keyboard.press("ArrowDown")
        assert page.get_attribute("#suggestions li[aria-selected=true]", "data-id") == "person:rolando-luque"
        page.keyboard.press("Enter")
        page.wait_for_selector("#detail h2:text('Rolando Luque')")

        # Arrow keys walk the canvas, H hides the selected node, and the URL keeps it hidden.
        page.focus("#cy")
        page.keyboard.press("ArrowRight")
        chosen = canvas(page, "cy.$('node:selected').id()")
        page.keyboard.press("h")
        assert canvas(page, f"cy.getElementById('{chosen}').hasClass('filtered')")
        assert "hidden=" in page.url
        page.click("#show-hidden")
        assert not canvas(page, f"cy.getElementById('{chosen}').hasClass('filtered')")

        # Filters by class and by relationship type, kept in the URL.
        page.uncheck("#label-filter input[data-class=Event]")
        assert canvas(page, "cy.nodes().filter(n => n.data('cls') === 'Event' && !n.hasClass('filtered')).length") == 0
        assert "hide=Event" in page.url
        page.check("#label-filter input[data-class=Event]")
        page.uncheck("#type-filter input[data-type=PARTICIPATED_IN]")
        assert canvas(page, "cy.edges('[type = \"PARTICIPATED_IN\"]').not('.filtered').length") == 0
        assert "types=PARTICIPATED_IN" in page.url
        shoot(page, "09-filters.png")

        # The link restores the filters.
        page.reload()
        page.wait_for_selector("#detail h2:text('Rolando Luque')")
        assert not page.is_checked("#type-filter input[data-type=PARTICIPATED_IN]")
        page.check("#type-filter input[data-type=PARTICIPATED_IN]")

        # A click on an event of the timeline brings it onto the canvas and into the panel.
        other = page.locator("#timeline .vis-item:not(.on-canvas) [data-id]").first
        event = other.get_attribute("data-id")
        assert canvas(page, f"cy.getElementById('{event}').length") == 0
        other.click()
        page.wait_for_function(f"window.minegraph.cy.getElementById('{event}').length === 1")
        name = canvas(page, f"cy.getElementById('{event}').data('name')")
        page.wait_for_selector(f"#detail h2:text-is('{name}')")
        page.wait_for_selector(f"#timeline .vis-item.on-canvas:has([data-id='{event}'])")
        shoot(page, "10-timeline-open.png")

        # Exports of the current view.
        with page.expect_download() as download:
            page.click("#export-json")
        graph = json.loads(Path(download.value.path()).read_text())
        assert "person:rolando-luque" in {n["id"] for n in graph["nodes"]} and graph["relationships"]
        with page.expect_download() as download:
            page.click("#export-graphml")
        xml = Path(download.value.path()).read_text()
        assert "<graphml" in xml and 'id="person:rolando-luque"' in xml
        with page.expect_download() as download:
            page.click("#export-png")
        assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_closed_reads_ask_for_the_key(page, sample_store):
    from api.settings import ApiSettings

    with Server(sample_store, ApiSettings(read_key="s3cret")) as server:
        page.goto(f"{server.url}/explorer#entity=person%3Amartin-vizcarra")
        page.wait_for_selector("#detail h2:text('A key is needed')")
        page.fill("#read-key", "s3cret")
        page.keyboard.press("Enter")
        page.wait_for_selector("#detail h2:text('Martín Vizcarra')")
        assert page.locator("#timeline .vis-item [data-id]").count() >= 1
    # The browser reports the refused requests themselves; nothing else may be wrong.
    page.errors[:] = [e for e in page.errors if "401 (Unauthorized)" not in e]
