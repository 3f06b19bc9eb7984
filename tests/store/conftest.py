"""Fixtures for the store tests.

The suite runs with ``--import-mode=importlib``; this folder goes on ``sys.path`` so the
test modules can import the shared sample builders (``store_samples``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from parley.store import Store  # noqa: E402


@pytest.fixture
def store(tmp_path):
    """A fresh SQLite project."""
    with Store.open(tmp_path / "p.db") as opened:
        yield opened
