"""Corpus views: overview and balance, documents with their items, search, actors, issues, quotes."""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from parley.core.errors import ValidationError
from parley.core.types import Document

from .. import analysis as analysis_api
from ..review import memo, opened
from .common import codebook_of, doc_name, docs_by_id


@dataclass(frozen=True)
class Overview:
    """What the project holds and whose voices its sources carry."""

    project: str
    codebook: str | None
    counts: dict[str, int]
    first_date: str | None
    last_date: str | None
    camps: list[dict]
    warnings: list[str]
    balance_cells: list[dict]


def overview(target: Any) -> Overview:
    """Counts, date range, documents and statements per camp, perspective-balance warnings."""
    with opened(target) as store:
        counts = store.counts()
        dates = sorted(d.published.iso() for d in store.documents() if d.published)
        book = codebook_of(target, store)
        where = str(getattr(store, "where", target))
    balance = memo(target, ("balance",), lambda: analysis_api.balance(target))
    cells = balance.cells.drop(columns=[c for c in balance.cells if c.startswith("evidence_")])
    return Overview(where, (book.title or book.name) if book else None, counts,
                    dates[0] if dates else None, dates[-1] if dates else None,
                    _records(balance.camps), list(balance.warnings), _records(cells))


def _records(frame: Any) -> list[dict]:
    """A data frame as JSON-safe rows (NaN → None, numpy numbers → Python)."""
    return json.loads(frame.to_json(orient="records", force_ascii=False))


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class DocumentRow:
    id: str
    name: str
    title: str
    outlet: str
    date: str | None
    camp: str | None
    words: int
    quotes: int
    positions: int


@dataclass(frozen=True)
class DocumentPage:
    """One page of the documents, newest first."""

    items: list[DocumentRow]
    total: int
    page: int
    pages: int


def _per_doc(target: Any, store: Any) -> tuple[Counter, Counter]:
    def count():
        return (Counter(q.span.doc_id for q in store.quotes()),
                Counter(p.span.doc_id for p in store.positions()))

    return memo(target, ("per-doc-counts",), count)


def documents_page(target: Any, page: int = 1, per_page: int = 50, camp: str | None = None) -> DocumentPage:
    """Current documents (of one source ``camp`` if given), newest first, one page."""
    if page < 1 or not 1 <= per_page <= 500:
        raise ValidationError(f"page must be ≥ 1 and per_page in 1–500; got {page}, {per_page}")
    with opened(target) as store:
        docs = [d for d in store.documents() if camp is None or d.camp == camp]
        quotes, positions = _per_doc(target, store)
    docs.sort(key=lambda d: (d.published.iso() if d.published else "", d.name or ""), reverse=True)
    shown = docs[(page - 1) * per_page: page * per_page]
    rows = [DocumentRow(d.id, d.name or d.id, d.title or "", d.outlet or "",
                        d.published.iso() if d.published else None, d.camp, len(d.text.split()),
                        quotes[d.id], positions[d.id]) for d in shown]
    return DocumentPage(rows, len(docs), page, max(1, math.ceil(len(docs) / per_page)))


@dataclass(frozen=True)
class Marked:
    """An item found in a document, with its characters and what to show about it."""

    kind: str
    start: int
    end: int
    label: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentView:
    """A document's text and metadata with every quote, mention and position in it."""

    id: str
    name: str
    title: str | None
    author: str | None
    outlet: str | None
    date: str | None
    url: str | None
    camp: str | None
    camp_evidence: str | None
    text: str
    items: list[Marked]


def _marks(store: Any, doc_id: str) -> list[Marked]:
    from parley.store import position_key, quote_key

    marks = [Marked("quote", q.span.start, q.span.end, f"{q.speaker or '?'}",
                    {"speaker": q.speaker, "actor": q.speaker_actor, "date": q.date.iso() if q.date else None,
                     "direct": q.direct, "confidence": q.confidence, "key": quote_key(q)})
             for q in store.quotes(doc_id)]
    marks += [Marked("mention", m.span.start, m.span.end, m.actor, {"kind": m.kind})
              for m in store.mentions(doc_id)]
    marks += [Marked("position", p.span.start, p.span.end, f"{p.actor} {p.stance} {p.issue}",
                     {"actor": p.actor, "issue": p.issue, "stance": p.stance, "modality": p.modality,
                      "via": p.via, "review": p.review_state, "confidence": p.confidence,
                      "key": position_key(p)})
              for p in store.positions(doc_id)]
    return sorted(marks, key=lambda m: (m.start, -m.end, m.kind))


