"""Pretence: "I will not pretend that the treaty brings them home", "let us not pretend X is over".

"Pretend" marks its clause as untrue, or as more than the speaker will claim, whether negated or
not; either way it states no position on what the clause names ("the treaty" is neither wanted nor
refused by not pretending that it does everything). The walk stops there with no one's stance, as
at a silence. Verbs that report a claim ("said", "claimed") are not here: their content is held.
"""

from __future__ import annotations

from .stance_lexicon import stem

_PRETENDING = frozenset(stem(w) for w in "pretend pretends pretended feign feigns feigned".split())


def pretended(token, previous) -> bool:
    """``token`` is a verb of pretence reached from its clause ("pretend that X …")."""
    return previous is not None and previous.head.i == token.i and previous.dep_ in {"ccomp", "xcomp"} \
        and stem(token.lower_) in _PRETENDING
