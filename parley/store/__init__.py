"""The project store: SQLAlchemy Core over SQLite (default) or PostgreSQL (by URL).

>>> import tempfile, pathlib
>>> from parley.core import Document
>>> with Store.open(pathlib.Path(tempfile.mkdtemp()) / "p.db") as store:
...     _ = store.add_document(Document.from_text("Talks resume in Geneva.", name="a"))
...     [hit.snippet for hit in store.search("geneva")]
['Talks resume in [Geneva].']
"""

from .connection import database_url
from .convert import position_key, quote_key
from .migrations import LATEST as SCHEMA_VERSION
from .reviews import DECISIONS
from .search import SearchHit, fts5_query
from .store import AddResult, Store

__all__ = [
    "AddResult", "DECISIONS", "SCHEMA_VERSION", "SearchHit", "Store", "database_url", "fts5_query",
    "position_key", "quote_key",
]
