"""Ways of naming a codebook actor beyond its listed terms.

* An alias that opens with another actor's acronym ("EU monitors", where "EU" is the European
  Union) is also written with that actor's name spelt out ("European Union monitors") and, when
  the name opens with an adjective of place ("European Union"), with the adjective alone
  ("European monitors").
  Both forms are also written as possessives ("the EU's monitoring mission", "the European
  Union's monitoring mission"), and an adjective form of a body's name is cut after its head noun
  ("the European mission" for "EU Mission in Armenia").
* A body's name that opens with an acronym, cut after its head noun ("the EU mission" for "EU
  Mission in Armenia"), names it
  when no other actor's term opens with the same two words and they are no term of their own.
* A party group named with a trailing group noun ("Fatherland Front faction", "Civic Renewal
  alliance", "Green Dawn movement") is also named by its proper words alone when they are two or
  more ("the Fatherland Front protest", "Civic Renewal deputies", "a Green Dawn rally"), unless they
  are another actor's words too (:func:`group_short_forms`).
* The head nouns of an organisation's name are often written in lower case in running text
  ("the EU mission in Armenia" for "EU Mission in Armenia"); proper words must keep their case.
* A collective named by a descriptive word and a group noun ("Western countries", "international
  partners") is also named by the words of one of its names with the noun of another ("Western
  partners"), for actors of kind ``collective`` only (the outside world spoken of as one); a name
  with a noun for a group of states ("countries") takes the other such nouns too ("Western capitals").
* A community named as a people of a place ("Tessarines of Brenna") is also named by the people
  who left it: "Tessarines from Brenna", "Tessarines who fled Brenna", "Tessarines displaced from
  Brenna" (for actors of kind ``community``; the place alone stays a place). Such a description
  names the community as an agent only as a clause's subject ("… insist that the Tessarines who
  left X can visit …") or as the people whose return is asked for ("the return of the Tessarines
  who left X"), not as a topic ("the rights of the Tessarines who left X"): kind ``DESCRIBED``.
"""

from __future__ import annotations


from parley.core.types import Codebook

from .lexicon import ORG_WORDS
from .terms import Term, case_fits

_ADJECTIVE_ENDINGS = ("an", "ic", "ese", "ish")  # European, Arabic, Japanese, British


def acronym_variants(codebook: Codebook, terms: list[Term], tokenize) -> list[Term]:
    """Spelt-out forms of aliases that open with another actor's acronym (module docstring)."""
    spelt = _acronym_names(codebook)
    variants = []
    for term in terms:
        first, rest = term.words[0], term.words[1:]
        if not rest or first not in spelt:
            continue
        name = tuple(tokenize(spelt[first]))
        variants += [Term(opening + rest, term.actor, term.kind) for opening in _openings(first, name)]
        if len(name) > 1 and name[0].lower().endswith(_ADJECTIVE_ENDINGS):
            variants.append(Term(name[:1] + rest, term.actor, term.kind))
            if len(rest) > 1 and rest[0].lower() in ORG_WORDS:  # "the European mission" for "EU Mission in X"
                variants.append(Term(name[:1] + rest[:1], term.actor, term.kind))
    return variants


