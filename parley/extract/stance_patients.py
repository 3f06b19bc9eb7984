"""Acts of handing over whose patient is no captive: "the exchange of instruments of ratification".

A codebook may list a bare act word ("exchange", "release", "swap") as a cue of releasing
prisoners. The act word alone does not say what is handed over; its patient does. Diplomacy hands
over many other things: instruments of ratification, ambassadors, notes, letters, views, a report.
Where the patient of the act (its object, its passive subject, or the "of" object of the noun) is
such a thing, the word names that act and says nothing about captives, so it is no cue.

The list is of things, not people held: "exchange of prisoners", "release of all detainees" and an
act without a named patient ("called for an exchange") stay cues.
"""

from __future__ import annotations

from .stance_lexicon import stem

_HANDING_OVER = frozenset(stem(w) for w in "exchange swap release trade".split())

# what diplomacy exchanges or releases besides captives: papers, envoys, words, fire
_NOT_CAPTIVES = frozenset(stem(w) for w in """instrument instruments ambassador ambassadors envoy envoys
    note notes letter letters view views message messages document documents credential credentials
    greeting greetings gift gifts information visit visits delegation delegations fire blows statement
    statements report reports text texts data opinion opinions idea ideas draft drafts ratification
    embassy embassies diplomat diplomats pleasantries compliments pennant pennants shirt shirts flag flags
    souvenir souvenirs map maps handshake handshakes""".split())


def handed_over(token):
    """The patient of an act of handing over: the object, the passive subject or the noun's "of" object."""
    for child in token.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":  # (the parse has no tags: a verb takes no "of")
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def not_captives(token) -> bool:
    """``token`` is an act of handing over ("exchange", "released") whose patient is no captive
    ("ambassadors would be exchanged", "the exchange of notes"): no cue of releasing prisoners."""
    if token is None or stem(token.lower_) not in _HANDING_OVER:
        return False
    patient = handed_over(token)
    return patient is not None and stem(patient.lower_) in _NOT_CAPTIVES
