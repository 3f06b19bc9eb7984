"""``speakers.rules.v1``: who said each quote, and which codebook actor they stand for.

The attribution is looked for, in order:

1. between the parts of a split quote (“A,” he said, “B”);
2. right after the closing mark (", X said", ", said X, title…", ", he added",
   ", it was stated in the statement", ", the statement reads"; "X, which … “…”, said": the
   fronted subject, :mod:`.speaker_fronted`); "the minister's words “…”" (:mod:`.quotes_owned`);
3. a dash and a name after the closing mark (“…” — X, title), on the same or the next line; a
   colon and a name or role after a quote that opens its line (a headline: “…”: X’s envoy on …);
4. before the opening mark in the same sentence ("X told Y on … that “…”", "X said: “…”",
   "X: “…”" in a headline, "according to X"; a verb of characterising with an object:
   "X called the plan “…”", "X termed it “…”", "X labelled it as “…”"; a quote completing "as"
   after a verb with its own subject is that subject's: "A accused B, a claim C rejected as “…”";
   a participle after a comma is the main clause subject's: "X, meanwhile, rejected Y, calling it “…”");
5. a colon after the sentence's subject ("X was blunt: “…”", "X's message was clear: “…”", "He went
   further: “…”", :mod:`.speaker_colon`);
6. a sentence ending with a colon just before the quote's paragraph;
7. the sentence just before, in the same paragraph, when the quote opens its own sentence:
   its speech verb's subject ("X told reporters on Friday. “…”"), else its subject person;
8. the sentence just after that says so ("“…” ¶ X said this at a rally").

Cue verbs are "said" and its kin, with "reminded", "repeated", "boasted" … and "as X put it"
(:mod:`.speech_cues`). After the closing mark, a name in apposition speaks ("“…,” its director, X,
wrote") and words ending in "and" are no subject (:func:`.speaker_trim.after_hit`); before the
opening mark, auxiliaries and adverbs after an apposition ("X, Y's envoy, had earlier said") give
way to the parse's subject (:func:`.speaker_trim.parsed_subject`).

The subject found there is resolved by :mod:`.speaker_subjects` (persons, actors,
institutions, documents, pronouns, several speakers) and :mod:`.speaker_roles` (unnamed role
holders such as "X's envoy", roles without a country taken from the document's subject actor,
byline authors who never speak), then corrected by :mod:`.speaker_offices` (a state office is no
party's person, members of a national body, secretariat officers, new role holders; "what he
called “…”" and "…, saying X “…”" attribute before anything else does). A role phrase that
speaks ("the foreign minister said") is remembered, so a later "he" points to it; one whose
actor stays unknown ("the government's spokesperson said" with no subject actor) still stops a
later "she" from reaching back to a person named before it. A quote with no attribution of its own that directly
follows another quote (the next paragraph) continues that quote's speaker. After the closing
mark, ", but accused …" is a verb joined to the sentence's own subject, not an attribution.

Interview turns ("Question: …", "Name: …") without quotation marks are not quotes, direct
or reported: they are the speaker's own words, not narration about them, and
``stance.rules.v1`` already reads them as the turn speaker's arguments. A transcript label
before a quote ("Question: “…”") names no speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from parley.core.types import Quote

from .speech_cues import QUOTE_CUE_VERBS as SPEECH_VERBS, put_it_at
from .quotes_owned import words_owner
from .reported import Reported, find_reported
from .speaker_colon import pronoun_intro
from .speaker_characterised import (
    CHARACTERISING_VERBS, as_complement, asked_aside, called_for_speaker, characterising_speaker, shared_subject,
)
from .speaker_fronted import fronted_subject
from .speaker_interview import headline_from_body, headline_interviewee
from .speaker_offices import office_speaker, participle_subject, what_called
from .speaker_repeats import same_words_same_speaker
from .speaker_roles import CONTEXT_CONFIDENCE, CONTEXT_EVIDENCE, SERVING_ROLES, role_heads, role_words
from .speaker_trim import after_hit, named_in_apposition, narrowed_subject, nominal, parsed_subject
from .speaker_subjects import (
    DOUBLE_MARKS, PRONOUN_CONFIDENCE, SINGLE_MARKS, QuoteContext, resolve_subject,
)
from .state import Attribution, Component, DocState, Person, register_component

_TOKEN = re.compile(r"[A-Z]\.(?=\s)|[\w'’.-]*\w|[,;:!?–—]|\.", re.UNICODE)
_STOP_AFTER_SUBJECT = frozenset(
    "in on at as during when while after before adding noting to from with according that who "
    "which where because and told".split()
)
_PUNCT_STOPS = frozenset({",", ";", ":", ".", "!", "?", "–", "—"})
_REPORTED_CONFIDENCE = 0.8
_CUE_VERBS = SPEECH_VERBS | {"read", "reads", "offered", "offers"}  # "the statement reads", "X offered to host “…”"
_DASH_ATTRIBUTION = re.compile(r"[ \t]*\n?[ \t]*([—–-])[ \t]*([A-Z][^\n,;.]{1,80}?)[ \t]*(?=[,\n]|$)")
_TRANSCRIPT_LABELS = frozenset({"question", "answer", "q", "a"})
_CONJUNCTIONS = frozenset({"but", "and", "or", "yet", "while", "then"})
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*((?:the|an?)[ \t]+[^\n.!?]{1,80}|[A-Z][^\n.!?]{1,80})$", re.MULTILINE)
_PARTICLES = frozenset("for on upon off out up in back to".split())  # "called for", "called on X to"
_HEADLINE_ROLE_STOPS = frozenset("on about over in at for to with from after before says said speaks talks".split())


@register_component("speakers.rules.v1")
class RuleSpeakers(Component):
    """Speakers and speaker actors of quotes (see the module docstring)."""

    defaults = {"max_subject_words": 20, "max_words_to_verb": 12, "indirect": True}
    spacy_needs = frozenset({"parser"})

    def __call__(self, state: DocState) -> DocState:
        direct = sorted(state.quotes, key=lambda q: q.span)
        context = QuoteContext(state, direct, self.codebook)
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
        hit = (
            _inside(ctx, quote)
            or what_called(ctx, open_mark) or words_owner(ctx, open_mark)
            or _after(ctx, close_mark, region, self.settings)
            or _dashed(ctx, close_mark)
            or _colon_after(ctx, open_mark, close_mark)
            or characterising_speaker(ctx.state.parsed, open_mark) or called_for_speaker(ctx.state.parsed, open_mark)
            or _before(ctx, open_mark, region, self.settings)
            or _colon_intro(ctx, open_mark)
            or _introduced(ctx, open_mark)
            or _said_before(ctx, open_mark, self.settings)
            or _said_after(ctx, close_mark, self.settings)
            or headline_interviewee(ctx, open_mark)
        )
        attribution = Attribution(quote.span, ctx.state.span(*region))
        if hit is None:
            return _continued(ctx, quote, done), attribution
        cue, subject = hit
        attribution = replace(attribution, cue=ctx.state.span(*cue), subject=ctx.state.span(*subject))
        return _with_speaker(ctx, quote, cue, subject, self.name), attribution


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(text[start:end])]


def _is_verb(word: str) -> bool:
    return word.lower() in _CUE_VERBS


def _inside(ctx: QuoteContext, quote: Quote):
    """The attribution between the parts of a split quote."""
    text = ctx.text
    opening = ctx.marks(quote)[0]
    family = SINGLE_MARKS if text[opening] in SINGLE_MARKS else DOUBLE_MARKS
    marks = [i for i in range(quote.span.start, quote.span.end) if text[i] in family]
    for close, reopen in zip(marks[::2], marks[1::2]):
        hit = _subject_and_verb(_words(text, close + 1, reopen), 8, 20)
        if hit:
            return hit
    return None


def _after(ctx: QuoteContext, close_mark: int, region, settings):
    end = ctx.next_open_after(close_mark, region[1])
    words = _words(ctx.text, close_mark + 1, end)
    while words and words[0][2] in {",", "–", "—"}:
        words = words[1:]
    if words and words[0][2].lower() in _CONJUNCTIONS:
        return None  # "“…”, but accused X": a verb joined to the sentence's own subject
    hit = _subject_and_verb(words, settings["max_words_to_verb"], settings["max_subject_words"])
    opened = next((a for a, b in ctx.quoted if b == close_mark), close_mark)
    hit = after_hit(ctx, fronted_subject(ctx.state.parsed, hit, opened))  # "X, which … “…”, said"
    return None if hit is not None and nominal(ctx.state.parsed, *hit[0]) else hit  # "… if X dropped its claims"


def _subject_and_verb(words, max_to_verb: int, max_subject: int):
    """``said X`` or ``X said`` at the start of ``words``: (cue span, subject span)."""
    if not words:
        return None
    if _is_verb(words[0][2]):
        subject = _take_subject(words[1:], max_subject)
        return (_span(words[0]), subject) if subject else None
    commas = 0
    for i, (_, _, word) in enumerate(words[: max_to_verb + 12]):
        if word == "," and commas < 2:
            commas += 1
            continue
        if word in _PUNCT_STOPS or (commas == 0 and i > max_to_verb):
            return None
        if _is_verb(word) and i > 0 and commas in (0, 2):
            last = next(k for k, w in enumerate(words) if w[2] == ",") if commas else i
            return _span(words[i]), (words[0][0], words[last - 1][1])
    return None


def _take_subject(words, max_subject: int):
    taken = []
    for word in words[:max_subject]:
        if word[2] in _PUNCT_STOPS or word[2].lower() in _STOP_AFTER_SUBJECT:
            break
        taken.append(word)
    return (taken[0][0], taken[-1][1]) if taken else None


def _before(ctx: QuoteContext, open_mark: int, region, settings):
    start = ctx.previous_close_before(open_mark, region[0])
    words = _words(ctx.text, start, open_mark)
    completed = as_complement(ctx.state.parsed, words)
    if completed is not None:
        return completed
    doc = ctx.state.parsed
    verbs = [
        i for i, w in enumerate(words)
        if _is_verb(w[2]) and not nominal(doc, w[0], w[1]) and not asked_aside(doc, w[0]) or _characterises(words, i)
        or w[2] == "put" and put_it_at(doc, w[0])  # "as X put it, “…”"
    ]
    if verbs:
        i = min(reversed(verbs), key=lambda k: _depth(ctx.state.parsed, words[k][0]))
        subject = parsed_subject(doc, _subject_before(words[:i], settings["max_subject_words"]), words[i][0])
        subject = named_in_apposition(ctx, subject, words[i][0])  # "X, Y's envoy, had earlier said": X
        if subject is not None and ctx.text[subject[0] : subject[1]].lower() in _CONJUNCTIONS:
            subject = shared_subject(ctx.state.parsed, words[i][0])  # "… and urged Y to …"
        if subject is None or words[i - 1][2] == ",":  # "…, saying the mission “…”": the main clause's subject
            subject = participle_subject(doc, words[i][0]) or subject
        if subject is None:
            subject = _take_subject(words[i + 1 :], settings["max_subject_words"])
        return (_span(words[i]), subject) if subject else None
    for i in range(len(words) - 1, -1, -1):
        word = words[i][2]
        if word.lower() == "to" and i > 0 and words[i - 1][2].lower() == "according":
            subject = _take_subject(words[i + 1 :], settings["max_subject_words"])
            return (_span(words[i - 1]), subject) if subject else None
    return _colon_headline(ctx, words)


def _characterises(words, i: int) -> bool:
    """``X called the plan “…”``, ``X termed it “…”``: a verb of characterising with an object, the
    quote its complement (right after the object, or after "as"), is said by its subject. "Called
    for", "called on … to" characterise nothing: another cue must attribute their quote."""
    if words[i][2].lower() not in CHARACTERISING_VERBS:
        return False
    rest = [w[2].lower() for w in words[i + 1 :]]
    if rest[-1:] == ["as"]:
        rest = rest[:-1]
    return 1 <= len(rest) <= 6 and rest[0] not in _PARTICLES and not _PUNCT_STOPS & set(rest)


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


