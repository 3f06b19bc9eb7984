"""Build a model :class:`Scenario` from a project's evidence (pure: positions in, scenario out).

* **Position** of actor i on issue j, on the 0–100 scale whose poles come from the
  codebook (0 = the oppose pole, 100 = the support pole): the weighted share of
  i's statements on j that support, ``100 Σ w·[support] / Σ w``. Reviewed stances
  (``accepted``/``corrected``) weigh ``reviewed_weight``; machine stances weigh
  their confidence; ``rejected`` ones are dropped.
* **Salience**: how much i speaks to j — the weighted share of i's statements
  that address j (each actor's saliences sum to 1, as KTAB requires).
* **Capability**: from the user's table; a missing actor gets 1.0 (assumed).

Every number is linked to its evidence in ``provenance["evidence"]`` (spans,
stance, review state, weight), and ``provenance["assumptions"]`` lists what had
to be assumed: missing capabilities, actors silent on an issue (position set to
the scale midpoint with salience 0, so weighted models ignore it), actors and
issues without any evidence (left out). Counting statements to measure salience
follows the salience theory of party competition (Budge & Farlie 1983) and its
use in discourse network analysis (Leifeld 2016).

>>> from parley.core.types import Actor, Codebook, Issue, Position, Span
>>> cb = Codebook("demo", (Actor("a", "A"), Actor("b", "B")), (Issue("tax", "Tax"),))
>>> ps = [Position("a", "tax", "support", Span("d", 0, 5)), Position("a", "tax", "oppose", Span("d", 9, 12)),
...       Position("b", "tax", "oppose", Span("d", 20, 30), review_state="accepted")]
>>> s = scenario_from_evidence(ps, cb, {"a": 2.0})
>>> s.positions.tolist(), s.capability.tolist()
([[50.0], [0.0]], [2.0, 1.0])
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

import numpy as np

from parley.core.errors import ScenarioError
from parley.core.types import Codebook, Position
from parley.models.scenario import Scenario, ScenarioIssue

REVIEWED = ("accepted", "corrected")


def evidence_weight(p: Position, reviewed_weight: float = 3.0) -> float:
    """Weight of one stance: reviewed ones count ``reviewed_weight``, machine ones their confidence."""
    if p.review_state == "rejected":
        return 0.0
    return reviewed_weight if p.review_state in REVIEWED else float(p.confidence)


def _scenario_issue(codebook: Codebook, issue_id: str) -> ScenarioIssue:
    issue = codebook.issue(issue_id)
    low, high = issue.poles or (f"oppose {issue.label}", f"support {issue.label}")
    return ScenarioIssue(issue_id, low, high)


def _tally(positions: Iterable[Position], codebook: Codebook, reviewed_weight: float):
    support, total = defaultdict(float), defaultdict(float)
    evidence: dict[str, list[dict]] = defaultdict(list)
    known_actors, known_issues = set(codebook.actor_ids), set(codebook.issue_ids)
    skipped = 0
    for p in positions:
        w = evidence_weight(p, reviewed_weight)
        if w <= 0 or p.actor not in known_actors or p.issue not in known_issues:
            skipped += 1
            continue
        total[p.actor, p.issue] += w
        support[p.actor, p.issue] += w if p.stance == "support" else 0.0
        evidence[f"{p.actor}/{p.issue}"].append(
            {"doc_id": p.span.doc_id, "start": p.span.start, "end": p.span.end, "stance": p.stance,
             "review_state": p.review_state, "weight": w, "extractor": p.extractor})
    return support, total, evidence, skipped


def scenario_from_evidence(positions: Iterable[Position], codebook: Codebook,
                           capabilities: Mapping[str, float] | None = None, *, reviewed_weight: float = 3.0,
                           name: str | None = None) -> Scenario:
    """The scenario the evidence supports, with provenance and assumptions (see the module)."""
    capabilities = dict(capabilities or {})
    support, total, evidence, skipped = _tally(positions, codebook, reviewed_weight)
    actors = [a for a in codebook.actor_ids if any((a, i) in total for i in codebook.issue_ids)]
    issues = [i for i in codebook.issue_ids if any((a, i) in total for a in actors)]
    if not actors or not issues:
        raise ScenarioError(f"codebook {codebook.name!r}: no accepted or machine stance on any codebook issue; "
                            "nothing to build a scenario from")
    assumptions = _absent(codebook, actors, issues)
    pos = np.full((len(actors), len(issues)), 50.0)
    amount = np.zeros_like(pos)
    for r, a in enumerate(actors):
        for k, i in enumerate(issues):
            if (a, i) in total:
                pos[r, k] = 100 * support[a, i] / total[a, i]
                amount[r, k] = total[a, i]
            else:
                assumptions.append(f"{a} is silent on {i}: position set to 50 (midpoint) with salience 0")
    cap = []
    for a in actors:
        if a not in capabilities:
            assumptions.append(f"no capability for {a}: 1.0 assumed")
        cap.append(float(capabilities.get(a, 1.0)))
    if skipped:
        assumptions.append(f"{skipped} stance(s) left out (rejected, or actor/issue not in the codebook)")
    return Scenario(name=name or codebook.name, actors=tuple(actors),
                    issues=tuple(_scenario_issue(codebook, i) for i in issues), capability=np.array(cap),
                    positions=pos, salience=amount / amount.sum(axis=1, keepdims=True),
                    provenance={"method": "from_evidence.v1", "reviewed_weight": reviewed_weight,
                                "evidence": dict(evidence), "assumptions": assumptions})


def _absent(codebook: Codebook, actors: list[str], issues: list[str]) -> list[str]:
    notes = [f"{a} has no stance on any issue: left out" for a in codebook.actor_ids if a not in actors]
    return notes + [f"issue {i} has no stance: left out" for i in codebook.issue_ids if i not in issues]
