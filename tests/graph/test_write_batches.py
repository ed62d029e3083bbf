"""How the Neo4j store writes batches and retries (issue 12 item 4): bulk mode keeps each document
all-or-nothing, an Evidence record takes its report's stored date without a look-up in Cypher,
and a write retries a deadlock for a while, without probing the server before each transaction,
yet a lost server is still a fast refusal."""
import logging
import time

import neo4j
import pytest
from neo4j.exceptions import Neo4jError

from graph.bench_write import single_and_bulk
from graph.document import GraphDocument, Node, Relationship
from graph.neo4j_store import Neo4jStore
from graph.store import StoreUnavailable
from tests.api.relay import Relay
from tests.graph.samples import SENTENCES, dated_report, provenance, visit_document

EVENT = "event:visit:2016-10-22:las-bambas"


def _luque(doc_id: str, cited: str) -> GraphDocument:
    """A report naming Rolando Luque at the visit, its fact citing report `cited`."""
    return GraphDocument([Node("person:rolando-luque", ["Entity", "Person"], {"name": "Rolando Luque"}),
                          Node(doc_id, ["Document"], {"title": "Luque"})],
                         [Relationship("PARTICIPATED_IN", "person:rolando-luque", EVENT,
                                       {"role": "accompanying", **provenance(cited, SENTENCES["luque"])})])


def test_a_bulk_write_with_a_bad_document_keeps_the_good_ones_and_names_the_bad_file(neo4j_store):
    good = [dated_report(1, "2016-11"), dated_report(2, "2017-02")]
    bad = dated_report(3, "2017-03")
    bad.relationships.append(Relationship("OCCURRED_AT", EVENT, "place:nowhere", provenance("doc:0003", "x")))
    results = neo4j_store.write_many([(good[0], "reports/a.json"), (bad, "reports/bad.json"),
                                      (good[1], "reports/b.json")])
    assert isinstance(results[1], Exception) and "reports/bad.json" in str(results[1])
    assert "place:nowhere" in str(results[1])
    assert not isinstance(results[0], Exception) and not isinstance(results[2], Exception)
    assert neo4j_store.get_node("doc:0001") and neo4j_store.get_node("doc:0002")
    assert neo4j_store.get_node("doc:0003") is None  # all or nothing: none of the bad report
    fact = next(r for r in good[0].relationships if r.type == "PARTICIPATED_IN").id
    assert sorted(e.properties["document"] for e in neo4j_store.evidence(fact)) == ["doc:0001", "doc:0002"]


def test_an_evidence_record_citing_a_stored_report_takes_that_reports_date(neo4j_store):
    neo4j_store.write(visit_document("doc:aaaa"))  # published 2016-10
    neo4j_store.write(_luque("doc:bbbb", "doc:aaaa"))  # cites doc:aaaa, which it does not carry
    fact = _luque("doc:bbbb", "doc:aaaa").relationships[0].id
    [record] = neo4j_store.evidence(fact)
    assert record.properties["document"] == "doc:aaaa" and record.properties["observed"] == "2016-10"
    summary = neo4j_store.get_relationship(fact).properties
    assert summary["observed_from"] == summary["observed_to"] == "2016-10" and summary["source_count"] == 1


def test_a_report_cited_but_not_stored_leaves_the_record_undated(neo4j_store):
    neo4j_store.write(visit_document("doc:aaaa"))
    neo4j_store.write(_luque("doc:bbbb", "doc:cccc"))
    [record] = neo4j_store.evidence(_luque("doc:bbbb", "doc:cccc").relationships[0].id)
    assert "observed" not in record.properties


def test_a_write_does_not_probe_the_server_first(neo4j_store, monkeypatch):
    def probe():
        raise AssertionError("a write probed the server")

    neo4j_store.write(visit_document("doc:aaaa"))
    monkeypatch.setattr(neo4j_store.driver, "verify_connectivity", probe)
    neo4j_store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    assert neo4j_store.get_node("doc:bbbb")


def test_a_write_after_the_server_dropped_its_connections_succeeds_and_one_while_it_is_gone_fails_fast(neo4j_store, neo4j_uri):
    """Without the probe: a pooled connection the server closed (a restart) is not used, and a
    server that is gone is StoreUnavailable at once, not after the transient-error window."""
    relay = Relay(neo4j_uri)
    relay.restore()
    store = Neo4jStore(relay.uri)
    try:
        store.write(visit_document("doc:aaaa"))  # the driver now pools a connection through the relay
        relay.cut()
        relay.restore()
        store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
        assert neo4j_store.get_node("doc:bbbb")
        relay.cut()
        started = time.monotonic()
        with pytest.raises(StoreUnavailable):
            store.write(visit_document("doc:cccc"))
        assert time.monotonic() - started < 1.0
    finally:
        store.close()
        relay.cut()


