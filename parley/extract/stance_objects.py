"""What a predicate's object says about the issue a sentence speaks to.

* A keyword of one issue used as a verb on an object another issue's word classifies ("exchange
  all remaining minefield records") names an act done *to* records of that other issue: the
  classifier is the issue, not a word that only qualifies the verb's phrase. An object that is itself
  a cue ("protected the villages", "mined the roads") stays the verb's qualifier, and so do the other
  words the verb governs ("before the commission's first session").
* An indefinite object of wanting ("supports a treaty concluded by the parties") describes the kind
  of thing wanted: the agent of its participle holds nothing yet.
* A subject that "has no place / no role / no future" somewhere is refused there, and one that
  "threatens no one" is defended; an object that merely says what the subject lacks or needs ("a
  settled border needs no guests") says nothing against the subject.
* "Mine" used as a verb ("mined the roads") lays mines: no position on clearing them.
* What a subject "must not become" ("the commission must not become a one-way street") is refused,
  not the subject: no stance on it.
"""

from __future__ import annotations

from .stance_syntax import negative_phrase


def acted_on(token, other_cues: frozenset[int]) -> frozenset[int]:
    """``other_cues`` without the verb whose direct object ``token`` classifies ("exchange the
    minefield records" for the cue "minefield")."""
    if token is None or token.dep_ != "compound" or token.head.dep_ != "dobj":
        return other_cues
    return other_cues - {token.head.head.i}


_WANTING_KIND = frozenset({"support", "supports", "supported", "supporting", "want", "wants", "wanted", "seek",
                           "seeks", "sought", "favour", "favours", "favor", "favors", "back", "backs", "prefer",
                           "prefers", "advocate", "advocates", "need", "needs"})


def wanted_kind(noun) -> bool:
    """"supports a peace treaty concluded by the parties themselves": an indefinite object of wanting
    describes the kind of thing wanted; the agent of its participle has done nothing yet (it holds no
    position: "welcomed the agreement reached by X and Y" still reports X and Y)."""
    return noun.dep_ == "dobj" and noun.head.lower_ in _WANTING_KIND \
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


_STANDING = frozenset({"place", "role", "future", "room", "business", "right", "part", "one"})


def denied_standing(child) -> bool:
    """``child`` is the object "no place", "no role", "no one" … of the predicate the walk passes
    (not "no room for X": what has no room for X is the place X is kept out of, not what is refused)."""
    return child.dep_ == "dobj" and child.lower_ in _STANDING and negative_phrase(child) \
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in child.children)



def negated_becoming(cue) -> bool:
    """"the commission must not become a one-way street": what the cue's subject must not turn into
    is refused, not the subject itself (no stance on it either way)."""
    verb = cue.head
    return cue.dep_ == "nsubj" and verb.lower_ in {"become", "becomes", "turn", "turns"} \
        and any(c.dep_ == "neg" for c in verb.children) and any(c.dep_ in {"attr", "oprd", "prep"} for c in verb.children)


def lays_mines(cue) -> bool:
    """"mined the roads", "the fields were mined": "mine" as a verb lays mines, the opposite of
    clearing them; said of a side, it is an accusation, no position on demining."""
    return cue.lower_ in {"mine", "mines", "mined", "mining"} and any(
        c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in cue.children)
