"""A seeded synthetic project (documents, quotes, mentions, positions) for load benchmarks.

    .venv/bin/python benchmarks/synthetic_project.py OUT.db [--statements 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

import numpy as np

from parley.api.project import open_project, set_codebook
from parley.core.dates import PartialDate
from parley.core.types import Document, ExtractionResult, Mention, Position, Quote

START = dt.date(2022, 1, 1)
SENTENCE = "Speaker {n} of actor{a} said the talks on issue{i} must go on, in round {r}. "


def codebook_yaml(actors: int, issues: int, camps: int = 4) -> str:
    """A generated codebook: ``actor0…`` in ``camps`` camps, ``issue0…``."""
    lines = ["name: synthetic", "actors:"]
    for a in range(actors):
        lines += [f"  - id: actor{a}", f"    name: Actor {a}", "    kind: state"]
        if a >= camps:  # a camp is named after the actor that leads it
            lines.append(f"    camp: actor{a % camps}")
    lines.append("issues:")
    for i in range(issues):
        lines += [f"  - id: issue{i}", f"    label: Agree on question {i}"]
    return "\n".join(lines) + "\n"


def _document(n: int, per_doc: int, rng: np.random.Generator, actors: int, issues: int):
    """A document of ``per_doc`` sentences; each names one actor and one issue."""
    picks = [(int(rng.integers(actors)), int(rng.integers(issues))) for _ in range(per_doc)]
    sentences = [SENTENCE.format(n=n, a=a, i=i, r=k) for k, (a, i) in enumerate(picks)]
    starts = np.cumsum([0, *map(len, sentences)])
    day = START + dt.timedelta(days=int(rng.integers(0, 730)))
    doc = Document.from_text("".join(sentences), name=f"doc{n:06d}", title=f"Statement {n}",
                             published=PartialDate.from_date(day), camp=f"actor{n % 4}")
    return doc, [(a, i, int(s), int(e) - 1) for (a, i), s, e in zip(picks, starts, starts[1:])]


def _items(doc: Document, picks, rng: np.random.Generator) -> ExtractionResult:
    positions, mentions, quotes = [], [], []
    for k, (a, i, start, end) in enumerate(picks):
        span = doc.span(start, end)
        name_at = start + doc.text[start:end].index(f"actor{a}")
        mentions.append(Mention(doc.span(name_at, name_at + len(f"actor{a}")), f"actor{a}",
                                f"actor{a}", extractor="synthetic.v1"))
        stance = "support" if rng.random() < 0.6 else "oppose"
        positions.append(Position(f"actor{a}", f"issue{i}", stance, span, via="reported",
                                  extractor="synthetic.v1", confidence=float(rng.random())))
        if k % 10 == 0:
            quotes.append(Quote(span, span.text_in(doc.text), speaker=f"Speaker {k}",
                                speaker_actor=f"actor{a}", date=doc.published,
                                date_source="publication", extractor="synthetic.v1",
                                confidence=float(rng.random())))
    return ExtractionResult(doc.id, mentions=tuple(mentions), quotes=tuple(quotes),
                            positions=tuple(positions), components=("synthetic.v1",))


def build_project(path: str | Path, statements: int = 100_000, per_doc: int = 50,
                  actors: int = 40, issues: int = 12, seed: int = 7) -> Path:
    """Write a project of ``statements`` positions in ``statements // per_doc`` documents."""
    rng = np.random.default_rng(seed)
    with open_project(path) as store, tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "codebook.yaml"
        book.write_text(codebook_yaml(actors, issues), encoding="utf-8")
        set_codebook(store, book)
        run_id = store.start_run("synthetic.v1", f"seed={seed}")
        for n in range(statements // per_doc):
            doc, picks = _document(n, per_doc, rng, actors, issues)
            store.add_document(doc)
            store.save_extraction(_items(doc, picks, rng), "synthetic.v1", run_id)
        store.finish_run(run_id)
    return Path(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    build_project(args.out, args.statements, seed=args.seed)
    print(f"wrote {args.out} ({args.statements:,} statements) in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
