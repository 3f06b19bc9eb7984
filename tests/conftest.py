"""Shared fixtures: where ../shared is, and a temporary project."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh project store path (created on first use)."""
    return tmp_path / "project.db"


@pytest.fixture
def shared():
    """``shared("eval", "dev")``: a path under ../shared, or skip the test."""
    return shared_path
