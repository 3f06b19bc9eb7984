"""Whom "he" or "she" may point back to: a person, of no other gender.

Only words that say it are read: female or male role nouns and titles ("spokeswoman",
"chairman", "Ms", "Mr", "Madam"). Names and neutral roles ("spokesperson", "the minister") show
none and stay open to either pronoun. A person is a named person or a phrase with a role noun
("Iran's foreign ministry spokesperson"); a bare actor or place name ("Moscow struck a cooler
note") is none (:func:`pointable`).

>>> phrase_gender("A spokeswoman for the Foreign Ministry"), phrase_gender("Mr Arlo Venn"), phrase_gender("The minister")
('f', 'm', None)
>>> pronoun_gender("his"), pronoun_gender("it")
('m', None)
"""

from __future__ import annotations

import re

from .lexicon import ROLE_NOUNS

_FEMALE = frozenset("""spokeswoman chairwoman congresswoman businesswoman stateswoman woman ms ms. mrs mrs. madam
    madame queen princess duchess she""".split())  # no possessive: "his colleague Ms X" is hers
_MALE = frozenset("""spokesman chairman congressman businessman statesman man mr mr. sir king prince duke he
    him""".split())


def phrase_gender(text: str | None) -> str | None:
    """'f' or 'm' when a word of ``text`` marks it, else ``None`` (none, or both)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z.]+", text or "")}
    female, male = bool(words & _FEMALE), bool(words & _MALE)
    return ("f" if female else "m") if female != male else None


def pronoun_gender(word: str) -> str | None:
    """'f' for "she/her/hers", 'm' for "he/him/his", else ``None``."""
    lower = word.lower()
    return "f" if lower in {"she", "her", "hers"} else "m" if lower in {"he", "him", "his"} else None


def agrees(pronoun: str, text: str | None) -> bool:
    """The pronoun may stand for the phrase: neither shows a gender, or both show the same."""
    wanted, shown = pronoun_gender(pronoun), phrase_gender(text)
    return wanted is None or shown is None or wanted == shown


_PERSON_WORDS = ROLE_NOUNS | frozenset("""member mp lawmaker legislator activist correspondent journalist writer
    commentator editor researcher fellow director chair commissioner rapporteur representative""".split())

_COLLECTIVES = frozenset("""delegation delegations government ministry office embassy mission committee commission
    parliament council team bloc party""".split())


def person_like(text: str | None, person: str | None, actor_names) -> bool:
    """A named person (a name that is no actor's) or a phrase with a role noun or a gendered word."""
    words = {w.lower() for w in re.findall(r"[A-Za-z.]+", text or "")}
    if words & (_PERSON_WORDS | _FEMALE | _MALE):
        return True
    return person is not None and person not in actor_names and not words & _COLLECTIVES  # "the delegation" she led


def pointable(pronoun: str, entries: list, phrases: dict, actor_names) -> list:
    """The remembered holders ``(offset, stem, resolution)`` a pronoun may point back to: for "he" or
    "she", persons whose gender (shown by their phrase, or by a pronoun that pointed to them) agrees."""
    wanted = pronoun_gender(pronoun)
    if wanted is None:
        return entries
    known: dict[str, str] = {}
    for offset, _, resolution in entries:
        shown = phrase_gender(phrases.get(offset))
        if shown and resolution.person:
            known.setdefault(resolution.person, shown)
    return [h for h in entries if person_like(phrases.get(h[0]), h[2].person, actor_names)
            and (phrase_gender(phrases.get(h[0])) or known.get(h[2].person)) in {None, wanted}]


def body_antecedent(history: list, phrases: dict, start: int, end: int) -> tuple[str, ...]:
    """What "it" may stand for when no actor is named as a subject nearby: the last remembered subject
    between ``start`` and ``end`` that is one body, not a person ("The delegation welcomes …. It calls on …")."""
    bodies = [r.actors for offset, _, r in history if start <= offset < end and len(r.actors) == 1
              and not person_like(phrases.get(offset), r.person, ())]
    return bodies[-1] if bodies else ()