def _subject_before(words, max_subject: int):
    words = _skip_apposition(words)
    taken = []
    for word in reversed(words[-max_subject:]):
        if word[2] in _PUNCT_STOPS:
            break
        taken.append(word)
    if len(taken) > 1 and taken[-1][2].lower() == "as":
        taken.pop()  # "As X put it, “…”", "as X said": the subject follows "as"
    return (taken[-1][0], taken[0][1]) if taken else None


def _skip_apposition(words):
    """``X, the foreign minister,`` before a verb: the words up to the apposition's first comma."""
    if not words or words[-1][2] != ",":
        return words
    for j in range(len(words) - 2, max(len(words) - 14, -1), -1):
        if words[j][2] in _PUNCT_STOPS:
            return words[:j] if words[j][2] == "," and j > 0 else words
    return words


def _colon_headline(ctx: QuoteContext, words):
    """``Name: “…”`` — the words before a colon on the quote's own line."""
    if not words or words[-1][2] != ":":
        return None
    line_start = ctx.text.rfind("\n", 0, words[-1][0]) + 1
    named = [w for w in words[:-1] if w[0] >= line_start]
    if not named or len(named) > 6 or not named[-1][2][:1].isupper():
        return None
    if len(named) == 1 and named[0][2].lower() in _TRANSCRIPT_LABELS:
        return None  # "Question: “…”" names no speaker
    return _span(words[-1]), (named[0][0], named[-1][1])


