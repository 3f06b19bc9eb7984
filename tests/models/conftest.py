"""Fixtures of the model tests: the shared negotiation benchmarks (skipped when absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the contract module
BENCH = HERE.parents[1] / ".." / "shared" / "benchmarks" / "negotiation"


def bench_file(*parts: str) -> Path:
    """A file of ../shared/benchmarks/negotiation, or skip the test."""
    path = BENCH.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    return path


@pytest.fixture
def bench():
    return bench_file
