"""Parley's data model: frozen, validated dataclasses and nothing else.

Every piece of evidence is a :class:`Span` into a stored document's text, never a
loose string; every extracted item carries the versioned name of the component
that made it and a confidence in [0, 1].

>>> doc = Document.from_text("Baku said yes.", title="t")
>>> span = Span(doc.id, 0, 4)
>>> span.text_in(doc.text)
'Baku'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .dates import PartialDate
from .errors import ValidationError

STANCES = ("support", "oppose")
MODALITIES = ("asserted", "intended", "demanded", "conditional", "hypothetical")
VIAS = ("quote", "reported", "author")
REVIEW_STATES = ("machine", "accepted", "corrected", "rejected")
ACTOR_KINDS = ("state", "organisation", "community", "collective", "person", "party", "other")
MENTION_KINDS = ("name", "alias", "member", "metonym", "demonym", "pronoun", "role", "reference")
DATE_SOURCES = ("text", "publication", "dateline", "previous_quote", "unknown")
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def content_hash(text: str) -> str:
    """The id of a document: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _check_confidence(value: float) -> None:
    if not 0.0 <= float(value) <= 1.0:
        raise ValidationError(f"confidence must be in [0, 1], not {value}")


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValidationError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")


def check_identifier(kind: str, value: str) -> None:
    """Codebook ids are lower-case slugs: ``karabakh_armenians``, ``peace_treaty``."""
    if not isinstance(value, str) or not _ID.match(value):
        raise ValidationError(
            f"{kind} id must be a lower-case slug (letters, digits, _ . -); got {value!r}"
        )


@dataclass(frozen=True, order=True)
class Span:
    """Characters ``[start, end)`` of the document ``doc_id``."""

    doc_id: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValidationError(f"bad span [{self.start}, {self.end}) in {self.doc_id}")

    def text_in(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: "Span") -> bool:
        """True when ``other`` lies inside this span of the same document."""
        return (
            self.doc_id == other.doc_id and self.start <= other.start and other.end <= self.end
        )

    def overlaps(self, other: "Span") -> bool:
        """True when the two spans share at least one character."""
        return self.doc_id == other.doc_id and self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Document:
    """One source text with its metadata. ``id`` is the hash of ``text``."""

    id: str
    text: str
    title: str | None = None
    author: str | None = None
    affiliation: str | None = None
    outlet: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    language: str = "en"
    camp: str | None = None
    camp_evidence: str | None = None
    source_path: str | None = None
    name: str | None = None
    genre: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str) or not self.text.strip():
            raise ValidationError("a document needs non-empty text")
        if self.id != content_hash(self.text):
            raise ValidationError(f"document id {self.id!r} is not the hash of its text")

    @classmethod
    def from_text(cls, text: str, **metadata: object) -> "Document":
        """Build a document, computing its id from the text."""
        return cls(id=content_hash(text), text=text, **metadata)  # type: ignore[arg-type]

    def span(self, start: int, end: int) -> Span:
        """A span of this document, checked against its length."""
        if end > len(self.text):
            raise ValidationError(f"span end {end} is past the end of {self.id} ({len(self.text)})")
        return Span(self.id, start, end)


@dataclass(frozen=True)
class Actor:
    """An agent whose positions are tracked: a state, organisation, community or person.

    ``members`` are the persons who speak for the actor; ``metonyms`` are words
    that stand for it as an agent (a capital city for its government); ``camp``
    is the side the actor belongs to for perspective balance (its own id by default).
    """

    id: str
    name: str
    kind: str = "other"
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    camp: str | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        check_identifier("actor", self.id)
        _check_choice("actor kind", self.kind, ACTOR_KINDS)
        if not self.name.strip():
            raise ValidationError(f"actor {self.id} needs a name")

    @property
    def side(self) -> str:
        """The camp this actor belongs to (itself unless the codebook says otherwise)."""
        return self.camp or self.id