def _introduced(ctx: QuoteContext, open_mark: int):
    """A quote opening its paragraph after a sentence that ends with a colon: that sentence's first person."""
    index = bisect.bisect_right(ctx.sent_starts, open_mark) - 2
    if index < 0:
        return None
    intro = ctx.state.sentences[index]
    if ctx.text[intro.end : open_mark].strip() or not ctx.text[: intro.end].rstrip().endswith(":"):
        return None
    people = ctx.speakers_in(intro.start, intro.end)
    if not people:
        return None
    return (intro.end - 1, intro.end), (people[0].span.start, people[0].span.end)


def _dashed(ctx: QuoteContext, close_mark: int):
    """``“…” — Name, title`` (an epigraph or pull quote): the words after the dash, to the line end."""
    match = _DASH_ATTRIBUTION.match(ctx.text, close_mark + 1)
    if match is None or len(match.group(2).split()) > 8:
        return None
    return match.span(1), match.span(2)


def _colon_after(ctx: QuoteContext, open_mark: int, close_mark: int):
    """``“…”: X’s deputy foreign minister on the talks`` (a headline): a quote opening its line, then a
    colon and who said it, up to a preposition ("on", "about") or the line end."""
    if ctx.text[ctx.text.rfind("\n", 0, open_mark) + 1 : open_mark].strip():
        return None
    match = _COLON_AFTER.match(ctx.text, close_mark + 1)
    if match is None:
        return None
    words = _words(ctx.text, *match.span(1))
    stop = next((i for i, w in enumerate(words) if _headline_role_stop(words, i)), len(words))
    if not 0 < stop <= 8:
        return None
    subject = (words[0][0], words[stop - 1][1])
    if not ctx.speakers_in(*subject) and resolve_subject(ctx, subject)[1] is None:
        return None  # "“…”: Talks Resume" names nobody
    colon = ctx.text.index(":", close_mark + 1)
    return (colon, colon + 1), subject


