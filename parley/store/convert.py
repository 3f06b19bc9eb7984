"""Core objects ↔ table rows."""

from __future__ import annotations

from typing import Any, Mapping

from parley.core.dates import PartialDate, parse_optional_date
from parley.core.types import CandidateActor, Document, Mention, Position, Quote, Span


def _iso(date: PartialDate | None) -> str | None:
    return date.iso() if date else None


def _precision(date: PartialDate | None) -> str | None:
    return date.precision if date else None


def span_values(span: Span) -> dict[str, Any]:
    return {"doc_id": span.doc_id, "span_start": span.start, "span_end": span.end}


def row_span(row: Mapping[str, Any]) -> Span:
    return Span(row["doc_id"], row["span_start"], row["span_end"])


def document_values(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "name": doc.name, "text": doc.text, "title": doc.title,
        "author": doc.author, "affiliation": doc.affiliation, "outlet": doc.outlet,
        "published": _iso(doc.published),
        "published_precision": _precision(doc.published), "url": doc.url, "language": doc.language,
        "camp": doc.camp, "camp_evidence": doc.camp_evidence, "genre": doc.genre,
        "source_path": doc.source_path,
    }


def row_document(row: Mapping[str, Any]) -> Document:
    return Document(
        id=row["id"], text=row["text"], title=row["title"], author=row["author"],
        affiliation=row["affiliation"], outlet=row["outlet"],
        published=parse_optional_date(row["published"]), url=row["url"],
        language=row["language"], camp=row["camp"], camp_evidence=row["camp_evidence"],
        source_path=row["source_path"], name=row["name"], genre=row["genre"],
    )


def _provenance(item: Any, run_id: int | None) -> dict[str, Any]:
    return {"extractor": item.extractor, "confidence": float(item.confidence), "run_id": run_id}


def mention_values(m: Mention, run_id: int | None) -> dict[str, Any]:
    return {**span_values(m.span), "actor": m.actor, "text": m.text, "kind": m.kind,
            **_provenance(m, run_id)}


def row_mention(row: Mapping[str, Any]) -> Mention:
    return Mention(row_span(row), row["actor"], row["text"], row["kind"], row["extractor"],
                   row["confidence"])


def candidate_values(c: CandidateActor, run_id: int | None) -> dict[str, Any]:
    return {**span_values(c.span), "text": c.text, "label": c.label, **_provenance(c, run_id)}


def row_candidate(row: Mapping[str, Any]) -> CandidateActor:
    return CandidateActor(row_span(row), row["text"], row["label"], row["extractor"],
                          row["confidence"])


def quote_values(q: Quote, run_id: int | None) -> dict[str, Any]:
    speaker = q.speaker_span
    return {
        **span_values(q.span), "text": q.text, "speaker": q.speaker,
        "speaker_actor": q.speaker_actor, "speaker_start": speaker.start if speaker is not None else None,
        "speaker_end": speaker.end if speaker is not None else None, "cue": q.cue, "date": _iso(q.date),
        "date_precision": _precision(q.date),
        "date_source": q.date_source, "direct": q.direct, **_provenance(q, run_id),
    }


def row_quote(row: Mapping[str, Any]) -> Quote:
    speaker = None
    if row["speaker_start"] is not None:
        speaker = Span(row["doc_id"], row["speaker_start"], row["speaker_end"])
    return Quote(
        span=row_span(row), text=row["text"], speaker=row["speaker"],
        speaker_actor=row["speaker_actor"], speaker_span=speaker, cue=row["cue"],
        date=parse_optional_date(row["date"]), date_source=row["date_source"],
        direct=bool(row["direct"]), extractor=row["extractor"], confidence=row["confidence"],
    )


def position_values(p: Position, run_id: int | None) -> dict[str, Any]:
    return {
        **span_values(p.span), "actor": p.actor, "issue": p.issue, "stance": p.stance,
        "modality": p.modality, "via": p.via, "speaker": p.speaker, "quote_id": p.quote_id,
        "date": _iso(p.date),
        "date_precision": _precision(p.date), "review_state": p.review_state, **_provenance(p, run_id),
    }


def row_position(row: Mapping[str, Any]) -> Position:
    return Position(
        actor=row["actor"], issue=row["issue"], stance=row["stance"], span=row_span(row),
        via=row["via"], modality=row["modality"], speaker=row["speaker"],
        quote_id=row["quote_id"], date=parse_optional_date(row["date"]),
        extractor=row["extractor"], confidence=row["confidence"],
        review_state=row["review_state"],
    )


def position_key(p: Position) -> str:
    """The review key of a position: its evidence span, actor and issue (not its stance,
    so a review survives a re-extraction that changes the machine's stance)."""
    return f"{p.span.doc_id}:{p.span.start}-{p.span.end}:{p.actor}:{p.issue}"


def quote_key(q: Quote) -> str:
    """The review key of a quote: its span."""
    return f"{q.span.doc_id}:{q.span.start}-{q.span.end}"
