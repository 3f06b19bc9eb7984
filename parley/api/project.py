"""Project workflows: init, ingest, extract, show, export.

These functions are the library behind the CLI (each command is a thin wrapper)
and the web app. A *project* is one store: a SQLite file path or a database URL.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> info = init_project(folder / "p.db")
>>> info.schema_version >= 1
True
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from parley.core.config import PipelineConfig, load_config
from parley.core.errors import ConfigError, InputError, NotFoundError, ParleyError
from parley.core.types import Codebook, Document
from parley.extract import build_pipeline, default_config
from parley.ingest import load_codebook, read_paths
from parley.store import Store

Progress = Callable[[int, int, str], None]
CODEBOOK_KEY = "codebook_yaml"
CODEBOOK_SOURCE_KEY = "codebook_source"


@dataclass(frozen=True)
class ProjectInfo:
    """Where a project lives and what it holds."""

    target: str
    schema_version: int
    counts: dict[str, int]
    codebook: str | None


@dataclass
class IngestReport:
    """What an ingest run did: documents added, unchanged, new versions, failures."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class ExtractReport:
    """What an extract run did, with its speed."""

    extracted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    signature: str = ""

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def open_project(target: str | Path) -> Store:
    """Open (creating on first use) the project store at ``target``."""
    return Store.open(target)


def init_project(target: str | Path, codebook: str | Path | None = None) -> ProjectInfo:
    """Create the project store (safe to repeat) and optionally set its codebook."""
    with open_project(target) as store:
        if codebook is not None:
            set_codebook(store, codebook)
        return project_info(store, str(target))


def project_info(store: Store, target: str) -> ProjectInfo:
    """Counts and settings of an open project."""
    return ProjectInfo(
        target=target,
        schema_version=store.schema_version,
        counts=store.counts(),
        codebook=store.get_setting(CODEBOOK_SOURCE_KEY),
    )


def set_codebook(store: Store, path: str | Path) -> Codebook:
    """Validate the codebook at ``path`` and keep its text in the project."""
    codebook = load_codebook(path)  # validates before anything is stored
    store.set_setting(CODEBOOK_KEY, Path(path).read_text(encoding="utf-8"))
    store.set_setting(CODEBOOK_SOURCE_KEY, str(path))
    return codebook


def project_codebook(store: Store, override: str | Path | None = None) -> Codebook:
    """The codebook to use: ``override`` (then kept in the project) or the stored one."""
    if override is not None:
        return set_codebook(store, override)
    text = store.get_setting(CODEBOOK_KEY)
    if text is None:
        raise ConfigError(
            "this project has no codebook yet; pass --codebook PATH "
            "(or run: parley init --codebook PATH)"
        )
    from parley.ingest import codebook_from_text

    return codebook_from_text(text, store.get_setting(CODEBOOK_SOURCE_KEY) or "project codebook")


def ingest(
    target: str | Path, paths: Iterable[str | Path], progress: Progress | None = None
) -> IngestReport:
    """Read files and folders into the project; one bad file never stops the others."""
    report = IngestReport()
    with open_project(target) as store:
        for n, item in enumerate(read_paths(paths), start=1):
            _file_one(store, item, report)
            if progress:
                progress(n, 0, _label(item))
    return report


def _file_one(store: Store, item: Document | InputError, report: IngestReport) -> None:
    if isinstance(item, InputError):
        report.failures.append(item)
        return
    result = store.add_document(item)
    bucket = {"new": report.added, "unchanged": report.unchanged, "version": report.versions}
    bucket[result.status].append(item.name or item.id)


def _label(item: Document | InputError) -> str:
    return item.path if isinstance(item, InputError) else (item.name or item.id)


def pipeline_config(config: str | Path | None) -> PipelineConfig:
    """The pipeline configuration from a TOML file, or the shipped default."""
    return load_config(config) if config else default_config()


def extract(
    target: str | Path,
    codebook: str | Path | None = None,
    config: str | Path | None = None,
    jobs: int = 1,
    redo: bool = False,
    progress: Progress | None = None,
) -> ExtractReport:
    """Run the extraction pipeline over every current document not yet extracted.

    Each document's results are written in one transaction, so an interrupted run
    leaves finished documents stored and the rest untouched; re-running continues.
    """
    with open_project(target) as store:
        book = project_codebook(store, codebook)
        pipeline = build_pipeline(pipeline_config(config), book)
        report = ExtractReport(signature=pipeline.signature)
        todo = _pending(store, pipeline.signature, redo, report)
        run_id = store.start_run(pipeline.signature, _run_note(config, book))
        started = time.perf_counter()
        try:
            _extract_all(store, pipeline, todo, jobs, report, run_id, progress)
        finally:
            report.seconds = time.perf_counter() - started
            store.finish_run(run_id, "ok" if not report.failures else "partial")
        return report


def _run_note(config: str | Path | None, book: Codebook) -> str:
    return f"config={config or 'default'} codebook={book.name}"


def _pending(store: Store, signature: str, redo: bool, report: ExtractReport) -> list[Document]:
    done = set() if redo else store.extracted(signature)
    docs = store.documents()
    report.skipped = [d.name or d.id for d in docs if d.id in done]
    return [d for d in docs if d.id not in done]


def _extract_all(store, pipeline, docs, jobs, report, run_id, progress) -> None:
    by_id = {d.id: d for d in docs}
    results = pipeline.pipe(docs, jobs=jobs)
    for n, result in enumerate(_guarded(results, report), start=1):
        store.save_extraction(result, pipeline.signature, run_id)
        doc = by_id[result.doc_id]
        report.extracted.append(doc.name or doc.id)
        report.words += len(doc.text.split())
        if progress:
            progress(n, len(docs), doc.name or doc.id)


def _guarded(results: Iterator, report: ExtractReport) -> Iterator:
    """Pass results on; a component error ends the run cleanly with what was saved."""
    try:
        yield from results
    except ParleyError as err:
        report.failures.append(("pipeline", str(err)))


def find_document(store: Store, ref: str) -> Document:
    """A document by id, id prefix or name."""
    docs = store.documents(current_only=False)
    for doc in docs:
        if doc.id == ref or doc.name == ref:
            return doc
    matches = [d for d in docs if d.id.startswith(ref)]
    if len(matches) == 1:
        return matches[0]
    raise NotFoundError(f"no document with id or name {ref!r}")
