"""Roles without a country in a document an institution issues, and roles that name another office.

Used by :mod:`.speaker_subjects` for a governmental role with no actor of its own ("the Federal
Foreign Minister said"):

* **Another office**: the role refers back to an earlier unnamed role holder only when it adds
  no capitalised qualifier that holder's words lack: "the Federal Foreign Minister" is not "the
  Kestrian Foreign Minister" named before, while "the foreign minister" may be (generic modifiers
  such as "deputy" are left to the role-head match); nor is "the prime minister" "the foreign
  minister" (roles that name different portfolios).
* **The issuer**: a press release or readout names its issuing institution alone on one of its
  first lines (a source the codebook lists among ``affiliation_camps``: "Office for External
  Affairs"); an
  unqualified office of the text's own voice is that institution's actor, before the actor the
  lead is about (a readout of a call with another state's minister is mostly about that state).

And for any subject: **officials there** ("an aide there": the capital or state the text named just
before), and **officials in a capital** ("officials in X", "a source in X", where X is a
codebook metonym: the city stands for its government) speak for its actor, although "in X" alone
is a place (a diplomat in X is posted there: not X's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .speaker_roles import ROLE_EVIDENCE, role_heads, role_words
from .state import Person

_HEADER_LINES = 3
_HEADER_CHARS = 2000  # enough for the first lines of any text
_OFFICIALS_IN = re.compile(
    r"\b(?i:officials?|sources?|authorities|government)\s+in\s+([A-Z][\w'’-]+)"
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})
# an issuing office's header line: "Ministry of …", "Office of …", "Embassy of …"
_OFFICE_WORDS = frozenset(
    "ministry office department embassy presidency government administration secretariat chancellery "
    "cabinet mission delegation consulate".split()
)
_PORTFOLIOS = frozenset("prime foreign defence defense interior finance justice economy".split())
GENERIC_MODIFIERS = frozenset(
    "foreign deputy prime vice presidential defence defense interior chief special senior first press state "
    "opposition the".split()
)


def clashing_role(subject: str, person: Person | None, demonyms) -> bool:
    """An unnamed role holder whose role words lack a capitalised qualifier of the subject's
    ("Federal"; a demonym is left to the actor lookup, a lower-case adjective is description)."""
    if person is None or person.evidence != ROLE_EVIDENCE:
        return False
    qualifiers = {
        w.lower() for w in re.findall(r"[\w-]+", subject)
        if w[:1].isupper() and w not in demonyms and w.lower() not in _DETERMINERS | GENERIC_MODIFIERS
        and not role_heads([w.lower()])
    }
    held = set(role_words(person.text))
    return bool(qualifiers - held) or _other_portfolio(set(role_words(subject)), held)


def _other_portfolio(wanted: set[str], held: set[str]) -> bool:
    """"the prime minister" is not "the deputy foreign minister" named before: both roles name a
    portfolio, and not the same one."""
    return bool(wanted & _PORTFOLIOS) and bool(held & _PORTFOLIOS) and not wanted & held & _PORTFOLIOS


def header_issuer(text: str, codebook) -> str | None:
    """The actor of an issuing institution named alone on one of the first lines, if any: a source
    of the codebook's affiliation table (a handle in brackets may follow: "X Network (@xnet)"), or
    an office line that names one actor ("Ministry of Foreign Affairs of the Republic of X", "Embassy
    of X"). Asked once per quote subject: the answer is kept per header and codebook."""
    return _issuer_of_header(tuple(ln.strip() for ln in text.strip()[:_HEADER_CHARS].splitlines()[:_HEADER_LINES]), codebook)


@lru_cache(maxsize=256)
def _issuer_of_header(raw: tuple[str, ...], codebook) -> str | None:
    actors = {a.id for a in codebook.actors}
    lines = [ln.casefold() for ln in raw]
    for name, camp in codebook.affiliation_camps:
        wanted = name.casefold()
        if camp in actors and any(re.fullmatch(rf"{re.escape(wanted)}(?:\s*\([^()]*\))?[ \t.,:;|-]*", ln) for ln in lines):
            return camp
    return next((actor for actor in (office_line_actor(ln, codebook) for ln in raw) if actor), None)


def office_line_actor(line: str, codebook) -> str | None:
    """The one actor an office's header line names by name or alias ("Ministry of Foreign Affairs of
    the Islamic Republic of X"); None for a sentence, a line without an office word, or two actors."""
    words = re.findall(r"[A-Za-z]+", line)
    if not words or len(words) > 16 or line.rstrip().endswith((".", "!", "?", ":")):
        return None
    if not any(w.lower() in _OFFICE_WORDS for w in words):
        return None
    named = {a.id for a in codebook.actors for n in (a.name, *a.aliases)
             if len(n) >= 2 and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", line)}
    return named.pop() if len(named) == 1 else None


def officials_in_capital(text: str, subject: tuple[int, int], codebook) -> str | None:
    """The actor whose metonym (capital) the subject's "officials in X" names, if any (the words
    "in X" may follow the subject's span: the parse leaves them out of "Officials in X described")."""
    match = _OFFICIALS_IN.search(text, subject[0], subject[1] + 40)
    if match is None or match.start() >= subject[1]:
        return None
    return next((a.id for a in codebook.actors if match.group(1) in a.metonyms), None)


_THERE_BACK = 400  # characters looked back for the place "there" points to


def official_there(text: str, subject: tuple[int, int], codebook) -> str | None:
    """"a presidential aide there", "officials there": the actor whose capital (or state name) the
    text named last, shortly before ("Let me start with a line from X. … an aide there said")."""
    words = role_words(text[subject[0] : subject[1]])
    if len(words) < 2 or words[-1] != "there" or not role_heads(words[:-1]) and words[-2] not in {"officials", "sources"}:
        return None
    window = text[max(0, subject[0] - _THERE_BACK) : subject[0]]
    best, actor = -1, None
    for candidate in codebook.actors:
        places = (*candidate.metonyms, candidate.name) if candidate.kind == "state" else candidate.metonyms
        for place in places:
            for match in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", window):
                if match.start() > best:
                    best, actor = match.start(), candidate.id
    return actor


_SAID_IN = re.compile(r"\s+(?:(?:reporters|journalists|the press|the media|the audience)\s+)?in\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")


def said_in_capital(text: str, cue: tuple[int, int], codebook) -> str | None:
    """"the Foreign Ministry's spokesman said in X": the actor whose capital (metonym) the place of
    speaking right after the speech verb names, for an office that names no state of its own."""
    match = _SAID_IN.match(text, cue[1])
    if match is None:
        return None
    return _capital_state(match.group(1), codebook)


_TURN_PLACE = re.compile(r"[A-Z][A-Z .'’-]+\(([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\)\s*:")
"""A correspondent's turn label with the place they report from: "MASALSKY (Yerevan):"."""


def reported_from_capital(text: str, position: int, codebook) -> str | None:
    """"OSTAPCHUK (Moscow): … A source at the Foreign Ministry put it to me": an office that names no
    state, in a turn reported from a capital, is that capital's government's."""
    paragraph = text.rfind("\n", 0, position) + 1
    match = _TURN_PLACE.match(text, paragraph)
    return _capital_state(match.group(1), codebook) if match is not None else None


def _capital_state(place: str, codebook) -> str | None:
    return next((a.id for a in codebook.actors if a.kind == "state" and any(
        place == m or place.startswith(m + " ") for m in a.metonyms)), None)
