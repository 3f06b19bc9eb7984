"""Word lists the rule components share: speech verbs, titles, institutions, dates.

Everything here is general English (no conflict, country or outlet is named
except in the table of irregular demonyms, which is world knowledge).

>>> "emphasized" in SPEECH_VERBS and "said" in SPEECH_VERBS
True
>>> sorted(demonyms_of("Ruritania"))[:2]
['Ruritanian', 'Ruritaniese']
"""

from __future__ import annotations

from parley.core.datelines import MONTHS as DATELINE_MONTHS

_SPEECH_LEMMAS = (
    "say tell state add emphasize emphasise note stress assert declare explain underline "
    "underscore remark continue insist warn argue claim announce reply answer comment conclude "
    "observe recall urge affirm reaffirm reiterate highlight ask tweet post acknowledge admit "
    "maintain mention suggest confirm deny vow pledge promise demand accuse charge write "
    "proclaim predict complain point quip respond retort cite speak dismiss describe denounce "
    "condemn brand label welcome criticise criticize slam caution inform"
).split()
_IRREGULAR = {  # past forms that replace the regular "-ed" ("said", never "sayed")
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
}
_DOUBLED = frozenset({"quip", "slam", "admit"})  # a stressed final consonant doubles: "quipped", "admitting"


def _inflect(lemma: str) -> set[str]:
    """English forms of a verb: base, -s, past, -ing (with the usual spelling rules).

    >>> sorted(_inflect("quip")), sorted(_inflect("tell"))
    (['quip', 'quipped', 'quipping', 'quips'], ['tell', 'telling', 'tells', 'told'])
    """
    stem_e = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    if lemma in _DOUBLED:
        stem_e = lemma + lemma[-1]
    third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in "aeiou" else (
        lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    )
    past = lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in "aeiou" else (
        lemma + "d" if lemma.endswith("ee") else stem_e + "ed"  # "agreed", not "agreeed"
    )
    pasts = _IRREGULAR.get(lemma, (past,))
    return {lemma, third, stem_e + "ing", *pasts}


SPEECH_VERBS: frozenset[str] = frozenset(f for lemma in _SPEECH_LEMMAS for f in _inflect(lemma))
"""Inflected verbs that introduce or attribute speech (lower case)."""

SPEECH_NOUNS = frozenset(
    """statement interview speech remarks address briefing conference tweet post letter
    communique communiqué declaration""".split()
)
"""Nouns that attribute words to a speaker ("in a statement", "in an interview")."""

PRONOUNS = frozenset("he she they i we it".split())
"""Subjects that point back to a person (or group) named earlier."""

TITLE_WORDS = frozenset(
    """president presidents prime minister ministers secretary secretaries foreign deputy vice
    spokesperson spokesman spokeswoman ambassador envoy representative permanent special head
    chief chairman chairwoman chair speaker mr mr. mrs mrs. ms ms. dr dr. prof prof. professor
    general gen. colonel king queen prince chancellor premier governor mayor senator assistant
    adviser advisor director commissioner high state defense defence interior affairs
    sir lord lady counselor counsellor emir sheikh pope patriarch archbishop bishop
    executive leader lawmaker mp member press service secretary-general official""".split()
)
"""Words of a title that stand before a person's name (lower case)."""

ORG_WORDS = frozenset(
    """ministry department office administration service council parliament assembly committee
    commission agency forces army embassy mission university center centre institute government
    union nations organization organisation republic federation court bank group party
    television radio news agency press staff corps guard police directorate presidency
    cabinet bloc faction coalition alliance movement""".split()
)
"""Words that make a capitalised run an organisation, not a person (lower case)."""

ROLE_NOUNS = frozenset(
    """minister diplomat spokesperson spokesman spokeswoman president premier secretary
    ambassador envoy official leader chief head representative chairman chairwoman speaker
    analyst expert author professor aide adviser advisor negotiator politician deputy lawmaker
    senator general commander mediator mayor governor chancellor""".split()
)
"""Nouns that refer back to a person already named ("the diplomat said")."""

