"""Whose words follow a colon: "On one point X and Y agree entirely: no monitors should appear".

A clause of saying or agreeing that ends at a colon announces the clause after it as its subject's
position ("X was clear: no monitors …", "X and Y agree: …"); the parser often hangs the short clause
under the longer one after the colon, so the walk from the cue never passes it. At the top of the
walk, with no holder found, such a clause before the colon and before the cue names the holder.
Used by :mod:`.stance_walk`.
"""

from __future__ import annotations

from .stance_lexicon import SPEECH_PREDICATES, STANCE_PREDICATES, stem

_CLEAR = frozenset(stem(w) for w in ("clear", "firm", "blunt", "plain", "categorical", "explicit", "unequivocal"))


def colon_announcer(top, cue):
    """(verb, subject) of a clause of saying, agreeing or being clear that ends at a colon under
    ``top`` and before ``cue``; ``None`` otherwise."""
    colon = next((c for c in top.children if c.text == ":" and c.i < cue.i), None)
    if colon is None:
        return None
    for clause in (c for c in top.children if c.dep_ in {"ccomp", "parataxis"} and c.i < colon.i):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and _announces(clause):
            return clause, subject
    return None


def _announces(verb) -> bool:
    word = stem(verb.lower_)
    if word in SPEECH_PREDICATES or word in STANCE_PREDICATES:
        return True
    return any(c.dep_ == "acomp" and stem(c.lower_) in _CLEAR for c in verb.children)  # "X was clear"
