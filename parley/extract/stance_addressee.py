"""An addressee is no topic: "told the Court that Armenia wants the cases struck out".

When a sentence's only strong cue of an issue names whom something was said to, the stance lies
in what was said, which the issue's weaker words (of its label or description) may carry.
"""
from __future__ import annotations

from .stance_lexicon import stem, stems

ADDRESSING_VERBS = stems(["tell", "told", "say", "said", "ask", "asked", "assure", "inform", "remind",
                          "write", "wrote", "argue", "submit", "explain"])


def told_content(tokens, strong, cue) -> bool:
    """``cue`` lies in a clause said to the addressee that every ``strong`` cue names."""
    token = _head(tokens, cue)
    verbs = {addressing_verb(_head(tokens, c)) for c in strong}
    if token is None or not verbs or None in verbs:
        return False
    return any(a.dep_ == "ccomp" and a.head in verbs for a in token.ancestors)


def addressing_verb(token):
    """The verb ``token`` is the addressee of ("told X", "said to X", "argued before X"), or None."""
    if token is None:
        return None
    if token.dep_ == "pobj" and token.head.lower_ in {"to", "before"}:
        token = token.head
    verb = token.head
    return verb if token.dep_ in {"dobj", "dative", "prep"} and stem(verb.lower_) in ADDRESSING_VERBS else None


def _head(tokens, cue):
    """The syntactic head of the cue's words inside ``tokens``."""
    span = tokens.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    inside = [t for t in span or () if tokens.start <= t.i < tokens.end]
    return next((t for t in inside if not (cue.start <= t.head.idx < cue.end) or t.head.i == t.i),
                inside[-1] if inside else None)
