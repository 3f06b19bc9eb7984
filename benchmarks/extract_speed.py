"""Extraction speed: Parley's pipeline against bare spaCy on the same texts, in words per second.

In one process run:

* baseline: ``nlp.pipe`` of the same spaCy model with every default pipe;
* parley (1 job): ``Pipeline.pipe`` (parse with the pipes the components need + every component);
* parley (N jobs) with ``--jobs N`` (N worker processes, each loading spaCy once).

Texts: the documents of ../shared/eval/dev when present (else a generated text),
repeated until ``--words`` words (default 200,000); each copy is a new document.
Codebook: the dev set's, else a small generated one. Prints speeds and ratios::

    .venv/bin/python benchmarks/extract_speed.py --words 50000 --jobs 2
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import time
from pathlib import Path

import spacy

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

HERE = Path(__file__).resolve().parent
DEV_SET = HERE / ".." / ".." / "shared" / "eval" / "dev"


def dev_module():
    spec = importlib.util.spec_from_file_location("eval_dev", HERE / "eval_dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generated_text(seed: int = 0) -> str:
    """An op-ed-like text with quotes, names and dates (used when ../shared is absent)."""
    rng = random.Random(seed)
    people = ["Kurvi Tasch", "Flavia Elphberg", "Anna Petrova"]
    lines = ["Talks resume in Szohod\n\nMay 3 2024\n"]
    for _ in range(30):
        who = rng.choice(people)
        lines.append(
            f"“We are ready to talk to Strelsau about the border,” {who} said on Friday. "
            "The Bordurian government wants a treaty, and the League of Nations supports it. "
            f"In early April, {who.split()[-1]} told reporters in Szohod that “progress is real”.\n"
        )
    return "\n".join(lines)


def generated_codebook() -> Codebook:
    return Codebook("bench", (
        Actor("ruritania", "Ruritania", "state", ("Strelsau",), ("Flavia Elphberg",)),
        Actor("borduria", "Borduria", "state", ("Szohod",), ("Kurvi Tasch",)),
        Actor("league", "League of Nations", "organisation", ("the League",)),
    ), (Issue("peace", "Conclude a peace treaty"),))


def corpus(words: int) -> tuple[list[str], Codebook, str]:
    """Texts repeated to ``words`` words, their codebook, and where they came from."""
    if DEV_SET.exists():
        module = dev_module()
        gold_set = module.load_gold_set(DEV_SET)
        sources = [path.read_text(encoding="utf-8") for path in gold_set.files]
        codebook, origin = module.read_codebook(gold_set.codebook), "shared/eval/dev"
    else:
        sources, codebook, origin = [generated_text()], generated_codebook(), "generated text"
    texts, total = [], 0
    while total < words:
        text = f"Copy {len(texts)}.\n\n" + sources[len(texts) % len(sources)]
        texts.append(text)
        total += len(text.split())
    return texts, codebook, origin


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
    args = parser.parse_args(argv)
    texts, codebook, origin = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    docs = [Document.from_text(t) for t in texts]
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
