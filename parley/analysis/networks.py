"""Discourse networks in the manner of Discourse Network Analyzer (Leifeld).

Statements say that an actor supports or opposes an issue (DNA: an organisation
agrees or disagrees with a concept). From them:

* **two-mode** actor–issue network: edge ``(a, i)`` counts ``a``'s statements on
  ``i``; with ``combine`` the edge's stance is support, oppose or mixed (DNA's
  "combine" qualifier aggregation), with ``subtract`` its weight is support − oppose.
* **one-mode** networks, actors (``kind="actor"``) or issues (``kind="issue"``).
  Let ``x_a`` be actor ``a``'s vector over (issue, stance) cells — 1 where ``a``
  made at least one such statement (``weighting="binary"``, DNA's definition) or the
  number / kernel weight of them (``weighting="count"``).

  - congruence ``w(a, b) = Σ_issues Σ_stance x_a[i, s] · x_b[i, s]``: with binary
    weights, the number of issues the two co-support plus those they co-oppose;
  - conflict ``w(a, b) = Σ_i x_a[i, +] x_b[i, −] + x_a[i, −] x_b[i, +]``: issues on
    which one supports and the other opposes;
  - subtract: normalised congruence minus normalised conflict.

  Issue networks are the same with the roles of actors and issues swapped
  (two issues are congruent when actors take the same stance on both).

Normalisation divides ``w(a, b)`` by a function of ``g_a = x_a · x_a`` (with binary
weights: the number of issue–stance cells ``a`` used): ``average`` by
``(g_a + g_b) / 2``, ``jaccard`` by ``g_a + g_b − w(a, b)``, ``cosine`` by
``sqrt(g_a g_b)``. For binary weights these are DNA's average-activity, Jaccard and
cosine normalisations. Two-mode networks take ``none``, ``activity`` (divide by the
actor's statements) or ``prominence`` (divide by the issue's statements).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy import sparse

from parley.core.errors import ValidationError
from parley.core.types import Span

from .statements import Statements

ONE_MODE = ("congruence", "conflict", "subtract")
NORMALISATIONS = ("none", "average", "jaccard", "cosine")
TWO_MODE = ("combine", "subtract")
TWO_MODE_NORMALISATIONS = ("none", "activity", "prominence")
WEIGHTINGS = ("binary", "count")
KINDS = ("actor", "issue")
SUPPORT, OPPOSE = 0, 1


def check_choice(name: str, value: str, allowed: Sequence[str]) -> None:
    """Raise a clear :class:`ValidationError` when ``value`` is not allowed."""
    if value not in allowed:
        raise ValidationError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")


@dataclass(frozen=True, eq=False)
class Network:
    """One network: node labels, a weight matrix and the statements behind it.

    One-mode: ``weights`` is square over ``nodes``. Two-mode: rows are ``nodes``
    (actors), columns ``columns`` (issues), and ``support`` / ``oppose`` hold the
    (kernel-weighted) statement counts of each cell. ``kernel`` is the weight of
    each statement of ``statements`` in this network (1 outside time windows).
    """

    kind: str
    mode: str
    normalisation: str
    nodes: tuple[str, ...]
    columns: tuple[str, ...]
    weights: np.ndarray
    statements: Statements
    kernel: np.ndarray
    start: dt.date | None = None
    end: dt.date | None = None
    window: int | None = None
    support: np.ndarray | None = None
    oppose: np.ndarray | None = None

    @property
    def two_mode(self) -> bool:
        return self.kind == "two-mode"

    def weight(self, u: str, v: str) -> float:
        """The weight of edge ``(u, v)`` (0 when absent)."""
        return float(self.weights[self.nodes.index(u), self.columns.index(v)])

    def edges(self) -> list[tuple[str, str, float]]:
        """Non-zero edges; each undirected one-mode edge once (``u`` before ``v``)."""
        matrix = np.triu(self.weights, k=1) if not self.two_mode else self.weights
        rows, cols = np.nonzero(matrix)
        return [(self.nodes[r], self.columns[c], float(matrix[r, c])) for r, c in zip(rows, cols)]


# --------------------------------------------------------------------------- cells


def _cell_values(keys: np.ndarray, weights: np.ndarray, binary: bool):
    """Unique cell keys and their value: max weight (binary) or sum of weights (count)."""
    if keys.size == 0:
        return keys, weights
    order = np.lexsort((weights, keys))
    keys, weights = keys[order], weights[order]
    last = np.flatnonzero(np.r_[keys[1:] != keys[:-1], True])
    if binary:
        return keys[last], weights[last]
    sums = np.add.reduceat(weights, np.r_[0, last[:-1] + 1])
    return keys[last], sums


def stance_matrices(
    table: Statements,
    kind: str = "actor",
    weighting: str = "binary",
    kernel: np.ndarray | None = None,
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Sparse (support, oppose) matrices: rows are actors (or issues), columns the other mode."""
    check_choice("network kind", kind, KINDS)
    check_choice("weighting", weighting, WEIGHTINGS)
    rows, cols = (table.actor, table.issue) if kind == "actor" else (table.issue, table.actor)
    shape = (len(table.actors), len(table.issues))
    shape = shape if kind == "actor" else shape[::-1]
    weights = np.ones(len(table)) if kernel is None else np.asarray(kernel, dtype=np.float64)
    keep = weights > 0
    keys = (rows[keep].astype(np.int64) * shape[1] + cols[keep]) * 2 + table.stance[keep]
    keys, values = _cell_values(keys, weights[keep], weighting == "binary")
    stance, cell = keys % 2, keys // 2
    return tuple(  # type: ignore[return-value]
        sparse.csr_matrix((values[stance == s], divmod(cell[stance == s], shape[1])), shape=shape)
        for s in (SUPPORT, OPPOSE)
    )


