"""A definite institution noun that is the head word of a mentioned actor's name: "the Mission" in a
text that names the "European Union Mission in Armenia", "the Commission" after the "Joint Border
Commission". Such a noun refers to that actor, not to whichever actor was named last ("Russian
statements described the Mission as …"). Only one mentioned actor may carry the word in its name or
aliases; otherwise the usual antecedent search decides (used by :mod:`.holders`).
"""

from __future__ import annotations

import re


def namesake(head, codebook, mentions, position: int) -> tuple[str, ...]:
    """The one actor mentioned before ``position`` whose name or an alias has ``head``'s word as a
    capitalised word ("Mission" in "EU Mission in Armenia"); ``()`` when none or several do."""
    word = head.lower_
    if head.i == 0 or head.doc[head.i - 1].lower_ not in {"the", "this"}:
        return ()  # "the EU Mission in Armenia" is a name of its own, not a word pointing back to one
    pattern = re.compile(rf"(?<![\w-]){re.escape(word.capitalize())}(?![\w-])")
    named = {m.actor for m in mentions if m.span.start < position}
    owners = [a.id for a in codebook.actors if a.id in named
              and any(pattern.search(n) for n in (a.name, *a.aliases))]
    return (owners[0],) if len(owners) == 1 else ()
