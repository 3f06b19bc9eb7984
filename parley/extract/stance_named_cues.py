"""Cues that are an actor's own name: an agency whose acronym is also a codebook keyword ("ANAMA",
"KAMA") names who acts, not the act. Where every strong cue of an issue is such a name, the label's
words that head a clause ("has been clearing") are walked as well, so the act itself is read."""

from __future__ import annotations

from .stance_addressee import cue_head

_CLAUSE_DEPS = frozenset({"ROOT", "xcomp", "ccomp", "advcl", "relcl", "pcomp", "conj"})


def strong_cues(mentions, tokens, cues, others: frozenset[int]) -> list:
    """The cues of weight 0.75 and more; where all of them are actors' names, with the clause words
    beside them (:func:`clause_words_beside_names`), and otherwise with those of the clause words that
    head a subordinate or joined clause with a subject of its own."""
    strong = [c for c in cues if c.weight >= 0.75]
    if strong and all(in_a_name(mentions, c) for c in strong):
        strong += clause_words_beside_names(mentions, tokens, cues, others)
    elif strong:
        strong += [c for c in clause_words_beside_names(mentions, tokens, cues, others) if _own_subject(tokens, c)]
    return strong


def _own_subject(tokens, cue) -> bool:
    """The weak cue heads a clause of its own with its own subject: "…, after the agencies of X and Y
    cleared it" beside a strong cue of the main clause."""
    head = cue_head(tokens, cue.start, cue.end)
    return head is not None and head.dep_ in {"advcl", "conj"} and any(c.dep_ == "nsubj" for c in head.children)


def in_a_name(mentions, cue) -> bool:
    """``cue`` lies wholly inside the span of an actor's mention."""
    return any(m.span.start <= cue.start and cue.end <= m.span.end for m in mentions)


def clause_words_beside_names(mentions, tokens, cues, others: frozenset[int]) -> list:
    """The weaker cues (label and description words) that head a clause, outside actor names and
    outside other issues' cues: "KAMA has been clearing the embankment" gives "clearing", while "a
    clear report" (no clause) and "the group" (a noun) give nothing."""
    heads = [(c, cue_head(tokens, c.start, c.end)) for c in cues if 0.5 <= c.weight < 0.75]
    return [c for c, t in heads if t is not None and t.dep_ in _CLAUSE_DEPS and t.i not in others
            and not in_a_name(mentions, c)]
