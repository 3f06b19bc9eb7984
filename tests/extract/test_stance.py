"""stance.rules.v1: positions with via, modality, evidence, dates and confidence; eval-set floors.

Positions F1 reached (benchmarks/eval_dev.py, documents read by parley.ingest, default
configuration, embeddings off): ../shared/eval/dev 0.864 (P 0.86, R 0.88); the bundled
example corpus 0.835. The floors are those minus 0.03.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from extract_contract import ComponentContract

from parley.core.dates import PartialDate
from parley.core.types import Document
from parley.extract import DocState

REPO = Path(__file__).resolve().parents[2]
DEV_SET = (REPO / ".." / "shared" / "eval" / "dev").resolve()
EXAMPLE_SET = REPO / "parley" / "data" / "example"
DEV_FLOOR = 0.864 - 0.03
EXAMPLE_FLOOR = 0.835 - 0.03


class TestStanceContract(ComponentContract):
    component_name = "stance.rules.v1"
    samples = [
        "“We want a peace treaty now,” Rudolf Rassendyll said in Szohod on Friday.",
        "Strelsau rejected a peace treaty. The Bordurian side said “a peace treaty will follow”.",
    ]


def test_quote_position_carries_speaker_quote_and_date(extract):
    result = extract("“We want a peace treaty now,” Rudolf Rassendyll said on Friday.", published="2024-05-17")
    (position,) = result.positions
    quote = result.quotes[0]
    assert (position.actor, position.via, position.speaker, position.quote_id) == (
        "ruritania", "quote", "Rudolf Rassendyll", quote.id)
    assert position.date == quote.date == PartialDate.parse("2024-05-17")


def test_evidence_is_the_sentence(extract):
    text = "The talks began. Strelsau rejected any peace treaty on Monday. Nothing else happened."
    result = extract(text)
    (position,) = result.positions
    assert position.span in result.sentences
    assert position.span.text_in(text) == "Strelsau rejected any peace treaty on Monday."
    assert position.stance == "oppose" and position.extractor == "stance.rules.v1"


def test_reported_position_without_quote_takes_document_date(extract):
    result = extract("Szohod says it is ready to sign a peace treaty.", published="2024-05-16")
    (position,) = result.positions
    assert position.via == "reported" and position.modality == "intended"
    assert position.date == PartialDate.parse("2024-05-16")


def test_every_evidence_sentence_is_kept(extract):
    text = "Strelsau wants a peace treaty. Strelsau again called for a peace treaty."
    keys = [(p.actor, p.issue, p.stance) for p in extract(text).positions]
    assert keys == [("ruritania", "peace", "support")] * 2


def test_confidence_ranks_direct_quotes_above_guessed_authors(extract):
    quoted = extract("“We want a peace treaty now,” Rudolf Rassendyll said.").positions[0]
    text = ("by Ann Writer\n\nEveryone in the region should want a peace treaty this year. "
            "Strelsau and Strelsau and Strelsau agree with Szohod.")
    guessed = [p for p in extract(text).positions if p.via == "author"]
    assert guessed and guessed[0].actor == "ruritania"
    assert quoted.confidence > guessed[0].confidence


def test_no_parse_no_positions(pipeline):
    stance = next(c for c in pipeline.components if c.name == "stance.rules.v1")
    state = DocState(Document.from_text("Strelsau wants a peace treaty."))
    assert stance(state).positions == ()


def _scores(setdir: Path) -> dict:
    spec = importlib.util.spec_from_file_location("eval_dev", REPO / "benchmarks" / "eval_dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    scores, _, _ = module.run(setdir)
    return scores.to_json()["total"]


@pytest.mark.shared
def test_dev_set_positions_floor():
    if not DEV_SET.exists():
        pytest.skip("../shared/eval/dev is not here")
    assert _scores(DEV_SET)["positions"]["f1"] >= DEV_FLOOR


def test_example_set_positions_floor():
    assert _scores(EXAMPLE_SET)["positions"]["f1"] >= EXAMPLE_FLOOR