def document_view(target: Any, ref: str) -> DocumentView:
    """One document (by id, id prefix or name) with its extracted items."""
    from ..project import find_document

    with opened(target) as store:
        doc = docs_by_id(target, store).get(ref) or find_document(store, ref)
        items = _marks(store, doc.id)
    return DocumentView(doc.id, doc.name or doc.id, doc.title, doc.author, doc.outlet,
                        doc.published.iso() if doc.published else None, doc.url, doc.camp,
                        doc.camp_evidence, doc.text, items)


@dataclass(frozen=True)
class SearchView:
    query: str
    hits: list[dict]


def search(target: Any, query: str, limit: int = 20) -> SearchView:
    """Full-text search of the current documents (any text is safe to pass)."""
    if not 1 <= limit <= 200:
        raise ValidationError(f"limit must be in 1–200; got {limit}")
    with opened(target) as store:
        hits = store.search(query, limit)
    return SearchView(query, [{"doc_id": h.document_id, "name": h.name or h.document_id,
                               "title": h.title, "snippet": h.snippet} for h in hits])


# --------------------------------------------------------------------------- actors, issues, quotes


@dataclass(frozen=True)
class EntityRow:
    """An actor or issue with how often the evidence names it."""

    id: str
    name: str
    detail: str | None
    statements: int
    support: int
    oppose: int
    quotes: int
    mentions: int


def _stance_counts(store: Any, attr: str) -> tuple[Counter, Counter]:
    support, oppose = Counter(), Counter()
    for p in store.positions():
        (support if p.stance == "support" else oppose)[getattr(p, attr)] += 1
    return support, oppose


def actors_view(target: Any) -> list[EntityRow]:
    """Every codebook actor (and any other actor the evidence names) with its counts."""
    def build():
        with opened(target) as store:
            book, (sup, opp) = codebook_of(target, store), _stance_counts(store, "actor")
            quotes = Counter(q.speaker_actor for q in store.quotes())
            mentions = memo(target, ("mention-counts",),
                            lambda: Counter(m.actor for m in store.mentions()), reviews=False)
        known = {a.id: a for a in book.actors} if book else {}
        ids = dict.fromkeys([*known, *sup, *opp, *mentions])
        return [EntityRow(a, known[a].name if a in known else a,
                          known[a].side if a in known else None, sup[a] + opp[a], sup[a], opp[a],
                          quotes[a], mentions[a]) for a in ids]
    return memo(target, ("actors",), build)


def issues_view(target: Any) -> list[EntityRow]:
    """Every codebook issue (and any other the evidence names) with its counts."""
    def build():
        with opened(target) as store:
            book, (sup, opp) = codebook_of(target, store), _stance_counts(store, "issue")
        known = {i.id: i for i in book.issues} if book else {}
        return [EntityRow(i, known[i].label if i in known else i,
                          known[i].description if i in known else None, sup[i] + opp[i], sup[i],
                          opp[i], 0, 0) for i in dict.fromkeys([*known, *sup, *opp])]
    return memo(target, ("issues",), build)


@dataclass(frozen=True)
class QuoteRow:
    doc_id: str
    document: str
    start: int
    end: int
    text: str
    speaker: str | None
    actor: str | None
    date: str | None
    direct: bool
    confidence: float


@dataclass(frozen=True)
class QuoteTable:
    items: list[QuoteRow]
    total: int
    offset: int


def quotes_view(target: Any, limit: int = 100, offset: int = 0, actor: str | None = None) -> QuoteTable:
    """Quotes (rejected ones left out) with speakers and dates, by document and place."""
    if not 1 <= limit <= 5000 or offset < 0:
        raise ValidationError(f"limit must be in 1–5000 and offset ≥ 0; got {limit}, {offset}")
    with opened(target) as store:
        docs = docs_by_id(target, store)
        found = [q for q in store.quotes() if actor is None or q.speaker_actor == actor]
    rows = [QuoteRow(q.span.doc_id, doc_name(docs, q.span.doc_id), q.span.start, q.span.end,
                     q.text, q.speaker, q.speaker_actor, q.date.iso() if q.date else None,
                     q.direct, q.confidence) for q in found[offset: offset + limit]]
    return QuoteTable(rows, len(found), offset)


def document_rows(target: Any, ids: Any) -> list[DocumentRow]:
    """The rows of the documents ``ids`` (in the order given; unknown ids skipped)."""
    with opened(target) as store:
        docs = docs_by_id(target, store)
        quotes, positions = _per_doc(target, store)
    found = [docs[i] for i in dict.fromkeys(ids) if i in docs]
    return [DocumentRow(d.id, d.name or d.id, d.title or "", d.outlet or "",
                        d.published.iso() if d.published else None, d.camp, len(d.text.split()),
                        quotes[d.id], positions[d.id]) for d in found]
