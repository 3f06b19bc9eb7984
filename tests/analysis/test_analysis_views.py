"""Position matrix, timelines and shifts, perspective balance."""

from __future__ import annotations

import pytest

from analysis_fixtures import pos, three_actors
from parley.analysis import (
    build_statements, perspective_balance, position_matrix, position_shifts, shifts_frame, timeline,
)
from parley.core import Actor, Codebook, Document, Issue, PartialDate, Position, Span
from parley.core.errors import NotFoundError

# --------------------------------------------------------------------------- matrix


def test_position_matrix_cells_count_date_and_keep_evidence():
    ps = [pos("A", "x", "support", 3, via="quote", confidence=0.8),
          pos("A", "x", "support", 9, confidence=0.6),
          pos("A", "x", "oppose", 5, via="author", confidence=1.0),
          pos("B", "x", "oppose", 2)]
    matrix = position_matrix(ps)
    cell = matrix.cell("A", "x")
    assert (cell.support, cell.oppose, cell.stance) == (2, 1, "mixed")
    assert cell.net == pytest.approx(1 / 3)
    assert dict(cell.by_via) == {"quote": 1, "reported": 1, "author": 1}
    assert (cell.first, cell.last) == (PartialDate(2024, 1, 3), PartialDate(2024, 1, 9))
    assert cell.confidence == pytest.approx(0.8)
    assert set(cell.evidence) == {p.span for p in ps[:3]}
    assert matrix.cell("B", "x").stance == "oppose"
    with pytest.raises(NotFoundError):
        matrix.cell("B", "y")
    frame = matrix.to_frame()
    assert frame.loc[0, "evidence"].count(";") == 2
    assert matrix.pivot("net").loc["B", "x"] == -1


def test_position_matrix_applies_review_and_codebook_order():
    span = Span("d", 0, 9)
    ps = [Position("a", "x", "support", span),
          Position("a", "x", "oppose", span, review_state="corrected"),
          Position("b", "x", "support", Span("d", 10, 12), review_state="rejected")]
    book = Codebook("t", actors=(Actor("b", "B"), Actor("a", "A")), issues=(Issue("x", "X"),))
    matrix = position_matrix(ps, codebook=book)
    assert matrix.actors == ("b", "a")
    assert [(c.actor, c.stance, c.reviewed) for c in matrix.cells] == [("a", "oppose", 1)]


def test_position_matrix_uses_document_dates_when_positions_have_none():
    doc = Document.from_text("Words and more words.", published=PartialDate(2023, 4))
    cell = position_matrix([Position("a", "x", "support", Span(doc.id, 0, 5))], [doc]).cell("a", "x")
    assert cell.first == PartialDate(2023, 4)


# --------------------------------------------------------------------------- timelines


def test_timeline_counts_per_month_and_actor():
    ps = [pos("A", "x", "support", 3, month=1), pos("A", "x", "oppose", 5, month=1),
          pos("A", "y", "support", 5, month=2), pos("B", "x", "support", 5, month=2)]
    counts = timeline(build_statements(ps), "month", by=("actor",))
    rows = {(r.period, r.actor): (r.support, r.oppose, r.statements) for r in counts.itertuples()}
    assert rows == {("2024-01", "A"): (1, 1, 2), ("2024-02", "A"): (1, 0, 1),
                    ("2024-02", "B"): (1, 0, 1)}
    weekly = timeline(build_statements(ps), "week", by=())
    assert weekly["statements"].sum() == 4 and weekly["period"].iloc[0] == "2024-W01"