@dataclass(frozen=True)
class Issue:
    """A question on the table. ``support`` always means support for ``label``.

    ``poles`` name the ends of the 0–100 scale used by the models (oppose, support).
    """

    id: str
    label: str
    description: str | None = None
    keywords: tuple[str, ...] = ()
    family: str | None = None
    poles: tuple[str, str] | None = None

    def __post_init__(self) -> None:
        check_identifier("issue", self.id)
        if not self.label.strip():
            raise ValidationError(f"issue {self.id} needs a label")


@dataclass(frozen=True)
class Codebook:
    """The user's actors, issues and source camps, read from YAML."""

    name: str
    actors: tuple[Actor, ...]
    issues: tuple[Issue, ...]
    title: str | None = None
    outlet_camps: tuple[tuple[str, str], ...] = ()
    affiliation_camps: tuple[tuple[str, str], ...] = ()
    independent_camp: str = "independent"
    source_path: str | None = None

    def __post_init__(self) -> None:
        _unique("actor", [a.id for a in self.actors])
        _unique("issue", [i.id for i in self.issues])

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (``KeyError`` when unknown)."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def issue(self, issue_id: str) -> Issue:
        """The issue with this id (``KeyError`` when unknown)."""
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise KeyError(issue_id)

    @property
    def actor_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.actors)

    @property
    def issue_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.issues)

    def camps(self) -> tuple[str, ...]:
        """Every camp a source can belong to, ``independent`` last."""
        seen = dict.fromkeys(a.side for a in self.actors)
        return tuple(seen) + (self.independent_camp,)


def _unique(kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValidationError(f"duplicate {kind} id {item!r}")
        seen.add(item)


@dataclass(frozen=True)
class Mention:
    """A place in a text where a codebook actor acts or is named as an agent."""

    span: Span
    actor: str
    text: str
    kind: str = "name"
    extractor: str = "unknown"
    confidence: float = 1.0

    def __post_init__(self) -> None:
        _check_choice("mention kind", self.kind, MENTION_KINDS)
        _check_confidence(self.confidence)


@dataclass(frozen=True)
class CandidateActor:
    """A person or organisation found by NER that the codebook does not know yet."""

    span: Span
    text: str
    label: str
    extractor: str = "unknown"
    confidence: float = 0.5


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker: direct (in quotation marks) or indirect (reported)."""

    span: Span
    text: str
    speaker: str | None = None
    speaker_actor: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    date: PartialDate | None = None
    date_source: str = "unknown"
    direct: bool = True
    extractor: str = "unknown"
    confidence: float = 1.0

    def __post_init__(self) -> None:
        _check_confidence(self.confidence)
        _check_choice("date source", self.date_source, DATE_SOURCES)

    @property
    def id(self) -> str:
        """A stable id from the document and the span."""
        return f"q:{self.span.doc_id}:{self.span.start}-{self.span.end}"


@dataclass(frozen=True)
class Position:
    """An actor's stance on a codebook issue, as a text presents it, with its evidence."""

    actor: str
    issue: str
    stance: str
    span: Span
    via: str = "reported"
    modality: str = "asserted"
    speaker: str | None = None
    quote_id: str | None = None
    date: PartialDate | None = None
    extractor: str = "unknown"
    confidence: float = 1.0
    review_state: str = "machine"

    def __post_init__(self) -> None:
        _check_choice("stance", self.stance, STANCES)
        _check_choice("modality", self.modality, MODALITIES)
        _check_choice("via", self.via, VIAS)
        _check_choice("review state", self.review_state, REVIEW_STATES)
        _check_confidence(self.confidence)

    @property
    def key(self) -> tuple[str, str, str]:
        """The (actor, issue, stance) triple that evaluation compares."""
        return (self.actor, self.issue, self.stance)


@dataclass(frozen=True)
class ExtractionResult:
    """Everything the pipeline found in one document."""

    doc_id: str
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    positions: tuple[Position, ...] = ()
    candidates: tuple[CandidateActor, ...] = ()
    camp: str | None = None
    camp_evidence: str | None = None
    components: tuple[str, ...] = field(default_factory=tuple)

    def actors(self) -> tuple[str, ...]:
        """The codebook actors mentioned, in order of first mention."""
        return tuple(dict.fromkeys(m.actor for m in sorted(self.mentions, key=lambda m: m.span)))
