"""Codebook terms (names, aliases, metonyms, demonyms, members) and how text must fit them.

Matching is case-insensitive (spaCy ``PhraseMatcher`` on ``LOWER``) and then
checked by :func:`case_fits`: a capitalised word of a term must be capitalised
in the text too (so "the west" is not "the West"), one-word terms must match
exactly or in capitals ("BAKU"), and acronyms only exactly ("US" never "us").

>>> case_fits(("the", "West"), ("the", "west"))
False
>>> case_fits(("International", "community"), ("international", "community"))
True
>>> case_fits(("US",), ("us",)), case_fits(("Baku",), ("BAKU",))
(False, True)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from parley.core.types import Actor, Codebook

from .lexicon import demonyms_of


@dataclass(frozen=True)
class Term:
    """One way the text can name an actor."""

    words: tuple[str, ...]
    actor: str
    kind: str  # name / alias / metonym / demonym


@dataclass(frozen=True)
class Member:
    """A person the codebook lists as speaking for an actor."""

    name: str
    actor: str
    first: str
    last: str


def fold(text: str) -> str:
    """Lower case without accents: names compare across transliterations ("Türkiye")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def case_fits(term: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """Whether text ``found`` (matched case-insensitively) fits the casing of ``term``."""
    if len(term) != len(found):
        return False
    if len(term) == 1:
        word, seen = term[0], found[0]
        is_acronym = word.isupper() and len(word) > 1
        return seen == word or (not is_acronym and seen.isupper() and len(seen) > 2 and fold(seen) == fold(word))
    for i, (word, seen) in enumerate(zip(term, found)):
        if word.isupper() and len(word) > 1 and seen != word:
            return False
        if i > 0 and word[:1].isupper() and not seen[:1].isupper():
            return False
    return True


def codebook_terms(codebook: Codebook, tokenize) -> list[Term]:
    """Every name, alias and metonym of every actor, tokenized with ``tokenize``."""
    terms: list[Term] = []
    for actor in codebook.actors:
        for kind, texts in (("name", (actor.name,)), ("alias", actor.aliases), ("metonym", actor.metonyms)):
            terms.extend(Term(tuple(tokenize(t)), actor.id, kind) for t in texts if t.strip())
    return terms


def demonym_table(codebook: Codebook) -> dict[str, str]:
    """Demonym → actor id for states (given in the codebook, or derived from the names)."""
    table: dict[str, str] = {}
    for actor in codebook.actors:
        forms = set(actor.demonyms)
        if actor.kind == "state" and not actor.demonyms:
            for name in (actor.name, *actor.aliases):
                forms |= demonyms_of(name)
        for form in forms:
            table.setdefault(form, actor.id)
    return table


def members_of(codebook: Codebook) -> list[Member]:
    """Members with at least a first and a last name."""
    out = []
    for actor in codebook.actors:
        out.extend(_member(name, actor) for name in actor.members if len(name.split()) >= 2)
    return out


def _member(name: str, actor: Actor) -> Member:
    words = name.split()
    return Member(name, actor.id, fold(words[0]), fold(words[-1]))


def single_word_terms(terms: list[Term]) -> dict[str, Term]:
    """One-word, non-acronym proper terms by their exact text (for hyphen compounds)."""
    return {t.words[0]: t for t in terms if len(t.words) == 1 and t.words[0][:1].isupper()}
