"""The working state of one document and the component interface.

A component is a class built from ``(codebook, settings)`` with a versioned
``name``; calling it on a :class:`DocState` returns a new state with its layer
added (states are frozen, so earlier layers cannot be lost by accident)::

    @register_component("demo.noop.v1")
    class Noop(Component):
        def __call__(self, state):
            return state.add(self.name)

Components find what earlier ones produced on the state: ``sentences``,
``mentions``, ``persons``, ``quotes``, ``attributions``, ``issue_hits``, ``doc_date``…
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, ClassVar

from parley.core.dates import PartialDate
from parley.core.errors import ConfigError
from parley.core.registry import Registry
from parley.core.types import (
    CandidateActor,
    Codebook,
    Document,
    ExtractionResult,
    Mention,
    Position,
    Quote,
    Span,
)


@dataclass(frozen=True)
class Person:
    """A person named in the text; ``name`` is the fullest form the document gives.

    ``actor`` is the codebook actor the person stands for (a member, or a title
    such as "Permanent Representative of X"), with ``evidence`` saying why.
    """

    span: Span
    text: str
    name: str
    actor: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class Attribution:
    """Where a quote's attribution was found: the cue verb and the sentences around it."""

    quote: Span
    region: Span
    cue: Span | None = None
    subject: Span | None = None


@dataclass(frozen=True)
class DocState:
    """Everything known about one document while the pipeline runs."""

    document: Document
    parsed: Any = None  # the spaCy Doc, when a component asked for a parse
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    persons: tuple[Person, ...] = ()
    candidates: tuple[CandidateActor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    positions: tuple[Position, ...] = ()
    issue_hits: tuple[Any, ...] = ()  # issues.IssueHit items: which issues each sentence speaks to
    doc_date: PartialDate | None = None
    doc_date_source: str = "unknown"
    camp: str | None = None
    camp_evidence: str | None = None
    components: tuple[str, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return self.document.text

    def add(self, component: str, **layers: Any) -> "DocState":
        """A copy with ``layers`` replaced and ``component`` recorded as run."""
        return replace(self, components=self.components + (component,), **layers)

    def span(self, start: int, end: int) -> Span:
        """A span of this document."""
        return Span(self.document.id, start, end)

    def to_result(self) -> ExtractionResult:
        """The frozen result the pipeline hands back."""
        return ExtractionResult(
            doc_id=self.document.id,
            sentences=self.sentences,
            mentions=tuple(sorted(self.mentions, key=lambda m: m.span)),
            quotes=tuple(sorted(self.quotes, key=lambda q: q.span)),
            positions=self.positions,
            candidates=self.candidates,
            camp=self.camp,
            camp_evidence=self.camp_evidence,
            components=self.components,
        )


class Component:
    """Base class of pipeline components.

    Subclasses set ``defaults`` (their settings with default values) and
    implement ``__call__``; ``spacy_needs`` names the spaCy pipes they read
    (``parser``, ``ner``, ``line_breaks``) so the pipeline can switch off the rest.
    """

    name: ClassVar[str] = "component.base.v0"
    defaults: ClassVar[dict[str, Any]] = {}
    spacy_needs: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, codebook: Codebook, settings: dict[str, Any] | None = None) -> None:
        self.codebook = codebook
        self.settings = _merge_settings(self.name, self.defaults, settings or {})

    def needs(self) -> frozenset[str]:
        """The spaCy pipes this instance reads (may depend on its settings)."""
        return self.spacy_needs

    def __call__(self, state: DocState) -> DocState:  # pragma: no cover - interface
        raise NotImplementedError


def _merge_settings(name: str, defaults: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        known = ", ".join(sorted(defaults)) or "none"
        raise ConfigError(f"component {name}: unknown settings {unknown}; known: {known}")
    return {**defaults, **given}


COMPONENTS: Registry[type[Component]] = Registry("component")
"""Every pipeline component, by versioned name."""


def register_component(name: str) -> Callable[[type[Component]], type[Component]]:
    """Class decorator: file the component under ``name`` and set its ``name``."""
    file_it = COMPONENTS.register(name)

    def decorate(cls: type[Component]) -> type[Component]:
        cls.name = name
        return file_it(cls)

    return decorate
