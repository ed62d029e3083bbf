"""Speed of the extractor: `python -m loaders.benchmark [--reports N] [--batch-size B]`.

Generates N (≥ 200) synthetic reports of ~800 words, deterministically, from templates filled
with gazetteer actors and from paragraphs of the repository's reports, then times the full
extractor (nlp.pipe batching + every component + the writer) against an NER-only pass of the
same model (tok2vec + ner) in the same run, and prints reports/s, words/s and their ratio.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from loaders.lexicon import load as load_lexicon
from loaders.read import Report, iter_report_paths, read_report

REPORTS_DIR = Path(__file__).resolve().parent.parent / "examples" / "reports"
TEMPLATES = [
    "A visit by {person}, {country}'s vice-president, to {mine} on {day} {month} sought to resolve the stand-off "
    "between communities and {company} over the transport of minerals to the port of {port}.",
    "As {person2} said on {day} {month} in {outlet}, the situation could set the tone for conflicts elsewhere.",
    "The police have a base on company property in {mine}, and were under the command of the provincial police chief.",
    "Community organisations and authorities in {province} declared that the strike would continue until either "
    "Prime Minister {person2} or President {person} came to the area.",
    "The agreement reached at the mesa de diálogo on {day} {month} that the road should be paved was not fulfilled.",
    "Last week {person2} went to {settlement} on his first visit to a live conflict, after an oil spill in the {river}.",
    "The appointment of {person2} to head up the Oficina Nacional de Diálogo y Sostenibilidad (ONDS) was welcomed.",
    "Protesters blocked the road near {mine} for three days, and two people were injured in clashes with the police.",
    "The Ministry of Energy and Mines said on {day} {month} that a high-level commission led by the minister of "
    "energy and mines would travel to {settlement}.",
    "{company}'s {mine} mine produced copper worth millions, and the regional governor promised to review the EIA.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PEOPLE = ["Martín Vizcarra", "Rolando Luque", "Fernando Zavala", "Ana María Quispe", "Jorge Huamán", "Lucía Mamani",
          "Pedro Pablo Kuczynski", "Carlos Ccahua", "Rosa Condori", "Miguel Torres"]


def synthetic_reports(n: int = 200, words: int = 800, seed: int = 7) -> list[Report]:
    rng = random.Random(seed)
    lex = load_lexicon()
    by_subclass: dict[str, list[str]] = {}
    for e in sorted(lex.entries.values(), key=lambda e: e.name):
        by_subclass.setdefault(e.subclass or e.cls, []).append(e.name)
    paragraphs = [p.strip() for path in iter_report_paths([REPORTS_DIR]) if path.suffix == ".md"
                  for p in read_report(path).text.split("\n\n") if len(p.split()) > 30]
    out = []
    for i in range(n):
        slots = {
            "person": rng.choice(PEOPLE), "person2": rng.choice(PEOPLE), "country": "Peru",
            "mine": rng.choice(by_subclass["Mine"]), "company": rng.choice(by_subclass["Company"]),
            "port": rng.choice(by_subclass["Port"]), "outlet": rng.choice(by_subclass["MediaOutlet"]),
            "province": rng.choice([e for e in by_subclass["AdministrativeArea"]]),
            "settlement": rng.choice(by_subclass["Settlement"]), "river": rng.choice(by_subclass["NaturalFeature"]),
            "day": rng.randint(1, 28), "month": rng.choice(MONTHS),
        }
        body: list[str] = []
        while sum(len(p.split()) for p in body) < words:
            if paragraphs and rng.random() < 0.5:
                body.append(rng.choice(paragraphs))
            else:
                body.append(" ".join(t.format(**slots) for t in rng.sample(TEMPLATES, 4)))
        out.append(Report(None, "\n\n".join(body), title=f"synthetic {i}", published=f"{rng.randint(2011, 2023)}-"
                                                                                      f"{rng.randint(1, 12):02d}"))
    return out


def run(n: int = 200, batch_size: int = 16, n_process: int = 1) -> dict:
    from loaders.pipeline import Extractor

    reports = synthetic_reports(n)
    total_words = sum(len(r.text.split()) for r in reports)
    extractor = Extractor()
    nlp = extractor.nlp
    list(extractor.extract_many(reports[:4], batch_size))          # warm-up: caches, matchers

    start = time.perf_counter()
    with nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names]):
        for _ in nlp.pipe((r.text for r in reports), batch_size=batch_size, n_process=n_process):
            pass
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    nodes = rels = 0
    for graph in extractor.extract_many(reports, batch_size, n_process):
        nodes += len(graph.nodes)
        rels += len(graph.relationships)
    full = time.perf_counter() - start
    return {"reports": n, "words": total_words, "avg_words": round(total_words / n),
            "baseline_s": baseline, "full_s": full, "nodes": nodes, "relationships": rels,
            "pipes": list(nlp.pipe_names)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--processes", type=int, default=1, help="nlp.pipe n_process, for both passes")
    args = parser.parse_args()
    r = run(max(args.reports, 1), args.batch_size, args.processes)
    print(f"processes: {args.processes}, batch size: {args.batch_size}")
    print(f"{r['reports']} synthetic reports, {r['words']} words (~{r['avg_words']} per report); pipes: "
          f"{', '.join(r['pipes'])}")
    for label, seconds in (("NER-only baseline (tok2vec+ner)", r["baseline_s"]), ("full extractor", r["full_s"])):
        print(f"{label:<32} {r['reports'] / seconds:8.1f} reports/s {r['words'] / seconds:10.0f} words/s"
              f"  ({seconds:.2f} s)")
    print(f"full / baseline time ratio: {r['full_s'] / r['baseline_s']:.2f}x  "
          f"(target ≥ 20 reports/s: {'met' if r['reports'] / r['full_s'] >= 20 else 'NOT met'}); "
          f"{r['nodes']} nodes, {r['relationships']} relationships")


if __name__ == "__main__":
    main()
