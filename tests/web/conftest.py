"""A small hand-made project for the web tests: documents (one hostile), quotes, positions.

Positions are written with ``store.save_extraction`` like the pipeline would, with
confidences chosen so the review queue's order is known.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from parley.api import open_project, set_codebook
from parley.core import Document, ExtractionResult, Mention, PartialDate, Position, Quote

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:  # --import-mode=importlib leaves sys.path alone
    sys.path.insert(0, HERE)

REPO = Path(__file__).resolve().parents[2]
CODEBOOK = REPO / "parley" / "data" / "example" / "codebook.yaml"
HOSTILE = ('Press note. <script>window.__pwned = 1; alert("x")</script> and '
           '<img src=x onerror="window.__pwned = 2"> Veloria supports the peace treaty. '
           '"We will never <b>sign</b>," said Tomas Arvelin.')
TEXTS = {
    "veloria-one": ('Veloria supports the peace treaty, the Velorian ministry said on Monday. '
                    '"We will return every family," said Tomas Arvelin. Kestrel opposes the border plan.'),
    "kestrel-one": ('The Kestrel Federation backs the peace treaty. "Refugees must come home," said '
                    'Lev Imrich. Kestrel rejects the border plan once more.'),
    "hostile": HOSTILE,
}
DATES = {"veloria-one": (2025, 3, 4), "kestrel-one": (2025, 4, 10), "hostile": (2025, 5, 2)}
CAMPS = {"veloria-one": "veloria", "kestrel-one": "kestrel", "hostile": "independent"}


def _span(doc: Document, needle: str):
    at = doc.text.index(needle)
    return doc.span(at, at + len(needle))


def _veloria(doc: Document) -> ExtractionResult:
    quote = _span(doc, "We will return every family,")
    return ExtractionResult(doc.id, mentions=(
        Mention(_span(doc, "Veloria"), "veloria", "Veloria"),),
        quotes=(Quote(quote, quote.text_in(doc.text), speaker="Tomas Arvelin", speaker_actor="veloria",
                      date=PartialDate(2025, 3, 4), date_source="publication", confidence=0.55),),
        positions=(
            Position("veloria", "peace_treaty", "support", _span(doc, "Veloria supports the peace treaty"),
                     confidence=0.30),
            Position("kestrel", "border_delimitation", "oppose", _span(doc, "Kestrel opposes the border plan"),
                     confidence=0.80),
            Position("veloria", "refugee_return", "support", quote, via="quote", confidence=0.65)))


def _kestrel(doc: Document) -> ExtractionResult:
    quote = _span(doc, "Refugees must come home,")
    return ExtractionResult(doc.id, quotes=(
        Quote(quote, quote.text_in(doc.text), speaker="Lev Imrich", speaker_actor="kestrel",
              date=PartialDate(2025, 4, 10), confidence=0.9),),
        positions=(
            Position("kestrel", "peace_treaty", "support", _span(doc, "Kestrel Federation backs the peace treaty"),
                     confidence=0.40),
            Position("kestrel", "border_delimitation", "oppose", _span(doc, "Kestrel rejects the border plan"),
                     confidence=0.95)))


def _hostile(doc: Document) -> ExtractionResult:
    quote = _span(doc, "We will never <b>sign</b>,")
    return ExtractionResult(doc.id, quotes=(
        Quote(quote, quote.text_in(doc.text), speaker='Tomas <i>Arvelin</i>', speaker_actor="veloria",
              confidence=0.5),),
        positions=(Position("veloria", "peace_treaty", "support",
                            _span(doc, "<img src=x onerror=\"window.__pwned = 2\"> Veloria supports"),
                            confidence=0.50),))


BUILDERS = {"veloria-one": _veloria, "kestrel-one": _kestrel, "hostile": _hostile}


def build_project(path: Path) -> Path:
    """Write the test project to ``path`` and return it."""
    with open_project(path) as store:
        set_codebook(store, CODEBOOK)
        for name, text in TEXTS.items():
            doc = Document.from_text(text, name=name, title=f"Title of {name} <em>x</em>",
                                     published=PartialDate(*DATES[name]), camp=CAMPS[name])
            store.add_document(doc)
            store.save_extraction(BUILDERS[name](doc), "test.v1")
    return path


@pytest.fixture(scope="session")
def template_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("web") / "template.db")


@pytest.fixture
def web_project(template_project: Path, tmp_path: Path) -> Path:
    """A fresh copy of the test project (reviews change it)."""
    import shutil

    target = tmp_path / "project.db"
    shutil.copyfile(template_project, target)
    return target


@pytest.fixture
def client(web_project: Path):
    from fastapi.testclient import TestClient

    from parley.web import create_app

    with TestClient(create_app(web_project), base_url="http://127.0.0.1") as test_client:
        yield test_client


from web_helpers import csrf_of  # noqa: E402,F401  (kept for fixtures that use it)
