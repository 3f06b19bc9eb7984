"""Inter-coder reliability of stance coding: Krippendorff's alpha and Cohen's kappa.

A *unit* is a (document, actor, issue) triple; each coding gives it ``support``,
``oppose``, ``mixed`` (both in that document) or ``none`` (the coder found no such
position). By default ``none`` is a category like the others, so a position one coder
found and the other missed is a disagreement; with ``absent="missing"`` it is a
missing value instead (alpha skips it, kappa drops the unit).

Nominal alpha (Krippendorff 2011): from the coincidence matrix ``o`` of pairable
values, ``α = 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k``.

>>> round(krippendorff_alpha([["a", "a"], ["b", "b"], ["a", "b"]]), 4)
0.4444
>>> round(cohen_kappa(["y"] * 25 + ["n"] * 25, ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15), 2)
0.4
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable, Sequence

import numpy as np
import pandas as pd

from parley.core.errors import ValidationError
from parley.core.types import Position, Span

from .matrix import combined_stance, spans_text
from .networks import check_choice
from .review import effective_positions

ABSENT = ("none", "missing")


def _categories(units: Sequence[Sequence[Hashable | None]]) -> list:
    return sorted({v for unit in units for v in unit if v is not None}, key=str)


def coincidences(units: Sequence[Sequence[Hashable | None]]) -> tuple[np.ndarray, list]:
    """Krippendorff's coincidence matrix over the values' categories (``None`` = missing)."""
    categories = _categories(units)
    index = {c: i for i, c in enumerate(categories)}
    matrix = np.zeros((len(categories), len(categories)))
    for unit in units:
        values = [index[v] for v in unit if v is not None]
        if len(values) < 2:
            continue  # a unit with one value has no pairs
        counts = np.bincount(values, minlength=len(categories)).astype(float)
        matrix += (np.outer(counts, counts) - np.diag(counts)) / (len(values) - 1)
    return matrix, categories


def krippendorff_alpha(units: Sequence[Sequence[Hashable | None]]) -> float:
    """Nominal alpha; each unit lists every coder's value (``None`` where missing)."""
    matrix, _ = coincidences(units)
    n_c = matrix.sum(axis=1)
    n = n_c.sum()
    if n < 2:
        raise ValidationError("Krippendorff's alpha needs at least two pairable values")
    observed = matrix.sum() - np.trace(matrix)
    expected = n_c.sum() ** 2 - (n_c**2).sum()
    if expected == 0:
        return 1.0  # one category only: no disagreement is possible
    return float(1.0 - (n - 1) * observed / expected)


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """Cohen's kappa of two coders' values on the same units."""
    if len(first) != len(second) or not first:
        raise ValidationError("Cohen's kappa needs two equally long, non-empty codings")
    table = pd.crosstab(pd.Series(list(first), dtype=object), pd.Series(list(second), dtype=object))
    categories = table.index.union(table.columns)
    table = table.reindex(index=categories, columns=categories, fill_value=0).to_numpy(float)
    total = table.sum()
    observed = np.trace(table) / total
    expected = float((table.sum(axis=1) * table.sum(axis=0)).sum() / total**2)
    return 1.0 if expected == 1.0 else float((observed - expected) / (1.0 - expected))


@dataclass(frozen=True)
class Disagreement:
    """One unit the two codings disagree on, with each side's evidence."""

    doc_id: str
    actor: str
    issue: str
    first: str | None
    second: str | None
    first_evidence: tuple[Span, ...]
    second_evidence: tuple[Span, ...]


@dataclass(frozen=True)
class ReliabilityReport:
    """Alpha, kappa, raw agreement and the disagreements."""

    alpha: float
    kappa: float
    agreement: float
    units: int
    disagreements: tuple[Disagreement, ...]

    def disagreements_frame(self) -> pd.DataFrame:
        """The disagreements as a flat table (evidence as ``doc:start-end;…``)."""
        return pd.DataFrame(
            [{"doc_id": d.doc_id, "actor": d.actor, "issue": d.issue, "first": d.first,
              "second": d.second, "first_evidence": spans_text(d.first_evidence),
              "second_evidence": spans_text(d.second_evidence)} for d in self.disagreements],
            columns=["doc_id", "actor", "issue", "first", "second", "first_evidence",
                     "second_evidence"],
        )


def _coding(positions: Iterable[Position]) -> dict[tuple[str, str, str], list[Position]]:
    units: dict[tuple[str, str, str], list[Position]] = {}
    for p in positions:
        units.setdefault((p.span.doc_id, p.actor, p.issue), []).append(p)
    return units


def _value(found: list[Position] | None, absent: str) -> str | None:
    if not found:
        return "none" if absent == "none" else None
    support = sum(p.stance == "support" for p in found)
    return combined_stance(support, len(found) - support)


def compare_codings(
    first: Iterable[Position],
    second: Iterable[Position],
    doc_ids: Iterable[str] | None = None,
    absent: str = "none",
) -> ReliabilityReport:
    """Agreement of two codings on stance per (document, actor, issue).

    ``doc_ids`` are the documents both coded (default: every document in either coding).
    """
    check_choice("absent", absent, ABSENT)
    a, b = _coding(first), _coding(second)
    docs = set(doc_ids) if doc_ids is not None else {k[0] for k in [*a, *b]}
    keys = sorted(k for k in a.keys() | b.keys() if k[0] in docs)
    pairs = [(_value(a.get(k), absent), _value(b.get(k), absent)) for k in keys]
    both = [(x, y) for x, y in pairs if x is not None and y is not None]
    if not both:
        raise ValidationError("the two codings share no coded unit to compare")
    disagreements = tuple(
        Disagreement(*k, x, y, _spans(a.get(k)), _spans(b.get(k)))
        for k, (x, y) in zip(keys, pairs) if x != y
    )
    return ReliabilityReport(
        alpha=krippendorff_alpha(pairs),
        kappa=cohen_kappa([x for x, _ in both], [y for _, y in both]),
        agreement=sum(x == y for x, y in both) / len(both),
        units=len(keys),
        disagreements=disagreements,
    )


def _spans(found: list[Position] | None) -> tuple[Span, ...]:
    return tuple(sorted(p.span for p in found or ()))


def machine_and_reviewed(positions: Iterable[Position]) -> tuple[tuple[Position, ...], tuple[Position, ...], set[str]]:
    """The machine's coding, the reviewed (effective) coding, and the documents reviewed.

    Compare them with ``compare_codings(machine, reviewed, doc_ids=reviewed_docs)``.
    """
    items = list(positions)
    reviewed_docs = {p.span.doc_id for p in items if p.review_state != "machine"}
    machine = tuple(p for p in items if p.review_state == "machine")
    return machine, effective_positions(items), reviewed_docs