# --------------------------------------------------------------------------- one-mode


def _dense(matrix) -> np.ndarray:
    return matrix.toarray() if sparse.issparse(matrix) else np.asarray(matrix)


def normalise(weights: np.ndarray, self_weight: np.ndarray, method: str) -> np.ndarray:
    """Divide one-mode weights by the ``average``, ``jaccard`` or ``cosine`` denominator.

    >>> w = np.array([[0., 1.], [1., 0.]]); g = np.array([2., 1.])
    >>> float(normalise(w, g, "jaccard")[0, 1]), round(float(normalise(w, g, "average")[0, 1]), 3)
    (0.5, 0.667)
    """
    check_choice("normalisation", method, NORMALISATIONS)
    if method == "none":
        return weights
    gi, gj = self_weight[:, None], self_weight[None, :]
    if method == "average":
        denominator = (gi + gj) / 2.0
    elif method == "jaccard":
        denominator = gi + gj - weights
    else:
        denominator = np.sqrt(gi * gj)
    out = np.zeros_like(weights, dtype=np.float64)
    np.divide(weights, denominator, out=out, where=denominator > 0)
    return out


def one_mode_weights(
    support, oppose, modes: Sequence[str] = ONE_MODE, normalisation: str = "none"
) -> dict[str, np.ndarray]:
    """Weight matrices of the requested one-mode ``modes`` from the stance matrices."""
    for mode in modes:
        check_choice("one-mode network", mode, ONE_MODE)
    support, oppose = sparse.csr_matrix(support), sparse.csr_matrix(oppose)
    congruence = _dense(support @ support.T + oppose @ oppose.T)
    self_weight = np.diag(congruence).astype(np.float64).copy()
    out: dict[str, np.ndarray] = {}
    if {"congruence", "subtract"} & set(modes):
        out["congruence"] = normalise(congruence.astype(np.float64), self_weight, normalisation)
    if {"conflict", "subtract"} & set(modes):
        cross = support @ oppose.T
        conflict = _dense(cross + cross.T).astype(np.float64)
        out["conflict"] = normalise(conflict, self_weight, normalisation)
    if "subtract" in modes:
        out["subtract"] = out["congruence"] - out["conflict"]
    for matrix in out.values():
        np.fill_diagonal(matrix, 0.0)
    return {mode: out[mode] for mode in modes}


def one_mode_networks(
    table: Statements,
    kind: str = "actor",
    modes: Sequence[str] = ONE_MODE,
    normalisation: str = "none",
    weighting: str = "binary",
    kernel: np.ndarray | None = None,
    **window: object,
) -> tuple[Network, ...]:
    """All requested one-mode networks of ``table`` (computed together: they share work)."""
    support, oppose = stance_matrices(table, kind, weighting, kernel)
    matrices = one_mode_weights(support, oppose, modes, normalisation)
    nodes = table.actors if kind == "actor" else table.issues
    weights = np.ones(len(table)) if kernel is None else kernel
    return tuple(
        Network(kind, mode, normalisation, nodes, nodes, matrices[mode], table, weights, **window)  # type: ignore[arg-type]
        for mode in modes
    )


