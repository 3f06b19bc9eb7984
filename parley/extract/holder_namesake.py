"""A definite institution noun that is the head word of a mentioned actor's name: "the Mission" in a
text that names the "European Union Mission in Armenia", "the Commission" after the "Joint Border
Commission". Such a noun refers to that actor, not to whichever actor was named last ("Russian
statements described the Mission as …"). Only one mentioned actor may carry the word in its name or
aliases; otherwise the usual antecedent search decides (used by :mod:`.holders`).
"""

from __future__ import annotations

import re


def namesake(head, codebook, mentions, position: int) -> tuple[str, ...]:
    """The one actor mentioned before ``position`` whose name or an alias has ``head``'s words as
    capitalised words ("Mission" in "EU Mission in Armenia", "the Special Envoy" in "Office of the
    Special Envoy of …"); ``()`` when none or several do."""
    words = _capitalised_phrase(head)
    if not words:
        return ()  # "the EU Mission in Armenia" is a name of its own, not a word pointing back to one
    if head.text.islower():  # "the bloc" after the "Sovereign Path bloc": a name that ends in the lower-case word
        pattern = re.compile(rf"(?<![\w-]){re.escape(head.text)}$")
    else:
        phrase = " ".join(w[:1].upper() + w[1:] for w in words)
        pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
    named = {m.actor for m in mentions if m.span.start < position}
    owners = [a.id for a in codebook.actors if a.id in named
              and any(pattern.search(n) for n in (a.name, *a.aliases))]
    return (owners[0],) if len(owners) == 1 else ()


def _capitalised_phrase(head) -> list[str]:
    """The words of "the Mission" or "the Special Envoy" after the article (capitalised modifiers
    only); empty when no "the"/"this" opens the phrase."""
    start = head.i
    while start > 0 and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].head.i == head.i \
            and head.doc[start - 1].text[:1].isupper():
        start -= 1
    if start == 0 or head.doc[start - 1].lower_ not in {"the", "this"}:
        return []
    return [head.doc[i].lower_ for i in range(start, head.i + 1)]
