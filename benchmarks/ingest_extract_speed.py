"""Ingest + extract speed of the whole workflow, in words per second.

Writes the bundled example corpus (or ../shared/eval/dev) repeated to about
``--words`` words into a temporary folder as text files, then times, in one process:

* baseline: the bare spaCy pipeline (``nlp.pipe`` with every default pipe) on the same texts;
* parley: ``api.ingest`` + ``api.extract`` into a fresh temporary project (store writes included).

Prints both speeds and their ratio::

    python benchmarks/ingest_extract_speed.py --words 50000 --jobs 1
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import spacy

from parley import api
from parley.core.config import DEFAULT_SPACY_MODEL
from parley.ingest import read_paths

SHARED_DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "dev"


def source_texts() -> list[str]:
    """Body texts of the example corpus documents (every format, as the reader sees them)."""
    docs = [d for d in read_paths([api.example_dir() / "docs"]) if hasattr(d, "text")]
    return [d.text for d in docs]


def write_corpus(folder: Path, texts: list[str], words: int) -> tuple[list[str], int]:
    """Write numbered copies of ``texts`` until ``words`` words; each copy is a new document."""
    written, total, n = [], 0, 0
    while total < words:
        text = f"Copy {n}.\n\n" + texts[n % len(texts)]
        (folder / f"doc-{n:05d}.txt").write_text(text, encoding="utf-8")
        written.append(text)
        total += len(text.split())
        n += 1
    return written, total


def time_spacy(texts: list[str]) -> tuple[float, float]:
    """Seconds to load the model and seconds to run it over ``texts``."""
    started = time.perf_counter()
    nlp = spacy.load(DEFAULT_SPACY_MODEL)
    loaded = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return loaded - started, time.perf_counter() - loaded


def time_parley(folder: Path, codebook: Path, jobs: int) -> float:
    target = folder.parent / "bench.db"
    started = time.perf_counter()
    api.ingest(target, [folder])
    report = api.extract(target, codebook, jobs=jobs)
    elapsed = time.perf_counter() - started
    assert not report.failures, report.failures
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    codebook = api.example_dir() / "codebook.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        texts, words = write_corpus(folder, source_texts(), args.words)
        load_s, spacy_s = time_spacy(texts)
        parley_s = time_parley(folder, codebook, args.jobs)
    print(f"documents: {len(texts)}, words: {words}, jobs: {args.jobs}")
    print(f"bare spaCy ({DEFAULT_SPACY_MODEL}, all pipes): {words / spacy_s:,.0f} words/s ({spacy_s:.1f} s, load {load_s:.1f} s apart)")
    print(f"parley ingest+extract (store and load included): {words / parley_s:,.0f} words/s ({parley_s:.1f} s)")
    print(f"ratio parley / spaCy: {spacy_s / parley_s:.2f}")
    # Parley's time includes its model load; this ratio counts spaCy's load too, like for like.
    print(f"ratio with spaCy's model load counted: {(spacy_s + load_s) / parley_s:.2f}")


if __name__ == "__main__":
    main()
