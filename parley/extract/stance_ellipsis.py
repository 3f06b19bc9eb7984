"""A clause whose verb is left out: "Humanitarian steps need not wait. The Constitution still must not."

The second sentence's root is a bare modal ("must", "should", "will" …) with no verb after it: what
must not happen to the constitution is the previous clause's verb, which the sentence does not say,
so its negation says nothing about the constitution itself. Such a sentence states no position.
Used by ``stance.rules.v1``.
"""

from __future__ import annotations

_BARE_MODALS = frozenset({"must", "should", "will", "would", "can", "could", "may", "might", "shall"})
_VERB_DEPS = frozenset({"xcomp", "ccomp", "dobj", "acomp", "attr", "oprd", "prep", "advcl"})


def elliptical(tokens) -> bool:
    """The sentence's root is a modal with no verb or complement of its own ("X still must not.")."""
    root = tokens.root
    return root.lower_ in _BARE_MODALS and not any(c.dep_ in _VERB_DEPS for c in root.children)
