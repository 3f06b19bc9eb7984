"""Full-text search over the current documents.

SQLite uses an FTS5 table filled when a document is added; PostgreSQL uses its
own text search (``to_tsquery`` over a GIN-indexed ``to_tsvector``). The user's
text never reaches a query language: it is cut into words, each quoted; on both
databases a document must hold every word, and ``word*`` matches a prefix.

>>> fts5_query('peace "deal" AND OR sign* (')
'"peace" "deal" "AND" "OR" "sign"*'
>>> tsquery('peace "deal" sign* (')
"'peace' & 'deal' & 'sign':*"
>>> fts5_query('" * ( ')
''
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from parley.core.errors import ValidationError
from parley.core.types import Document

from .connection import Database
from .migrations import FULLTEXT_VECTOR

_WORD = re.compile(r"(\w+)(\*?)")
_SNIPPET_WORDS = 14


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result; a higher ``rank`` is a better match.

    The snippet marks matched words with ``[`` and ``]``.
    """

    document_id: str
    name: str | None
    title: str | None
    snippet: str
    rank: float


def fts5_query(query: str) -> str:
    """An FTS5 query that finds documents holding every word of ``query``.

    Each word is quoted, so operators and punctuation are plain text; a ``*``
    right after a word keeps its meaning of "words starting with".
    """
    return " ".join(f'"{word}"{star}' for word, star in _WORD.findall(query))


def tsquery(query: str) -> str:
    """The PostgreSQL ``to_tsquery`` text of :func:`fts5_query` (words are ``\\w+``: no quotes)."""
    return " & ".join(f"'{word}'" + (":*" if star else "") for word, star in _WORD.findall(query))


_SQLITE_SEARCH = text(
    "SELECT f.doc_id, d.name, d.title, "
    f"snippet(documents_fts, 2, '[', ']', '…', {_SNIPPET_WORDS}) AS snip, "
    "-bm25(documents_fts) AS rank FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
    "WHERE documents_fts MATCH :q AND d.is_current ORDER BY rank DESC, d.id LIMIT :n"
)

_POSTGRES_SEARCH = text(
    "SELECT d.id AS doc_id, d.name, d.title, "
    "ts_headline('simple', d.text, q, 'StartSel=[, StopSel=], MaxWords=20, MinWords=8') AS snip, "
    f"ts_rank({FULLTEXT_VECTOR}, q) AS rank "
    "FROM documents d, to_tsquery('simple', :q) q "
    f"WHERE d.is_current AND {FULLTEXT_VECTOR} @@ q ORDER BY rank DESC, d.id LIMIT :n"
)


class SearchQueries(Database):
    """Mixin of :class:`parley.store.Store` for full-text search."""

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The current documents holding every word of ``query``, best match first.

        Any user text is safe: quotes, ``AND``/``OR``/``NEAR``, brackets and stray
        ``*`` are searched as words or ignored, never parsed as query syntax.
        """
        if not isinstance(limit, int) or limit < 1:
            raise ValidationError(f"search limit must be a positive whole number; got {limit!r}")
        match = fts5_query(query) if self.is_sqlite else tsquery(query)
        if not match:
            return []
        sql = _SQLITE_SEARCH if self.is_sqlite else _POSTGRES_SEARCH
        with self.reading() as conn:
            rows = conn.execute(sql, {"q": match, "n": limit}).all()
        return [SearchHit(r.doc_id, r.name, r.title, r.snip, float(r.rank)) for r in rows]


def index_text(conn: Connection, doc: Document) -> None:
    """Add a new document to the SQLite full-text table (PostgreSQL indexes by itself)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO documents_fts(doc_id, title, text) VALUES (:i, :t, :x)"),
                     {"i": doc.id, "t": doc.title or "", "x": doc.text})
