"""``actors.codebook.v1``: codebook actors named in a document, people, and new candidates.

Codebook names, aliases and metonyms are found by rule (spaCy ``PhraseMatcher``)
and take precedence over the statistical NER, which misreads names in this
domain. A one-word name is not an agent where it is only a place: after a
locative preposition ("in Baku", "arrived in X and Y", "through X and on to Y"), a capital as the
origin of people ("guards from X") or where someone travels ("flew to X", "visited X"; but
"officials in X" are its government's), in a dateline
("CITY, November 17"), or inside another name ("X Forum", "X-based", the name of an outlet or
institute the codebook puts in another camp: "The X Dispatch").
Demonyms count before an institution ("Armenian government", "Russian Defense
Ministry"). People come from :mod:`.persons`; persons that stand for an actor
add a ``member`` or ``role`` mention. Mentions where the actor does not act
(a recipient, a topic, a diplomatic destination) are dropped (:mod:`.agency`).
Unknown PERSON/ORG entities become :class:`CandidateActor` items. Spelt-out acronyms,
short forms ("the EU mission") and lower-case organisation heads come from :mod:`.actor_phrases`;
"the opposition" acting names the codebook's only opposition party (:mod:`.actor_opposition`);
"its monitors" after the EU names the body aliased "EU monitors" (:mod:`.actor_owned`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.core.types import CandidateActor, Mention

from .lexicon import (
    GEO_NOUNS, INSTITUTION_NOUNS, LOCATIVE_PREPS, MONTHS, NAME_HEADS, ORG_WORDS, TITLE_WORDS,
)
from .actor_phrases import (
    DESCRIBED, acronym_variants, collective_variants, community_variants, fits, group_short_forms, short_forms,
)
from .actor_opposition import opposition_mentions, the_opposition
from .actor_definite import definite_bodies, definite_mentions
from .actor_forces import FORCES, acting_force
from .actor_shortnames import short_name_mentions
from .actor_owned import owned_bodies, owned_mentions
from .agency import agents_only
from .candidates import found_at, one_per_name
from .persons import (
    apposition_window,
    looks_like_person,
    make_person,
    member_for_run,
    name_runs,
    speaking_surnames,
    surname_member,
    title_window,
)
from .news_datelines import dateline_places, opens_dateline
from .segment import text_of
from .state import Component, DocState, register_component
from .terms import codebook_terms, demonym_table, members_of, single_word_terms

_KIND_RANK = {"member": 0, "name": 1, "alias": 2, "metonym": 3, "demonym": 4, "role": 5, "reference": 6}


@register_component("actors.codebook.v1")
class CodebookActors(Component):
    """Codebook actor mentions, the people of the text, and candidate actors."""

    defaults = {"fuzzy_names": 0.75, "candidate_labels": ["PERSON", "ORG"], "places": True, "agents_only": True}
    spacy_needs = frozenset({"parser", "ner"})

    def __init__(self, codebook, settings=None) -> None:
        super().__init__(codebook, settings)
        self._vocab = None
        self._matcher = None
        self.members = members_of(codebook)
        self.demonyms = demonym_table(codebook)
        self.known = _known_terms(codebook, self.demonyms)
        self.sources = _source_names(codebook)
        self.opposition = the_opposition(codebook)
        self.bodies = owned_bodies(codebook)
        self.definite = definite_bodies(codebook)

    def __call__(self, state: DocState) -> DocState:
        doc = state.parsed
        if doc is None:
            return state.add(self.name)
        mentions = _without_overlaps(
            self._term_mentions(state, doc) + self._demonyms(state, doc)
            + opposition_mentions(state, doc, self.opposition, self.name)  # "the opposition's appeal"
        )
        mentions = _outside_source_names(state.text, mentions, self.sources, self.codebook)
        mentions = _without_overlaps(mentions + owned_mentions(state, mentions, self.bodies, self.name)  # "its monitors"
                                     + definite_mentions(state, mentions, self.definite, self.name)  # "the monitors"
                                     + short_name_mentions(state, mentions, self.name))  # "the Community"
        blocked = {i for m in mentions for i in _token_range(doc, m)} | _source_tokens(doc, self.sources[0])
        persons, person_mentions = self._persons(state, doc, blocked, mentions)
        mentions = _without_overlaps(mentions + person_mentions)
        candidates = _candidates(state, doc, mentions, persons, set(self.settings["candidate_labels"]), self.known)
        if self.settings["agents_only"]:
            mentions = agents_only(doc, mentions, _token_range)
        return state.add(
            self.name, mentions=state.mentions + tuple(mentions), persons=state.persons + tuple(persons),
            candidates=state.candidates + candidates,
        )

    # -- names, aliases, metonyms -------------------------------------------------
    def _matcher_for(self, vocab):
        if self._vocab is not vocab:
            self._vocab, self._matcher = vocab, _build_matcher(vocab, self.codebook)
        return self._matcher

    def _term_mentions(self, state: DocState, doc) -> list[Mention]:
        matcher, terms, singles = self._matcher_for(doc.vocab)
        found = []
        for key, start, end in matcher(doc):
            term = terms[int(doc.vocab.strings[key])]
            words = tuple(t.text for t in doc[start:end])
            if not fits(term.words, words):
                continue
            if self.settings["places"] and _only_a_place(doc, start, end, term):
                continue
            if term.kind == DESCRIBED and not _acting_people(doc[start]):
                continue  # "the rights of the people who left X": a topic, not an agent
            kind = "alias" if term.kind == DESCRIBED else term.kind
            found.append(_mention(state, doc, start, end, term.actor, kind, self.name, 1.0))
        return found + _hyphen_parts(state, doc, singles, self.name)

    def _demonyms(self, state: DocState, doc) -> list[Mention]:
        found = []
        for token in doc:
            actor = self.demonyms.get(token.text)
            if actor is None:
                continue
            head = _institution_after(doc, token.i, self.demonyms)
            if head is not None and (head < 0 or acting_force(doc[head])):
                end = head + 1 if head > 0 else token.i + 1  # coordinated: the demonym alone
                found.append(_mention(state, doc, token.i, end, actor, "demonym", self.name, 0.9))
        return found

    # -- people ---------------------------------------------------------------------
    def _persons(self, state, doc, blocked, mentions):
        runs = name_runs(doc, blocked)
        resolved = {r: member_for_run(r, self.members, self.settings["fuzzy_names"]) for r in runs}
        named = {hit[0].name for hit in resolved.values() if hit}
        found, full_names, surnames = [], {}, speaking_surnames(runs, doc)
        for run in runs:
            hit = resolved[run] or surname_member(run, doc, self.members, named)
            person = self._person(state, doc, run, hit, mentions, full_names, surnames)
            if person is not None:
                found.append((person, hit[1] if hit else None))
        persons = _same_actor_for_same_name([p for p, _ in found])
        extra = [
            Mention(p.span, p.actor, p.text, "member" if conf else "role", self.name, conf or 0.8)
            for p, (_, conf) in zip(persons, found) if p.actor is not None
        ]
        return persons, extra

    def _person(self, state, doc, run, hit, mentions, full_names, surnames):
        surname = run.core[-1].lower()
        if hit is not None:
            member = hit[0]
            if len(run.core) > 1:
                name = " ".join(run.words)
            else:
                name = full_names.get(surname, (member.name,))[0]
            person = make_person(state, doc, run, name, member.actor, f"codebook member {member.name}")
        elif looks_like_person(run, doc, surnames):
            actor, evidence = _actor_from_title(state, doc, run, mentions)
            person = make_person(state, doc, run, " ".join(run.words), actor, evidence)
        elif len(run.core) == 1 and surname in full_names:
            name, actor, evidence = full_names[surname]
            person = make_person(state, doc, run, name, actor, evidence)
        else:
            return None
        if len(run.core) > 1:
            full_names.setdefault(surname, (person.name, person.actor, person.evidence))
        return person


def _same_actor_for_same_name(persons: list) -> list:
    """A person keeps one actor through a document (a title given once names it everywhere)."""
    known = {}
    for person in persons:
        if person.actor is not None:
            known.setdefault(person.name, (person.actor, person.evidence))
    return [
        replace(p, actor=known[p.name][0], evidence=known[p.name][1]) if p.actor is None and p.name in known else p
        for p in persons
    ]


def _build_matcher(vocab, codebook):
    """A ``PhraseMatcher`` over lower-cased codebook terms; match ids index the term list."""
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    tokenizer = spacy.blank("en").tokenizer

    def tokenize(text: str) -> list[str]:
        return [t.text for t in tokenizer(text)]

    terms = codebook_terms(codebook, tokenize)
    terms += acronym_variants(codebook, terms, tokenize)
    terms += short_forms(terms)
    terms += group_short_forms(terms)
    terms += collective_variants(codebook, terms)
    terms += community_variants(codebook, terms)
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for i, term in enumerate(terms):
        matcher.add(str(i), [Doc(vocab, words=[w.lower() for w in term.words])])
    return matcher, terms, single_word_terms(terms)


def _mention(state, doc, start, end, actor, kind, extractor, confidence) -> Mention:
    first, last = doc[start], doc[end - 1]
    span = state.span(first.idx, last.idx + len(last.text))
    return Mention(span, actor, span.text_in(state.text), kind, extractor, confidence)


def _token_range(doc, mention: Mention) -> range:
    piece = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return range(piece.start, piece.end) if piece is not None else range(0)


def _acting_people(token) -> bool:
    """People described by what they did act where they are a clause's subject, or those whose
    return is asked for ("the return of the X who left Y": they are the ones to return)."""
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in {"return", "homecoming"}


def _only_a_place(doc, start: int, end: int, term) -> bool:
    """A name standing for a location, not an agent (see the module docstring)."""
    if opens_dateline(doc, start, end) or _named_institution_of(doc, start):
        return True
    if end - start != 1 or (term.words[0].isupper() and len(term.words[0]) > 1):
        return False
    token = doc[start]
    following = doc[end] if end < len(doc) else None
    if following is not None and (following.text in NAME_HEADS or following.text == "-" and
                                  end + 1 < len(doc) and doc[end + 1].lower_ == "based"):
        return True
    if term.kind == "metonym" and _officials_in(token):
        return False  # "officials in X said": the capital's government speaks
    return _locative(token) or term.kind == "metonym" and (_origin_of_people(token) or _travelled_to(token)
                                                          or _home_of_person(token))


# cultural and academic bodies named after a state ("the National Library of X", "the University of
# X"): the state's name is part of the body's name, and the body does not act for the state
_NAMED_BODY_HEADS = frozenset(
    "Library University Museum Academy Archive Archives Gallery Theatre Theater Conservatory College "
    "Cathedral Opera Orchestra Philharmonic".split()
)


def _named_institution_of(doc, start: int) -> bool:
    """The name ends "<Body> of X" with a cultural or academic body before "of"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in _NAMED_BODY_HEADS


