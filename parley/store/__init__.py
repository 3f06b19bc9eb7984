"""The project store: SQLAlchemy Core over SQLite (default) or PostgreSQL (by URL)."""

from .convert import position_key, quote_key
from .migrations import LATEST as SCHEMA_VERSION
from .store import AddResult, SearchHit, Store, database_url

__all__ = ["AddResult", "SCHEMA_VERSION", "SearchHit", "Store", "database_url", "position_key", "quote_key"]
