"""A text that binds parties: "It commits X and Y to recognise …", "the accord obliges X to …".

With an object-control verb of binding, the object is who will do what the infinitive names:
"the treaty commits Ruritania to open the railway" states Ruritania's commitment to the railway.
Its subject is a text or an act, not an agent with a position of its own, so the walk, which
looks for subjects, would find no holder. When the subject names no actor, the walk holds the
object's actors (an intention). Verbs of asking ("urges X to …") are not here: there the one
asked is a target, and the asker holds the position.
"""

from __future__ import annotations

from .stance_lexicon import stem

_BINDING = frozenset(stem(w) for w in "commit commits committed oblige obliges obliged bind binds bound".split())


def bound_party(token, previous):
    """The object of a verb of binding reached from its infinitive ("commits X to recognise …"),
    or None; the caller checks that the verb's own subject names no actor."""
    if previous is None or previous.dep_ != "xcomp" or previous.head.i != token.i:
        return None
    if stem(token.lower_) not in _BINDING and token.lower_ not in _BINDING:
        return None
    return next((c for c in token.children if c.dep_ == "dobj"), None)
