"""Extraction speed: Parley's pipeline against bare spaCy on the same texts, in words per second.

In one process run:

* baseline: ``nlp.pipe`` of the same spaCy model with every default pipe;
* parley (1 job): ``Pipeline.pipe`` (parse with the pipes the components need + every component);
* parley (N jobs) with ``--jobs N`` (N worker processes, each loading spaCy once).

Texts: the bundled example corpus (parley/data/example, read by ``parley.ingest`` in all
its formats) with its codebook, or the evaluation set given with ``--set`` (e.g.
../shared/eval/dev), repeated until ``--words`` words (default 200,000); each copy is a
new document. Prints speeds and ratios::

    .venv/bin/python benchmarks/extract_speed.py --jobs 2
    .venv/bin/python benchmarks/extract_speed.py --set ../shared/eval/dev --words 50000 --jobs 2
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from dataclasses import replace
from pathlib import Path

import spacy

from parley.core.types import Codebook, Document
from parley.extract import build_pipeline, default_config

HERE = Path(__file__).resolve().parent
EXAMPLE_SET = HERE.parent / "parley" / "data" / "example"


def dev_module():
    spec = importlib.util.spec_from_file_location("eval_dev", HERE / "eval_dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus(words: int, setdir: Path) -> tuple[list[Document], Codebook, str]:
    """The set's documents repeated to ``words`` words (each copy a new document), its codebook."""
    module = dev_module()
    gold_set = module.load_gold_set(setdir)
    sources = list(module.read_documents(gold_set, plain=False).values())
    codebook = module.read_codebook(gold_set.codebook)
    docs, total = [], 0
    while total < words:
        source = sources[len(docs) % len(sources)]
        text = source.text + f"\n\n(copy {len(docs)})"  # the leading lines stay as printed
        docs.append(replace(source, id=Document.from_text(text).id, text=text))
        total += len(text.split())
    return docs, codebook, str(setdir)


def time_spacy(model: str, texts: list[str]) -> float:
    nlp = spacy.load(model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started


def time_parley(pipeline, docs: list[Document], jobs: int) -> float:
    started = time.perf_counter()
    for _ in pipeline.pipe(docs, jobs=jobs):
        pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=1, help="also time this many worker processes")
    parser.add_argument("--set", type=Path, default=EXAMPLE_SET, help="an evaluation set (default: the example corpus)")
    args = parser.parse_args(argv)
    docs, codebook, origin = corpus(args.words, args.set)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    pipeline = build_pipeline(default_config(), codebook)
    pipeline.run(docs[0])  # load spaCy and build matchers outside the timing, like the baseline's load
    print(f"{len(texts)} documents, {words} words ({origin})")
    base = words / time_spacy(pipeline.config.spacy_model, texts)
    print(f"bare spaCy (all default pipes) : {base:8.0f} words/s")
    one = words / time_parley(pipeline, docs, 1)
    print(f"parley extract, 1 job          : {one:8.0f} words/s   ratio to spaCy {one / base:.2f}")
    if args.jobs > 1:
        many = words / time_parley(pipeline, docs, args.jobs)
        print(f"parley extract, {args.jobs} jobs         : {many:8.0f} words/s   "
              f"ratio to spaCy {many / base:.2f}, to 1 job {many / one:.2f}")


if __name__ == "__main__":
    main()
