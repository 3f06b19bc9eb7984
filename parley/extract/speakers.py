"""``speakers.rules.v1``: who said each quote, and which codebook actor they stand for.

The attribution is looked for, in order:

1. between the parts of a split quote (“A,” he said, “B”);
2. right after the closing mark (", X said", ", said X, title…", ", he added",
   ", it was stated in the statement", ", the statement reads"; "X, which … “…”, said": the
   fronted subject, :mod:`.speaker_fronted`; "X was told by Y": the agent, :mod:`.speaker_passive`;
   "“…?” X asked", :mod:`.speaker_questions`); "the minister's words “…”" (:mod:`.quotes_owned`);
3. a dash and a name after the closing mark (“…” — X, title), on the same or the next line; a
   colon and a name or role after a quote that opens its line (a headline: “…”: X’s envoy on …;
   :mod:`.speaker_headlines`);
4. before the opening mark in the same sentence ("X told Y on … that “…”", "X said: “…”",
   "X: “…”" in a headline, "according to X"; a verb of characterising with an object:
   "X called the plan “…”", "X termed it “…”", "X labelled it as “…”"; a quote completing "as"
   after a verb with its own subject is that subject's: "A accused B, a claim C rejected as “…”";
   a participle after a comma is the main clause subject's: "X, meanwhile, rejected Y, calling it “…”";
   "ask X to stop calling it “…”" is X's word, :func:`.speaker_characterised.controlled_characteriser`);
5. a colon after the sentence's subject ("X was blunt: “…”", "X's message was clear: “…”", "He went
   further: “…”", :mod:`.speaker_colon`); 5–8 are in :mod:`.speaker_neighbours`;
6. a sentence ending with a colon just before the quote's paragraph;
7. the sentence just before, in the same paragraph, when the quote opens its own sentence:
   its speech verb's subject ("X told reporters on Friday. “…”"), else its subject person;
8. the sentence just after that says so ("“…” ¶ X said this at a rally");
9. for a quote that fills its paragraph, the previous paragraph's last sentence with a speech verb
   ("X posted a message on Tuesday. ¶ “…”").

"“…”, according to X" and "In the words of X, “…”" name the source (:mod:`.speaker_according`);
of two speech verbs before a quote, one in a clause beside the main one with a named subject of its
own attributes it ("“A,” X said, while Y insisted that “B”", :mod:`.speaker_clauses`).

Cue verbs are "said" and its kin, with "reminded", "repeated", "boasted" … and "as X put it"
(:mod:`.speech_cues`); the words around a quote and the "X said" shapes they make are read by
:mod:`.speaker_words`, the document's lookups kept in :class:`.speaker_context.QuoteContext`.
After the closing mark, a name in apposition speaks ("“…,” its director, X, wrote") and words
ending in "and" are no subject (:func:`.speaker_trim.after_hit`); before the opening mark,
auxiliaries and adverbs after an apposition ("X, Y's envoy, had earlier said") give way to the
parse's subject (:func:`.speaker_trim.parsed_subject`).

The subject found there is resolved by :mod:`.speaker_subjects` (persons, actors,
institutions, documents, pronouns, several speakers) and :mod:`.speaker_roles` (unnamed role
holders such as "X's envoy", roles without a country taken from the document's subject actor,
byline authors who never speak), then corrected by :mod:`.speaker_offices` (a state office is no
party's person, members of a national body, secretariat officers, new role holders; "what he
called “…”" and "…, saying X “…”" attribute before anything else does). A role phrase that
speaks ("the foreign minister said") is remembered, so a later "he" points to it; one whose
actor stays unknown ("the government's spokesperson said" with no subject actor) still stops a
later "she" from reaching back to a person named before it. A quote with no attribution of its own that directly
follows another quote (the next paragraph) continues that quote's speaker — unless it is the object of
a verb joined to a speech verb ("X thanked “…” but said …": X, :mod:`.speaker_conjoined`); after the
closing mark, "when/if/before …" with no comma goes on the quote's own sentence. After the closing
mark, ", but accused …" is a verb joined to the sentence's own subject, not an attribution, and
", which X read as …" makes the quote the object of X's verb, not X's words.

Interview turns ("Question: …", "Name: …") without quotation marks are not quotes, direct
or reported: they are the speaker's own words, not narration about them, and
``stance.rules.v1`` already reads them as the turn speaker's arguments. A transcript label
before a quote ("Question: “…”") names no speaker.
"""

