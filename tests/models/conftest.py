"""Fixtures of the model tests: the shared negotiation benchmarks (skipped when absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the contract module


@pytest.fixture
def bench(shared):
    """``bench("deu", "file.tsv")``: a file of ../shared/benchmarks/negotiation, or skip."""
    return lambda *parts: shared("benchmarks", "negotiation", *parts)