def _headline_role_stop(words, i: int) -> bool:
    """Where a headline's role phrase ends: a preposition of topic or place ("on the talks"); "to"
    after an adviser's role goes on ("an adviser to X's ministry" serves X)."""
    word = words[i][2].lower()
    if word == "to" and i > 0 and words[i - 1][2].lower() in SERVING_ROLES:
        return False
    return word in _HEADLINE_ROLE_STOPS | _PUNCT_STOPS


def _said_before(ctx: QuoteContext, open_mark: int, settings):
    """``X told reporters on Friday. “…”``: a quote opening its sentence takes the speaker of the
    sentence just before it in the same paragraph, when that sentence has a speech verb, no marks."""
    index = ctx.sentence_index(open_mark)
    if index < 1 or ctx.text[ctx.state.sentences[index].start : open_mark].strip():
        return None
    previous = ctx.state.sentences[index - 1]
    if "\n\n" in ctx.text[previous.end : open_mark] or any(c in DOUBLE_MARKS for c in previous.text_in(ctx.text)):
        return None
    return _speaker_of_sentence(ctx, previous, settings) or _subject_person(ctx, previous.start, previous.end)


def _colon_intro(ctx: QuoteContext, open_mark: int):
    """``X was blunt: “…”``, ``X’s message was clear: “…”``: the person who is the subject (or
    the subject's owner) of the words that end with a colon before the quote."""
    index = ctx.sentence_index(open_mark)
    if index < 0:
        return None
    start = max(ctx.state.sentences[index].start, ctx.previous_close_before(open_mark, 0))
    before = ctx.text[start:open_mark].rstrip()
    if not before.endswith(":"):
        return None
    return _subject_person(ctx, start, start + len(before)) or pronoun_intro(ctx.text, start, start + len(before))