def _openings(acronym: str, name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name spelt out, and both forms as possessives ("the European Union's monitoring mission"
    for "EU monitoring mission")."""
    return [name, *((*opening, mark) for opening in ((acronym,), name) for mark in _POSSESSIVES)]


_POSSESSIVES = ("'s", "’s")


def short_forms(terms: list[Term]) -> list[Term]:
    """Two-word openings of longer names that end in an organisation noun (module docstring)."""
    existing = {_key(t.words) for t in terms}
    owners: dict[tuple[str, ...], set[str]] = {}
    for term in terms:
        if len(term.words) > 2 and _acronym(term.words[0]) and term.words[1].lower() in ORG_WORDS:
            owners.setdefault(_key(term.words[:2]), set()).add(term.actor)
    for term in terms:  # an opening shared with another actor's longer term names nobody
        if len(term.words) > 2:
            owners.get(_key(term.words[:2]), {term.actor}).add(term.actor)
    return [
        Term(_first_words(terms, key), next(iter(actors)), "alias")
        for key, actors in owners.items() if len(actors) == 1 and key not in existing
    ]


# group nouns that close a party group's name and may be left off in running text
_GROUP_TAILS = frozenset("faction alliance bloc movement coalition caucus".split())


def group_short_forms(terms: list[Term]) -> list[Term]:
    """Proper words of a party group's name without its trailing group noun (module docstring)."""
    existing = {_key(t.words) for t in terms}
    owners: dict[tuple[str, ...], set[str]] = {}
    for term in terms:
        head, tail = term.words[:-1], term.words[-1:]
        if len(head) >= 2 and tail and tail[0].lower() in _GROUP_TAILS and head[0][:1].isupper() \
                and head[-1][:1].isupper():
            owners.setdefault(_key(head), set()).add(term.actor)
    for term in terms:  # the same words in another actor's term name nobody
        for size in range(2, len(term.words) + 1):
            owners.get(_key(term.words[:size]), {term.actor}).add(term.actor)
    return [
        Term(next(t.words[:-1] for t in terms if _key(t.words[:-1]) == key), next(iter(actors)), "alias")
        for key, actors in owners.items() if len(actors) == 1 and key not in existing
    ]


def _acronym(word: str) -> bool:
    return word.isupper() and len(word) > 1


def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _first_words(terms: list[Term], key: tuple[str, ...]) -> tuple[str, ...]:
    return next(t.words[:2] for t in terms if _key(t.words[:2]) == key)


def _acronym_names(codebook: Codebook) -> dict[str, str]:
    """Acronym → the full name of the actor it abbreviates ("EU" → "European Union")."""
    found = {}
    for actor in codebook.actors:
        initials = "".join(w[0] for w in actor.name.split() if w[:1].isupper())
        for alias in actor.aliases:
            if _acronym(alias) and alias == initials:
                found[alias] = actor.name
    return found


def fits(term: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """:func:`.terms.case_fits`, or the same with an organisation's head nouns in lower case."""
    if case_fits(term, found):
        return True
    if len(term) < 2 or not term[0][:1].isupper() or found[0] != term[0]:
        return False
    lowered = tuple(
        seen.capitalize() if word[:1].isupper() and seen.islower() and word.lower() in ORG_WORDS else seen
        for word, seen in zip(term, found)
    )
    return lowered != found and case_fits(term, lowered)


def collective_variants(codebook: Codebook, terms: list[Term]) -> list[Term]:
    """Two-word names of a collective, recombined: the first word of one with the last of another
    (module docstring)."""
    kinds = {a.id: a.kind for a in codebook.actors}
    existing = {_key(t.words) for t in terms}
    out = []
    for actor in {t.actor for t in terms if kinds.get(t.actor) == "collective"}:
        pairs = [t.words for t in terms
                 if t.actor == actor and len(t.words) == 2 and t.words[0].lower() not in _ARTICLES]
        lasts = {p[1] for p in pairs}
        lasts |= {n for n in _GROUP_NOUNS if any(last.lower() in _GROUP_NOUNS for last in lasts)}
        for first in {p[0] for p in pairs}:
            for last in lasts:
                if _key((first, last)) not in existing:
                    existing.add(_key((first, last)))
                    out.append(Term((first, last), actor, "alias"))
    return out


# nouns for a group of states: a collective named with one ("Western countries") is named with any
# ("Western capitals", "Western governments")
_GROUP_NOUNS = frozenset(
    {"countries", "states", "capitals", "governments", "powers", "nations", "mediators", "partners", "donors"}
)
_ARTICLES = frozenset({"the", "a", "an"})  # "the West" gives no word to recombine


DESCRIBED = "described"  # a term kind: the community described by its people, see the module docstring
# how a text names a community by the place its people left ("Armenians who fled X")
_LEFT_PLACE = (("from",), ("who", "left"), ("who", "fled"), ("that", "left"), ("that", "fled"),
               ("displaced", "from"), ("expelled", "from"), ("deported", "from"))


def community_variants(codebook: Codebook, terms: list[Term]) -> list[Term]:
    """"<People> of <Place>" names of a community, also said of the people who left the place; a
    community named by a people in the plural ("Valley Tessarines") is also its families, refugees,
    residents, leaders and organisations ("Valley Tessarine families have asked …")."""
    kinds = {a.id: a.kind for a in codebook.actors}
    existing = {_key(t.words) for t in terms}
    out = []
    for term in terms:
        words = term.words
        if kinds.get(term.actor) == "community":
            out += _people_of(term, existing)
        if kinds.get(term.actor) != "community" or len(words) < 3 or words[1].lower() != "of":
            continue
        people, place = words[0], words[2:]
        if not (people[:1].isupper() and people.endswith("s")) or not all(w[:1].isupper() for w in place):
            continue
        for link in _LEFT_PLACE:
            variant = (people, *link, *place)
            if _key(variant) not in existing:
                existing.add(_key(variant))
                out.append(Term(variant, term.actor, DESCRIBED))
    return out


_PEOPLE_NOUNS = ("families", "refugees", "residents", "leaders", "activists", "organisations", "organizations")


def _people_of(term: Term, existing: set) -> list[Term]:
    """"<Place> <People>s" as "<Place> <People> families" and the like (the nouns above)."""
    words = term.words
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or not words[-1].endswith("s") \
            or words[-1].endswith("ss"):
        return []
    out = []
    for noun in _PEOPLE_NOUNS:
        variant = (*words[:-1], words[-1][:-1], noun)
        if _key(variant) not in existing:
            existing.add(_key(variant))
            out.append(Term(variant, term.actor, "alias"))
    return out
