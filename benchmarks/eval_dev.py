"""Dev loop: run the extraction pipeline on an evaluation set and print scores and errors.

    .venv/bin/python benchmarks/eval_dev.py [SETDIR] [--json out.json] [--quiet] [--jobs N]

SETDIR defaults to ../shared/eval/dev beside the repository. Documents are read
as plain text (``Document.from_text``, no metadata), as the evaluation sees
them. The codebook is read with ``parley.ingest.load_codebook`` when the ingest
layer provides it, else with the small YAML reader below.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from parley.core.types import Actor, Codebook, Document, Issue
from parley.evaluate import load_gold_set, score_set
from parley.extract import build_pipeline, default_config

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SET = REPO / ".." / "shared" / "eval" / "dev"


def read_codebook(path: Path) -> Codebook:
    """The codebook via the ingest layer, or a minimal YAML reading while it is missing."""
    try:
        from parley.ingest import load_codebook  # type: ignore[attr-defined]

        return load_codebook(path)
    except ImportError:
        return _yaml_codebook(path)


def _yaml_codebook(path: Path) -> Codebook:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    actors = tuple(
        Actor(
            a["id"], a["name"], a.get("kind", "other"), tuple(a.get("aliases") or ()),
            tuple(a.get("members") or ()), tuple(a.get("metonyms") or ()), tuple(a.get("demonyms") or ()),
        )
        for a in data.get("actors", [])
    )
    issues = tuple(Issue(i["id"], i["label"]) for i in data.get("issues", []))
    return Codebook(data.get("name", path.stem), actors, issues, data.get("title"), source_path=str(path))


def run(setdir: Path, jobs: int = 1):
    """Extract and score a set; returns (SetScore, results by doc id, seconds)."""
    gold_set = load_gold_set(setdir)
    codebook = read_codebook(gold_set.codebook)
    pipeline = build_pipeline(default_config(), codebook)
    docs = [
        Document.from_text(path.read_text(encoding="utf-8"), name=doc_id)
        for doc_id, (path, _) in gold_set.documents.items()
    ]
    started = time.perf_counter()
    results = list(pipeline.pipe(docs, jobs=jobs))
    seconds = time.perf_counter() - started
    golds = [gold for _, gold in gold_set.documents.values()]
    return score_set(zip(results, docs, golds)), dict(zip(gold_set.documents, results)), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("setdir", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--json", type=Path, help="write the scores as JSON here")
    parser.add_argument("--quiet", action="store_true", help="scores only, no error listing")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.setdir.exists():
        print(f"{args.setdir}: no such evaluation set", file=sys.stderr)
        return 2
    scores, _, seconds = run(args.setdir, args.jobs)
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