INSTITUTION_NOUNS = frozenset(
    """government governments side president prime minister ministry parliament authorities
    leadership officials official diplomat diplomats delegation army forces military troops
    servicemen soldiers administration embassy ambassador envoy counterpart counterparts
    spokesperson spokesman spokeswoman leader leaders state foreign defense defence armed mfa premier
    negotiators presidency cabinet chancellor security navy police delegations ministries
    embassies parliaments sides militaries administrations spokespersons envoys ambassadors
    presidents ministers leadership""".split()
)
"""Heads that make a demonym an agent: "Ruritanian government", "Russian Defense Ministry"."""

LOCATIVE_PREPS = frozenset(
    "in at into near across throughout inside within around outside via through toward towards "
    "onto".split()
)
"""Prepositions after which a capital or country name is a place, not an agent."""

GEO_NOUNS = frozenset(
    """region regions territory territories border borders province provinces district
    districts area areas city cities capital village villages town towns""".split()
)
"""Common nouns that make a coordinated proper name a place ("southern regions and X")."""

NAME_HEADS = frozenset(
    """Forum Summit Conference Declaration Treaty University Airport Street Square Center Centre
    Institute Stadium Festival Process Club Academy Hotel Post Times Dialogue Format
    Platform Initiative""".split()
)
"""Words that turn a preceding city name into part of another name ("X Forum")."""

CARD_WORDS = frozenset({"Source", "Card", "Document", "Extract", "Exhibit", "Item", "Text"})
"""Words that number a source card or exhibit before its caption ("Source B. Jan Roe, …")."""

WORK_GROUPS = frozenset("team teams crew crews unit units squad squads group groups".split())
"""Groups that do a work ("teams of Xian deminers"): what they are of names who acts."""

MONTHS = DATELINE_MONTHS  # one table of month names and abbreviations (core.datelines)
"""Month names and abbreviations (lower case) → month number."""

WEEKDAYS = {
    day: n
    for n, day in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
"""Weekday names (lower case) → ``datetime.weekday()`` number."""

_IRREGULAR_DEMONYMS = {
    "France": ("French",), "Turkey": ("Turkish",), "Türkiye": ("Turkish",),
    "Turkiye": ("Turkish",), "United States": ("American",), "United Kingdom": ("British",),
    "Britain": ("British",), "Netherlands": ("Dutch",), "Switzerland": ("Swiss",),
    "Greece": ("Greek",), "Spain": ("Spanish",), "Poland": ("Polish",), "Sweden": ("Swedish",),
    "Denmark": ("Danish",), "Finland": ("Finnish",), "Ireland": ("Irish",), "China": ("Chinese",),
    "Japan": ("Japanese",), "Philippines": ("Filipino",), "Thailand": ("Thai",),
    "Cyprus": ("Cypriot",), "Portugal": ("Portuguese",), "Vietnam": ("Vietnamese",),
    "Lebanon": ("Lebanese",), "Sudan": ("Sudanese",), "Germany": ("German",),
    "Afghanistan": ("Afghan",), "Scotland": ("Scottish",), "Wales": ("Welsh",),
    "England": ("English",), "Iceland": ("Icelandic",), "Peru": ("Peruvian",),
}


def demonyms_of(name: str) -> set[str]:
    """Likely demonyms of a country name by English suffix rules (plus a few irregular ones).

    Wrong guesses are harmless: a form only counts where it stands before an institution.

    >>> "Bordurian" in demonyms_of("Borduria") and "Russian" in demonyms_of("Russia")
    True
    """
    if " " in name and name not in _IRREGULAR_DEMONYMS:
        return set()
    forms = set(_IRREGULAR_DEMONYMS.get(name, ()))
    if name.endswith("a"):
        forms |= {name + "n", name[:-1] + "ese"}
    elif name.endswith("e"):
        forms |= {name[:-1] + "ian", name[:-1] + "ese"}
    elif name.endswith("stan"):
        forms |= {name + "i", name[: -len("stan")]}
    else:
        forms |= {name + "i", name + "ian", name + "ese"}
    return forms