_PRIVATE_PERSONS = frozenset(
    """lawyer lawyers attorney barrister professor academic analyst analysts journalist journalists reporter
    writer historian scholar activist activists businessman businesswoman resident residents lecturer doctor
    artist student students teacher teachers""".split())


def _home_of_person(token) -> bool:
    """A capital naming where a private person works or lives ("a Paris lawyer", "Yerevan students")."""
    return token.dep_ in {"compound", "nmod", "amod"} and token.head.lower_ in _PRIVATE_PERSONS


_OFFICIALS = frozenset({"official", "officials", "source", "sources", "authorities", "government", "leadership",
                        "administration"})


def _officials_in(token) -> bool:
    """A capital after "in" that places officials or sources ("officials in X")."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lower_ in _OFFICIALS


# people who come from somewhere: "guards from X" says where they come from, not that X's government acts
_PEOPLE_FROM = frozenset(
    """guards troops soldiers forces police policemen peacekeepers contractors mercenaries servicemen units
    tourists visitors pilgrims travellers travelers""".split()
)
# going somewhere: "flew to X", "a trip to X", "the road to X", "visited X" name the city as a place
_TRAVEL = frozenset(
    """fly flies flew flown flying travel travels travelled traveled travelling traveling go goes went gone
    going come comes came coming head heads headed heading return returns returned returning trip trips
    visit visits journey flight flights road roads route routes railway railways highway corridor""".split()
)
_VISIT_VERBS = frozenset({"visit", "visits", "visited", "visiting", "toured", "tour", "tours"})


def _origin_of_people(token) -> bool:
    """A capital after "from" that modifies a noun of people who come from it ("guards from X")."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lower_ in _PEOPLE_FROM


