"""The sample report, extracted by the real pipeline and loaded into a store: what the
end-to-end tests of the API, the cookbook and the explorer stand on."""
from pathlib import Path

from minegraph.ingest import load_reports

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "reports" / "2016-10_psg_las-bambas-vizcarra.md"
VIZCARRA = "person:martin-vizcarra"
LUQUE = "person:rolando-luque"
POLICE = "organization:policia-nacional-del-peru"
VISIT = "event:visit:2016-10-22:las-bambas"
LAS_BAMBAS = "place:las-bambas"


def load_sample(store) -> None:
    result = load_reports(store, [SAMPLE], force=True)
    assert result.loaded and not result.failed, result.failed
