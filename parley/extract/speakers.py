"""``speakers.rules.v1``: who said each quote, and which codebook actor they stand for.

The attribution is looked for, in order: between the parts of a split quote
(“A,” he said, “B”); right after the closing mark (", X said", ", said X,
title…", ", he added"); before the opening mark in the same sentence ("X told
Y on … that “…”", "X said: “…”", "X: “…”" in a headline, "according to X").
The subject found there is resolved to a person of the text (a surname to the
full name given earlier), a pronoun or a role ("he", "the diplomat") to the
last person named before it outside quotes, or an institution to its codebook
actor. A quote with no attribution of its own that directly follows another
quote (the next paragraph) continues that quote's speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from parley.core.types import Mention, Quote

from .lexicon import ORG_WORDS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS
from .reported import Reported, find_reported
from .state import Attribution, Component, DocState, Person, register_component

_TOKEN = re.compile(r"[A-Z]\.(?=\s)|[\w'’.-]*\w|[,;:!?–—]|\.", re.UNICODE)
_DOUBLE_MARKS = set('“”„«»"')
_SINGLE_MARKS = set("‘’‹›'")
_MARK_CHARS = _DOUBLE_MARKS | _SINGLE_MARKS
_STOP_AFTER_SUBJECT = frozenset(
    "in on at as during when while after before adding noting to from with according that who "
    "which where because and told".split()
)
_PUNCT_STOPS = frozenset({",", ";", ":", ".", "!", "?", "–", "—"})
_PRONOUN_CONFIDENCE = 0.7
_REPORTED_CONFIDENCE = 0.8
_GROUP_PRONOUNS = frozenset({"they", "we"})
_ORG_HEADS = ORG_WORDS | frozenset({"government", "side", "authorities", "leadership", "delegation"})


@register_component("speakers.rules.v1")
class RuleSpeakers(Component):
    """Speakers and speaker actors of quotes (see the module docstring)."""

    defaults = {"max_subject_words": 20, "max_words_to_verb": 12, "indirect": True}
    spacy_needs = frozenset({"parser"})

    def __call__(self, state: DocState) -> DocState:
        direct = sorted(state.quotes, key=lambda q: q.span)
        context = _Context(state, direct, self.codebook)
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
        done = _same_words_same_speaker(context, done)
        return state.add(self.name, quotes=tuple(done), attributions=state.attributions + tuple(attributions))

    def _reports(self, state: DocState, ctx: "_Context") -> dict[Quote, Reported]:
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

    def _attribute(self, ctx: "_Context", quote: Quote, done: list[Quote]) -> tuple[Quote, Attribution]:
        open_mark, close_mark = ctx.marks(quote)
        region = ctx.region(open_mark, close_mark)
        hit = (
            _inside(ctx, quote)
            or _after(ctx, close_mark, region, self.settings)
            or _before(ctx, open_mark, region, self.settings)
            or _introduced(ctx, open_mark)
        )
        attribution = Attribution(quote.span, ctx.state.span(*region))
        if hit is None:
            return _continued(ctx, quote, done), attribution
        cue, subject = hit
        attribution = replace(attribution, cue=ctx.state.span(*cue), subject=ctx.state.span(*subject))
        return _with_speaker(ctx, quote, cue, subject, self.name), attribution


class _Context:
    """Sentences, quote marks, people and mentions of one document, for lookups."""

    def __init__(self, state: DocState, quotes: list[Quote], codebook) -> None:
        self.state, self.text, self.quotes, self.codebook = state, state.text, quotes, codebook
        self.sent_starts = [s.start for s in state.sentences]
        self.people = sorted(state.persons, key=lambda p: p.span)
        self.mentions = sorted(state.mentions, key=lambda m: m.span)
        self.quoted = [self.marks(q) for q in quotes]
        self.reported: list[tuple[int, int]] = []  # reported clauses (set once found)

    def marks(self, quote: Quote) -> tuple[int, int]:
        """Positions of the opening and closing marks around a quote (or its edges)."""
        start, end = quote.span.start, quote.span.end
        opening = next((i for i in range(start - 1, max(start - 4, -1), -1) if self.text[i] in _MARK_CHARS), start)
        family = _SINGLE_MARKS if self.text[opening] in _SINGLE_MARKS else _DOUBLE_MARKS
        closing = next((i for i in range(end, min(end + 4, len(self.text))) if self.text[i] in family), end)
        return opening, closing

    def region(self, open_mark: int, close_mark: int) -> tuple[int, int]:
        """The sentences from the one holding the opening mark to the one holding the closing mark."""
        if not self.sent_starts:
            start = self.text.rfind("\n", 0, open_mark) + 1
            end = self.text.find("\n", close_mark)
            return start, len(self.text) if end < 0 else end
        first = max(bisect.bisect_right(self.sent_starts, open_mark) - 1, 0)
        last = max(bisect.bisect_right(self.sent_starts, close_mark) - 1, first)
        return self.state.sentences[first].start, max(self.state.sentences[last].end, close_mark + 1)

    def remember(self, person: Person) -> None:
        """A speaker found by attribution is a person later pronouns can point to."""
        if not any(p.span.overlaps(person.span) for p in self.people):
            bisect.insort(self.people, person, key=lambda p: p.span)

    def in_quotes(self, pos: int) -> bool:
        """Inside a direct quote or a reported clause (someone's words, not the narration)."""
        return any(a <= pos <= b for a, b in self.quoted) or any(a <= pos < b for a, b in self.reported)

    def next_open_after(self, pos: int, limit: int) -> int:
        """Where the next quote opens after ``pos`` (or ``limit``)."""
        return min([a for a, _ in self.quoted if a > pos] + [limit])

    def previous_close_before(self, pos: int, limit: int) -> int:
        return max([b + 1 for _, b in self.quoted if b < pos] + [limit])


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(text[start:end])]


