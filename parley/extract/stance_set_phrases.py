"""Set phrases in which an issue's cue word names no issue of its own (used by :func:`.stance_cases.idiom`).

"in search of" (looking for something, no search for the missing), "a great deal" (an amount, no
agreement), a court's review "compatible with the Constitution" (no call to change it), "a local
referendum" or "a referendum on the agreement" (a vote on something else), "attended as observers" (a
seat at a meeting, no monitors on the ground) and "amended that Decision" (an amendment to something else).
"""

from __future__ import annotations

from .stance_lexicon import stem


def set_phrase(token) -> bool:
    """A cue word inside a set phrase that names no issue (module docstring).

    "a solution in search of a problem" looks for something and searches for no missing person; "gave
    us a great deal" is an amount, no agreement."""
    return (token.lower_ == "search" and token.dep_ == "pobj" and token.head.lower_ == "in") or (
        token.lower_ == "deal" and any(c.lower_ in {"great", "good"} for c in token.children)) or _measured_against(token) \
        or _vote_on_other(token) or _seat_at_meeting(token) or _amends_other(token)


_AMENDABLE = frozenset("constitution preamble it them this that".split())


def _amends_other(token) -> bool:
    """"the Council amended that Decision", "amended the timetable": an amendment to something other
    than the constitution."""
    if not token.lower_.startswith("amend"):
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for c in token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]  # "amended
    # that Decision to add …", parsed with "Decision" the subject of "add"
    return bool(objects) and not any(o.lower_ in _AMENDABLE for o in objects)


_MEASURES = frozenset("comply complies complied compatible incompatible consistent inconsistent conformity conform "
                      "conforms line accordance".split())


_ATTENDING = frozenset(stem(w) for w in "attend sit take part present participate join".split())


def _seat_at_meeting(token) -> bool:
    """"attended the committee as observers": a seat at a meeting, no monitors on the ground."""
    return token.lower_ in {"observer", "observers"} and token.dep_ == "pobj" and token.head.lower_ == "as" \
        and stem(token.head.head.lower_) in _ATTENDING


_PUT_TO_VOTE = frozenset("agreement treaty deal accord protocol station line plan transfer railway visits border".split())


def _vote_on_other(token) -> bool:
    """"a local referendum", "a national referendum on the agreement", "its referendum initiative against
    the railway": a vote on something other than the constitution."""
    if token.lower_ != "referendum":
        return False
    phrase = [token, token.head] if token.dep_ == "compound" else [token]  # "initiative against the railway"
    subjects = [g for t in phrase for c in t.children if c.dep_ == "prep" and c.lower_ in {"on", "about", "against"}
                for g in c.children]
    return any(c.lower_ == "local" for c in token.children) or any(g.lower_ in _PUT_TO_VOTE for g in subjects)


def _measured_against(token) -> bool:
    """"found the agreement compatible with the Constitution": a court's review of a text against the
    constitution, no call to change it."""
    return token.lower_ == "constitution" and token.dep_ == "pobj" and token.head.lower_ in {"with", "to"} \
        and token.head.head.lower_ in _MEASURES
