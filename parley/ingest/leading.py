"""Metadata from a text's leading block: title, byline, affiliation, outlet and date lines.

News items and op-eds often open with a headline, a byline ("By Jane Doe",
"Jane Doe, Senior Fellow at X"), an outlet line and a date line. This module
reads those lines *in addition to* the text: it never removes anything, and it
is conservative — a line it cannot place with confidence is left alone, and the
first line that reads like body text ends the block.

>>> meta = leading_metadata("Talks resume in Brussels\\n\\nBy Jane Doe\\nNov 17 2021\\n\\nThe talks resumed.")
>>> meta["title"], meta["author"], str(meta["published"])
('Talks resume in Brussels', 'Jane Doe', '2021-11-17')
>>> leading_metadata("The talks resumed on Monday.")
{}
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import date_line, find_date, labelled_date_line
from .metadata import Layer

_MAX_LINES = 10  # non-empty lines looked at
_MAX_CHARS = 4000  # of the text's start, so a long text is not split whole
_MAX_TITLE = 250
_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[*_]+\s*(?:\\\*\s*)?)|[*_]+$|\\(?=[*_#])")
_RULE = re.compile(r"^[-*_=~\s]{3,}$")
_EMAIL = re.compile(r"^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.IGNORECASE)
_URL = re.compile(r"^(?:url:?\s*)?(https?://\S+)$", re.IGNORECASE)
# "By Jane Doe", "Written by …", "Interview by …", "Reporting by …"
_BYLINE = re.compile(r"^(?:[^\W\d_]+\s+)?by[:\s]+(?P<rest>\S.*)$", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"\b(?:attributable\s+to|stated\s+by|statement\s+by|remarks\s+by|issued\s+by)\s+(?P<who>[^:]+):$",
    re.IGNORECASE,
)
_KEY_VALUE = re.compile(
    r"^(?P<key>title|headline|author|date|published|source|outlet|publisher|affiliation)\s*:\s+(?P<value>\S.*)$",
    re.IGNORECASE,
)
_KEY_FIELDS = {"title": "title", "headline": "title", "author": "author", "date": "published",
               "published": "published", "source": "outlet", "outlet": "outlet",
               "publisher": "outlet", "affiliation": "affiliation"}
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "BAKU, November 16 (Reuters) -", "Moscow, 16 November /TASS/.", "YEREVAN, NOVEMBER 16, 2023, ARMENPRESS."
_DATELINE = re.compile(
    rf"^[^\W\d][\w .'’-]{{0,40}},\s+(?P<date>(?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})"
    r"(?:,?\s+(?P<year>\d{4}))?)[,.]?\s*"
    r"(?:/(?P<slashed>[A-Z][\w&.-]{1,30})/|\((?P<paren>[A-Z][\w&. -]{1,30})\)"
    r"|(?-i:(?P<bare>[A-Z][A-Z&-]{1,30}))(?:\.?\s*$|\.?\s+[-–—]\s|\.\s))",
    re.IGNORECASE,
)
_UPDATED = "updated"  # an update date, kept aside: the publication date when no line gives one
_ROLE_WORDS = frozenset(
    "professor fellow director researcher analyst editor head chair chairman lecturer "
    "correspondent adviser advisor expert scholar president founder member associate assistant "
    "senior chief deputy spokesperson spokesman spokeswoman minister ambassador secretary "
    "reporter journalist columnist contributor coordinator manager officer dean".split()
)
_TITLES = frozenset(
    "mr mrs ms dr prof professor sir dame president secretary minister spokesperson "
    "ambassador senator general colonel rev".split()
)
_ORG_WORDS = frozenset(
    "university institute institution center centre council foundation ministry department "
    "agency office college school academy association society forum commission committee "
    "bureau group network observatory programme program initiative trust service embassy".split()
)
_PARTICLES = frozenset("de da di du del der van von la le al bin ibn el y".split())


@dataclass
class _Line:
    text: str  # without Markdown decoration
    joined_to_previous: bool  # no blank line between it and the line before


def leading_metadata(text: str) -> Layer:
    """Title, author, affiliation, outlet, url and ``published`` read from the first lines."""
    found: Layer = {}
    lines = _leading_lines(text)
    for index, line in enumerate(lines):
        if not _read_line(line, index, lines, found):
            break
    updated = found.pop(_UPDATED, None)
    _put(found, "published", updated)
    return found


def _leading_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    for raw in text[:_MAX_CHARS].lstrip("\ufeff").split("\n"):
        clean = _MARKUP.sub("", raw.strip()).strip()
        if not clean:
            blank = True
            continue
        lines.append(_Line(clean, not blank and bool(lines)))
        blank = False
        if len(lines) == _MAX_LINES:
            break
    return lines


def _read_line(line: _Line, index: int, lines: list[_Line], found: Layer) -> bool:
    """Note what ``line`` says in ``found``; False when it is body text, ending the block."""
    text = line.text
    if _RULE.match(text) or _EMAIL.match(text):
        return True
    for reader in (_key_value, _date, _url, _byline, _attribution, _dateline, _outlet_by_date,
                   _author_with_role, _bare_name, _role_line, _title):
        verdict = reader(text, index, lines, found)
        if verdict is not None:
            return verdict
    return _is_short_label(text)


def _key_value(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    match = _KEY_VALUE.match(text)
    if not match:
        return None
    field = _KEY_FIELDS[match["key"].lower()]
    value = date_line(match["value"]) if field == "published" else match["value"].strip()
    _put(found, field, value)
    return True


def _date(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    """A date line; an update date is only used when no line gives the publication date."""
    labelled = labelled_date_line(text)
    if labelled is None:
        return None
    date, label = labelled
    _put(found, "published" if label == "published" else _UPDATED, date)
    return True


def _url(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    match = _URL.match(text)
    if not match:
        return None
    _put(found, "url", match.group(1))
    return True


def _byline(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    match = _BYLINE.match(text)
    if not match or len(text.split()) > 25:
        return None
    name, _, role = match["rest"].partition(",")
    if not _is_person_list(name):
        return None
    _put(found, "author", name.strip())
    _put(found, "affiliation", affiliation_in(role))
    return True


def _attribution(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    match = _ATTRIBUTION.search(text)
    if not match or len(text.split()) > 15:
        return None
    name = _without_titles(match["who"].strip())
    if not _is_person_name(name):
        return None
    _put(found, "author", name)
    return True


def _dateline(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    match = _DATELINE.match(text)
    if not match:
        return None
    _put(found, "outlet", match["slashed"] or match["paren"] or match["bare"])
    if match["year"]:  # a dateline without a year leaves the date to the extraction step
        _put(found, "published", find_date(match["date"]))
    return len(text) < 80  # a dateline that opens a paragraph ends the block


def _outlet_by_date(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    """A short line set directly above or below the date line ("TASS, Russia" / "Nov 17 2021").

    Only after the title: a short line right under a leading date is the headline.
    Before any byline, a line shaped like a person's name ("Meridian Wire", "Jane
    Doe") could be either, so it is passed over.
    """
    after = index + 1 < len(lines) and lines[index + 1].joined_to_previous
    beside_date = (after and date_line(lines[index + 1].text)) or (
        _joined(lines, index) and date_line(lines[index - 1].text)
    )
    if not beside_date or "title" not in found or len(text.split()) > 5:
        return None
    outlet = text.split(",")[0].strip()
    if "author" in found or not _is_person_name(outlet):
        _put(found, "outlet", outlet)
    return True


def _joined(lines: list[_Line], index: int) -> bool:
    """True when line ``index`` follows the line before it without a blank line."""
    return index > 0 and lines[index].joined_to_previous


def _author_with_role(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    name, comma, role = text.partition(",")
    if not comma or "author" in found or not _is_person_name(name) or not _has_role(role):
        return None
    _put(found, "author", name.strip())
    _put(found, "affiliation", affiliation_in(role))
    return True


def _bare_name(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    if "author" in found or index > 3 or not _is_person_name(text):
        return None
    _put(found, "author", text.strip())
    return True


def _role_line(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    if "author" not in found or "affiliation" in found or not _has_role(text) or _is_sentence(text):
        return None
    affiliation = affiliation_in(text)
    if affiliation is None:
        return None
    _put(found, "affiliation", affiliation)
    return True


def _title(text: str, index: int, lines: list[_Line], found: Layer) -> bool | None:
    if "title" in found or index > 2 or not _looks_like_title(text):
        return None
    _put(found, "title", text)
    return True


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 40 and len(text) <= _MAX_TITLE and not text.endswith((".", ",", ";", ":"))


def _is_sentence(text: str) -> bool:
    """Body text: a long line or one that ends like a sentence."""
    return len(text.split()) > 30 or text.endswith((".", "!", "?", ":", ";"))


def _is_short_label(text: str) -> bool:
    """A short line that is no sentence ("Office of the Spokesperson"): passed over, not read."""
    return len(text.split()) <= 6 and not text.endswith((".", "!", "?", ":", ";", ","))


def _put(found: Layer, field: str, value: object) -> None:
    if value and field not in found:
        found[field] = value


def affiliation_in(role: str) -> str | None:
    """The organisation in a role description.

    >>> affiliation_in("Senior Fellow at the Atlantic Council")
    'Atlantic Council'
    >>> affiliation_in("Assistant Professor, Head of Department, Khazar University and Fellow at X")
    'Khazar University'
    """
    clauses = [c.strip(" .;*") for c in re.split(r",\s*|\s+and\s+|\s+&\s+", role) if c.strip(" .;*")]
    for clause in clauses:  # a clause that is an organisation's name
        if not _has_role(clause) and _has_org_word(clause) and clause[:1].isupper():
            return _strip_article(clause)
    for clause in clauses:  # "Fellow at X"
        head, at, place = clause.partition(" at ")
        if at and (place[:1].isupper() or place.lower().startswith("the ")):
            return _strip_article(place)
    return None


def _strip_article(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)


def _has_role(text: str) -> bool:
    return any(word in _ROLE_WORDS for word in _words(text))


def _has_org_word(text: str) -> bool:
    return any(word in _ORG_WORDS for word in _words(text))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _without_titles(name: str) -> str:
    words = name.split()
    while words and words[0].lower().rstrip(".") in _TITLES:
        words.pop(0)
    return " ".join(words)


def _is_person_list(text: str) -> bool:
    """One or more person names joined by "and" or "&"."""
    parts = [p for p in re.split(r"\s+(?:and|&)\s+|,\s*", text.strip()) if p]
    return bool(parts) and all(_is_person_name(_without_titles(p)) for p in parts)


def _is_person_name(text: str) -> bool:
    """Two to five capitalised words, initials or particles: "Jane Doe", "Rudolf J. Rassendyll"."""
    words = text.split()
    if not 2 <= len(words) <= 5 or _has_org_word(text) or _has_role(text) or words[0].lower() == "the":
        return False  # a person's name takes no article: "The Glendale Observer" is a title
    names = 0
    for word in words:
        if word.lower() in _PARTICLES or re.fullmatch(r"[A-Z]\.", word):
            continue
        if not _is_name_word(word):
            return False
        names += 1
    return names >= 2


def _is_name_word(word: str) -> bool:
    return (
        word[0].isupper()
        and any(ch.islower() for ch in word)
        and all(ch.isalpha() or ch in "'’-." for ch in word)
    )
