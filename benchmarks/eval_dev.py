"""Dev loop: run the extraction pipeline on an evaluation set and print scores and errors.

    .venv/bin/python benchmarks/eval_dev.py [SETDIR] [--json out.json] [--quiet] [--jobs N]

SETDIR defaults to ../shared/eval/dev beside the repository. Documents are read
with ``parley.ingest.read_paths`` as ``parley eval`` reads them (``--plain``: the
.txt/.md files as bare text, without the metadata ingest finds), the codebook
with ``parley.ingest.load_codebook``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from parley.core.types import Codebook, Document
from parley.evaluate import load_gold_set, score_set
from parley.extract import build_pipeline, default_config

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SET = REPO / ".." / "shared" / "eval" / "dev"


def read_codebook(path: Path) -> Codebook:
    """The codebook via the ingest layer."""
    from parley.ingest import load_codebook

    return load_codebook(path)


def read_documents(gold_set, plain: bool) -> dict[str, Document]:
    """The set's documents by name: via ``parley.ingest.read_paths`` (with the metadata it finds),
    or with ``plain`` only the .txt/.md files as bare text (our own date detection measured)."""
    if plain:
        return {
            p.stem: Document.from_text(p.read_text(encoding="utf-8"), name=p.stem)
            for p in gold_set.files if p.suffix in {".txt", ".md"}
        }
    from parley.ingest import read_paths

    found = {}
    for item in read_paths([gold_set.root / "docs"]):
        if isinstance(item, Document):
            found[item.name] = item
        else:
            print(f"skipped: {item}")
    return found


def run(setdir: Path, jobs: int = 1, plain: bool = False):
    """Extract and score a set; returns (SetScore, results by doc id, seconds)."""
    gold_set = load_gold_set(setdir)
    codebook = read_codebook(gold_set.codebook)
    pipeline = build_pipeline(default_config(), codebook)
    by_name = read_documents(gold_set, plain)
    names = [n for n in gold_set.gold if n in by_name]
    for missing in sorted(set(gold_set.gold) - set(names)):
        print(f"no document for answer key {missing}")
    docs = [by_name[n] for n in names]
    started = time.perf_counter()
    results = list(pipeline.pipe(docs, jobs=jobs))
    seconds = time.perf_counter() - started
    golds = [gold_set.gold[n] for n in names]
    return score_set(zip(results, docs, golds)), dict(zip(names, results)), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("setdir", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--json", type=Path, help="write the scores as JSON here")
    parser.add_argument("--quiet", action="store_true", help="scores only, no error listing")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--plain", action="store_true", help="read .txt/.md as bare text, no metadata")
    args = parser.parse_args(argv)
    if not args.setdir.exists():
        print(f"{args.setdir}: no such evaluation set", file=sys.stderr)
        return 2
    scores, _, seconds = run(args.setdir, args.jobs, args.plain)
    if not args.quiet:
        print(scores.error_report())
        print()
    for doc_id, figures in {**scores.to_json()["documents"], "TOTAL": scores.to_json()["total"]}.items():
        cells = " ".join(f"{k}={v['f1']:.3f}" for k, v in figures.items() if k != "dates")
        acc = figures["dates"]["accuracy"]
        print(f"{doc_id[:44]:44s} {cells} dates={'-' if acc is None else f'{acc:.3f}'}/{figures['dates']['n']}")
    print(f"extracted in {seconds:.2f} s")
    if args.json:
        args.json.write_text(json.dumps(scores.to_json(), indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
