"""What every view shares: evidence references, document names, the codebook.

Each view function takes a project ``target`` (a path or URL, an open store, or a
:class:`~parley.api.review.LiveProject`, which remembers results until the data
changes) and returns plain dataclasses of text and numbers, so the same object is
rendered as a report section, a dashboard page and its JSON twin. The figures come
from :mod:`parley.api.analysis` and :mod:`parley.api.models`, as on the command line;
every number keeps its evidence as :class:`EvidenceRef` (document and characters).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Iterable

from parley.core.types import MODALITIES, STANCES, Codebook, Document, Span

from ..review import codebook_or_none, memo, opened

EVIDENCE_SHOWN = 5


@dataclass(frozen=True)
class EvidenceRef:
    """A passage behind a figure: document and characters ``[start, end)``."""

    doc_id: str
    document: str
    start: int
    end: int
    text: str


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def docs_by_id(target: Any, store: Any) -> dict[str, Document]:
    """Every document (old versions too) by id, remembered by a live project."""
    return memo(target, ("docs-by-id",), lambda: {d.id: d for d in store.documents(False)},
                reviews=False)


def refs(target: Any, store: Any, spans: Iterable[Span], limit: int = EVIDENCE_SHOWN) -> list[EvidenceRef]:
    """The first ``limit`` spans as :class:`EvidenceRef` (unknown documents skipped)."""
    docs, found = docs_by_id(target, store), []
    for span in itertools.islice(spans, limit):
        doc = docs.get(span.doc_id)
        if doc is not None:
            found.append(EvidenceRef(span.doc_id, doc.name or doc.title or doc.id, span.start,
                                     span.end, _short(span.text_in(doc.text))))
    return found


def codebook_of(target: Any, store: Any) -> Codebook | None:
    """The project's codebook (``None`` when it has none)."""
    return memo(target, ("codebook",), lambda: codebook_or_none(store), reviews=False)


# --------------------------------------------------------------------------- codebook


@dataclass(frozen=True)
class CodebookView:
    """Names for ids and the choices a reviewer has."""

    name: str | None
    title: str | None
    actors: dict[str, str]
    issues: dict[str, str]
    camps: dict[str, str]
    stances: list[str]
    modalities: list[str]


def codebook_view(target: Any) -> CodebookView:
    """Actor and issue names (codebook order), each actor's camp, stances and modalities."""
    with opened(target) as store:
        book = codebook_of(target, store)
    if book is None:
        return CodebookView(None, None, {}, {}, {}, list(STANCES), list(MODALITIES))
    return CodebookView(book.name, book.title, {a.id: a.name for a in book.actors},
                        {i.id: i.label for i in book.issues}, {a.id: a.side for a in book.actors},
                        list(STANCES), list(MODALITIES))


def doc_name(docs: dict[str, Document], doc_id: str) -> str:
    """A document's name (or title, or id) for display."""
    doc = docs.get(doc_id)
    return (doc.name or doc.title or doc_id) if doc else doc_id
