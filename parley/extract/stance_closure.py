"""A link kept closed, under a label that asks to open it (used by ``stance.rules.v1``).

Where an issue's label opens something ("Open transport and communication links"), the cue's
phrase as what is to be closed reads against the label: "called for the road to stay closed until …",
"wants the railway kept shut", "demanded that the line be closed", "to close the line to X". The walk
reads the call, the want or the refusal; this turns what it finds ("refused to close the road"
supports opening it). A label that ends something ("Dissolve the X Group") is read as it stands.

>>> closed_against_label("Dissolve the X Group", None)
False
"""

from __future__ import annotations

from .stance_lexicon import stem
from .stance_syntax import condition_clause

_OPENING = frozenset({stem("open"), stem("reopen")})
_CLOSED = frozenset({"closed", "shut"})
_CLOSING = frozenset(stem(w) for w in "close shut".split())
_KEEPING = frozenset(stem(w) for w in "keep maintain retain preserve".split())


def _closes(token) -> bool:
    """The cue's phrase (past an apposition: "the office, the last remnant of the mission") is the
    subject of an intransitive "close": "the office should close on time"."""
    node = phrase_top(token)
    while node.dep_ == "appos" and node.head.i != node.i:
        node = phrase_top(node.head)
    verb = node.head
    return node.dep_ == "nsubj" and stem(verb.lower_) in _CLOSING and verb.lower_ not in _CLOSED \
        and not any(c.dep_ == "dobj" for c in verb.children)  # ("wants the office closed" is read as a want already)


def closed_against_label(label: str, token) -> bool:
    """The cue's phrase is what stays, is kept or is made closed, while the label opens it; or what
    closes ("the office should close"), while the label keeps it."""
    verb = stem(label.split()[0].lower()) if label and token is not None else None
    if verb in _KEEPING:
        return _closes(token)
    if verb not in _OPENING:
        return False
    node = token
    while node.dep_ in {"compound", "amod"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "for" and _closed_after(node.head.head, node):
        return True  # "called for the road to stay closed", parsed with "stay" on "called"
    node = phrase_top(node)
    head = node.head
    if node.dep_ == "dobj" and stem(head.lower_) in _CLOSING:
        return True  # "to close the line to X"
    if head.lower_ in _CLOSED and (node.dep_ == "nsubjpass" or node.dep_ == "nsubj" and _that_clause(head)):
        return True  # "that the road be closed", "demanded that the road … stay closed" parsed with "closed" as the verb
    return node.dep_ == "nsubj" and any(c.lower_ in _CLOSED and c.dep_ in {"acomp", "oprd", "xcomp", "ccomp"}
                                        for c in head.children)  # "the road to stay closed", "kept shut"


def phrase_top(token):
    """The word a cue's phrase hangs on its clause by, past "of"/"on" phrases and modifiers ("the
    reference in the preamble" → "reference")."""
    node = token
    while node.dep_ in {"pobj", "prep", "compound", "amod"} and node.head.i != node.i:
        node = node.head
    return node


def _closed_after(verb, noun) -> bool:
    """A "to stay closed" clause on ``verb`` after ``noun`` (the parse hung it on the verb of calling)."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.i > noun.i and any(a.lower_ == "to" for a in c.children)
               and any(a.lower_ in _CLOSED for a in c.children) for c in verb.children)


def _that_clause(verb) -> bool:
    """A "that" clause ("demanded that the road … stay closed"), not the small clause of "wants the
    railway closed", which :mod:`.stance_small_clause` already reads as a wish to end it."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


_REMOVING = frozenset(stem(w) for w in "renounce remove withdraw abolish lift dismantle".split())
_HOLDING = frozenset(stem(w) for w in "keep preserve retain maintain restore reinstate".split())
_STAYING = frozenset(stem(w) for w in ("remain", "stay", "continue"))


def kept_against_label(label: str, token) -> bool:
    """The cue's phrase is the subject of "stay"/"remain" while the issue's label asks to remove it
    ("Renounce the claims …": "the reference in the preamble must stay"), or the object of a verb
    of keeping ("keep the old preamble alive"): keeping it opposes the label. A label that keeps
    something ("Keep the monitors …") is read as it stands."""
    if not label or stem(label.split()[0].lower()) not in _REMOVING:
        return False
    node = phrase_top(token)
    if node.dep_ == "dobj" and stem(node.head.lower_) in _HOLDING:
        return True  # "we intend to keep the old preamble alive"
    # "not sign while the preamble stays": the condition already names what is refused
    return node.dep_ == "nsubj" and stem(node.head.lower_) in _STAYING and not condition_clause(node.head)
