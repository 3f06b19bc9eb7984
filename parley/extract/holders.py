"""Who holds a position: the codebook actors behind a subject, a pronoun, "both sides" or the author.

Used by ``stance.rules.v1``. A subject phrase stands for the actors named in it — its head,
compounds, possessors, appositions and conjuncts, and "of …" after an institution or a title
("the Administration of the Bordurian President") — not for actors inside other
prepositional phrases ("the outbreak of the war between X and Y" is no actor). Pronouns and
role nouns ("he", "the Secretary", "the Ministry") go back to the last subject with the same
head, a person whose title carries the role, or the last singular subject ("he" and "she" only to
a person of no other gender, :mod:`.holder_gender`); plural references
("both ministers", "the two leaders") to the actors of the subjects last named with that role,
else ("the two sides", "the parties") to the parties named in the sentence or just before it
("both delegations" of a readout: else to the parties its opening named). "The government"
with no earlier government is the state of the last singular subject (an opposition bloc's
is its country's). "He"/"his" in a reported clause is first the reporting clause's subject ("X said
that his government …"); in a press release "The Federal Minister" (a title naming no country, the
first in the body) is the issuing office's own (:mod:`.voice_officer`), and a resolution's issuing
body is its issuer (:mod:`.voice_resolution`). A demonym before an institution or a document ("the French resolution") stands for its actor;
"the appeal" for the actor that adopted an appeal before. A joint statement (its heading names
two or more actors) speaks for all of them.

The author's camp, for an op-ed's own argument, is the institution its affiliation, byline or
author note names (from the codebook's affiliations), else in an op-ed the actor its byline
author is a member of (before the outlet's camp), else the document's camp when known, else the
actor the author (or the speaker label of a transcript) is a member of, else — marked by a low confidence — the actor named as an agent far more often than any
other. An interview's answers (:mod:`.interview`) are its interviewee's, like a transcript
speaker's turns; its questions are nobody's argument.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from .camp import actor_named, author_member
from .holder_self import header_names, names_itself, own_party_state, self_reference
from .holder_statement import coordinated_subject, saying_subject, statement_owner
from .holder_namesake import namesake
from .holder_gender import body_antecedent, pointable
from .interview import interview_turns
from .turn_labels import label_speaker, transcript_labels
from .issues import body_start
from .lexicon import INSTITUTION_NOUNS, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS, WORK_GROUPS, demonyms_of
from .stance_syntax import governing_subject
from .fronted_names import split_list_head
from .voice_officer import own_title, phrase_title
from .voice_resolution import resolution_body
from .news_datelines import capitals_dateline, news_dateline
from .voice import STATEMENT_WORDS, affiliation_entry, issuer_noun, opinion_signals, source_noun, statement_title, titled_issuer
from .holder_relative import comma_antecedent, second_relative
from .holder_plural import counted_pair, counted_parties, joint_signers, main_states, may_be_it, pair_of, plural_antecedent, plural_reference
from .stance_lexicon import (
    FIRST_PERSON, PLURAL_PRONOUNS, RELATIVE_PRONOUNS,
    SINGULAR_PRONOUNS, stem,
)
from .state import DocState

_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "appos", "conj", "cc", "det", "nmod", "flat", "nummod", "punct",
                          "npadvmod", "advmod", "case", "preconj", "predet", "quantmod"})
_HEADS_WITH_OF = frozenset(ORG_WORDS | TITLE_WORDS | ROLE_NOUNS | INSTITUTION_NOUNS | WORK_GROUPS | {"head", "side", "families", "railways"})
_OPINION_GENRES = frozenset({"op-ed", "oped", "opinion", "commentary", "analysis", "column", "editorial", "essay"})
_BYLINE = re.compile(r"^\s*(?:by|written by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$", re.IGNORECASE | re.MULTILINE)
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})
_DOCUMENT_NOUNS = frozenset(stem(w) for w in "resolution appeal statement declaration motion bill communique readout letter".split())
_BODY_NOUNS = frozenset(stem(w) for w in "senate congress assembly parliament legislature".split())
_ROLE_STEMS = frozenset(stem(w) for w in ROLE_NOUNS)
_ORG_STEMS = frozenset(stem(w) for w in INSTITUTION_NOUNS | ORG_WORDS)
_COUNTERPART = stem("counterpart")  # "X's minister … his Y counterpart … the two ministers": the same role
_AIDES = frozenset(stem(w) for w in "adviser advisor aide assistant counsellor counselor".split())  # not "ambassador to X"
_SEATED = frozenset({"government", "authorities", "leadership", "administration"})  # "the government in X" (not "diplomats in X")
_TALKS_PARTIES = frozenset(stem(w) for w in ("parties", "sides", "delegations"))
_GOVERNMENT_STEMS = frozenset(stem(w) for w in ("government", "cabinet", "administration"))
_JOINT = re.compile(r"\bjoint\b", re.IGNORECASE)


@dataclass(frozen=True)
class Resolution:
    """The actors a phrase stands for and how they were found.

    ``kind``: name (a codebook term or member in the phrase), first (I/we), pronoun,
    role, party (plural reference) or none.
    """

    actors: tuple[str, ...] = ()
    kind: str = "none"
    person: str | None = None

    @property
    def found(self) -> bool:
        return bool(self.actors) or self.kind == "first"


class DocContext:
    """Lookups over one document's layers for holder resolution."""

    def __init__(self, state: DocState, codebook) -> None:
        self.state, self.codebook, self.doc = state, codebook, state.parsed
        # "the monitors" for the EU's mission names the actor, but as the issue's own words: no holder
        self.mentions = sorted((m for m in state.mentions if m.kind != "reference"), key=lambda m: m.span)
        self.mention_starts = [m.span.start for m in self.mentions]
        self.persons = sorted(state.persons, key=lambda p: p.span)
        self.history: list[tuple[int, str, Resolution]] = [  # (char offset, head stem, resolution)
            (q.speaker_span.start, "", Resolution((q.speaker_actor,), "name", q.speaker))
            for q in state.quotes if q.speaker_actor and q.speaker_span is not None
        ]
        self.phrases = {q.speaker_span.start: state.text[q.speaker_span.start:q.speaker_span.end]
                        for q in state.quotes if q.speaker_span is not None}  # what "he" or "she" may point back to
        self._names = {a.name for a in codebook.actors}
        self._resolved: dict[int, Resolution] = {}  # by head token, until the next subject is remembered
        self.resolution = resolution_body(state.text, self.actors_in)  # a parliament's resolution: its body
        self.issuer = _issuer(state, self) or self.resolution
        self.home = self.issuer or header_actor(state, self)  # a record's issuing parliament: its state
        labels = transcript_labels(state, self)
        self.labels = labels or interview_turns(state.text, _speakers(state))
        self.interview = not labels and bool(self.labels)  # an interview's turns stand in for labels
        self.body = body_start(state)
        self.header_names = header_names(state.text, self.body)
        # the header's institution of the affiliation table, when no affiliation was given with the file
        self.source = None if state.document.affiliation else affiliation_entry(
            state.text, self.body, codebook.affiliation_camps)
        self.camp, self.camp_confidence = author_camp(state, self)
        self.opinion = is_opinion(state)
        self.statement = is_statement(state)
        self.joint = joint_issuers(state, self)
        self.own_title = own_title(state.text, self.body, self.mentions) if self.statement and self.camp else None
        self.documents: list[tuple[int, str, Resolution]] = []  # texts an actor adopted or issued
        self.demonyms = demonym_table(codebook)
        self._names_known = frozenset(a.id for a in codebook.actors)
        self._header_words = {w for m in self.mentions if m.span.start < self.body for w in m.text.split()}

    # -- what the text names ------------------------------------------------------------
    def actors_in(self, start: int, end: int) -> tuple[tuple[str, ...], str | None]:
        """Actors (in order) of mentions inside ``[start, end)``, and the last person's name there."""
        i = bisect.bisect_left(self.mention_starts, start)
        actors = []
        while i < len(self.mentions) and self.mentions[i].span.start < end:
            if self.mentions[i].span.end <= end:
                actors.append(self.mentions[i].actor)
            i += 1
        people = [p for p in self.persons if start <= p.span.start and p.span.end <= end]
        actors += [p.actor for p in people if p.actor]
        return tuple(dict.fromkeys(actors)), (people[-1].name if people else None)

    def token_actors(self, token) -> tuple[str, ...]:
        return self.actors_in(token.idx, token.idx + len(token.text))[0]

    # -- subjects -----------------------------------------------------------------------
    def resolve(self, head) -> Resolution:
        """The actors the phrase headed by ``head`` stands for (module docstring); once per token until remembered."""
        if head.i not in self._resolved:  # the walks of a sentence's cues meet the same subjects again
            self._resolved[head.i] = self._resolve(head)
        return self._resolved[head.i]

    def _resolve(self, head) -> Resolution:
        lower = head.lower_
        if lower in FIRST_PERSON or self_reference(head):  # "this newspaper" is the writers' "we"
            return Resolution((), "first")
        tokens = [t for t in phrase_tokens(head) if not t.is_punct and not capitals_dateline(t)] or [head]  # a comma would stretch the
        tokens += [t for t in [split_list_head(head)] if t is not None]  # "…, A, B, the C and D agreed"
        start, end = min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)  # span over a clause
        actors, person = self.actors_in(start, end)
        if actors:
            return Resolution(actors, "name", person)
        if names_itself(head, self.header_names):
            return Resolution((), "first")  # "Kandovan has always held …" under the header "Kandovan Television"
        if self.own_title is not None and phrase_title(tokens) == self.own_title:
            return Resolution((self.camp,), "role")  # "The Federal Foreign Minister" in the office's readout
        owner = self._demonym_owner(head) or pair_of(head, self.resolve)  # "the agencies of both States"
        if owner:
            return Resolution(owner, "name")
        if lower == "its":
            return self._nearest_actor(head)
        if lower == "it":
            owner = statement_owner(head)  # "the statement of X that it will …"
            if owner is not None:
                return self.resolve(owner)
            return self._sayer(head) or self._nearest_actor(head, subjects_only=True)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
        if owner is not None and lower in INSTITUTION_NOUNS | ORG_WORDS:  # "his government"; a party's "our Government"
            state = own_party_state(owner, head, self.camp, self.codebook)
            return Resolution((state,), "name") if state else self.resolve(owner)
        if lower in SINGULAR_PRONOUNS and lower not in {"it", "its"}:
            return self._in_clause(head) or self._antecedent(head.idx, None, lower)
        if lower in PLURAL_PRONOUNS:
            return self._plural_antecedent(head)
        if plural_reference(head):
            if self.joint and joint_signers(head):
                return Resolution(self.joint, "party")  # "the Ministers" of a joint statement: its issuers
            return Resolution(self._same_roles(head) or counted_parties(
                head, self.state.sentences, lambda s, e: self._party_actors(s, e, head, ())) or self.parties(head), "party")
        if stem(lower) in _DOCUMENT_NOUNS and any(c.lower_ in {"the", "this"} for c in head.children):
            return self._document_owner(head)
        if issuer_noun(head, self.issuer, self.state.text, self.mentions):
            return Resolution((self.issuer,), "name")  # "the faction" in the faction's own statement
        # "the Council" in the Council of Elders' own minutes (not "the Community" of an actor the header names)
        source = source_noun(head, self.source, self._names_known)
        if source is not None and head.text not in self._header_words:
            return Resolution((source,), "name")
        if lower in ROLE_NOUNS or lower in TITLE_WORDS or lower in ORG_WORDS or lower in INSTITUTION_NOUNS:
            if any(c.lower_ in {"the", "this"} for c in head.children):
                found = self._antecedent(head.idx, stem(lower))  # the same noun before, else a namesake ("the Mission")
                owner = () if found.kind == "role" or stem(lower) in _GOVERNMENT_STEMS else namesake(
                    head, self.codebook, self.mentions, head.idx)
                return Resolution(owner, "role") if owner and owner != found.actors else found
        return Resolution()

    def _sayer(self, pronoun) -> Resolution | None:
        """"X has said that it …", "X declined, and it will not …": X, where X names one actor and is no person speaking for one
        ("France's representative said that it …" speaks of something else)."""
        sayer = saying_subject(pronoun) or coordinated_subject(pronoun)
        if sayer is None or sayer.lower_ in ROLE_NOUNS | TITLE_WORDS:
            return None
        found = self.resolve(sayer)
        return Resolution(found.actors, "pronoun") if len(found.actors) == 1 and found.person is None else None

    def _in_clause(self, pronoun) -> Resolution | None:
        """"X said that his government …": the subject of the clause that reports the pronoun's."""
        subject = governing_subject(pronoun)
        found = self.resolve(subject) if subject is not None else Resolution()
        return Resolution(found.actors, "pronoun", found.person) if len(found.actors) == 1 else None

    def _demonym_owner(self, head) -> tuple[str, ...]:
        """"the French resolution", "the Ruritanian parliament": the actor of a demonym before an
        institution or a document (a demonym alone is no agent, so it is no mention)."""
        if stem(head.lower_) not in _DOCUMENT_NOUNS | _BODY_NOUNS | _ORG_STEMS:  # "agencies" as "agency"
            return ()
        modifiers = [c for c in head.children if c.dep_ in {"amod", "compound"}]
        modifiers += [c for m in modifiers for c in m.children if c.dep_ == "conj"]  # "the A-ian and B-ian agencies"
        found = [self.demonyms[c.lower_] for c in modifiers if c.lower_ in self.demonyms]
        return tuple(dict.fromkeys(found))

    def _same_roles(self, head) -> tuple[str, ...]:
        """"both ministers", "the two leaders": the actors of the persons last named with that role."""
        wanted = stem(head.lower_)
        if wanted not in _ROLE_STEMS:
            return ()
        earlier = [h[2].actors for h in self.history if h[0] < head.idx and h[1] in {wanted, _COUNTERPART} and len(h[2].actors) == 1]
        found = tuple(dict.fromkeys(a for actors in reversed(earlier) for a in actors))
        return found[:2] if len(found) >= 2 else ()

    def _document_owner(self, head) -> Resolution:
        """"the appeal", "the resolution": the actor that adopted or issued it earlier in the text."""
        same = [h for h in self.documents if h[0] < head.idx and h[1] == stem(head.lower_)]
        return Resolution(same[-1][2].actors, "role") if same else Resolution()

    def _plural_antecedent(self, token) -> Resolution:
        """"they": the subject reporting it, where that names several actors ("A and B told the Commission that they
        …"), else :func:`.holder_plural.plural_antecedent`."""
        reporter = governing_subject(token) if token.lower_ == "they" else None
        found = self.resolve(reporter).actors if reporter is not None else ()
        actors, several = (found, True) if len(found) >= 2 else plural_antecedent(self.state.text, self.state.sentences, self.history, token)
        return Resolution(actors, "party" if several else "pronoun") if actors else Resolution()

    def _nearest_actor(self, token, subjects_only: bool = False) -> Resolution:
        """"its": the nearest actor named before it in its sentence or the one before; "it"
        (``subjects_only``): the nearest such actor named as a subject, a state or organisation."""
        earliest = token.sent.start_char
        before = [s for s in self.state.sentences if s.end <= earliest]
        if before:
            earliest = before[-1].start
        named = [m for m in self.mentions if earliest <= m.span.start and m.span.end <= token.idx]
        if subjects_only:
            named = [m for m in named if may_be_it(self.doc, m, self._kind(m.actor)) and self._is_subject(m, token.sent.start_char)]
        found = (named[-1].actor,) if named else body_antecedent(self.history, self.phrases, earliest, token.idx) if subjects_only else ()
        return Resolution(found, "pronoun") if found else Resolution()

    def _is_subject(self, mention, sentence_start: int) -> bool:
        """A subject; before the sentence, also an officer's owner ("X's minister said …. It also offered")."""
        span = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ == "poss" and mention.span.end <= sentence_start \
                and root.head.lower_ in ROLE_NOUNS | TITLE_WORDS:
            root = root.head
        return root is not None and root.dep_ in {"nsubj", "nsubjpass"}

    def _kind(self, actor_id: str) -> str:
        return next((a.kind for a in self.codebook.actors if a.id == actor_id), "other")

    def remember(self, token, resolution: Resolution) -> None:
        """A resolved subject later pronouns and role nouns may point back to."""
        if resolution.actors and resolution.kind in {"name", "role", "pronoun", "party"}:
            self.history.append((token.idx, stem(token.lower_), resolution))
            self.phrases[token.idx] = " ".join(t.text for t in phrase_tokens(token))
            self._resolved.clear()

    def remember_document(self, token, resolution: Resolution) -> None:
        """A resolution, appeal or statement a named actor adopted or issued ("X adopted an appeal")."""
        if resolution.actors and resolution.kind == "name" and stem(token.lower_) in _DOCUMENT_NOUNS:
            self.documents.append((token.idx, stem(token.lower_), resolution))
            self._resolved.clear()

    def _antecedent(self, position: int, head_stem: str | None, pronoun: str = "") -> Resolution:
        earlier = pointable(pronoun, sorted((h for h in self.history if h[0] < position), key=lambda h: h[0]),
                            self.phrases, self._names)
        if head_stem is not None:
            same = [h for h in earlier if h[1] == head_stem]
            if same and head_stem in _GOVERNMENT_STEMS:  # "the Government" named again is a state's
                states = tuple(dict.fromkeys(a for a in map(self._state_of, same[-1][2].actors) if a))
                return Resolution(states, "role", same[-1][2].person) if states else Resolution()
            if same:
                return Resolution(same[-1][2].actors, "role", same[-1][2].person)
            titled = self._titled_person(position, head_stem)
            if titled is not None:
                return titled
        singular = [h for h in earlier if len(h[2].actors) == 1]  # "he" never points back to an institution (above)
        if head_stem in _GOVERNMENT_STEMS:  # a government is a state's: an opposition bloc's is its country's
            turn = label_speaker(self, position)  # "the Government will not …" in a minister's turn: the speaker's
            own = [a for a in (turn[0] if turn else ()) if self._kind(a) == "state"]
            if len(own) != 1 and self.state.text[position:position + 1].isupper() and self._kind(self.camp or "") == "state":
                own = [self.camp]  # a capitalised "the Government" that no turn owns: the text's own state's
            if len(own) == 1:
                return Resolution((own[0],), "role")
            states = [a for a in (self._state_of(h[2].actors[0]) for h in singular) if a is not None]
            return Resolution((states[-1],), "role") if states else Resolution()
        if singular:
            return Resolution(singular[-1][2].actors, "pronoun", singular[-1][2].person)
        people = [p for p in self.persons if p.span.end <= position and p.actor]
        return Resolution((people[-1].actor,), "pronoun", people[-1].name) if people else Resolution()

    def _state_of(self, actor_id: str) -> str | None:
        """The actor itself when a state, else the state of its camp ("the opposition" → its country)."""
        actor = next((a for a in self.codebook.actors if a.id == actor_id), None)
        if actor is None:
            return None
        if actor.kind == "state":
            return actor.id
        return actor.side if self._kind(actor.side) == "state" else None

    def _titled_person(self, position: int, head_stem: str) -> Resolution | None:
        text = self.state.text
        for person in reversed([p for p in self.persons if p.span.end <= position and p.actor]):
            before = text[max(person.span.start - 40, 0) : person.span.start]
            if head_stem in {stem(w) for w in re.findall(r"[A-Za-z]+", before)}:
                return Resolution((person.actor,), "role", person.name)
        return None

    def parties(self, token, exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The parties a plural reference points to: actors of this sentence, else of the two before,
        else of the first sentence that named two parties (a readout's opening names the talks')."""
        sentence = token.sent
        found = self._party_actors(sentence.start_char, sentence.end_char, token, exclude)
        if len(found) >= 2:
            return found
        earlier = [s for s in self.state.sentences if s.end <= sentence.start_char]
        governments = stem(token.lower_) in _GOVERNMENT_STEMS and counted_pair(token)
        if governments and main_states(self.mentions, self.codebook, exclude):  # "both Governments": the text's
            return main_states(self.mentions, self.codebook, exclude)  # two main states
        if earlier:
            before = self._party_actors(earlier[-2:][0].start, earlier[-1].end, None, exclude)
            found = tuple(dict.fromkeys(found + before))
        if len(found) < 2 and counted_pair(token):  # "both governments" far from any name: the text's two
            found = main_states(self.mentions, self.codebook, exclude) or found
        if len(found) < 2 and stem(token.lower_) in _TALKS_PARTIES:  # "both delegations": the opening's parties
            found = next((named for named in (self._party_actors(s.start, s.end, None, exclude)
                                              for s in earlier[:-2]) if len(named) >= 2), found)
        return found if len(found) >= 2 else ()

    def _party_actors(self, start: int, end: int, skip, exclude) -> tuple[str, ...]:
        actors, _ = self.actors_in(start, end)
        own = set(self.token_actors(skip)) if skip is not None else set()
        kinds = {a.id: a.kind for a in self.codebook.actors}
        wanted = {"state", "community", "party", "person"}
        return tuple(a for a in actors if a not in own and a not in exclude and kinds.get(a, "state") in wanted)


def _speakers(state: DocState) -> list[tuple[int, str, str | None]]:
    """Persons with a codebook actor and speakers of direct quotes, in text order (interviewees)."""
    found = [(p.span.start, p.actor, p.name) for p in state.persons if p.actor]
    found += [(q.span.start, q.speaker_actor, q.speaker) for q in state.quotes if q.direct and q.speaker_actor]
    return sorted(found, key=lambda s: s[0])


def demonym_table(codebook) -> dict[str, str]:
    """Lower-case demonyms of the codebook's actors (listed, or guessed for states), to their ids."""
    table = {}
    for actor in codebook.actors:
        guessed = demonyms_of(actor.name) if actor.kind == "state" else set()
        for word in (*actor.demonyms, *guessed):
            table.setdefault(word.lower(), actor.id)
    return table


def joint_issuers(state: DocState, ctx: DocContext) -> tuple[str, ...]:
    """The parties that issue a joint statement together: two or more actors named in its heading
    ("Joint statement of the governments of X and Y"); empty for any other text."""
    heading = state.text.lstrip().split("\n", 1)[0]
    if not (is_statement(state) and _JOINT.search(heading)):
        return ()
    start = len(state.text) - len(state.text.lstrip())
    actors = ctx.actors_in(start, start + len(heading))[0]
    return actors if len(actors) >= 2 else ()


def phrase_tokens(head) -> list:
    """The tokens of a subject phrase that can name its actors (see the module docstring)."""
    out, stack = [head], [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in _PHRASE_DEPS or (
                child.dep_ == "prep" and child.lower_ == "of" and stem(token.lower_) in {stem(w) for w in _HEADS_WITH_OF}
            ) or (child.dep_ == "prep" and child.lower_ == "to" and stem(token.lower_) in _AIDES) or (  # "an adviser to X's president"
                child.dep_ == "prep" and child.lower_ == "in" and token.lower_ in _SEATED):
                out.append(child)
                stack.append(child)
            elif child.dep_ == "pobj" and token.dep_ == "prep":
                out.append(child)
                stack.append(child)
    return out


def relative_head(token):
    """For a relative pronoun subject ("Borduria, who initiated …"), the noun it stands for."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return comma_antecedent(token) or token.head.head  # "a call from the President of X, who …"
    return second_relative(token) or token


def author_camp(state: DocState, ctx: DocContext) -> tuple[str | None, float]:
    """The actor an author's own argument is attributed to, and how sure that is."""
    known = {a.id for a in ctx.codebook.actors}
    table = ctx.codebook.affiliation_camps
    affiliated = _affiliation_camp(state.document.affiliation, table) or (ctx.source[1] if ctx.source else None)
    if affiliated in known and (is_opinion(state) or is_statement(state)):
        return affiliated, 1.0  # an op-ed (a press release) speaks for its author's (issuing) institution
    member = author_member(state.document.author, ctx.codebook.actors)
    if member is not None and is_opinion(state) and not state.document.camp:
        return member, 1.0  # an op-ed speaks for its author's own actor before its outlet's camp
    own = member or getattr(actor_named(state.document.author, ctx.codebook), "id", None)
    if own is not None and not state.document.camp and state.camp in {None, ctx.codebook.actor(own).side}:
        return own, 1.0 if state.camp else 0.9  # the Community's guide speaks for the Community, not its side's state
    if state.camp in known:
        return state.camp, 1.0
    if state.camp is not None:
        return None, 0.0  # a camp that is no actor (independent): no author positions
    issuer = ctx.issuer
    if issuer is not None:
        return issuer, 0.9
    speakers = {a for _, actors, _ in ctx.labels for a in actors}
    if len(speakers) == 1:
        return speakers.pop(), 0.9
    counts = Counter(m.actor for m in ctx.mentions)
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
        return ranked[0][0], 0.5
    return None, 0.0


def _issuer(state: DocState, ctx: DocContext) -> str | None:
    """The one actor named in the header lines under a statement's title ("Office of the President
    of the Republic of X"): the institution that issues it speaks for that actor."""
    if not is_statement(state):
        return None
    text = state.text
    titled = titled_issuer(text, body_start(state), ctx.mentions)
    return titled if titled is not None else header_actor(state, ctx)


def header_actor(state: DocState, ctx: DocContext) -> str | None:
    """The one actor named in the header lines between the title and the body, if one."""
    text = state.text
    title_end = text.find("\n", len(text) - len(text.lstrip()))
    body = body_start(state)
    actors = ctx.actors_in(title_end, body)[0] if 0 < title_end < body else ()
    return actors[0] if len(actors) == 1 else None


def _affiliation_camp(affiliation: str | None, table) -> str | None:
    """The camp of the codebook's affiliation entry that contains, or is contained in, ``affiliation``."""
    if not affiliation:
        return None
    wanted = affiliation.casefold()
    for name, camp in sorted(table, key=lambda e: -len(e[0])):
        if name.casefold() in wanted or wanted in name.casefold():
            return camp
    return None


def is_opinion(state: DocState) -> bool:
    """An argued text by a named author: an opinion genre, an author with an affiliation, or a byline."""
    doc = state.document
    if (doc.genre or "").lower() in _OPINION_GENRES:
        return True
    if doc.author and doc.affiliation:
        return True
    head, body = state.text.lstrip()[:300], body_start(state)  # a dateline ("ASTANA, June 3 (Agency) -") is news
    return not news_dateline(state.text, body) and (bool(_BYLINE.search(head)) or opinion_signals(state.text, body))


def is_statement(state: DocState) -> bool:
    """A text an institution issues in its own voice: its title names a statement, readout,
    briefing, address, speech, remarks, declaration or communiqué, or a party's programme or manifesto.

    Its unattributed arguments ("the routes should be reopened") are then the issuer's.
    """
    title = state.text.lstrip().split("\n", 1)[0]
    return any(stem(w) in STATEMENT_WORDS for w in re.findall(r"[A-Za-z]+", title)) or \
        statement_title(state.text, body_start(state))
