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
    token = cue_head(tokens, cue.start, cue.end)
    verbs = {addressing_verb(cue_head(tokens, c.start, c.end)) for c in strong}
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


def cue_head(tokens, start: int, end: int):
    """The syntactic head of the cue's words (the token whose head lies outside them) inside ``tokens``."""
    span = tokens.doc.char_span(start, end, alignment_mode="expand") if start < end else None
    within = [t for t in span if tokens.start <= t.i < tokens.end] if span is not None else []
    inside = [t for t in within if start <= t.idx] or within  # a cue inside one longer token (a web address)
    for token in inside:  # (the span's few tokens, not a scan of the whole sentence per cue)
        if not (start <= token.head.idx < end) or token.head.i == token.i:
            return token
    return inside[-1] if inside else None
