"""A cue that only dates another act: "ready to open the railway as soon as the text is signed", "the
office will close together with the treaty", "the road opens when the treaty enters into force". The
cue is the subject of a time clause ("once", "when", "as soon as") or the object of "together with" on
a clause about another issue; it says when that act happens, not that anyone wants the cue. A main
clause that is itself a signing ("we will sign once the constitution is changed") makes the clause a
precondition instead (:mod:`.stance_cases`), and is left alone (used by :mod:`.stance`).
"""

from __future__ import annotations

from .stance_lexicon import stem

_TIME_MARKS = frozenset({"once", "when", "whenever", "as", "since"})
# on a clause that holds another cue of the same issue, "after" and "until" only date it too ("oppose
# any presence after the mission's mandate ends"); on another issue they may set a precondition
SAME_ISSUE_TIME_MARKS = _TIME_MARKS | {"after", "until", "till"}
_SIGNING = frozenset(stem(w) for w in "sign conclude ratify initial initialled".split())


def time_frame(cue, others: frozenset[int], marks: frozenset[str] = _TIME_MARKS) -> bool:
    """``cue`` dates a clause on another issue (one of ``others``' cue indices lies in it); ``marks``
    the words that open a clause of time."""
    if not others:
        return False
    head = phrase_head(cue)
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ == "advcl" and _time_marked(head.head, marks):
        main = head.head.head
    elif head.dep_ in {"nsubj", "nsubjpass", "dobj"} and head.head.dep_ == "advcl" and _measured_interval(head.head) \
            and stem(head.head.lower_) not in _SIGNING:  # "four years after A and B signed the treaty": they signed it
        main = head.head.head  # "opened the gate ten days after voters approved a new constitution"
    elif head.dep_ == "pobj" and head.head.lower_ == "with" and any(c.lower_ == "together" for c in head.head.head.children):
        main = head.head.head
    else:
        return False
    while main.dep_ == "advmod" and main.head.i != main.i:  # "as soon as …" hangs on "soon"
        main = main.head
    if stem(main.lower_) in _SIGNING:
        return False
    clause = {t.i for t in main.subtree} - {t.i for t in head.head.subtree}
    return bool(clause & others)


def _measured_interval(verb) -> bool:
    """A clause "ten days after …", "a week before …": it dates the main clause by a measured
    interval (a bare "after" may set a precondition instead)."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"after", "before"} and c.i < verb.i]
    return bool(marks) and any(c.dep_ == "npadvmod" and c.i < marks[0].i for c in verb.children)


def phrase_head(cue):
    """The noun the cue word sits in ("peace" of "the peace treaty", "treaty" of "the treaty's council")."""
    while cue.dep_ in {"compound", "amod", "poss"} and cue.head.i != cue.i:
        cue = cue.head
    return cue


def _time_marked(verb, marks: frozenset[str] = _TIME_MARKS) -> bool:
    """The clause opens with "once", "when", "as (soon as)" (or another of ``marks``)."""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks and c.i < verb.i for c in verb.children)


def entered_into_force(cue) -> bool:
    """"the progress made since the peace treaty entered into force", "before the accord takes effect":
    the cue's coming into force dates something else, a fact that is no one's stance on it; so is
    "the treaty has been in force since 1 October"."""
    head = phrase_head(cue)
    verb = head.head
    if head.dep_ == "nsubj" and _in_force_since(verb):
        return True  # "noted that the treaty has been in force since 1 October": a fact with its date
    if head.dep_ != "nsubj" or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS and c.i < verb.i for c in verb.children):
        return False
    into_force = any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "force" for g in c.children)
                     for c in verb.children)
    return into_force or stem(verb.lower_) == stem("take") and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)


def _in_force_since(verb) -> bool:
    """"has been in force since …" ("remains in force", with no date, is a claim about it)."""
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    return stem(verb.lower_) == stem("been") and "since" in preps and "in" in preps and any(
        g.lower_ == "force" for g in preps["in"].children)


_BACKGROUND_MARKS = frozenset({"since", "after", "before", "when", "until"})
