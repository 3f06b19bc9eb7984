"""Verbal forms of a nominal keyword: "use of force" said as "force will never be used".

A codebook keyword of the shape "ACT of THING" ("use of force", "exchange of prisoners") names an
act by its noun; texts name the same act with the verb: the thing first and the participle a few
words later in the passive, a form of "be" right before the participle ("force will never again be
used", "the prisoners were exchanged"; not "the prisoners exchanged letters"), or the
verb right before the thing in the active ("using force", "used force"). The participle and the
"-ing" form are built by the English spelling rules from the act's noun, so only a noun that is also
a verb ever meets them in a text ("right of return" yields "righted", which no text writes).
"""

from __future__ import annotations

import re

_BE = ("be", "is", "are", "was", "were", "been", "being")
_SHAPE = re.compile(r"^\s*([a-z]{3,})\s+of\s+([a-z]{3,})\s*$")


def verbal_forms(keyword: str) -> list[tuple[tuple[str, ...], bool]]:
    """(raw words, gapped) phrases for a keyword "ACT of THING": ("THING", "…", "be", "ACTed") with a
    gap after the thing (the passive, each form of "be") and ("ACTed", "THING"), ("ACTing", "THING")
    adjacent (the active).

    >>> verbal_forms("use of force")[0], verbal_forms("use of force")[-2:]
    ((('force', 'be', 'used'), True), [(('used', 'force'), False), (('using', 'force'), False)])
    >>> verbal_forms("Alma-Ata Declaration")
    []
    """
    match = _SHAPE.match(keyword)
    if not match:
        return []
    act, thing = match.groups()
    if act.endswith(("ion", "ment", "ance", "ence", "ity", "ness", "s")):
        return []  # a derived noun ("establishment"), not a bare verb, or a plural ("prisoners")
    past = act + "d" if act.endswith("e") else act + "ed"
    gerund = act[:-1] + "ing" if act.endswith("e") and not act.endswith("ee") else act + "ing"
    return [((thing, be, past), True) for be in _BE] + [((past, thing), False), ((gerund, thing), False)]
