"""Whose voice a text is in, from its header and its closing lines (used by :mod:`.holders`).

Texts often come as bare files, with no metadata: an op-ed is then known by a genre line or
byline field in its header ("OPINION", "Jane Roe | Commentary | Centre for X"), a byline of a
name and an institution ("Jane Roe, Centre for X"), or a closing author note ("Jane Roe is a
senior fellow at …"), and its camp by the institution these name, when the codebook lists it
among its affiliations; a statement by a title naming one in any of its header lines ("Council
of X" over "STATEMENT"). The issuer of a statement is the actor its title says issues it
("Statement of the X faction …", "Address by the President of the Republic of X": an office of
the actor may stand between) or the actor named alone on a header line; "the faction", "the
Council" in its body is that issuer when its name holds the noun.
"""

from __future__ import annotations

import re

from .lexicon import INSTITUTION_NOUNS, ORG_WORDS, TITLE_WORDS
from .stance_lexicon import stem

_GENRE_LINE = re.compile(r"^\s*(?:opinion|op-?ed|comment|commentary|analysis|column|editorial|viewpoint|letters?(?: to the editor)?)\s*$",
                         re.IGNORECASE | re.MULTILINE)
_GENRE_FIELD = re.compile(r"(?:^|[|·•]|\s[-–—])\s*(?:opinion|op-?ed|comment|commentary|analysis|column|editorial|viewpoint)"
                          r"\s*(?:[|·•]|[-–—]\s|$)", re.IGNORECASE | re.MULTILINE)  # "Jane Roe | Commentary", "X Times - Opinion"
_GENRE_TITLE = re.compile(r"\s*(?:opinion|op-?ed|comment|commentary|column|editorial|viewpoint|letters?)\s*[:|]\s*\S",
                          re.IGNORECASE)  # a title "Editorial: …" names the genre of the text under it
_AUTHOR_NOTE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){1,3} is (?:a|an|the)\b[^.\n]{0,80}?\b(?:columnist|fellow|analyst|professor|"
    r"director|researcher|editor|writer|journalist|lecturer|scholar|commentator|contributor)\b",
    re.MULTILINE,
)
_WRITER_NOTE = re.compile(r"^(?:The|This) (?:writer|author)\b[^\n]{0,160}", re.MULTILINE)  # "The writer chairs X."
_NAMED_NOTE = re.compile(r"^([A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){0,3} ([A-Z][\w'’-]+)) (?:is (?:a|an|the|one)|chairs|heads|"
                         r"leads|directs|runs|co-founded|founded|serves as|works (?:at|for)|teaches at)\b", re.MULTILINE)
_NAME_AND_BODY = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}, (?:[A-Z][\w'’-]*\s?|of |for |the )*"
    r"(?:Centre|Center|Institute|University|Foundation|College|School|Council)\b[^\n]{0,40}$",
    re.MULTILINE,
)
# an open letter is an issuer's text in its own voice too ("we call on …", "X must be protected")
STATEMENT_WORDS = frozenset(stem(w) for w in
                            "statement readout briefing address speech remarks declaration communique letter newsletter "
                            "programme manifesto".split())
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
    """A genre line or field, or a byline "Name, Institute" in the header, or an author note at the end."""
    header = text[:body]
    return bool(_GENRE_LINE.search(header) or _GENRE_TITLE.match(header) or _NAME_AND_BODY.search(header) or _GENRE_FIELD.search(header)
                or author_note(text, body) is not None)


def author_note(text: str, body: int) -> str | None:
    """The closing note on the author: "Jane Roe is a fellow at …" (a writer's trade), or any
    "Jane Roe is a/an/the …" line of the last paragraphs whose surname the header's byline carries
    ("By Jane Roe" … "Jane Roe is an MP of the X faction")."""
    tail = text[-600:]
    note = _AUTHOR_NOTE.search(tail) or _WRITER_NOTE.search(tail)
    if note is None:
        header = text[:body]
        note = next((m for m in _NAMED_NOTE.finditer(tail)
                     if re.search(rf"(?<!\w){re.escape(m.group(2))}(?!\w)", header)), None)
    return None if note is None else tail[note.start():].split("\n", 1)[0]


def named_affiliation(text: str, body: int, table) -> str | None:
    """The camp of an institution of the codebook's affiliation table named on a header line (a
    byline "Name | Commentary | Centre for X") or in the closing author note ("… is a fellow at
    the Centre for X"): an op-ed in a bare file speaks for its author's institution."""
    found = affiliation_entry(text, body, table)
    return found[1] if found else None


def affiliation_entry(text: str, body: int, table) -> tuple[str, str] | None:
    """The (name, camp) entry of the affiliation table that :func:`named_affiliation` finds."""
    note = author_note(text, body)
    places = [line for _, line in header_lines(text, body)] + ([note] if note else [])
    for name, camp in sorted(table, key=lambda e: -len(e[0])):
        if len(name) >= 4 and any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", p, re.IGNORECASE) for p in places):
            return name, camp
    return None


def source_noun(head, source: tuple[str, str] | None, known) -> str | None:
    """"The Council" in the minutes of the Council of Elders named in the header: the source itself,
    which speaks for its camp (a codebook actor); ``None`` otherwise."""
    if source is None or source[1] not in known or not head.text[:1].isupper():
        return None
    if head.i == 0 or head.nbor(-1).lower_ != "the":
        return None
    return source[1] if head.text in source[0].split() else None


def statement_title(text: str, body: int) -> bool:
    """A header line names a statement, readout, briefing, address, speech, remarks, declaration,
    or a press release (an office's own text)."""
    return any(stem(w) in STATEMENT_WORDS or _PRESS_RELEASE.search(line)
               for _, line in header_lines(text, body) for w in re.findall(r"[A-Za-z]+", line))


_PRESS_RELEASE = re.compile(r"\b(?:press|news|media) release\b", re.IGNORECASE)


def titled_issuer(text: str, body: int, mentions) -> str | None:
    """The actor a header line says issues the text: named right after "statement of/by", or alone
    on its line ("Council of X" above "STATEMENT")."""
    for offset, line in header_lines(text, body):
        inside = [m for m in mentions if offset <= m.span.start and m.span.end <= offset + len(line)]
        for match in _ISSUED_BY.finditer(line):
            first = [m for m in inside if m.span.start >= offset + match.end()
                     and _office_of(text[offset + match.end():m.span.start])]
            if first:
                return first[0].actor
        alone = [m for m in inside if text[m.span.start:m.span.end].strip() == line.strip()]
        if alone:
            return alone[0].actor
    return None


def _office_of(gap: str) -> bool:
    """Nothing, or an office "of" the actor, between "address by the" and an actor's name
    ("President of the Republic of X", "Ministry of Foreign Affairs of X")."""
    words = gap.lower().split()
    if not words:
        return True
    return words[-1] in {"of", "the"} and all(w in _OFFICE_WORDS for w in words)


_OFFICE_WORDS = frozenset(TITLE_WORDS | ORG_WORDS | INSTITUTION_NOUNS | {"of", "the", "for"})


def issuer_noun(head, issuer: str | None, text: str, mentions) -> bool:
    """"the faction", "the Council": a definite noun that is the head word of the issuer's name."""
    if issuer is None or not any(c.lower_ == "the" for c in head.children) or not head.text[:1].isalpha():
        return False
    word = head.lower_
    names = {text[m.span.start:m.span.end].lower() for m in mentions if m.actor == issuer}
    return any(re.search(rf"\b{re.escape(word)}\b", name) for name in names)
