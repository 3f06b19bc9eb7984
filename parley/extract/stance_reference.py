"""What "such requests" points back to when the sentence has just named it.

"X has rejected access to the churches, calling such requests interference": the anaphor in a
clause that follows the main one (a participle, a second verb) points to what the main clause named
in this very sentence, not to the previous sentence's issues (:meth:`.stance.RuleStance._anaphoric`).
"That is the position of the Government" restates the stances of the sentence before it.
"""

from __future__ import annotations

from .stance_lexicon import COPULA_FORMS, POSITION_NOUNS

_LATER_CLAUSES = frozenset({"advcl", "conj", "xcomp"})


def named_just_before(token, hits) -> bool:
    """``token`` (an anaphor) heads into a later clause, and a strong cue of this sentence's own
    issues comes before it."""
    if token.head.dep_ not in _LATER_CLAUSES:
        return False
    return any(c.end <= token.idx and c.weight >= 0.75 for hit in hits for c in hit.cues)



def restates_position(token) -> bool:
    """``token`` is "that"/"this" as the subject of "is (remains) the position (view, policy) of X"."""
    if token.lower_ not in {"that", "this"} or token.dep_ != "nsubj" or token.head.lower_ not in COPULA_FORMS:
        return False
    return any(c.dep_ == "attr" and c.lower_ in POSITION_NOUNS for c in token.head.children)


def stance_before(positions, issue: str) -> int:
    """+1 or -1: the stance the previous sentence's first position on ``issue`` took; 0 for none."""
    stances = [p.stance for p in positions if p.issue == issue]
    return 0 if not stances else (1 if stances[0] == "support" else -1)