from __future__ import annotations

from dataclasses import replace

from parley.core.types import Quote

from .speech_cues import put_it_at
from .speaker_according import according_after, according_source, source_before
from .speaker_clauses import own_clause_verb
from .speaker_passive import passive_agent
from .speaker_questions import asked_after
from .quotes_owned import words_owner, statement_owner
from .lexicon import ORG_WORDS
from .reported import Reported, find_reported
from .speaker_characterised import (
    CHARACTERISING_VERBS, as_complement, asked_aside, called_for_speaker, called_on_speaker, characterising_speaker,
    controlled_characteriser, shared_subject,
)
from .speaker_conjoined import conjoined_speaker
from .speaker_context import DOUBLE_MARKS, SINGLE_MARKS, QuoteContext
from .speaker_extent import with_role_complement
from .speaker_fronted import fronted_subject
from .speaker_headlines import colon_after, colon_headline, dashed_attribution
from .speaker_interview import headline_from_body, headline_interviewee
from .speaker_label_lines import card_speaker, inline_label_speaker, label_people, label_speaker
from .speaker_issuer import reported_from_capital, said_in_capital
from .speaker_labels import claimant_below, item_label, source_label_at, without_items
from .speaker_neighbours import colon_intro, identified_after, introduced, said_after, said_before, said_before_paragraph
from .speaker_offices import office_speaker, participle_subject, what_called
from .speaker_repeats import same_words_same_speaker
from .speaker_sections import heading_above, section_actor, section_role
from .speaker_roles import CONTEXT_CONFIDENCE, CONTEXT_EVIDENCE, role_heads, role_words
from .speaker_subjects import PRONOUN_CONFIDENCE
from .speaker_trim import after_hit, named_in_apposition, narrowed_subject, nominal, parsed_subject
from .speaker_words import (
    PUNCT_STOPS, is_cue_verb, subject_and_verb, subject_before, take_subject, word_span, word_tokens,
)
from .state import Attribution, Component, DocState, Person, register_component

_REPORTED_CONFIDENCE = 0.8
_CONJUNCTIONS = frozenset({"but", "and", "or", "yet", "while", "then"})
_PARTICLES = frozenset("for on upon off out up in back to".split())  # "called for", "called on X to"
_RELATIVES = frozenset({"which", "whom", "what"})
# the longest object between a verb of characterising and its quote ("called our request for joint
# inspections of monasteries “…”"), as quotes.rules.v1 allows it (quotes._CHARACTERISED_OBJECT_WORDS)
_CHARACTERISED_WORDS = 10
# a clause of time or condition straight after the closing mark, with no comma: it goes on the sentence
# the quote sits in ("He urged X to “…” when it writes its report"), it does not attribute the quote
_SUBORDINATORS = frozenset({"when", "if", "unless", "until", "before", "after", "because", "once", "whenever"})