def test_a_deadlock_is_retried_and_a_refusal_is_not(neo4j_store):
    calls = []

    def deadlocks_once(tx: neo4j.ManagedTransaction) -> int:
        calls.append(1)
        if len(calls) == 1:
            raise Neo4jError._hydrate_neo4j(code="Neo.TransientError.Transaction.DeadlockDetected", message="deadlock")
        return tx.run("RETURN 7 AS x").single()["x"]

    assert neo4j_store._write(deadlocks_once) == 7 and len(calls) == 2

    def refused(tx: neo4j.ManagedTransaction) -> None:
        calls.append(1)
        tx.run("RETURN 1 +").consume()

    calls.clear()
    with pytest.raises(Neo4jError):
        neo4j_store._write(refused)
    assert len(calls) == 1


def test_the_benchmark_pairs_each_unit_with_its_baseline_and_counts_queries(neo4j_store):
    figures = single_and_bulk(neo4j_store, 4, warmup_cap_s=0, bulk=2, window={"single": 2, "bulk": 1})
    for kind in ("single", "bulk"):
        assert figures[f"{kind}_ratio_p10"] <= figures[f"{kind}_ratio"] <= figures[f"{kind}_ratio_p90"]
        assert figures[f"{kind}_raw_p50_ms"] > 0 and figures[f"{kind}_minegraph_p50_ms"] > 0
    assert figures["single_units"] == 4 and figures["bulk_units"] == 2  # the warm-up is not counted
    # No time to warm up: one window, the cold one, and the figures say the server was not steady.
    assert figures["single_warmup_units"] == 2 and figures["bulk_warmup_units"] == 1
    assert len(figures["single_warmup_windows_ms"]) == 1 and figures["single_cold_ratio"] > 0
    assert figures["single_settled"] is False and figures["bulk_cold_raw_p50_ms"] > 0
    assert figures["minegraph_queries_per_report"] > 1 and figures["raw_queries_per_report"] > 1
    assert figures["single_interference"] == [] and figures["bulk_interference"] == []  # alone on its server
    assert len(figures["single_load"]) == 2


def test_the_benchmark_says_when_its_units_did_not_run_alone(neo4j_store, caplog):
    """Another writer's locks make the writer retry or write a bulk chunk one report at a time
    (only its side pays); another client's reports, or a clear, change what the run stored."""
    from graph import bench_validity, bench_write

    with bench_validity.retries_watched() as retries:
        logging.getLogger("graph.neo4j_link").warning("write retried in 0.1 s: Neo.TransientError.Transaction.DeadlockDetected")
    for i in range(2):
        neo4j_store.write(bench_write.synthetic_document(i, side=bench_write.OURS))
    signs = bench_validity.interference(neo4j_store, retries, 2, bench_write.OURS, bench_write.RAW)
    assert "1 warnings from graph.neo4j_link" in signs[0]
    assert "2 reports stored, 2 and 0" in signs[1]  # the baseline's reports are missing
    bad = dated_report(3, "2017-03")
    bad.relationships.append(Relationship("OCCURRED_AT", EVENT, "place:nowhere", provenance("doc:0003", "x")))
    with caplog.at_level(logging.WARNING, logger="graph"):
        neo4j_store.write_many([(dated_report(1, "2016-11"), None), (bad, None)])
    assert "each written alone" in caplog.text


def test_the_hot_fact_figure_is_taken_over_a_cold_report_written_next_to_it(neo4j_store, monkeypatch):
    from graph import bench_write

    monkeypatch.setattr(bench_write, "HOT_REPEATS", (20, 40))
    monkeypatch.setattr(bench_write, "HOT_WRITES", 2)
    figures = bench_write.hot_fact(neo4j_store)
    assert figures["hot_20_source_count"] == 20 + 1 + 2 and figures["hot_40_source_count"] == 40 + 1 + 2
    assert figures["hot_ratio"] == pytest.approx(figures["hot_40_vs_cold"] / figures["hot_20_vs_cold"])
    assert figures["hot_20_cold_ms"] > 0 and "hot_ms_ratio" in figures


def test_the_bench_spread_stays_within_the_ratios_it_summarises():
    """A mode of few units (6 bulk chunks) printed a p10 of -0.81×: the exclusive quantiles extrapolate."""
    from graph.bench_write import _paired
    figures = _paired([1.0, 2.0, 9.0, 1.5, 3.0, 1.2], [1.0] * 6)
    assert 1.0 <= figures["ratio_p10"] <= figures["ratio"] <= figures["ratio_p90"] <= 9.0


def test_the_bench_warms_up_until_a_sides_time_per_unit_has_settled():
    """A fresh server's writes get faster (or slower) for minutes: the warm-up ends once the last
    three windows' medians are within 10% of each other, not after a fixed number of reports."""
    from graph.bench_write import settled
    assert not settled([100.0, 50.0])                      # too few windows to tell
    assert not settled([100.0, 60.0, 40.0, 33.0, 30.0])    # still falling
    assert settled([100.0, 60.0, 31.0, 30.0, 32.5])        # flat within 10%
    assert not settled([30.0, 31.0, 36.0])                 # growing: 36 is 20% over 30