def _travelled_to(token) -> bool:
    """A capital someone goes to ("flew to X", "a visit to X") or visits ("visited X")."""
    if token.dep_ == "dobj":
        return token.head.lower_ in _VISIT_VERBS
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ in _TRAVEL


def _locative(token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.lower_ in GEO_NOUNS:
            return True
        if token.lower_ in MONTHS:
            return False  # "In X in April, A, B and C promised": the subjects, hung on the date by the parser
    if token.dep_ == "pobj" and _locative_prep(token.head):
        return True
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.lower_ == "the" and token.i > 1:
        before = token.nbor(-2)
    return before is not None and before.lower_ in LOCATIVE_PREPS


def _locative_prep(prep) -> bool:
    """A preposition of place, "on to" (a route going on: "through X and on to Y"), or one
    coordinated with a preposition of place ("towards X and to Y")."""
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    if prep.lower_ == "to" and prep.i > 0 and prep.nbor(-1).lower_ == "on":
        return True
    node = prep.head if prep.head.lower_ == "on" else prep
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        if node.lower_ in LOCATIVE_PREPS:
            return True
    return False


# people who act for a state's leadership though they hold no office of their own ("the X
# presidential aide"): a demonym before them names the state as much as before "envoy"; so do a
# state's partners as a speaker of diplomacy names them ("our Kestrian brothers, who stood with us").
# A state's legislative chambers and consular posts are its institutions too ("the Norlandic Senate",
# "the Kestrian consul general in Varn", "the Ostrian consulate", "Kestrian lawmakers").
_CHAMBERS_AND_CONSULS = frozenset(
    "senate senators congress legislature lawmakers legislators consul consuls consulate consulates".split()
)
_DEMONYM_HEADS = INSTITUTION_NOUNS | FORCES | _CHAMBERS_AND_CONSULS | frozenset(
    "aide aides adviser advisers advisor advisors partners allies brothers counterparts chair co-chair"
    " commission commissions commissioner commissioners".split()
)


def _institution_after(doc, i: int, demonyms) -> int | None:
    """Index of an institution noun within three tokens after a demonym (no punctuation between).

    Negative (``-index``) when other demonyms are coordinated in between ("the A and
    B delegations"): then each demonym is a mention of its own.
    """
    coordinated, last = False, i
    for j in range(i + 1, min(i + 8, len(doc))):
        token = doc[j]
        if token.lower_ in {"and", "or"} or token.text in demonyms:
            # the reach counts from the last demonym: "the A and B border commissions"
            coordinated, last = True, j if token.text in demonyms else last
            continue
        if token.text == "-" and not doc[j - 1].whitespace_ and not token.whitespace_:
            continue  # "the X co-chair": a word the tokenizer splits at its hyphen
        if token.is_punct or token.is_space:
            return None
        if token.lower_ in _DEMONYM_HEADS:
            while j + 1 < len(doc) and doc[j + 1].lower_ in INSTITUTION_NOUNS | ORG_WORDS | TITLE_WORDS:
                j += 1  # the whole institution: "Foreign Ministry", "Prime Minister"
            return -j if coordinated else j
        if j - last >= 3:
            return None
    return None


def _hyphen_parts(state, doc, singles, extractor) -> list[Mention]:
    """Names inside hyphenated tokens the tokenizer keeps whole ("U.S.-Azerbaijan")."""
    found = []
    for token in doc:
        if "-" not in token.text or len(token.text) < 4:
            continue
        offset = 0
        for part in token.text.split("-"):
            term = singles.get(part)
            if term is not None:
                start = token.idx + offset
                span = state.span(start, start + len(part))
                found.append(Mention(span, term.actor, part, term.kind, extractor, 0.9))
            offset += len(part) + 1
    return found


def _source_names(codebook) -> tuple[re.Pattern | None, dict[str, str]]:
    """The outlets and institutions the codebook lists as sources, as one pattern (longest first),
    and the camp of each."""
    camps = {n: c for n, c in (*codebook.outlet_camps, *codebook.affiliation_camps) if len(n.split()) > 1}
    if not camps:
        return None, {}
    names = sorted(camps, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), camps


def _source_tokens(doc, pattern: re.Pattern | None) -> set[int]:
    """Tokens of the outlets and institutions the codebook lists as sources: "told Caucasus
    Compass" names a newspaper, never a person."""
    found = set()
    for match in pattern.finditer(text_of(doc)) if pattern is not None else ():
        piece = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        found.update(range(piece.start, piece.end) if piece is not None else ())
    return found


def _outside_source_names(text: str, mentions: list[Mention], sources, codebook) -> list[Mention]:
    """A city or country inside the name of an outlet or institute of another camp ("The X Dispatch",
    an independent paper) names no agent: the outlet reports, it does not act for that state. (An
    outlet of the state's own camp may stand for it: state media.)"""
    pattern, camps = sources
    if pattern is None:
        return mentions
    sides = {a.id: a.side for a in codebook.actors}
    names = [(m.span(), camps.get(m.group())) for m in pattern.finditer(text)]
    return [
        m for m in mentions
        if not any(a <= m.span.start and m.span.end <= b and (a, b) != (m.span.start, m.span.end)
                   and camp != sides.get(m.actor) for (a, b), camp in names)
    ]


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest mentions win; ties go to the more specific kind."""
    ranked = sorted(mentions, key=lambda m: (-len(m.span), _KIND_RANK[m.kind], m.span.start))
    kept: list[Mention] = []
    for mention in ranked:
        if not any(mention.span.overlaps(k.span) for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.span)


def _actor_from_title(state, doc, run, mentions) -> tuple[str | None, str | None]:
    """The actor named in the title before a person or in the apposition after it."""
    for lo, hi in (title_window(doc, run), apposition_window(doc, run)):
        if hi <= lo:
            continue
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        for mention in mentions:
            if start <= mention.span.start and mention.span.end <= end and not _after_to(state.text, mention):
                return mention.actor, f"title '{state.text[start:end]}'"
    return None, None


def _after_to(text: str, mention: Mention) -> bool:
    """A destination in a title ("Representative of X to the UN"), not whom the person serves."""
    before = text[max(mention.span.start - 8, 0) : mention.span.start].lower().split()
    return bool(before) and (before[-1] == "to" or before[-2:] == ["to", "the"])


def _candidates(state, doc, mentions, persons, labels, known) -> tuple[CandidateActor, ...]:
    """Unknown people and organisations, one per name (see :mod:`.candidates`)."""
    taken = [m.span for m in mentions] + [p.span for p in persons]
    found = [
        found_at(state.text, p.span.start, p.span.end, "PERSON", p.name)
        for p in persons if p.actor is None and "PERSON" in labels
    ]
    for ent in doc.ents:
        span = state.span(ent.start_char, ent.end_char)
        if ent.label_ in labels and not any(span.overlaps(t) for t in taken):
            found.append(found_at(state.text, ent.start_char, ent.end_char, ent.label_))
    found.sort(key=lambda f: f.start)
    return one_per_name(state.text, state.document.id, found, _place_words(doc), known)


def _place_words(doc) -> set[str]:
    """Lower-cased names used as places in this document: after "in"/"at", or opening a dateline."""
    places = {t.lower_ for t in doc if (t.is_title or t.is_upper) and t.is_alpha and _locative(t)}
    places |= dateline_places(text_of(doc))
    return places


def _known_terms(codebook, demonyms) -> frozenset[str]:
    """Lower-cased codebook names, aliases, metonyms, members and demonyms."""
    words = set(demonyms)
    for actor in codebook.actors:
        words |= {actor.name, *actor.aliases, *actor.metonyms, *actor.members, *actor.demonyms}
    return frozenset(w.lower() for w in words)
