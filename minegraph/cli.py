"""The `minegraph` command: parses arguments and calls into graph/, loaders/ and api/."""
from __future__ import annotations

import dataclasses
import functools
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from graph.config import StoreSettings, open_store
from graph.store import StoreError

app = typer.Typer(help="minegraph: a knowledge graph of mine–community–state relations.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
DEBUG = {"on": False}  # --debug: let a failure's traceback through


@app.callback()
def main(debug: Annotated[bool, typer.Option(help="Show the traceback of a failure.")] = False) -> None:
    DEBUG["on"] = debug


def _fail(message: str, code: int = 1) -> None:
    typer.secho(message, err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def one_line_errors(command):
    """A failure the user can act on (the database down or refusing, a file unreadable) is one
    line on stderr and exit code 1 (2 for a refused query); --debug shows the traceback."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        from graph.store import NotSupported, QueryRefused
        from loaders.read import ReportError

        try:
            return command(*args, **kwargs)
        except (StoreError, ReportError, OSError) as exc:
            if DEBUG["on"]:
                raise
            _fail(f"error: {' '.join(str(exc).split())}", 2 if isinstance(exc, (QueryRefused, NotSupported)) else 1)
    return run


@app.command("init-db")
@one_line_errors
def init_db(reset: Annotated[bool, typer.Option(help="Delete everything first.")] = False) -> None:
    """Create the constraints and indexes of schema/constraints.cypher (idempotent)."""
    settings = StoreSettings.from_env()
    with open_store(settings) as store:
        if reset:
            store.clear()
        store.init_schema()
    typer.echo(f"schema ready on the {settings.describe()}")


@app.command()
@one_line_errors
def load(
    paths: Annotated[list[Path], typer.Argument(help="Report files, folders or globs; *.json files are graph documents.")],
    reference: Annotated[bool, typer.Option(help="The paths are curated reference files (YAML/CSV).")] = False,
    force: Annotated[bool, typer.Option(help="Re-extract reports already loaded unchanged.")] = False,
) -> None:
    """Extract reports and load them into the configured store, one transaction per report."""
    from tqdm import tqdm

    from loaders.read import iter_report_paths, missing_paths
    from minegraph.ingest import LoadReport, load_graph_documents, load_reports, load_reference

    settings = StoreSettings.from_env()
    missing = LoadReport(failed=[(str(p), "no such file or folder (nor files matching it)") for p in missing_paths(paths)])
    paths = [p for p in paths if str(p) not in {f for f, _ in missing.failed}]
    json_files = [p for p in paths if p.suffix == ".json"]
    files = json_files + (list(paths) if reference else iter_report_paths([p for p in paths if p.suffix != ".json"]))
    if not files:
        for path, problem in missing.failed:
            typer.secho(f"{path}: {problem}", err=True, fg=typer.colors.RED)
        _fail(f"no reports found in {' '.join(map(str, paths)) or 'the paths given'}")
    with open_store(settings) as store:
        store.init_schema()  # before the progress bar: a database down is then the only line
        bar = tqdm(total=len(files), unit="report", file=sys.stderr)

        earlier = []  # the results of finished stages, so the bar counts on across stages
        announced: dict[int, int] = {}  # per stage, how many of its loaded reports are named

        def progress(result) -> None:
            # A report is named once it is stored for good (committed, or journaled and fsynced).
            for path in result.loaded[announced.get(id(result), 0):]:
                bar.write(f"loaded {path}", file=sys.stdout)
                sys.stdout.flush()
            announced[id(result)] = len(result.loaded)
            bar.n = sum(len(r.loaded) + len(r.skipped) + len(r.failed) for r in [*earlier, result])
            bar.set_postfix_str(f"{result.nodes} entities, {result.relationships} relationships")
            bar.refresh()

        if reference:
            results = [load_reference(store, files, progress)]
        else:
            others = [f for f in files if f.suffix != ".json"]
            results = earlier = [load_graph_documents(store, json_files, progress)]
            if others:
                results.append(load_reports(store, others, force, progress))
        bar.close()
    results.append(missing)
    loaded = sum(len(r.loaded) for r in results)
    skipped = sum(len(r.skipped) for r in results)
    failed = [f for r in results for f in r.failed]
    typer.echo(f"{loaded} loaded, {skipped} unchanged and skipped, {len(failed)} failed, into the {settings.describe()}")
    for path, warning in (w for r in results for w in r.warnings):
        typer.secho(f"  {path}: warning: {warning}", err=True, fg=typer.colors.YELLOW)
    for path, problem in failed:
        typer.secho(f"  {path}: {problem}", err=True, fg=typer.colors.RED)
    if failed:
        raise typer.Exit(1)


@app.command()
@one_line_errors
def extract(
    report: Annotated[Path, typer.Argument(help="A report (Markdown/text with front matter, or HTML).")],
    published: Annotated[Optional[str], typer.Option(help="Publication date (2016, 2016-10, 2016-10-22) when the report lacks one.")] = None,
) -> None:
    """Print the graph document of one report as JSON, without touching any store."""
    from loaders.pipeline import default_extractor
    from loaders.read import read_report

    parsed = read_report(report)
    if published and not parsed.published:
        parsed = dataclasses.replace(parsed, published=published)
    graph = default_extractor().extract(parsed)
    note = graph.nodes[0].properties.get("extraction_note")
    if note:
        typer.secho(f"{report}: {note}", err=True, fg=typer.colors.YELLOW)
    typer.echo(graph.to_json())


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Hand annotations (*.json), named like the reports.")],
    reports_dir: Annotated[Path, typer.Argument(help="The reports they annotate.")],
    show: Annotated[bool, typer.Option(help="List every miss.")] = False,
    splits: Annotated[Optional[Path], typer.Option(help="Markdown file grouping report stems under `## name` headings, for subtotals.")] = None,
    readme: Annotated[Optional[Path], typer.Option(help="Also write the table into this README, between its eval markers.")] = None,
) -> None:
    """Score the extractor against hand annotations (the figures of shared/eval/score.py).
    With --show, every miss of the reports outside the held-out splits."""
    from loaders.evaluate import evaluate as run, format_table, held_out, read_splits, with_table

    groups = read_splits(splits) if splits else None
    result = run(gold_dir, reports_dir, splits=groups)
    hidden = held_out(groups)
    typer.echo(format_table(result, show=show, hidden=hidden))
    if readme:  # the README is read by whoever writes rules: held-out reports only in their totals
        try:
            readme.write_text(with_table(readme.read_text(encoding="utf-8"), format_table(result, hidden=hidden)),
                              encoding="utf-8")
        except (OSError, ValueError) as exc:
            _fail(f"error: {readme}: {exc}")


@app.command()
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
) -> None:
    """Serve the HTTP API (docs at /docs) and the explorer (at /explorer)."""
    import uvicorn

    from api.app import create_app

    typer.echo(f"minegraph on http://{host}:{port}/explorer (API docs at /docs), {StoreSettings.from_env().describe()}")
    uvicorn.run(create_app(), host=host, port=port)


@app.command()
@one_line_errors
def export(
    format: Annotated[str, typer.Argument(help="graphml, json, csv or ftm")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File (or folder for csv).")],
) -> None:
    """Export the whole graph."""
    from graph.export import EXPORTERS

    if format not in EXPORTERS:
        _fail(f"unknown format {format!r}: one of {', '.join(EXPORTERS)}")
    with open_store() as store:
        EXPORTERS[format](store, output)
    typer.echo(f"wrote {output}")


@app.command()
@one_line_errors
def query(
    cypher: Annotated[str, typer.Argument(help="A read-only Cypher query.")],
    param: Annotated[list[str], typer.Option("--param", "-p", help="name=JSON value")] = [],
) -> None:
    """Run read-only Cypher on Neo4j and print the rows as JSON lines."""
    params = {}
    for item in param:
        name, _, value = item.partition("=")
        try:
            params[name] = json.loads(value)
        except json.JSONDecodeError:
            params[name] = value
    with open_store() as store:
        columns, rows, truncated = store.run_cypher(cypher, params)
    for row in rows:
        typer.echo(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str))
    if truncated:
        typer.secho("(more rows were cut off)", err=True)


@app.command()
def migrate() -> None:
    """Bring a graph from before Evidence records up to date: one Evidence node per source of
    every fact and the bounded summary on the relationship (idempotent)."""
    from graph.migrate import migrate as run

    settings = StoreSettings.from_env()
    with open_store(settings) as store:
        store.init_schema()
        result = run(store)
    typer.echo(f"{result.relationships} relationships migrated, {result.evidence} Evidence records written, "
               f"in the {settings.describe()}")


@app.command()
def copy(
    to: Annotated[str, typer.Option("--to", help="The store to copy into: neo4j (NEO4J_URI and friends).")],
) -> None:
    """Copy the embedded store (MINEGRAPH_DATA) into Neo4j, for a graph that outgrows it."""
    from graph.memory_store import MemoryStore
    from graph.migrate import copy as run
    from graph.store import StoreError

    settings = StoreSettings.from_env()
    if to != "neo4j":
        _fail(f"unknown target {to!r}: the embedded store copies into neo4j")
    if not settings.neo4j_uri:
        _fail("set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to the Neo4j to copy into")
    journal = settings.data_path.with_name(settings.data_path.name + ".journal")  # writes not yet compacted
    if not (settings.data_path.exists() or journal.exists()):
        _fail(f"{settings.data_path}: no embedded store to copy (set MINEGRAPH_DATA)")
    try:
        source = MemoryStore(settings.data_path)
        with open_store(settings) as target:
            target.init_schema()
            run(source, target)
            counts = target.counts()
    except StoreError as exc:
        _fail(str(exc))
    typer.echo(f"copied {settings.data_path} into the {settings.describe()}: {counts.nodes} nodes, "
               f"{counts.relationships} relationships")
