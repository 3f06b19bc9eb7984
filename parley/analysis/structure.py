"""Structure of discourse networks: polarisation, communities and the issue backbone.

**Polarisation** (after Leifeld's idea of discourse polarisation): split actors into
``k`` camps so that congruence ``C`` falls inside camps and conflict ``F`` between
them, i.e. maximise ``Σ_same camp (C − F)`` — a correlation clustering, solved by
seeded greedy node moves from several random starts. Reported:

* ``quality`` = (C inside + F between) / (C + F): how much tie weight the camps explain;
* ``score`` = (C inside / C) · (F between / F): 1 for two camps that agree inside and
  clash between, 0 for a consensus (no conflict) or for camps that cut across ties.

**Communities**: Louvain on the positive edge weights (networkx), seeded.

**Backbone**: the ``size`` issues whose actor network is closest to the network of
all issues — spectral distance between the two weight matrices, each scaled to
unit Frobenius norm — found by seeded simulated annealing over issue swaps; the
other issues are "redundant".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import networkx as nx
import numpy as np

from parley.core.errors import ValidationError

from .networks import Network, check_choice, one_mode_weights, stance_matrices
from .statements import Statements


@dataclass(frozen=True)
class Polarisation:
    """The best partition found: camps of node labels, quality and polarisation score."""

    camps: tuple[tuple[str, ...], ...]
    score: float
    quality: float
    seed: int


def _improve(signed: np.ndarray, labels: np.ndarray, k: int, rng) -> np.ndarray:
    """Move single nodes to their best camp until no move gains."""
    onehot = np.eye(k)[labels]
    pull = signed @ onehot  # pull[i, c]: Σ signed weight from i to camp c
    moved = True
    while moved:
        moved = False
        for i in rng.permutation(len(labels)):
            best = int(np.argmax(pull[i]))
            if pull[i, best] > pull[i, labels[i]] + 1e-12:
                pull[:, labels[i]] -= signed[:, i]
                pull[:, best] += signed[:, i]
                labels[i] = best
                moved = True
    return labels


def _within(labels: np.ndarray) -> np.ndarray:
    same = labels[:, None] == labels[None, :]
    np.fill_diagonal(same, False)
    return same


def polarisation(
    congruence: np.ndarray,
    conflict: np.ndarray,
    nodes: Sequence[str],
    k: int = 2,
    seed: int = 0,
    restarts: int = 20,
) -> Polarisation:
    """The ``k``-camp partition maximising within-camp congruence and between-camp conflict."""
    if k < 1:
        raise ValidationError(f"the number of camps must be at least 1; got {k}")
    congruence, conflict = np.asarray(congruence, float), np.asarray(conflict, float)
    signed = congruence - conflict
    np.fill_diagonal(signed, 0.0)
    rng = np.random.default_rng(seed)
    best, best_value = np.zeros(len(nodes), dtype=int), -np.inf
    for _ in range(max(1, restarts)):
        labels = _improve(signed, rng.integers(0, k, len(nodes)), k, rng)
        value = float(signed[_within(labels)].sum())
        if value > best_value + 1e-12:
            best, best_value = labels.copy(), value
    return _report(congruence, conflict, nodes, best, seed)


def _report(congruence, conflict, nodes, labels, seed) -> Polarisation:
    same = _within(labels)
    off = ~np.eye(len(nodes), dtype=bool)
    c_total, f_total = congruence[off].sum(), conflict[off].sum()
    c_in, f_between = congruence[same].sum(), conflict[off & ~same].sum()
    quality = (c_in + f_between) / (c_total + f_total) if c_total + f_total else 0.0
    score = (c_in / c_total) * (f_between / f_total) if c_total and f_total else 0.0
    camps = [tuple(n for n, lab in zip(nodes, labels) if lab == c) for c in np.unique(labels)]
    return Polarisation(tuple(sorted(camps)), float(score), float(quality), seed)


def network_polarisation(congruence: Network, conflict: Network, k: int = 2, seed: int = 0,
                         restarts: int = 20) -> Polarisation:
    """:func:`polarisation` of two one-mode networks over the same nodes (e.g. one window)."""
    if congruence.nodes != conflict.nodes:
        raise ValidationError("congruence and conflict networks must have the same nodes")
    return polarisation(congruence.weights, conflict.weights, congruence.nodes, k, seed, restarts)


def to_positive_graph(network: Network) -> nx.Graph:
    """An undirected networkx graph of the positive one-mode weights (isolates kept)."""
    graph = nx.Graph()
    graph.add_nodes_from(network.nodes)
    graph.add_weighted_edges_from((u, v, w) for u, v, w in network.edges() if w > 0)
    return graph


@dataclass(frozen=True)
class Communities:
    """Louvain communities (largest first) and their modularity."""

    groups: tuple[tuple[str, ...], ...]
    modularity: float
    seed: int


def communities(network: Network, seed: int = 0, resolution: float = 1.0) -> Communities:
    """Louvain communities of a one-mode network's positive ties."""
    if network.two_mode:
        raise ValidationError("communities need a one-mode network (actor or issue)")
    graph = to_positive_graph(network)
    found = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    modularity = nx.community.modularity(graph, found, weight="weight") if graph.size() else 0.0
    groups = sorted((tuple(sorted(g)) for g in found), key=lambda g: (-len(g), g))
    return Communities(tuple(groups), float(modularity), seed)