def _is_verb(word: str) -> bool:
    return word.lower() in SPEECH_VERBS


def _inside(ctx: _Context, quote: Quote):
    """The attribution between the parts of a split quote."""
    text = ctx.text
    opening = ctx.marks(quote)[0]
    family = _SINGLE_MARKS if text[opening] in _SINGLE_MARKS else _DOUBLE_MARKS
    marks = [i for i in range(quote.span.start, quote.span.end) if text[i] in family]
    for close, reopen in zip(marks[::2], marks[1::2]):
        hit = _subject_and_verb(_words(text, close + 1, reopen), 8, 20)
        if hit:
            return hit
    return None


def _after(ctx: _Context, close_mark: int, region, settings):
    end = ctx.next_open_after(close_mark, region[1])
    words = _words(ctx.text, close_mark + 1, end)
    while words and words[0][2] in {",", "–", "—"}:
        words = words[1:]
    return _subject_and_verb(words, settings["max_words_to_verb"], settings["max_subject_words"])


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


def _before(ctx: _Context, open_mark: int, region, settings):
    start = ctx.previous_close_before(open_mark, region[0])
    words = _words(ctx.text, start, open_mark)
    verbs = [i for i, w in enumerate(words) if _is_verb(w[2])]
    if verbs:
        i = min(reversed(verbs), key=lambda k: _depth(ctx.state.parsed, words[k][0]))
        subject = _subject_before(words[:i], settings["max_subject_words"])
        if subject is None:
            subject = _take_subject(words[i + 1 :], settings["max_subject_words"])
        return (_span(words[i]), subject) if subject else None
    for i in range(len(words) - 1, -1, -1):
        word = words[i][2]
        if word.lower() == "to" and i > 0 and words[i - 1][2].lower() == "according":
            subject = _take_subject(words[i + 1 :], settings["max_subject_words"])
            return (_span(words[i - 1]), subject) if subject else None
    return _colon_headline(ctx, words)


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
    return (taken[-1][0], taken[0][1]) if taken else None


def _skip_apposition(words):
    """``X, the foreign minister,`` before a verb: the words up to the apposition's first comma."""
    if not words or words[-1][2] != ",":
        return words
    for j in range(len(words) - 2, max(len(words) - 14, -1), -1):
        if words[j][2] in _PUNCT_STOPS:
            return words[:j] if words[j][2] == "," and j > 0 else words
    return words


