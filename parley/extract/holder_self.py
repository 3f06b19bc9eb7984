"""An outlet or its writers naming themselves in the third person: "this newspaper", "this site",
"the editors". In an editorial or a column such a phrase is the author's first person ("This
newspaper has never opposed X" is "we have never opposed X"); elsewhere it is a mere object ("she
told this site") and resolves to no actor either way (used by :mod:`.holders`).

>>> OUTLET_NOUNS >= {"newspaper", "site", "editors"}
True
"""

from __future__ import annotations

from .actor_opposition import party_state
from .speaker_roles import GOVERNMENT_HEADS
from .stance_lexicon import STANCE_PREDICATES, stem, stems

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


def header_names(text: str, body: int) -> frozenset[str]:
    """Names of the document's own header lines: a line of two to four capitalised words before the
    body ("Kandovan Television"), whole and by its first word ("Kandovan")."""
    names = set()
    for line in text[:body].splitlines():
        words = line.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[0] != "By":  # no byline
            names.update({" ".join(words), words[0]})
    return frozenset(names)


def names_itself(head, names: frozenset[str]) -> bool:
    """``head`` (with its compound words), the subject of a verb of holding a view, is the header's
    own name ("Kandovan has always held …", "Kandovan Television welcomes …"): the outlet or issuer
    speaking of itself in the third person ("Kandovan asked the capitals …" is no view of its own)."""
    if not names or not head.text[:1].isupper() or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # "the road to Ijevan" under "Ijevan Courier" is a town
    words = [c.text for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head.text]
    return " ".join(words) in names and _holds_view(head.head)


def _holds_view(verb) -> bool:
    return stem(verb.lower_) in STANCE_PREDICATES - _ASKING or verb.lower_ in {"held", "holds", "hold"}


_ASKING = stems("ask request inquire".split())


def own_party_state(owner, head, camp: str | None, codebook) -> str | None:
    """"our Government" in a text a party speaks for: the state of the party's camp (an opposition
    leaflet's "our Government" is its country's), not the party itself; ``None`` otherwise."""
    if owner.lower_ != "our" or head.lower_ not in GOVERNMENT_HEADS or camp is None:
        return None
    return party_state(camp, codebook)