@register_component("speakers.rules.v1")
class RuleSpeakers(Component):
    """Speakers and speaker actors of quotes (see the module docstring)."""

    defaults = {"max_subject_words": 20, "max_words_to_verb": 12, "indirect": True}
    spacy_needs = frozenset({"parser"})

    def __call__(self, state: DocState) -> DocState:
        direct = sorted(state.quotes, key=lambda q: q.span)
        context = QuoteContext(state, direct, self.codebook)
        context.labels = label_people(context)  # a compilation's "ROLE, where:" item heads
        for person in context.labels:
            context.remember(person)
        reports = self._reports(state, context)
        context.reported = [(q.span.start, q.span.end) for q in reports]
        done: list[Quote] = []
        attributions: list[Attribution] = []
        for quote in sorted([*direct, *reports], key=lambda q: q.span):
            if quote.direct:
                found = self._attribute(context, quote, done)
            else:
                found = _reported_speaker(context, quote, reports[quote], self.name)
            if found is not None:
                done.append(found[0])
                attributions.append(found[1])
        done = headline_from_body(state.text, same_words_same_speaker(self.codebook, done))
        done = without_items(context, done)  # "Claim 1: “…”": an item checked, no one's words
        return state.add(self.name, quotes=tuple(done), attributions=state.attributions + tuple(attributions))

    def _reports(self, state: DocState, ctx: "QuoteContext") -> dict[Quote, Reported]:
        """Indirect quotes (without speakers yet) and the report each came from."""
        if not self.settings["indirect"]:
            return {}
        found = {}
        for report in find_reported(state.parsed, ctx.quoted):
            start, end = report.clause
            quote = Quote(
                span=state.span(start, end), text=" ".join(state.text[start:end].split()),
                direct=False, extractor=self.name, confidence=_REPORTED_CONFIDENCE,
            )
            found[quote] = report
        return found

    def _attribute(self, ctx: "QuoteContext", quote: Quote, done: list[Quote]) -> tuple[Quote, Attribution]:
        open_mark, close_mark = ctx.marks(quote)
        region = ctx.region(open_mark, close_mark)
        claimant = claimant_below(ctx.text, open_mark)  # "Claim 1: “…” ¶ Who said it: X, …"
        if claimant is None and item_label(ctx.text, open_mark):  # an item checked, not words someone said
            return quote, Attribution(quote.span, ctx.state.span(*region))
        identified = None if claimant else identified_after(ctx, close_mark)  # "“…” That was X yesterday."
        hit = (
            claimant or _inside(ctx, quote) or identified
            or what_called(ctx, open_mark) or words_owner(ctx, open_mark) or statement_owner(ctx, open_mark)
            or _after(ctx, close_mark, region, self.settings)
            or asked_after(ctx, quote, close_mark, region, self.settings)  # "“…?” X asked"
            or dashed_attribution(ctx, close_mark)
            or colon_after(ctx, open_mark, close_mark)
            or label_speaker(ctx, open_mark)
            or card_speaker(ctx, open_mark)  # "Source B. X, co-chair, Kars, 19 May 2033" ¶ "“…”"
            or characterising_speaker(ctx.state.parsed, open_mark) or called_for_speaker(ctx.state.parsed, open_mark)
            or _before(ctx, open_mark, region, self.settings)
            or called_on_speaker(ctx.state.parsed, open_mark)  # "X called on Y to hold it “on the date …”"
            or according_after(ctx, close_mark, region, self.settings)  # "“…”, according to X"
            or colon_intro(ctx, open_mark)
            or introduced(ctx, open_mark, self.settings)
            or said_before(ctx, open_mark, self.settings)
            or said_after(ctx, close_mark, self.settings)
            or headline_interviewee(ctx, open_mark)
            or said_before_paragraph(ctx, open_mark, close_mark, self.settings)  # "X posted: … ¶ “…”"
            or inline_label_speaker(ctx, open_mark)  # "Deputy Minister of Transport: “…”"
        )
        below = claimant or (identified if hit is identified else None)
        if below is not None:  # the source line or the naming sentence is the attribution: its date is the quote's
            region = (region[0], ctx.state.sentences[ctx.sentence_index(below[0][0])].end)
        attribution = Attribution(quote.span, ctx.state.span(*region))
        hit = hit or conjoined_speaker(ctx.state.parsed, open_mark, close_mark)  # "X thanked “…” but said"
        if hit is None:
            return _continued(ctx, quote, done), attribution
        cue, subject = hit
        attribution = replace(attribution, cue=ctx.state.span(*cue), subject=ctx.state.span(*subject))
        return _with_speaker(ctx, quote, cue, subject, self.name), attribution


