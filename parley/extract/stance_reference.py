"""What "such requests" points back to when the sentence has just named it.

"X has rejected access to the churches, calling such requests interference": the anaphor in a
clause that follows the main one (a participle, a second verb) points to what the main clause named
in this very sentence, not to the previous sentence's issues (:meth:`.stance.RuleStance._anaphoric`).
"""

from __future__ import annotations

_LATER_CLAUSES = frozenset({"advcl", "conj", "xcomp"})


def named_just_before(token, hits) -> bool:
    """``token`` (an anaphor) heads into a later clause, and a strong cue of this sentence's own
    issues comes before it."""
    if token.head.dep_ not in _LATER_CLAUSES:
        return False
    return any(c.end <= token.idx and c.weight >= 0.75 for hit in hits for c in hit.cues)
