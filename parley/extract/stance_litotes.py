"""Negated concealment: "made no secret of wanting X", "has never hidden that it wants X".

To hide a wish leaves the wish as it is, and so does to show it: concealment says how openly a
holder holds a position, not which. Its negation ("no secret", "never hidden", "does not
conceal") is a litotes that affirms the position openly; it turns nothing. Without this the walk
meets "no"/"never" on its way up to the holder and reads the wish as refused.
"""

from __future__ import annotations

from .stance_lexicon import stem

_CONCEALING = frozenset(stem(w) for w in "secret secrets hide hides hid hidden conceal disguise mask".split())


def conceals(token) -> bool:
    """``token`` is a word of concealment ("secret", "hidden", "conceal"): a negation on it
    ("no secret", "never hidden") affirms what it governs, it refuses nothing."""
    return stem(token.lower_) in _CONCEALING or token.lower_ in {"hidden", "hid"}