def _inside(ctx: QuoteContext, quote: Quote):
    """The attribution between the parts of a split quote."""
    text = ctx.text
    opening = ctx.marks(quote)[0]
    family = SINGLE_MARKS if text[opening] in SINGLE_MARKS else DOUBLE_MARKS
    marks = [i for i in range(quote.span.start, quote.span.end) if text[i] in family]
    for close, reopen in zip(marks[::2], marks[1::2]):
        hit = after_hit(ctx, subject_and_verb(word_tokens(text, close + 1, reopen), 8, 20))
        if hit:  # "“…,” the Envoy, X, told the Council. “…”": X, as after a closing mark
            return hit
    return None


def _after(ctx: QuoteContext, close_mark: int, region, settings):
    end = ctx.next_open_after(close_mark, region[1])
    words = word_tokens(ctx.text, close_mark + 1, end)
    while words and words[0][2] in {",", "–", "—"}:
        words = words[1:]
    if words and words[0][2].lower() in _CONJUNCTIONS:
        return None  # "“…”, but accused X": a verb joined to the sentence's own subject
    if words and words[0][2].lower() in _SUBORDINATORS and words[0][0] == _first_word(ctx.text, close_mark):
        return None  # "urged X to “…” when it writes": a clause of the sentence the quote sits in
    if words and words[0][2].lower() in _RELATIVES:
        return None  # "“…”, which critics read as a threat": the quote is what they read, not said
    hit = subject_and_verb(words, settings["max_words_to_verb"], settings["max_subject_words"])
    opened = next((a for a, b in ctx.quoted if b == close_mark), close_mark)
    hit = after_hit(ctx, fronted_subject(ctx.state.parsed, hit, opened))  # "X, which … “…”, said"
    agent = passive_agent(ctx.state.parsed, hit[0][0]) if hit is not None else None
    hit = (hit[0], agent) if agent is not None else hit  # "“…,” X was told by Y": Y
    hit = _named_after_role(ctx, hit, end)  # "“…,” said the head of the community, X."
    return None if hit is not None and nominal(ctx.state.parsed, *hit[0]) else hit  # "… if X dropped its claims"


def _named_after_role(ctx: QuoteContext, hit, end: int):
    """``said the mayor, X`` / ``said the head of the community, X``: the person named in apposition
    right after a role that names no one (the hit unchanged otherwise)."""
    if hit is None or hit[1] is None or not ctx.text[hit[1][0] : hit[1][1]].lower().startswith(("the ", "a ", "an ")):
        return hit
    role_end = ctx.text.find(",", hit[1][1] - 1, min(end, hit[1][1] + 60))
    person = next((p for p in ctx.people if role_end >= 0 and 0 < p.span.start - role_end <= 2), None)
    if person is None or ctx.text[hit[1][0] : role_end].count(".") or "\n" in ctx.text[hit[1][0] : role_end]:
        return hit
    return hit[0], (person.span.start, person.span.end)


