"""The tables of a Parley project (SQLAlchemy Core).

Spans are stored as ``doc_id`` + ``span_start``/``span_end`` (``end`` is an SQL
keyword). Dates are ISO text at their precision (``2023``, ``2023-10``,
``2023-10-05``), so the precision is the text's length and needs no column.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("name", String(500)),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("author", Text),
    Column("affiliation", Text),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("url", Text),
    Column("language", String(16), nullable=False, default="en"),
    Column("camp", String(200)),
    Column("camp_evidence", Text),
    Column("genre", String(100)),
    Column("source_key", Text, nullable=False),
    Column("source_path", Text),
    Column("version", Integer, nullable=False, default=1),
    Column("supersedes", String(16)),
    Column("is_current", Boolean, nullable=False, default=True),
    Column("ingested_at", String(32), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("signature", Text, nullable=False),
    Column("note", Text),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("status", String(20), nullable=False, default="running"),
)

extractions = Table(
    "extractions",
    metadata,
    Column("doc_id", String(16), ForeignKey("documents.id"), primary_key=True),
    Column("signature", Text, primary_key=True),
    Column("run_id", Integer),
    Column("finished_at", String(32), nullable=False),
)


def _span_columns() -> list[Column]:
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("doc_id", String(16), ForeignKey("documents.id"), nullable=False),
        Column("span_start", Integer, nullable=False),
        Column("span_end", Integer, nullable=False),
    ]


def _provenance_columns() -> list[Column]:
    return [
        Column("extractor", String(200), nullable=False),
        Column("confidence", Float, nullable=False),
        Column("run_id", Integer),
    ]


sentences = Table("sentences", metadata, *_span_columns())

mentions = Table(
    "mentions",
    metadata,
    *_span_columns(),
    Column("actor", String(200), nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    *_provenance_columns(),
)

candidates = Table(
    "candidates",
    metadata,
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("label", String(40), nullable=False),
    *_provenance_columns(),
)

quotes = Table(
    "quotes",
    metadata,
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("speaker_actor", String(200)),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("cue", Text),
    Column("date", String(10)),
    Column("date_source", String(20), nullable=False),
    Column("direct", Boolean, nullable=False),
    *_provenance_columns(),
)

positions = Table(
    "positions",
    metadata,
    *_span_columns(),
    Column("actor", String(200), nullable=False),
    Column("issue", String(200), nullable=False),
    Column("stance", String(10), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("via", String(10), nullable=False),
    Column("speaker", Text),
    Column("quote_id", Text),
    Column("date", String(10)),
    Column("review_state", String(10), nullable=False, default="machine"),
    *_provenance_columns(),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("item_key", Text, nullable=False),
    Column("decision", String(10), nullable=False),
    Column("fields", Text, nullable=False, default="{}"),
    Column("reviewer", String(200), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("version", Integer, nullable=False),
)

ITEM_TABLES = (sentences, mentions, candidates, quotes, positions)
EXPORT_ORDER = ("documents", "sentences", "mentions", "candidates", "quotes", "positions",
                "reviews", "runs", "extractions", "settings", "schema_version")


def index_statements() -> list[str]:
    """``CREATE INDEX`` statements the queries need (migration 2).

    Plain DDL rather than ``Index`` objects, so that table creation (migration 1)
    and index creation stay separate steps.
    """
    specs = [(f"ix_{t.name}_doc", t.name, "doc_id", "") for t in ITEM_TABLES]
    specs += [
        ("ix_documents_source", "documents", "source_key, version", ""),
        ("ix_positions_actor_issue", "positions", "actor, issue", ""),
        ("ix_reviews_item", "reviews", "kind, item_key, version", "UNIQUE "),
    ]
    return [f"CREATE {u}INDEX IF NOT EXISTS {n} ON {t} ({c})" for n, t, c, u in specs]
