"""Perspective balance: whose account does the evidence for each position come from?

Every statement about actor ``a`` is classed by its source, the camp of the
document it was found in (``Document.camp``):

* ``own_words`` — the actor is quoted directly (``via == "quote"``), wherever;
* ``own_camp`` — a document of ``a``'s own camp (``Actor.side``: allies share a camp);
* ``adversary`` — a document of any *other party camp*: every camp of the codebook's
  actors except ``a``'s own and the independent camp. The codebook has no notion of
  alliances beyond shared camps, so any other party counts as an adversary;
* ``independent`` — a document of the codebook's independent camp;
* ``unknown`` — a document without a camp, or with a camp the codebook does not know.

Warnings: a position (actor × issue) whose evidence is all adversary-sourced, and a
corpus in which one party camp supplies at least ``one_sided_share`` of the
documents (or statements) that come from party camps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from parley.core.types import Codebook, Document, Position

from .matrix import spans_text
from .review import effective_positions

SOURCES = ("own_words", "own_camp", "adversary", "independent", "unknown")
UNKNOWN = "unknown"


@dataclass(frozen=True)
class BalanceReport:
    """Counts per camp, source mix per actor × issue, and warnings in plain words."""

    camps: pd.DataFrame
    cells: pd.DataFrame
    warnings: tuple[str, ...]


def _sides(codebook: Codebook | None, positions: Iterable[Position]) -> dict[str, str]:
    sides = {a.id: a.side for a in codebook.actors} if codebook else {}
    return {**{p.actor: p.actor for p in positions}, **sides}


def source_relation(position: Position, side: str, doc_camp: str | None,
                    party_camps: set[str], independent: str) -> str:
    """Which of :data:`SOURCES` a statement about an actor of camp ``side`` comes from."""
    if position.via == "quote":
        return "own_words"
    if doc_camp == side:
        return "own_camp"
    if doc_camp == independent:
        return "independent"
    return "adversary" if doc_camp in party_camps else UNKNOWN


def perspective_balance(
    positions: Iterable[Position],
    documents: Iterable[Document],
    codebook: Codebook | None = None,
    one_sided_share: float = 0.75,
) -> BalanceReport:
    """Source mix of every actor × issue, counts per camp, and warnings (see module doc)."""
    items = effective_positions(positions)
    docs = {d.id: d for d in documents}
    sides = _sides(codebook, items)
    independent = codebook.independent_camp if codebook else "independent"
    party_camps = set(sides.values()) - {independent}
    relations = [
        source_relation(p, sides[p.actor], _camp(docs, p.span.doc_id), party_camps, independent)
        for p in items
    ]
    cells = _cells(items, relations)
    camps = _camp_counts(items, docs, sides)
    warnings = _cell_warnings(cells) + _corpus_warnings(camps, party_camps, one_sided_share)
    return BalanceReport(camps, cells, tuple(warnings))


def _camp(docs: dict[str, Document], doc_id: str) -> str | None:
    doc = docs.get(doc_id)
    return doc.camp if doc is not None else None


def _cells(items: tuple[Position, ...], relations: list[str]) -> pd.DataFrame:
    groups: dict[tuple[str, str], dict[str, list]] = {}
    for p, relation in zip(items, relations):
        cell = groups.setdefault((p.actor, p.issue), {s: [] for s in SOURCES})
        cell[relation].append(p.span)
    rows = []
    for (actor, issue), cell in groups.items():
        total = sum(len(v) for v in cell.values())
        row = {"actor": actor, "issue": issue, "statements": total}
        row.update({s: len(cell[s]) for s in SOURCES})
        row["own_share"] = (len(cell["own_words"]) + len(cell["own_camp"])) / total
        row["adversary_share"] = len(cell["adversary"]) / total
        row["independent_share"] = len(cell["independent"]) / total
        row.update({f"evidence_{s}": spans_text(sorted(cell[s])) for s in SOURCES})
        rows.append(row)
    columns = ["actor", "issue", "statements", *SOURCES, "own_share", "adversary_share",
               "independent_share", *(f"evidence_{s}" for s in SOURCES)]
    return pd.DataFrame(rows, columns=columns)


def _camp_counts(items, docs: dict[str, Document], sides: dict[str, str]) -> pd.DataFrame:
    doc_camps = pd.Series([d.camp or UNKNOWN for d in docs.values()], dtype=object)
    source = pd.Series([(_camp(docs, p.span.doc_id) or UNKNOWN) for p in items], dtype=object)
    about = pd.Series([sides[p.actor] for p in items], dtype=object)
    frame = pd.DataFrame({
        "documents": doc_camps.value_counts(),
        "statements_from": source.value_counts(),
        "statements_about": about.value_counts(),
    }).fillna(0).astype(int)
    frame.index.name = "camp"
    for column in ("documents", "statements_from"):
        total = frame[column].sum()
        frame[f"{column}_share"] = frame[column] / total if total else 0.0
    return frame.reset_index().sort_values("camp", ignore_index=True)


def _cell_warnings(cells: pd.DataFrame) -> list[str]:
    others = cells[["own_words", "own_camp", "independent", "unknown"]].sum(axis=1)
    lonely = cells[(cells["adversary"] > 0) & (others == 0)]
    return [
        f"the position of {r.actor} on {r.issue} rests only on its adversaries' account "
        f"({r.adversary} statement(s): {r.evidence_adversary})"
        for r in lonely.itertuples()
    ]


def _corpus_warnings(camps: pd.DataFrame, party_camps: set[str], share: float) -> list[str]:
    parties = camps[camps["camp"].isin(party_camps)]
    warnings = []
    for column, noun in (("documents", "documents"), ("statements_from", "statements")):
        total = parties[column].sum()
        if total == 0:
            continue
        top = parties.loc[parties[column].idxmax()]
        if top[column] / total >= share:
            warnings.append(
                f"the corpus is one-sided: {top[column]} of {total} {noun} from party camps "
                f"({top[column] / total:.0%}) come from camp {top['camp']}"
            )
    return warnings