def _first_word(text: str, close_mark: int) -> int:
    """Where the first word after the closing mark starts, when only spaces lie between (no comma)."""
    at = close_mark + 1
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _before(ctx: QuoteContext, open_mark: int, region, settings):
    start = ctx.previous_close_before(open_mark, region[0])
    words = word_tokens(ctx.text, start, open_mark)
    completed = as_complement(ctx.state.parsed, words)
    if completed is not None:
        return completed
    doc = ctx.state.parsed
    verbs = [
        i for i, w in enumerate(words)
        if is_cue_verb(w[2]) and not nominal(doc, w[0], w[1]) and not asked_aside(doc, w[0])
        and not (i > 0 and words[i - 1][2].lower() == "as" and not w[2].endswith("ing"))  # "as announced" (not "as saying")
        or _characterises(words, i)
        or w[2] == "put" and put_it_at(doc, w[0])  # "as X put it, “…”"
    ]
    controlled = next((h for i in verbs if _characterises(words, i) for h in [controlled_characteriser(doc, words[i][0])] if h), None)
    if controlled is not None:
        return controlled  # "ask X to stop calling it “…”": X's word
    if verbs:
        i = own_clause_verb(doc, words, verbs, open_mark)  # "…, while Y insisted that “…”": Y
        if i is None:
            i = min(reversed(verbs), key=lambda k: _depth(ctx.state.parsed, words[k][0]))
        subject = parsed_subject(doc, subject_before(words[:i], settings["max_subject_words"]), words[i][0])
        subject = named_in_apposition(ctx, subject, words[i][0])  # "X, Y's envoy, had earlier said": X
        said_by = ctx.text[subject[0] : subject[1]].lower().split() if subject is not None else []
        if said_by and said_by[-1] in _CONJUNCTIONS:  # "… and urged Y to …"; "X, Y's envoy, met the group and said": X
            shared = shared_subject(ctx.state.parsed, words[i][0])
            subject = shared if len(said_by) == 1 or shared is not None and shared[1] <= subject[0] else subject
        if subject is None or words[i - 1][2] == ",":  # "…, saying the mission “…”": the main clause's subject
            subject = participle_subject(doc, words[i][0]) or subject
        if subject is None:
            subject = take_subject(words[i + 1 :], settings["max_subject_words"])
        subject = passive_agent(doc, words[i][0]) or subject  # "X was told by Y that “…”": Y
        return (word_span(words[i]), subject) if subject else None
    for i in range(len(words) - 1, -1, -1):
        word = words[i][2]
        if word.lower() == "to" and i > 0 and words[i - 1][2].lower() == "according":
            subject = according_source(words[i + 1 :], settings["max_subject_words"])
            return (word_span(words[i - 1]), subject) if subject else None
    return source_before(ctx, start, open_mark, settings) or colon_headline(ctx, words)  # "In X's words, “…”"


def _characterises(words, i: int) -> bool:
    """``X called the plan “…”``, ``X termed it “…”``: a verb of characterising with an object, the
    quote its complement (right after the object, or after "as"), is said by its subject. "Called
    for", "called on … to" characterise nothing: another cue must attribute their quote."""
    if words[i][2].lower() not in CHARACTERISING_VERBS:
        return False
    rest = [w[2].lower() for w in words[i + 1 :]]
    if rest[-1:] == ["as"]:
        rest = rest[:-1]
    return 1 <= len(rest) <= _CHARACTERISED_WORDS and rest[0] not in _PARTICLES and not PUNCT_STOPS & set(rest)


