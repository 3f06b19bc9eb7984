"""Fixtures for the extraction tests: a made-up codebook and one pipeline per session.

The suite runs with ``--import-mode=importlib``; this folder goes on ``sys.path`` so the
test modules can import the shared contract (``extract_contract``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from parley.core.dates import PartialDate
from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

TOY_CODEBOOK = Codebook(
    "toy",
    (
        Actor("ruritania", "Ruritania", "state", ("Strelsau", "Ruritanian government"),
              ("Rudolf Rassendyll", "Flavia Elphberg")),
        Actor("borduria", "Borduria", "state", ("Szohod", "Bordurian side", "Republic of Borduria"),
              ("Kurvi Tasch", "Sponsz Ivanovic")),
        Actor("league", "League of Nations", "organisation", ("LoN", "the League"), ("Maria Lopez",)),
        Actor("observers", "International observers", "collective", ("the West",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Strelsau Herald", "ruritania"), ("Szohod Daily", "borduria")),
    affiliation_camps=(("Institute of Ruritanian Studies", "ruritania"),),
)


@pytest.fixture(scope="session")
def codebook() -> Codebook:
    return TOY_CODEBOOK


@pytest.fixture(scope="session")
def pipeline(codebook):
    return build_pipeline(default_config(), codebook)


@pytest.fixture(scope="session")
def extract(pipeline):
    """``extract(text, published="2024-05-16", **metadata)`` → ExtractionResult."""

    def run(text: str, published: str | None = None, **metadata):
        if published is not None:
            metadata["published"] = PartialDate.parse(published)
        return pipeline.run(Document.from_text(text, **metadata))

    return run
