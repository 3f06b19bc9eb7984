"""``parley eval`` and ``parley demo``: extraction measured against answer keys.

An evaluation set is a folder with ``codebook.yaml``, ``docs/<doc_id>.<ext>`` and
``gold/<doc_id>.json`` (see the eval README). Evaluation runs the real workflow —
ingest, extract, read back from the store — in a temporary project, then scores.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from parley.core.errors import ConfigError, InputError
from parley.core.types import ExtractionResult
from parley.evaluate import load_gold, score_set

from .project import ExtractReport, IngestReport, extract, ingest, open_project

DEMO_PROJECT = "parley-demo.db"


@dataclass
class EvalRun:
    """Scores of one evaluation, with the ingest and extract reports behind them."""

    scores: object  # parley.evaluate.SetScore
    ingest: IngestReport
    extract: ExtractReport
    missing_gold: list[str]

    def to_json(self) -> dict:
        return self.scores.to_json()


def example_dir() -> Path:
    """The bundled example corpus (an evaluation set) inside the installed package."""
    return Path(str(resources.files("parley") / "data" / "example"))


def _check_set(setdir: Path) -> None:
    for part in ("codebook.yaml", "docs", "gold"):
        if not (setdir / part).exists():
            raise ConfigError(
                f"{setdir}: not an evaluation set (missing {part}); expected codebook.yaml, "
                "docs/<doc_id>.<ext> and gold/<doc_id>.json"
            )


def evaluate(
    setdir: str | Path,
    json_path: str | Path | None = None,
    config: str | Path | None = None,
    project: str | Path | None = None,
    jobs: int = 1,
    progress=None,
) -> EvalRun:
    """Extract an evaluation set's documents and score them against its answer keys."""
    setdir = Path(setdir)
    _check_set(setdir)
    if project is not None:
        return _evaluate_in(setdir, Path(project), json_path, config, jobs, progress)
    with tempfile.TemporaryDirectory(prefix="parley-eval-") as tmp:
        return _evaluate_in(setdir, Path(tmp) / "eval.db", json_path, config, jobs, progress)


def _evaluate_in(setdir, target, json_path, config, jobs, progress) -> EvalRun:
    ingested = ingest(target, [setdir / "docs"])
    extracted = extract(target, setdir / "codebook.yaml", config, jobs=jobs, progress=progress)
    pairs, missing = _pairs(target, setdir / "gold")
    run = EvalRun(score_set(pairs), ingested, extracted, missing)
    if json_path:
        Path(json_path).write_text(json.dumps(run.to_json(), indent=2), encoding="utf-8")
    return run


def _pairs(target: Path, gold_dir: Path) -> tuple[list, list[str]]:
    pairs, missing = [], []
    with open_project(target) as store:
        for doc in store.documents():
            gold_path = gold_dir / f"{doc.name}.json"
            if not gold_path.exists():
                missing.append(doc.name or doc.id)
                continue
            pairs.append((_stored_result(store, doc.id), doc, load_gold(gold_path)))
    if not pairs:
        raise InputError(gold_dir, "no answer key matches any document (gold/<doc_id>.json)")
    return pairs, missing


def _stored_result(store, doc_id: str) -> ExtractionResult:
    """What the pipeline produced for one document, as read back from the store."""
    return ExtractionResult(
        doc_id=doc_id,
        sentences=tuple(store.sentences(doc_id)),
        mentions=tuple(store.mentions(doc_id)),
        quotes=tuple(store.quotes(doc_id)),
        positions=tuple(store.positions(doc_id)),
    )


@dataclass
class DemoReport:
    """What ``parley demo`` did and where the project is."""

    project: Path
    ingest: IngestReport
    extract: ExtractReport
    counts: dict[str, int]
    camps: dict[str, int]
    actors: list[tuple[str, int]]
    scores: dict


def demo(project: str | Path | None = None, jobs: int = 1, progress=None) -> DemoReport:
    """Ingest and extract the bundled example corpus; safe to run again."""
    target = Path(project or DEMO_PROJECT).resolve()
    corpus = example_dir()
    ingested = ingest(target, [corpus / "docs"])
    extracted = extract(target, corpus / "codebook.yaml", jobs=jobs, progress=progress)
    pairs, _ = _pairs(target, corpus / "gold")
    with open_project(target) as store:
        counts = store.counts()
        camps = _camp_counts(store)
        actors = _actor_counts(store)
    return DemoReport(target, ingested, extracted, counts, camps, actors, score_set(pairs).to_json())


def _camp_counts(store) -> dict[str, int]:
    camps: dict[str, int] = {}
    for doc in store.documents():
        key = doc.camp or "unknown"
        camps[key] = camps.get(key, 0) + 1
    return dict(sorted(camps.items()))


def _actor_counts(store) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for mention in store.mentions():
        counts[mention.actor] = counts.get(mention.actor, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])
