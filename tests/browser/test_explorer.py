"""The explorer in a real headless Chromium, against `minegraph serve` with the sample report
loaded by the real extractor: the path an analyst takes, step by step, with screenshots."""
import pytest

from graph.document import GraphDocument, Node, Relationship
from graph.memory_store import MemoryStore
from tests.browser.conftest import Server, shoot
from tests.sample_graph import load_sample


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = MemoryStore(tmp_path_factory.mktemp("explorer") / "graph.json")
    load_sample(store)
    return store


def canvas(page, script: str):
    return page.evaluate(f"(() => {{ const cy = window.minegraph.cy; return {script}; }})()")


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
        visit = "event:visit:2016-10-22:las-bambas"
        page.evaluate(f"window.minegraph.cy.getElementById('{visit}').emit('dbltap')")
        page.wait_for_function(f"window.minegraph.cy.nodes().length > {before}")
        assert canvas(page, "cy.getElementById('person:rolando-luque').length") == 1
        shoot(page, "03-expanded.png")

        participation = page.locator("#detail details[data-type=PARTICIPATED_IN]", has_text="Visit").first
        participation.locator("summary").click()
        evidence = participation.locator(".evidence blockquote").first
        assert "22 October" in evidence.inner_text()
        assert "Las Bambas: Vizcarra contributes" in participation.locator(".cite").first.inner_text()
        shoot(page, "04-evidence.png")

        participation.get_by_role("button", name="Open").click()
        page.wait_for_selector("#detail h3:text('Attendees')")
        attendees = page.inner_text("#detail")
        assert "Rolando Luque" in attendees and "accompanying" in attendees and "leader" in attendees
        shoot(page, "05-visit.png")

        page.fill("#search", "national police")
        page.wait_for_selector("#suggestions li[data-id='organization:policia-nacional-del-peru']")
        page.click("#suggestions li[data-id='organization:policia-nacional-del-peru']")
        page.wait_for_selector("#detail h2:text('Policía Nacional del Perú')")
        page.click("#view-chain")
        page.wait_for_selector("#detail h2:text('Chain of command')")
        panel = page.inner_text("#detail")
        assert "provincial police chief" in panel and "on property of MMG" in panel
        assert canvas(page, "cy.edges('.statutory').length") >= 1
        assert canvas(page, "cy.edges('.other').length") >= 1
        assert "view=chain" in page.url
        shoot(page, "06-chain-of-command.png")

        page.goto(f"{server.url}/explorer#entity=person%3Amartin-vizcarra&view=graph")
        page.reload()
        page.wait_for_selector("#detail h2:text('Martín Vizcarra')")
        page.evaluate(f"window.minegraph.cy.getElementById('{visit}').emit('dbltap')")
        page.wait_for_function("document.querySelectorAll('#timeline rect').length >= 1")
        events = canvas(page, "cy.nodes().filter(n => n.data('cls') === 'Event' && !n.hasClass('filtered')).length")
        box = page.locator("#timeline").bounding_box()
        page.mouse.move(box["x"] + box["width"] * 0.02, box["y"] + 20)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.30, box["y"] + 40, steps=5)
        page.mouse.up()
        page.wait_for_function("window.minegraph.state.from !== ''")
        shown = canvas(page, "cy.nodes().filter(n => n.data('cls') === 'Event' && !n.hasClass('filtered')).length")
        assert shown < events
        assert "from=" in page.url and "to=" in page.url
        shoot(page, "07-timeline-filter.png")


def test_markup_in_a_report_is_shown_as_text(page, tmp_path):
    store = MemoryStore(tmp_path / "graph.json")
    script, image = "<script>alert('x')</script>", "<img src=x onerror=\"alert('y')\">"
    store.write(GraphDocument(
        [Node("person:ana-quispe", ["Entity", "Person"], {"name": "Ana Quispe", "aliases": [image]}),
         Node("organization:frente-de-defensa", ["Entity", "Organization", "Community"], {"name": "Frente de Defensa"}),
         Node("doc:00000000000000aa", ["Document"], {"title": f"Report {script}", "published": "2020-01"})],
        [Relationship("MEMBER_OF", "person:ana-quispe", "organization:frente-de-defensa",
                      {"sources": ["doc:00000000000000aa"], "evidence": [f"Ana Quispe {script} leads it {image}."]})]))
    with Server(store) as server:
        page.goto(f"{server.url}/explorer#entity=person%3Aana-quispe")
        page.wait_for_selector("#detail h2:text('Ana Quispe')")
        page.locator("#detail details summary").first.click()
        text = page.inner_text("#detail")
        assert script in text and image in text
        assert page.locator("#detail script, #detail img").count() == 0
        shoot(page, "08-markup-as-text.png")
