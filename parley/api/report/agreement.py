"""Agreement between reviewers, and between the machine and the reviewers.

Between reviewers, each item's *outcome* per reviewer is what that reviewer's
latest decision left: ``rejected``, or the item's fields after any correction (so
accepting and "correcting" to the same values agree). Pairwise agreement and
Cohen's kappa, and Krippendorff's alpha over every item two or more reviewers
decided, come from :mod:`parley.analysis`. Machine vs reviewers: the decisions per
kind (accepted unchanged, corrected, rejected) and, for positions, the stance
coding compared by :func:`parley.api.analysis.reliability`.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from typing import Any

from parley import analysis as an
from parley.core.errors import NotFoundError, ValidationError

from ..analysis import reliability
from ..review import (
    DECISIONS, REVIEW_KINDS, MachineEntry, current_fields, item_fields, latest_reviews,
    machine_entries, memo, opened,
)


@dataclass(frozen=True)
class PairAgreement:
    """How often two reviewers reached the same outcome on the items both decided."""

    first: str
    second: str
    items: int
    agreement: float
    kappa: float | None


@dataclass(frozen=True)
class Agreement:
    """Agreement between reviewers, and between the machine and the reviewers.

    Between reviewers, an item's *outcome* is what a reviewer's latest decision left
    (rejected, or the item's fields after any correction). Machine vs reviewers
    counts decisions per kind and, for positions, compares the machine's stance
    coding with the reviewed one (:func:`parley.api.analysis.reliability`).
    """

    reviewers: list[str]
    items_reviewed: int
    items_shared: int
    alpha: float | None
    pairs: list[PairAgreement]
    decisions: dict[str, dict[str, int]]
    machine: dict[str, Any] | None
    notes: list[str]


def _outcome(kind: str, entry: MachineEntry | None, review: dict) -> str:
    if review["decision"] == "reject":
        return "rejected"
    machine = item_fields(kind, entry.item) if entry else {}
    fixed = current_fields(kind, machine, review) or {}
    return "|".join(f"{k}={fixed.get(k)}" for k in sorted(fixed))


def _outcomes(target: Any, store: Any) -> dict[tuple[str, str], dict[str, str]]:
    """(kind, key) → reviewer → outcome of that reviewer's latest decision."""
    entries, _ = machine_entries(target, store)
    by_key = {(e.kind, e.key): e for e in entries}
    found: dict[tuple[str, str], dict[str, str]] = {}
    rows = sorted(store.rows("reviews"), key=lambda r: (r["kind"], r["item_key"], r["version"]))
    for row in rows:
        review = {**row, "fields": _fields(row["fields"])}
        item = (row["kind"], row["item_key"])
        if review["decision"] == "reset":  # taken back: that reviewer has no outcome now
            found.get(item, {}).pop(row["reviewer"], None)
            continue
        found.setdefault(item, {})[row["reviewer"]] = _outcome(row["kind"], by_key.get(item), review)
    return found


def _fields(value: Any) -> dict:
    return value if isinstance(value, dict) else json.loads(value or "{}")


def _pair(a: str, b: str, outcomes: dict) -> PairAgreement | None:
    both = [(o[a], o[b]) for o in outcomes.values() if a in o and b in o]
    if not both:
        return None
    first, second = [x for x, _ in both], [y for _, y in both]
    share = sum(x == y for x, y in both) / len(both)
    kappa = an.cohen_kappa(first, second) if len(set(first) | set(second)) > 1 else None
    return PairAgreement(a, b, len(both), share, kappa)


def _alpha(outcomes: dict, reviewers: list[str]) -> float | None:
    units = [[o.get(r) for r in reviewers] for o in outcomes.values() if len(o) > 1]
    try:
        return an.krippendorff_alpha(units) if units else None
    except ValidationError:
        return None


def _decision_counts(target: Any, store: Any) -> dict[str, dict[str, int]]:
    counts = {}
    for kind in REVIEW_KINDS:
        latest = latest_reviews(target, store, kind).values()
        counts[kind] = {d: sum(r["decision"] == d for r in latest) for d in DECISIONS}
    return counts


def _machine_reliability(target: Any) -> tuple[dict | None, str | None]:
    try:
        report = reliability(target)
    except (NotFoundError, ValidationError) as err:
        return None, f"machine vs reviewers (positions): {err}"
    rows = report.disagreements_frame().head(50).to_dict(orient="records")
    return {"alpha": report.alpha, "kappa": report.kappa, "agreement": report.agreement,
            "units": report.units, "disagreements": len(report.disagreements),
            "examples": rows}, None


def agreement(target: Any) -> Agreement:
    """Agreement between reviewers (pairwise share and kappa, Krippendorff's alpha over
    every item two or more reviewers decided) and between the machine and reviewers."""
    with opened(target) as store:
        outcomes = memo(target, ("review-outcomes",), lambda: _outcomes(target, store))
        reviewers = sorted({r for o in outcomes.values() for r in o})
        pairs = [p for a, b in itertools.combinations(reviewers, 2)
                 if (p := _pair(a, b, outcomes)) is not None]
        machine, note = memo(target, ("machine-reliability",), lambda: _machine_reliability(target))
        decisions = _decision_counts(target, store)
    shared = sum(len(o) > 1 for o in outcomes.values())
    notes = [n for n in (note, None if shared else "no item has been decided by two reviewers yet")
             if n]
    return Agreement(reviewers, len(outcomes), shared, _alpha(outcomes, reviewers), pairs,
                     decisions, machine, notes)