def _depth(doc, position: int) -> int:
    """How deep the token at ``position`` sits in its parse tree (0 for the main verb; 0 without a parse).

    Of several speech verbs before a quote, the main one attributes it: "X said he planned to
    conclude a deal “…”" is said by X, not "concluded".
    """
    if doc is None:
        return 0
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return 0
    token, depth = span[0], 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _with_speaker(ctx: QuoteContext, quote: Quote, cue, subject, extractor: str) -> Quote:
    subject = with_role_complement(ctx, subject, cue)  # "a spokeswoman | for the X ministry | said"
    whole = subject
    subject, found = narrowed_subject(ctx, subject)
    words = ctx.text[subject[0] : subject[1]]
    speaker, actor, confidence = office_speaker(ctx, whole, subject, found)
    placed = None if actor is not None else (
        _names_a_role(words) and said_in_capital(ctx.text, cue, ctx.codebook)
        or _names_an_office(words) and reported_from_capital(ctx.text, cue[0], ctx.codebook)
        or section_role(words) and _section_speaker(ctx, speaker, cue[0]) or None)
    if placed is not None:  # "the Foreign Ministry's spokesman said in X": the office of X's government
        speaker, actor, confidence = " ".join(words.split()), placed, CONTEXT_CONFIDENCE
    if speaker is not None and (confidence > PRONOUN_CONFIDENCE or _names_a_role(words) or actor != found[1]):
        evidence = CONTEXT_EVIDENCE if confidence <= CONTEXT_CONFIDENCE else None
        if actor != found[1]:  # an office the name finder took for a person ("… for Europe, Central Asia")
            ctx.people[:] = [p for p in ctx.people if not p.span.overlaps(ctx.state.span(*subject))]
        ctx.remember(Person(ctx.state.span(*subject), words, speaker, actor, evidence))
    elif speaker is None and _names_a_role(words):
        ctx.unresolved_roles.append(subject)  # a later "she said" is this role's, not an earlier person's
    return replace(
        quote, speaker=speaker, speaker_actor=actor, speaker_span=ctx.state.span(*subject),
        cue=ctx.text[cue[0] : cue[1]], confidence=round(min(quote.confidence, confidence), 3),
    )


def _reported_speaker(ctx: QuoteContext, quote: Quote, report: Reported, extractor: str):
    """An indirect quote with its speaker, or ``None`` when the subject names nobody."""
    if source_label_at(ctx.text, report.cue[0]):
        return None  # "Who said it: X, in a video that …": a label, not a report
    found = _with_speaker(ctx, quote, report.cue, report.subject, extractor)
    if found.speaker is None or (found.speaker_actor is None and not _names_someone(found.speaker)):
        return None
    region = ctx.region(min(report.cue[0], quote.span.start), max(report.cue[1], quote.span.end) - 1)
    attribution = Attribution(
        quote.span, ctx.state.span(*region), ctx.state.span(*report.cue), ctx.state.span(*report.subject)
    )
    return found, attribution


def _section_speaker(ctx: QuoteContext, speaker: str | None, pos: int) -> str | None:
    """The actor of the heading above ``pos`` (:func:`.speaker_sections.section_actor`), where no person
    is named in that section: "says the head of sales", not "Vera Holm" (a role taken back to someone
    before the heading is not that role)."""
    start = heading_above(ctx.text, pos)
    if start is None or (speaker is not None and any(p.name == speaker and p.span.start >= start for p in ctx.people)):
        return None
    return section_actor(ctx.text, start, ctx.mentions)


def _names_a_role(words: str) -> bool:
    """A role phrase ("the foreign minister"), not a pronoun: later pronouns may point to it
    (a pronoun names nobody new)."""
    lowered = role_words(words)
    return len(lowered) > 1 and bool(role_heads(lowered))


def _names_an_office(words: str) -> bool:
    """A role or an institution ("a source at the Foreign Ministry")."""
    return _names_a_role(words) or any(w in ORG_WORDS for w in words.lower().split())


def _names_someone(speaker: str) -> bool:
    """A name, not a common noun phrase that opens a sentence ("Many people in the region")."""
    words = speaker.split()
    return len(words) == 1 and words[0][:1].isupper() or any(w[:1].isupper() for w in words[1:])


def _continued(ctx: QuoteContext, quote: Quote, done: list[Quote]) -> Quote:
    """A quote with no attribution of its own that follows another quote takes its speaker.

    "Follows": the previous quote (with its attribution) ends in the same or the previous paragraph.
    """
    if not done or done[-1].speaker is None:
        return quote
    previous = done[-1]
    between = ctx.text[previous.span.end : quote.span.start]
    if len(between.split("\n\n")) > 2 or len(between.split()) > 25:
        return quote
    return replace(
        quote, speaker=previous.speaker, speaker_actor=previous.speaker_actor,
        speaker_span=previous.speaker_span, cue=previous.cue, confidence=0.5,
    )
