"""An outlet or its writers naming themselves in the third person: "this newspaper", "this site",
"the editors". In an editorial or a column such a phrase is the author's first person ("This
newspaper has never opposed X" is "we have never opposed X"); elsewhere it is a mere object ("she
told this site") and resolves to no actor either way (used by :mod:`.holders`).

>>> OUTLET_NOUNS >= {"newspaper", "site", "editors"}
True
"""

from __future__ import annotations

OUTLET_NOUNS = frozenset(
    "newspaper paper magazine journal site website publication column board weekly daily editors masthead "
    "outlet agency broadcaster channel programme program podcast blog".split()
)
"""Nouns an outlet or its editorial board calls itself by."""

_SELF_DETERMINERS = frozenset({"this", "these"})


def self_reference(head) -> bool:
    """``head`` is an outlet noun with "this"/"these" ("this newspaper", "these pages' editors" not),
    or "the editors" / "the editorial board" (the writers of the text)."""
    lower = head.lower_
    if lower not in OUTLET_NOUNS:
        return False
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    if determiners & _SELF_DETERMINERS:
        return True
    editorial = any(c.lower_ == "editorial" for c in head.children if c.dep_ in {"amod", "compound"})
    return "the" in determiners and (lower == "editors" or (lower == "board" and editorial))
