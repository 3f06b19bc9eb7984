"""The tables of a Parley project (SQLAlchemy Core).

Spans are stored as ``doc_id`` + ``span_start``/``span_end`` (``end`` is an SQL
keyword). Dates are ISO text at their precision (``2023``, ``2023-10``,
``2023-10-05``) with the precision beside them, for SQL users and exports.

A column added after the first release says so (``info={"since": n}``, the
migration that adds it), so :func:`metadata_at` can build the tables as any
schema version had them: migration 1 creates the version-1 tables and later
migrations add what came after, for new and old projects alike.

>>> sorted(c.name for c in metadata_at(1).tables["documents"].c if "precision" in c.name)
[]
>>> "published_precision" in documents.c
True
"""

from __future__ import annotations

from typing import Callable

from sqlalchemy import Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table, Text


def _since(version: int) -> dict:
    return {"since": version}


def added_in(column: Column) -> int:
    """The schema version that added ``column`` (1 for the original tables)."""
    return int(column.info.get("since", 1))


def _schema_version() -> list[Column]:
    return [Column("version", Integer, primary_key=True), Column("applied_at", String(32), nullable=False)]


def _settings() -> list[Column]:
    return [Column("key", String(200), primary_key=True), Column("value", Text, nullable=False)]


def _documents() -> list[Column]:
    return [
        Column("id", String(16), primary_key=True),  # content hash of the text
        Column("name", String(500)),
        Column("text", Text, nullable=False),
        Column("title", Text),
        Column("author", Text),
        Column("affiliation", Text),
        Column("outlet", Text),
        Column("published", String(10)),
        Column("published_precision", String(5), info=_since(3)),
        Column("url", Text),
        Column("language", String(16), nullable=False, default="en"),
        Column("camp", String(200)),
        Column("camp_evidence", Text),
        Column("genre", String(100)),
        Column("source_key", Text, nullable=False),  # source_path, else name, else id
        Column("source_path", Text),
        Column("version", Integer, nullable=False, default=1),
        Column("supersedes", String(16)),
        Column("is_current", Boolean, nullable=False, default=True),
        Column("ingested_at", String(32), nullable=False),
    ]


def _runs() -> list[Column]:
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("signature", Text, nullable=False),
        Column("note", Text),
        Column("started_at", String(32), nullable=False),
        Column("finished_at", String(32)),
        Column("status", String(20), nullable=False, default="running"),
    ]


def _extractions() -> list[Column]:
    return [
        Column("doc_id", String(16), ForeignKey("documents.id"), primary_key=True),
        Column("signature", Text, primary_key=True),
        Column("run_id", Integer),
        Column("finished_at", String(32), nullable=False),
    ]


def _span() -> list[Column]:
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("doc_id", String(16), ForeignKey("documents.id"), nullable=False),
        Column("span_start", Integer, nullable=False),
        Column("span_end", Integer, nullable=False),
    ]


def _provenance() -> list[Column]:
    return [
        Column("extractor", String(200), nullable=False),
        Column("confidence", Float, nullable=False),
        Column("run_id", Integer),
    ]


def _mentions() -> list[Column]:
    return [*_span(), Column("actor", String(200), nullable=False), Column("text", Text, nullable=False),
            Column("kind", String(20), nullable=False), *_provenance()]


def _candidates() -> list[Column]:
    return [*_span(), Column("text", Text, nullable=False), Column("label", String(40), nullable=False),
            *_provenance()]


def _quotes() -> list[Column]:
    return [
        *_span(),
        Column("text", Text, nullable=False),
        Column("speaker", Text),
        Column("speaker_actor", String(200)),
        Column("speaker_start", Integer),
        Column("speaker_end", Integer),
        Column("cue", Text),
        Column("date", String(10)),
        Column("date_precision", String(5), info=_since(3)),
        Column("date_source", String(20), nullable=False),
        Column("direct", Boolean, nullable=False),
        *_provenance(),
    ]


def _positions() -> list[Column]:
    return [
        *_span(),
        Column("actor", String(200), nullable=False),
        Column("issue", String(200), nullable=False),
        Column("stance", String(10), nullable=False),
        Column("modality", String(20), nullable=False),
        Column("via", String(10), nullable=False),
        Column("speaker", Text),
        Column("quote_id", Text),
        Column("date", String(10)),
        Column("date_precision", String(5), info=_since(3)),
        Column("review_state", String(10), nullable=False, default="machine"),
        *_provenance(),
    ]


def _reviews() -> list[Column]:
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("kind", String(20), nullable=False),
        Column("item_key", Text, nullable=False),  # stable across re-extraction: see convert.*_key
        Column("decision", String(10), nullable=False),
        Column("fields", Text, nullable=False, default="{}"),  # corrected fields, JSON
        Column("reviewer", String(200), nullable=False),
        Column("created_at", String(32), nullable=False),
        Column("version", Integer, nullable=False),  # 1, 2, … per item: optimistic concurrency
    ]


# Every table, in export order (documents first: everything else points at them).
TABLES: dict[str, Callable[[], list[Column]]] = {
    "documents": _documents, "sentences": _span, "mentions": _mentions,
    "candidates": _candidates, "quotes": _quotes, "positions": _positions,
    "reviews": _reviews, "runs": _runs, "extractions": _extractions,
    "settings": _settings, "schema_version": _schema_version,
}


def metadata_at(version: int | None = None) -> MetaData:
    """The tables as schema ``version`` had them (the latest when ``None``)."""
    found = MetaData()
    for name, columns in TABLES.items():
        kept = [c for c in columns() if version is None or added_in(c) <= version]
        Table(name, found, *kept)
    return found


metadata = metadata_at()
documents = metadata.tables["documents"]
sentences = metadata.tables["sentences"]
mentions = metadata.tables["mentions"]
candidates = metadata.tables["candidates"]
quotes = metadata.tables["quotes"]
positions = metadata.tables["positions"]
reviews = metadata.tables["reviews"]
runs = metadata.tables["runs"]
extractions = metadata.tables["extractions"]
settings = metadata.tables["settings"]
schema_version = metadata.tables["schema_version"]

ITEM_TABLES = (sentences, mentions, candidates, quotes, positions)
EXPORT_ORDER = tuple(TABLES)
