"""Building and running the extraction pipeline.

>>> from parley.core.types import Actor, Codebook, Document
>>> book = Codebook("demo", (Actor("ruritania", "Ruritania", "state"),), ())
>>> pipeline = build_pipeline(default_config(), book)            # doctest: +SKIP
>>> result = pipeline.run(Document.from_text("Ruritania said no."))  # doctest: +SKIP
>>> result.actors()                                               # doctest: +SKIP
('ruritania',)

``Pipeline.pipe(docs, jobs)`` yields one :class:`ExtractionResult` per document
**in input order** (each result also carries its ``doc_id``). With ``jobs > 1``
the documents go to worker processes in small batches; each worker builds the
pipeline (and loads spaCy) once. A component that fails on a document raises
:class:`ExtractionError` naming the document and the component, which ends the
iteration (results already yielded stay valid).
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from importlib import resources
from itertools import islice
from typing import Iterable, Iterator

from parley.core.config import PipelineConfig, load_config
from parley.core.errors import ExtractionError, ParleyError
from parley.core.types import Codebook, Document, ExtractionResult

from .nlp import load_nlp, model_version
from .state import COMPONENTS, Component, DocState

_BATCH = 16


def default_config() -> PipelineConfig:
    """The configuration shipped with Parley (``parley/extract/default.toml``)."""
    with resources.as_file(resources.files("parley.extract") / "default.toml") as path:
        return load_config(path)


def build_pipeline(config: PipelineConfig, codebook: Codebook) -> "Pipeline":
    """Instantiate the configured components for ``codebook`` (unknown names raise ``NotFoundError``)."""
    components = [COMPONENTS.get(name)(codebook, config.settings_for(name)) for name in config.components]
    return Pipeline(config, codebook, components)


def codebook_hash(codebook: Codebook) -> str:
    """A short hash of the codebook's content (its file path left out)."""
    return hashlib.sha256(repr(replace(codebook, source_path=None)).encode()).hexdigest()[:12]


class Pipeline:
    """Components run in order over one parse of each document."""

    def __init__(self, config: PipelineConfig, codebook: Codebook, components: list[Component]) -> None:
        self.config, self.codebook, self.components = config, codebook, components
        self.needs = frozenset().union(*(c.needs() for c in components))

    @property
    def signature(self) -> str:
        """Components with versions, spaCy model, settings and codebook: what a stored result came from."""
        settings = json.dumps({c.name: c.settings for c in self.components}, sort_keys=True)
        model = f"{self.config.spacy_model}-{model_version(self.config.spacy_model)}"
        return (
            "+".join(c.name for c in self.components)
            + f"|spacy={model}|settings={hashlib.sha256(settings.encode()).hexdigest()[:8]}"
            + f"|codebook={codebook_hash(self.codebook)}"
        )

    @property
    def nlp(self):
        """The spaCy pipeline (loaded once per process; ``None`` when no component needs one)."""
        return load_nlp(self.config.spacy_model, self.needs) if self.needs else None

    def run(self, doc: Document) -> ExtractionResult:
        """Extract one document."""
        return next(iter(self._run_batch([doc])))

    def pipe(self, docs: Iterable[Document], jobs: int = 1) -> Iterator[ExtractionResult]:
        """Extract many documents; results come in input order (see the module docstring)."""
        if jobs <= 1:
            for batch in _batches(docs, _BATCH):
                yield from self._run_batch(batch)
            return
        yield from self._pipe_parallel(docs, jobs)

    def _run_batch(self, docs: list[Document]) -> list[ExtractionResult]:
        nlp = self.nlp
        if nlp is None:
            parsed = [None] * len(docs)
        else:
            nlp.max_length = max([nlp.max_length] + [len(d.text) + 1 for d in docs])
            parsed = nlp.pipe(d.text for d in docs)
        return [self._apply(DocState(doc, parse)) for doc, parse in zip(docs, parsed)]

    def _apply(self, state: DocState) -> ExtractionResult:
        for component in self.components:
            try:
                state = component(state)
            except ParleyError:
                raise
            except Exception as err:  # a bug in a component: name where it happened
                where = state.document.name or state.document.id
                raise ExtractionError(
                    f"{where}: component {component.name} failed ({err.__class__.__name__}: {err})"
                ) from err
        return replace(state, parsed=None).to_result()

    def _pipe_parallel(self, docs: Iterable[Document], jobs: int) -> Iterator[ExtractionResult]:
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(self.config, self.codebook)) as pool:
            pending: deque = deque()
            for batch in _batches(docs, _BATCH // 2):
                pending.append(pool.submit(_work, batch))
                if len(pending) > 2 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(docs)
    while batch := list(islice(iterator, size)):
        yield batch


_WORKER: Pipeline | None = None


def _init_worker(config: PipelineConfig, codebook: Codebook) -> None:
    global _WORKER
    _WORKER = build_pipeline(config, codebook)
    _WORKER.nlp  # load spaCy now, once per worker


def _work(batch: list[Document]) -> list[ExtractionResult]:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER._run_batch(batch)