def one_mode_network(table: Statements, kind: str = "actor", mode: str = "congruence",
                     normalisation: str = "none", weighting: str = "binary") -> Network:
    """One one-mode network (see the module doc for the definitions)."""
    return one_mode_networks(table, kind, (mode,), normalisation, weighting)[0]


# --------------------------------------------------------------------------- two-mode


def two_mode_network(
    table: Statements,
    aggregation: str = "combine",
    normalisation: str = "none",
    kernel: np.ndarray | None = None,
    **window: object,
) -> Network:
    """The actor–issue network; ``combine`` weights are counts, ``subtract`` support − oppose."""
    check_choice("two-mode aggregation", aggregation, TWO_MODE)
    check_choice("two-mode normalisation", normalisation, TWO_MODE_NORMALISATIONS)
    support, oppose = (_dense(m) for m in stance_matrices(table, "actor", "count", kernel))
    weights = support + oppose if aggregation == "combine" else support - oppose
    if normalisation != "none":
        total = (support + oppose).sum(axis=1 if normalisation == "activity" else 0)
        total = total[:, None] if normalisation == "activity" else total[None, :]
        weights = np.divide(weights, total, out=np.zeros_like(weights), where=total > 0)
    kernel = np.ones(len(table)) if kernel is None else kernel
    return Network("two-mode", aggregation, normalisation, table.actors, table.issues, weights,
                   table, kernel, support=support, oppose=oppose, **window)  # type: ignore[arg-type]


def edge_stance(network: Network, actor: str, issue: str) -> str | None:
    """``support``, ``oppose`` or ``mixed`` for a two-mode edge (``None`` when absent)."""
    r, c = network.nodes.index(actor), network.columns.index(issue)
    has_support = network.support is not None and network.support[r, c] > 0
    has_oppose = network.oppose is not None and network.oppose[r, c] > 0
    if has_support and has_oppose:
        return "mixed"
    return "support" if has_support else ("oppose" if has_oppose else None)


# --------------------------------------------------------------------------- evidence


def _cells_by_node(network: Network) -> dict[int, dict[tuple[int, int], list[int]]]:
    """node → (other-mode code, stance) → rows with positive kernel weight."""
    table = network.statements
    own, other = (table.actor, table.issue) if network.kind != "issue" else (table.issue, table.actor)
    index: dict[int, dict[tuple[int, int], list[int]]] = {}
    for row in np.flatnonzero(network.kernel > 0):
        cell = (int(other[row]), int(table.stance[row]))
        index.setdefault(int(own[row]), {}).setdefault(cell, []).append(int(row))
    return index


def evidence_index(network: Network):
    """A function ``(u, v) → tuple[Span, ...]`` giving each edge's evidence quickly."""
    cells = _cells_by_node(network)
    positions = network.statements.positions

    def evidence(u: str, v: str) -> tuple[Span, ...]:
        rows = _edge_rows(network, cells, u, v)
        return tuple(positions[r].span for r in sorted(set(rows)))

    return evidence


def _edge_rows(network: Network, cells, u: str, v: str) -> list[int]:
    if network.two_mode:
        row = cells.get(network.nodes.index(u), {})
        col = network.columns.index(v)
        return row.get((col, SUPPORT), []) + row.get((col, OPPOSE), [])
    a, b = cells.get(network.nodes.index(u), {}), cells.get(network.nodes.index(v), {})
    rows: list[int] = []
    if network.mode in ("congruence", "subtract"):
        for cell in a.keys() & b.keys():
            rows += a[cell] + b[cell]
    if network.mode in ("conflict", "subtract"):
        for (other, stance), found in a.items():
            flipped = (other, 1 - stance)
            if flipped in b:
                rows += found + b[flipped]
    return rows


def edge_evidence(network: Network, u: str, v: str) -> tuple[Span, ...]:
    """The spans of the statements that make edge ``(u, v)``."""
    return evidence_index(network)(u, v)
