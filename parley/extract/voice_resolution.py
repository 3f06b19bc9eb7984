"""A resolution of a parliament or an assembly: its issuing body, recitals and operative clauses.

A resolution opens with its issuing body on a line of its own, ending with a comma ("The X
Parliament,", "The General Assembly,"), then recitals ("– having regard to …", "A. whereas …",
"Recalling …") and numbered operative clauses whose verb has no subject ("1. Welcomes …",
"Calls on X to …", "Condemns …"). The clauses are the body's own voice (an author's position of
the issuer); the recitals state facts and argue nothing. Used by :mod:`.holders` (the issuer)
and ``stance.rules.v1`` (which sentences are clauses).
"""

from __future__ import annotations

import re

from .stance_lexicon import DEMAND_PREDICATES, stem

_ISSUER_LINE = re.compile(r"^[ \t]*((?:The[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:of|for|the|[A-Z][\w'’.-]*)){0,7}),[ \t]*$",
                          re.MULTILINE)
_MARKER = r"(?:[–—•-]|\(?[A-Za-z0-9]{1,3}[.)])?[ \t]*"  # "–", "A.", "12.", "(a)"
# a clause starts with a third-person verb and no subject: "Welcomes", "Calls on", "Takes note"
_CLAUSE = re.compile(rf"^[ \t]*(?:\d{{1,3}}[.)])[ \t]*[A-Z][a-z]+s\b", re.MULTILINE)
_RECITAL = re.compile(
    rf"^{_MARKER}(?:whereas|having regard to|having considered|recalling|noting|bearing in mind|considering|"
    rf"taking into account|mindful)\b", re.IGNORECASE,
)
_SEARCHED_LINES = 12
_MIN_CLAUSES = 2


def resolution_issuer_span(text: str) -> tuple[int, int] | None:
    """Where the issuing body stands ("The X Parliament," on its own line among the first lines),
    when numbered operative clauses follow; ``None`` for any other text."""
    head_end = _line_offset(text, _SEARCHED_LINES)
    match = _ISSUER_LINE.search(text, 0, head_end)
    if match is None or len(_CLAUSE.findall(text, match.end())) < _MIN_CLAUSES:
        return None
    return match.start(1), match.end(1)


def recital(sentence_text: str) -> bool:
    """A recital of a resolution ("whereas …", "– having regard to …"): a fact, no position."""
    return bool(_RECITAL.match(sentence_text.lstrip()))


def operative(sentence_text: str) -> bool:
    """An operative clause: its first word is a verb in the third person with no subject before
    it ("1. Welcomes …", "Calls on …"), or it continues one ("; deplores …")."""
    words = re.sub(rf"^{_MARKER}", "", sentence_text.lstrip()).split()
    return bool(words) and words[0][:1].isupper() and words[0].isalpha() and words[0].endswith("s") \
        and not words[0].isupper() and words[0].lower() not in _NOT_VERBS


# capitalised words ending in "s" that open a sentence as a noun or a pronoun, not as a verb
_NOT_VERBS = frozenset({"this", "its", "his", "as", "has", "was", "is", "thus", "unless", "yes", "perhaps"})


def _line_offset(text: str, lines: int) -> int:
    """The offset after the first ``lines`` non-empty lines."""
    seen = 0
    for match in re.finditer(r"[^\n]*\S[^\n]*(?:\n|$)", text):
        seen += 1
        if seen >= lines:
            return match.end()
    return len(text)


def resolution_body(text: str, actors_in) -> str | None:
    """The codebook actor of a resolution's issuing body (``actors_in(start, end)`` gives the actors
    named in a span), or ``None`` when the text is no resolution or the body is no actor."""
    span = resolution_issuer_span(text)
    if span is None:
        return None
    actors = actors_in(*span)[0]
    return actors[0] if len(actors) == 1 else None


def addressees(text: str, start: int, actors_in) -> frozenset[str]:
    """The actors an operative clause asks to act ("Calls on X to …", "Encourages X and Y to …"):
    those named between its opening verb of asking and the first "to"; they are targets, the
    body holds the position (the parser often reads a clause's opening verb as a name)."""
    match = _ASKING.match(text)
    if match is None or stem(match.group(1).lower()) not in DEMAND_PREDICATES:
        return frozenset()
    return frozenset(actors_in(start + match.end(1), start + match.end())[0])


_ASKING = re.compile(rf"^\s*{_MARKER}([A-Z][a-z]+s)\b[^;]*?\bto\b")
