"""Read-only views of a project: rows for ``parley show`` and files for ``parley export``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from parley.core.errors import ConfigError
from parley.core.types import Document

from .project import find_document, open_project

SHOW_KINDS = ("documents", "quotes", "positions", "mentions", "candidates")
EXPORT_FORMATS = ("jsonl", "csv", "parquet")


def show(target: str | Path, kind: str, doc: str | None = None, limit: int = 50) -> list[dict]:
    """Rows of one kind of item, newest documents first, for display.

    ``doc`` narrows quotes/positions/mentions to one document (id, id prefix or name).
    """
    if kind not in SHOW_KINDS:
        raise ConfigError(f"cannot show {kind!r}; choose one of {', '.join(SHOW_KINDS)}")
    with open_project(target) as store:
        docs = {d.id: d for d in store.documents(current_only=False)}
        doc_id = find_document(store, doc).id if doc else None
        rows = _ROWS[kind](store, docs, doc_id)
    return rows[:limit] if limit else rows


def _document_rows(store, docs: dict[str, Document], doc_id: str | None) -> list[dict]:
    current = store.documents()
    return [
        {
            "name": d.name or "",
            "id": d.id[:10],
            "title": _short(d.title, 50),
            "outlet": d.outlet or "",
            "date": d.published.iso() if d.published else "",
            "camp": d.camp or "unknown",
            "words": len(d.text.split()),
        }
        for d in current
        if doc_id is None or d.id == doc_id
    ]


def _quote_rows(store, docs: dict[str, Document], doc_id: str | None) -> list[dict]:
    return [
        {
            "document": _doc_name(docs, q.span.doc_id),
            "speaker": q.speaker or "?",
            "actor": q.speaker_actor or "",
            "date": q.date.iso() if q.date else "",
            "kind": "direct" if q.direct else "indirect",
            "conf": round(q.confidence, 2),
            "text": _short(q.text, 90),
        }
        for q in store.quotes(doc_id)
    ]


def _position_rows(store, docs: dict[str, Document], doc_id: str | None) -> list[dict]:
    rows = []
    for p in store.positions(doc_id):
        text = docs[p.span.doc_id].text if p.span.doc_id in docs else ""
        rows.append(
            {
                "document": _doc_name(docs, p.span.doc_id),
                "actor": p.actor,
                "issue": p.issue,
                "stance": p.stance if p.modality == "asserted" else f"{p.stance} ({p.modality})",
                "via": p.via,
                "review": p.review_state,
                "conf": round(p.confidence, 2),
                "evidence": _short(p.span.text_in(text), 90),
            }
        )
    return rows


def _mention_rows(store, docs: dict[str, Document], doc_id: str | None) -> list[dict]:
    return [
        {
            "document": _doc_name(docs, m.span.doc_id),
            "actor": m.actor,
            "kind": m.kind,
            "text": m.text,
            "start": m.span.start,
        }
        for m in store.mentions(doc_id)
    ]


def _candidate_rows(store, docs: dict[str, Document], doc_id: str | None) -> list[dict]:
    return [
        {"text": text, "label": label, "count": count}
        for text, label, count in store.candidate_counts()
    ]


_ROWS = {
    "documents": _document_rows,
    "quotes": _quote_rows,
    "positions": _position_rows,
    "mentions": _mention_rows,
    "candidates": _candidate_rows,
}


def _doc_name(docs: dict[str, Document], doc_id: str) -> str:
    doc = docs.get(doc_id)
    return (doc.name or doc_id) if doc else doc_id


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def export(target: str | Path, outdir: str | Path, fmt: str = "jsonl") -> list[Path]:
    """Write every table of the project to ``outdir`` as JSONL, CSV or Parquet files."""
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    import pandas as pd

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with open_project(target) as store:
        for table in store.table_names():
            frame = pd.DataFrame(list(store.rows(table)))
            written.append(_write_frame(frame, out / f"{table}.{fmt}", fmt))
    return written


def _write_frame(frame: Any, path: Path, fmt: str) -> Path:
    if fmt == "jsonl":
        path.write_text(frame.to_json(orient="records", lines=True, force_ascii=False) if len(frame) else "", encoding="utf-8")
    elif fmt == "csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_parquet(path, index=False)
    return path