def _subject_person(ctx: QuoteContext, start: int, end: int):
    """(verb, person) for the first person in ``[start, end)`` who is a subject in the parse (or owns it)."""
    doc = ctx.state.parsed
    if doc is None:
        return None
    for person in ctx.speakers_in(start, end):
        verb = _verb_of_subject(doc, person.span.end - 1)
        if verb is not None:
            return (verb.idx, verb.idx + len(verb.text)), (person.span.start, person.span.end)
    return None


def _verb_of_subject(doc, position: int):
    """The verb whose subject (or the subject's owner: "X's message was …") is the token at ``position``."""
    piece = doc.char_span(position, position + 1, alignment_mode="expand")
    if piece is None:
        return None
    token = piece[0]
    if token.dep_ == "poss":
        token = token.head
    return token.head if token.dep_ in {"nsubj", "nsubjpass"} else None


def _said_after(ctx: QuoteContext, close_mark: int, settings):
    """``“…” ¶ X said this at a rally.``: the next sentence says who said it ("this", "so", "these words")."""
    index = ctx.sentence_index(close_mark)
    sentences = ctx.state.sentences
    if index < 0 or index + 1 >= len(sentences) or ctx.text[close_mark + 1 : sentences[index].end].strip(" .!?"):
        return None
    hit = _speaker_of_sentence(ctx, sentences[index + 1], settings)
    if hit is None:
        return None
    following = _words(ctx.text, hit[0][1], sentences[index + 1].end)[:1]
    return hit if following and following[0][2].lower() in {"this", "so", "these", "that"} else None


def _speaker_of_sentence(ctx: QuoteContext, sentence, settings):
    """(cue, subject) of the first speech verb of a sentence, when its subject names someone."""
    words = _words(ctx.text, sentence.start, sentence.end)
    verb = next((i for i, w in enumerate(words) if _is_verb(w[2])), None)
    if verb is None or verb > settings["max_words_to_verb"]:
        return None
    subject = _subject_before(words[:verb], settings["max_subject_words"])
    if subject is None or resolve_subject(ctx, subject)[0] is None:
        return None
    return _span(words[verb]), subject


def _span(word) -> tuple[int, int]:
    return word[0], word[1]


def _with_speaker(ctx: QuoteContext, quote: Quote, cue, subject, extractor: str) -> Quote:
    whole = subject
    subject, found = narrowed_subject(ctx, subject)
    words = ctx.text[subject[0] : subject[1]]
    speaker, actor, confidence = office_speaker(ctx, whole, subject, found)
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
    found = _with_speaker(ctx, quote, report.cue, report.subject, extractor)
    if found.speaker is None or (found.speaker_actor is None and not _names_someone(found.speaker)):
        return None
    region = ctx.region(min(report.cue[0], quote.span.start), max(report.cue[1], quote.span.end) - 1)
    attribution = Attribution(
        quote.span, ctx.state.span(*region), ctx.state.span(*report.cue), ctx.state.span(*report.subject)
    )
    return found, attribution


def _names_a_role(words: str) -> bool:
    """A role phrase ("the foreign minister"), not a pronoun: later pronouns may point to it
    (a pronoun names nobody new)."""
    lowered = role_words(words)
    return len(lowered) > 1 and bool(role_heads(lowered))


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
