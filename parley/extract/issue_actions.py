"""Action phrases of an issue: the act its label and description name, as a verb with its object.

A codebook label is often an imperative ("Withdraw interstate legal claims …", "Release
detainees …") and its description names the act again in other words ("committing to drop
interstate cases"). Texts name that act with either verb and either object, a few words apart
and in either order: "withdrawing every one of these cases", "the cases should be dropped",
"the withdrawal of X's case". Each verb paired with each object is a cue, gapped both ways (the
object first for the passive). Only verbs the codebook itself uses with an object are paired,
so the cue is as specific as the label.
"""

from __future__ import annotations

import re

_WORD = r"[A-Za-z][A-Za-z-]*"
_DESCRIBED = re.compile(rf"\bto ({_WORD})((?:\s+{_WORD}){{1,3}})")  # "to drop interstate cases"
_NOT_VERBS = frozenset("the a an be their its his her our this that or and".split())
_PREPOSITIONS = frozenset("of to for from against with in on at through between".split())  # the object ends
_NOT_OBJECT_ENDINGS = ("ss", "us", "is", "'s", "’s")
# the same act in a word the codebook may not use: "freed two detainees" releases them
_VERB_KIN = {"release": ("free", "freed")}
_NOT_IMPERATIVE_ENDINGS = ("al", "ic", "ive", "ion", "ity", "ment", "ous", "s", "ed")


def action_pairs(label: str, description: str) -> list[tuple[str, str]]:
    """(verb, object) pairs, raw words: the label's leading imperative and the description's
    "to VERB … NOUNs" (and a verb of the same act: "free" for "release"), each verb with every
    plural object found.

    >>> action_pairs("Withdraw interstate legal claims (KCJ)", "Support means committing to drop interstate cases.")
    [('withdraw', 'claims'), ('withdraw', 'cases'), ('drop', 'claims'), ('drop', 'cases')]
    """
    verbs, objects = [], []
    words = re.findall(_WORD, label)
    if len(words) > 2 and _imperative(words[0], words[1]):
        verbs.append(words[0].lower())
        objects += _objects(words[1:5])
    for match in _DESCRIBED.finditer(description or ""):
        verb = match.group(1).lower()
        found = _objects(match.group(2).split())
        if verb not in _NOT_VERBS and found:
            verbs.append(verb)
            objects += found
    verbs += [kin for verb in verbs for kin in _VERB_KIN.get(verb, ())]
    verbs, objects = list(dict.fromkeys(verbs)), list(dict.fromkeys(objects))
    return [(v, o) for v in verbs for o in objects] if verbs and objects else []


def _imperative(first: str, second: str) -> bool:
    """A label opening with a bare verb ("Withdraw claims"), not a noun or adjective ("Mutual
    recognition", "Right of return") nor a verb that refuses ("Refrain from")."""
    lower = first.lower()
    return first[:1].isupper() and second.lower() not in {"of", "and", "from", "for"} \
        and not lower.endswith(_NOT_IMPERATIVE_ENDINGS)


def _objects(words: list[str]) -> list[str]:
    """Plural common nouns among the first words after a verb: its objects ("claims", "cases")."""
    out = []
    for word in words:
        if word[:1].isupper() or word.lower() in _PREPOSITIONS:
            break  # a name ("Russia as …") is a party; "perpetrators of abuses" has one object
        if word.endswith("s") and not word.endswith(_NOT_OBJECT_ENDINGS) and len(word) > 3:
            out.append(word.lower())
    return out