def test_position_shifts_report_both_sides_evidence():
    before = [pos("A", "x", "support", 3, month=1), pos("A", "x", "support", 9, month=1)]
    middle = [pos("A", "x", "support", 2, month=3), pos("A", "x", "oppose", 4, month=3)]
    after = [pos("A", "x", "oppose", 2, month=5)]
    steady = [pos("B", "x", "oppose", 1, month=m) for m in (1, 3, 5)]
    table = build_statements([*before, *middle, *after, *steady])
    shifts = position_shifts(table, "month")
    assert [(s.before, s.after, s.from_stance, s.to_stance) for s in shifts] == [
        ("2024-01", "2024-03", "support", "mixed"), ("2024-03", "2024-05", "mixed", "oppose")]
    assert set(shifts[0].before_evidence) == {p.span for p in before}
    assert set(shifts[0].after_evidence) == {p.span for p in middle}
    clean = position_shifts(table, "month", include_mixed=False)
    assert [(s.before, s.after, s.from_stance, s.to_stance) for s in clean] == [
        ("2024-01", "2024-05", "support", "oppose")]
    assert len(shifts_frame(shifts)) == 2


# --------------------------------------------------------------------------- balance


@pytest.fixture
def book():
    return Codebook("t", actors=(Actor("arm", "Armenia"), Actor("aze", "Azerbaijan"),
                                 Actor("kar", "Karabakh", camp="arm")),
                    issues=(Issue("corridor", "Corridor"),))


def _doc(text: str, camp: str | None) -> Document:
    return Document.from_text(text, camp=camp)


def test_balance_classifies_sources_and_warns_on_adversary_only(book):
    arm_doc, aze_doc, ind_doc = _doc("arm text", "arm"), _doc("aze text", "aze"), _doc("wire", "independent")
    ps = [
        Position("aze", "corridor", "support", Span(arm_doc.id, 0, 3)),  # adversary's account
        Position("aze", "corridor", "support", Span(arm_doc.id, 4, 8)),
        Position("arm", "corridor", "oppose", Span(arm_doc.id, 0, 3)),  # own camp
        Position("arm", "corridor", "oppose", Span(aze_doc.id, 0, 3), via="quote"),  # own words
        Position("kar", "corridor", "oppose", Span(ind_doc.id, 0, 3)),  # independent
        Position("kar", "corridor", "oppose", Span(aze_doc.id, 4, 8)),  # adversary
    ]
    report = perspective_balance(ps, [arm_doc, aze_doc, ind_doc], book)
    cells = report.cells.set_index("actor")
    assert (cells.loc["aze", "adversary"], cells.loc["aze", "statements"]) == (2, 2)
    assert (cells.loc["arm", "own_camp"], cells.loc["arm", "own_words"]) == (1, 1)
    assert (cells.loc["kar", "independent"], cells.loc["kar", "adversary"]) == (1, 1)
    lonely = [w for w in report.warnings if "rests only" in w]
    assert len(lonely) == 1 and "aze" in lonely[0] and arm_doc.id in lonely[0]
    camps = report.camps.set_index("camp")
    assert camps.loc["arm", "documents"] == 1 and camps.loc["arm", "statements_from"] == 3
    assert camps.loc["arm", "statements_about"] == 4  # arm and its ally kar


def test_balance_warns_about_a_one_sided_corpus(book):
    docs = [_doc(f"arm text {n}", "arm") for n in range(4)] + [_doc("aze text", "aze")]
    ps = [Position("arm", "corridor", "oppose", Span(d.id, 0, 3)) for d in docs]
    report = perspective_balance(ps, docs, book, one_sided_share=0.75)
    assert any("one-sided" in w and "documents" in w for w in report.warnings)
    balanced = perspective_balance(ps, docs[3:], book)
    assert not any("one-sided" in w and "documents" in w for w in balanced.warnings)


def test_balance_without_documents_camps_is_unknown(book):
    report = perspective_balance(three_actors(), [], None)
    assert report.cells["unknown"].sum() == len(three_actors())
    assert report.warnings == ()


@pytest.mark.parametrize("module", [
    "review", "statements", "networks", "windows", "matrix", "timelines", "reliability",
])
def test_docstring_examples(module):
    import doctest
    import importlib

    found = doctest.testmod(importlib.import_module(f"parley.analysis.{module}"))
    assert found.failed == 0 and found.attempted > 0
