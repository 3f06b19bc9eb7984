"""A cue that only marks the scope of a text: "return is not part of the treaty", "the return of the
displaced, for which the treaty does not provide". Whether something is in a treaty, or what a
treaty covers, says what the text holds, not whether anyone wants the treaty (used by
:mod:`.stance_attachment`; :mod:`.issue_pronouns` reads the same scope nouns so that "it" after "X is
not part of the treaty" is X).
"""

from __future__ import annotations

from .stance_lexicon import stem, stems

SCOPE_NOUNS = stems("part subject matter item element scope")
_CONTENT_VERBS = stems("provide cover mention address")  # not "contain": "the Constitution contains claims" is the claim


def scope_only(token, previous) -> bool:
    """The walk climbs from the cue to a word that only places something inside or outside a text:
    the attribute "part/subject of X" of a copula, or a verb of content whose subject the cue is."""
    if previous is None:
        return False
    if previous.dep_ == "prep" and previous.lower_ in {"of", "in"} and token.dep_ == "attr":
        return stem(token.lower_) in SCOPE_NOUNS  # "X is not part of the treaty"
    return previous.dep_ == "nsubj" and stem(token.lower_) in _CONTENT_VERBS  # "the treaty does not provide for X"
