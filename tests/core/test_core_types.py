"""Unit tests of the core data model: validation, spans, dates, registry, config."""

from __future__ import annotations

import doctest
import importlib

import pytest
from hypothesis import given, strategies as st

from parley.core import (
    Actor, Codebook, Document, Issue, PartialDate, Position, Quote, Span, ValidationError,
)
from parley.core.config import config_from_dict
from parley.core.errors import ConfigError, NotFoundError
from parley.core.registry import Registry


def test_document_id_is_content_hash_and_checked():
    doc = Document.from_text("Some words.")
    assert len(doc.id) == 16
    with pytest.raises(ValidationError):
        Document(id="0" * 16, text="Some words.")
    with pytest.raises(ValidationError):
        Document.from_text("   ")


def test_span_validation_and_text():
    doc = Document.from_text("Baku said yes.")
    assert doc.span(0, 4).text_in(doc.text) == "Baku"
    with pytest.raises(ValidationError):
        doc.span(3, 99)
    with pytest.raises(ValidationError):
        Span("d", 5, 4)
    assert Span("d", 0, 10).contains(Span("d", 2, 3))
    assert not Span("d", 0, 2).overlaps(Span("d", 2, 3))


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28))
def test_partial_date_round_trips_at_every_precision(year, month, day):
    full = PartialDate(year, month, day)
    for precision in ("day", "month", "year"):
        date = full.truncate(precision)
        assert PartialDate.parse(date.iso()) == date
        assert date.precision == precision


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "23-01-01", "yesterday", ""])
def test_partial_date_rejects_bad_text(bad):
    with pytest.raises(ValidationError):
        PartialDate.parse(bad)


def test_position_and_quote_validate_choices():
    span = Span("d", 0, 3)
    with pytest.raises(ValidationError):
        Position("a", "i", "maybe", span)
    with pytest.raises(ValidationError):
        Position("a", "i", "support", span, via="rumour")
    with pytest.raises(ValidationError):
        Quote(span, "x", confidence=1.5)
    assert Position("a", "i", "oppose", span).key == ("a", "i", "oppose")


def test_codebook_rejects_duplicates_and_finds_items():
    actors = (Actor("a", "A", "state"), Actor("b", "B", "state", camp="a"))
    issues = (Issue("peace", "Sign a peace treaty"),)
    book = Codebook("demo", actors, issues)
    assert book.actor("b").side == "a"
    assert book.camps() == ("a", "independent")
    with pytest.raises(ValidationError):
        Codebook("demo", actors + (Actor("a", "Again"),), issues)
    with pytest.raises(ValidationError):
        Actor("Bad Id", "x")


def test_registry_requires_versioned_unique_names():
    registry: Registry[object] = Registry("thing")
    registry.register("x.rules.v1")(object)
    with pytest.raises(ValidationError):
        registry.register("no-version")
    with pytest.raises(NotFoundError, match="x.rules.v1"):
        registry.get("x.rules.v2")


def test_config_validation_names_the_problem():
    config = config_from_dict({"pipeline": {"components": ["a.b.v1"]}, "components": {"a.b.v1": {"k": 1}}})
    assert config.settings_for("a.b.v1") == {"k": 1}
    with pytest.raises(ConfigError, match="non-empty list"):
        config_from_dict({"pipeline": {"components": []}})
    with pytest.raises(ConfigError, match="unknown tables"):
        config_from_dict({"pipeline": {"components": ["a.b.v1"]}, "extra": {}})


@pytest.mark.parametrize("module", ["parley.core.dates", "parley.core.types", "parley.core.errors",
                                    "parley.core.registry"])
def test_docstring_examples_run(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
