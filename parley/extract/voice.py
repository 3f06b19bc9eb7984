"""Whose voice a text is in, from its header and its closing lines (used by :mod:`.holders`).

Texts often come as bare files, with no metadata: an op-ed is then known by a genre line in
its header ("OPINION", "Commentary"), a byline of a name and an institution ("Jane Roe,
Centre for X"), or a closing author note ("Jane Roe is a senior fellow at …"); a statement by
a title naming one in any of its header lines ("Council of X" over "STATEMENT"). The issuer
of a statement is the actor its title says issues it ("Statement of the X faction …") or the
actor named alone on a header line; "the faction", "the Council" in its body is that issuer
when its name holds the noun.
"""

from __future__ import annotations

import re

from .stance_lexicon import stem

_GENRE_LINE = re.compile(r"^\s*(?:opinion|op-?ed|comment|commentary|analysis|column|editorial|viewpoint)\s*$",
                         re.IGNORECASE | re.MULTILINE)
_AUTHOR_NOTE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){1,3} is (?:a|an|the)\b[^.\n]{0,80}?\b(?:columnist|fellow|analyst|professor|"
    r"director|researcher|editor|writer|journalist|lecturer|scholar|commentator|contributor)\b",
    re.MULTILINE,
)
_NAME_AND_BODY = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}, (?:[A-Z][\w'’-]*\s?|of |for |the )*"
    r"(?:Centre|Center|Institute|University|Foundation|College|School|Council)\b[^\n]{0,40}$",
    re.MULTILINE,
)
_STATEMENT_WORDS = frozenset(stem(w) for w in "statement readout briefing address speech remarks declaration communique".split())
_ISSUED_BY = re.compile(r"\b(?:statement|declaration|appeal|communiqu[ée]|address)\s+(?:of|by)\s+(?:the\s+)?", re.IGNORECASE)
_HEADER_LINES = 4


def header_lines(text: str, body: int) -> list[tuple[int, str]]:
    """The non-empty lines before the body (at most a few), with their offsets."""
    out, offset = [], 0
    for line in text[:body].split("\n"):
        if line.strip():
            out.append((offset, line))
        offset += len(line) + 1
    return out[:_HEADER_LINES]


def opinion_signals(text: str, body: int) -> bool:
    """A genre line or a byline "Name, Institute" in the header, or an author note at the end."""
    header = text[:body]
    return bool(_GENRE_LINE.search(header) or _NAME_AND_BODY.search(header)
                or _AUTHOR_NOTE.search(text[-600:]))


def statement_title(text: str, body: int) -> bool:
    """A header line names a statement, readout, briefing, address, speech, remarks, declaration…"""
    return any(stem(w) in _STATEMENT_WORDS for _, line in header_lines(text, body)
               for w in re.findall(r"[A-Za-z]+", line))


def titled_issuer(text: str, body: int, mentions) -> str | None:
    """The actor a header line says issues the text: named right after "statement of/by", or alone
    on its line ("Council of X" above "STATEMENT")."""
    for offset, line in header_lines(text, body):
        inside = [m for m in mentions if offset <= m.span.start and m.span.end <= offset + len(line)]
        for match in _ISSUED_BY.finditer(line):
            first = [m for m in inside if m.span.start == offset + match.end()]
            if first:
                return first[0].actor
        alone = [m for m in inside if text[m.span.start:m.span.end].strip() == line.strip()]
        if alone:
            return alone[0].actor
    return None


def issuer_noun(head, issuer: str | None, text: str, mentions) -> bool:
    """"the faction", "the Council": a definite noun that is the head word of the issuer's name."""
    if issuer is None or not any(c.lower_ == "the" for c in head.children) or not head.text[:1].isalpha():
        return False
    word = head.lower_
    names = {text[m.span.start:m.span.end].lower() for m in mentions if m.actor == issuer}
    return any(re.search(rf"\b{re.escape(word)}\b", name) for name in names)