def _colon_headline(ctx: _Context, words):
    """``Name: “…”`` — the words before a colon on the quote's own line."""
    if not words or words[-1][2] != ":":
        return None
    line_start = ctx.text.rfind("\n", 0, words[-1][0]) + 1
    named = [w for w in words[:-1] if w[0] >= line_start]
    if not named or len(named) > 6 or not named[-1][2][:1].isupper():
        return None
    return _span(words[-1]), (named[0][0], named[-1][1])


def _introduced(ctx: _Context, open_mark: int):
    """A quote opening its paragraph after a sentence that ends with a colon: that sentence's first person."""
    index = bisect.bisect_right(ctx.sent_starts, open_mark) - 2
    if index < 0:
        return None
    intro = ctx.state.sentences[index]
    if ctx.text[intro.end : open_mark].strip() or not ctx.text[: intro.end].rstrip().endswith(":"):
        return None
    people = [p for p in ctx.people if intro.start <= p.span.start and p.span.end <= intro.end]
    if not people:
        return None
    return (intro.end - 1, intro.end), (people[0].span.start, people[0].span.end)


def _span(word) -> tuple[int, int]:
    return word[0], word[1]


def _with_speaker(ctx: _Context, quote: Quote, cue, subject, extractor: str) -> Quote:
    speaker, actor, confidence = _resolve(ctx, subject)
    if speaker is not None and confidence > _PRONOUN_CONFIDENCE:  # a pronoun names nobody new
        ctx.remember(Person(ctx.state.span(*subject), ctx.text[subject[0] : subject[1]], speaker, actor))
    return replace(
        quote, speaker=speaker, speaker_actor=actor, speaker_span=ctx.state.span(*subject),
        cue=ctx.text[cue[0] : cue[1]], confidence=round(min(quote.confidence, confidence), 3),
    )


def _resolve(ctx: _Context, subject: tuple[int, int]) -> tuple[str | None, str | None, float]:
    """The speaker's name and actor for the subject words at ``subject``."""
    start, end = subject
    people = [p for p in ctx.people if start <= p.span.start and p.span.end <= end]
    if people:
        person = people[-1] if people[-1].span.end == end or len(people) == 1 else people[0]
        return person.name, person.actor or _actor_in(ctx, start, end), 0.9
    words = ctx.text[start:end].split()
    lowered = [w.lower() for w in words]
    institution = _institution_referred(ctx, lowered, start)
    if institution is not None:
        return ctx.codebook.actor(institution).name, institution, 0.6
    if len(lowered) == 1 and lowered[0] in _GROUP_PRONOUNS:
        return None, None, 0.3  # a group nobody in the text fits
    if _refers_back(lowered):
        person = _last_person(ctx, start)
        if person is not None:
            return person.name, person.actor, _PRONOUN_CONFIDENCE
        if len(lowered) == 1:
            return None, None, 0.3
    actor = _actor_in(ctx, start, end)
    if actor is not None:
        return ctx.codebook.actor(actor).name, actor, 0.8
    if any(w[:1].isupper() for w in words):
        return " ".join(words), None, 0.5
    return None, None, 0.3


def _refers_back(lowered: list[str]) -> bool:
    """A pronoun or a role noun phrase ("the diplomat", "the Foreign Minister")."""
    if len(lowered) == 1 and lowered[0] in PRONOUNS:
        return True
    body = lowered[1:] if lowered and lowered[0] in {"the", "this", "that"} else lowered
    return bool(body) and len(body) <= 3 and body[-1] in ROLE_NOUNS | TITLE_WORDS


def _institution_referred(ctx: _Context, lowered: list[str], pos: int) -> str | None:
    """The actor behind "they"/"we" or "the (foreign) ministry": the last fitting mention before ``pos``.

    "they"/"we": the last actor named as a state or institution (not through a person);
    "the ministry", "the council": the last actor named with that word around it
    ("the Ministry of Defence of X", "the X Foreign Ministry").
    """
    if len(lowered) == 1 and lowered[0] in _GROUP_PRONOUNS:
        if ctx.state.parsed is not None:
            return _group_subject_before(ctx, pos)
        fits = [m for m in ctx.mentions if m.kind not in {"member", "role"}]
    elif 2 <= len(lowered) <= 3 and lowered[0] == "the" and lowered[-1] in _ORG_HEADS:
        fits = [m for m in ctx.mentions if _named_with(ctx.text, m, lowered[-1])]
    else:
        return None
    before = [m for m in fits if m.span.end <= pos and not ctx.in_quotes(m.span.start)]
    return before[-1].actor if before else None