@dataclass(frozen=True)
class Backbone:
    """Issues kept (backbone) and left out (redundant), with the spectral distance."""

    issues: tuple[str, ...]
    redundant: tuple[str, ...]
    distance: float
    seed: int


def _issue_parts(table: Statements, mode: str) -> np.ndarray:
    """Per issue, its share of the actor network: shape (issues, actors, actors)."""
    support, oppose = (m.toarray() for m in stance_matrices(table, "actor", "binary"))
    parts = [one_mode_weights(support[:, [k]], oppose[:, [k]], (mode,))[mode]
             for k in range(len(table.issues))]
    return np.stack(parts) if parts else np.zeros((0, len(table.actors), len(table.actors)))


def _spectrum(matrix: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(matrix)
    return np.linalg.eigvalsh(matrix / norm) if norm > 0 else np.zeros(len(matrix))


def backbone(table: Statements, size: int, mode: str = "congruence", seed: int = 0,
             iterations: int = 300) -> Backbone:
    """The ``size`` issues whose actor network best keeps the full network's spectrum."""
    check_choice("backbone network", mode, ("congruence", "conflict", "subtract"))
    n = len(table.issues)
    if not 1 <= size <= n:
        raise ValidationError(f"backbone size must be between 1 and {n}; got {size}")
    parts = _issue_parts(table, mode)
    target = _spectrum(parts.sum(axis=0))
    rng = np.random.default_rng(seed)
    chosen = np.zeros(n, dtype=bool)
    chosen[rng.choice(n, size, replace=False)] = True

    def loss(mask: np.ndarray) -> float:
        return float(np.linalg.norm(_spectrum(parts[mask].sum(axis=0)) - target))

    current = best = loss(chosen)
    best_mask = chosen.copy()
    for step in range(iterations if 0 < size < n else 0):
        temperature = 0.1 * (1 - step / iterations) + 1e-9
        proposal = chosen.copy()
        proposal[rng.choice(np.flatnonzero(chosen))] = False
        proposal[rng.choice(np.flatnonzero(~chosen))] = True
        value = loss(proposal)
        if value <= current or rng.random() < np.exp((current - value) / temperature):
            chosen, current = proposal, value
            if value < best:
                best, best_mask = value, proposal.copy()
    issues = tuple(i for i, keep in zip(table.issues, best_mask) if keep)
    return Backbone(issues, tuple(i for i in table.issues if i not in issues), best, seed)