def _group_subject_before(ctx: _Context, pos: int) -> str | None:
    """The actor of the nearest subject before ``pos`` (this or the previous sentence), when that
    subject names a state or institution (not a person): "The ministry said … They added …"."""
    doc = ctx.state.parsed
    index = bisect.bisect_right(ctx.sent_starts, pos) - 1
    start = ctx.state.sentences[max(index - 1, 0)].start if index >= 0 else 0
    subjects = [
        t for t in doc if start <= t.idx < pos and t.dep_ in {"nsubj", "nsubjpass"}
        and t.lower_ not in PRONOUNS and not ctx.in_quotes(t.idx)
    ]
    if not subjects:
        return None
    last = subjects[-1]
    lo, hi = last.left_edge.idx, last.right_edge.idx + len(last.right_edge.text)
    inside = [m for m in ctx.mentions if lo <= m.span.start and m.span.end <= hi]
    return inside[-1].actor if inside and inside[-1].kind not in {"member", "role"} else None


def _named_with(text: str, mention: Mention, head: str) -> bool:
    """``head`` stands in the mention or in the words just before it in the same phrase."""
    window = text[max(mention.span.start - 40, 0) : mention.span.end]
    window = re.split(r"[.;:!?\n]", window)[-1].lower()
    return head in re.findall(r"\w+", window)


def _last_person(ctx: _Context, pos: int) -> Person | None:
    for person in reversed(ctx.people):
        if person.span.end <= pos and not ctx.in_quotes(person.span.start):
            return person
    return None


def _actor_in(ctx: _Context, start: int, end: int) -> str | None:
    for mention in ctx.mentions:
        if start <= mention.span.start and mention.span.end <= end and not _destination(ctx.text, mention):
            return mention.actor
    return None


def _destination(text: str, mention: Mention) -> bool:
    """"… to (the) X": where someone is posted or sent, not whom they speak for ("according to X" is)."""
    before = text[max(mention.span.start - 18, 0) : mention.span.start].lower().split()
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-1:] == ["to"] and before[-2:-1] != ["according"]


def _reported_speaker(ctx: _Context, quote: Quote, report: Reported, extractor: str):
    """An indirect quote with its speaker, or ``None`` when the subject names nobody."""
    found = _with_speaker(ctx, quote, report.cue, report.subject, extractor)
    if found.speaker is None or (found.speaker_actor is None and not _names_someone(found.speaker)):
        return None
    region = ctx.region(min(report.cue[0], quote.span.start), max(report.cue[1], quote.span.end) - 1)
    attribution = Attribution(
        quote.span, ctx.state.span(*region), ctx.state.span(*report.cue), ctx.state.span(*report.subject)
    )
    return found, attribution


def _names_someone(speaker: str) -> bool:
    """A name, not a common noun phrase that opens a sentence ("Many people in the region")."""
    words = speaker.split()
    return len(words) == 1 and words[0][:1].isupper() or any(w[:1].isupper() for w in words[1:])


def _same_words_same_speaker(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """Words quoted again from a longer quote (a headline repeating the body), attributed only to
    an institution, take the person who said the longer quote for the same actor."""
    out = []
    for quote in quotes:
        if quote.direct and quote.speaker_actor and quote.speaker == ctx.codebook.actor(quote.speaker_actor).name:
            longer = next((
                q for q in quotes
                if q.direct and q is not quote and q.speaker_actor == quote.speaker_actor
                and q.speaker != quote.speaker and _part_of(quote, q)
            ), None)
            if longer is not None:
                quote = replace(quote, speaker=longer.speaker, speaker_span=longer.speaker_span)
        out.append(quote)
    return out


def _part_of(quote: Quote, longer: Quote) -> bool:
    words, within = _plain(quote.text), _plain(longer.text)
    return len(words.split()) >= 3 and len(words) < len(within) and f" {words} " in f" {within} "


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _continued(ctx: _Context, quote: Quote, done: list[Quote]) -> Quote:
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
