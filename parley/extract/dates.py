"""``dates.rules.v1``: the document's date and when each quote was said.

The document's date comes from :mod:`.dates_document` (metadata, leading date
lines, dateline, url or file name); date phrases and what they mean from
:mod:`.dates_phrases`.

A quote's date comes from a date phrase outside the quotation marks that belongs to
the quote's attribution: a phrase that modifies the attribution verb itself ("…," he
said on Thursday; "On Tuesday, X told reporters: …"), the one nearest to the verb.
A phrase inside a clause the verb reports ("he said the accord, which was signed on
10 November 2020, …") dates another event and is passed over; so is one on a noun the verb names
("called the release of yesterday “…”"). A speech verb joined by "and" to an earlier verb of the same
subject shares its phrase ("received Y on Tuesday and said “…”"). An interview already dated dates
the later words from it (:mod:`.dates_interview`: "she told the Herald" again, "in the same interview"). Without such a
phrase in the quote's sentence, a date phrase in the main clause of one of the
three sentences before it that names the speaker counts ("She spoke to the Herald on
Monday. … “…,” Ferro said."). Then, a quote whose speaker also said the quote right
before it takes that quote's date (``previous_quote``); words quoted again from a
longer dated quote (a headline repeating the body) take its date; otherwise the
document's date, marked with where it came from (``publication``, ``dateline``) — unless the
text dates the quote against another event (:mod:`.dates_relative`: "… came a day after X
said", "speaking at the same event", "a day later", "that night"), the words go on from the same
speaker's last dated quote ("…,” he added", even after other material), the quote's sentence
places its speaker at a gathering dated earlier ("Our guest at the assembly …", :mod:`.dates_gathering`), or its verb at a
place whose event the text dates ("X repeated in Tallinn that …", :mod:`.dates_places`), the quote stands in the
headline and the body's opening says when its speaker spoke ("He spoke to the Dispatch on
Monday"; an interview's "We spoke in X on Monday", :mod:`.dates_headline`), or the lead sentence
dates the speaking occasion the report is about ("The assembly debated the report on Wednesday",
:mod:`.dates_lead`), or the lead dates an event the report ties some speaker's words to ("…,” he said as
the ferry docked": its simple-past quotes were said at the scene, :mod:`.dates_scene`). A sentence before the quote names a speaker known only by role when its
subject holds the speaker's actor, and a speaker given as "its director, X," when its subject is
X's body.
A phrase that cannot be resolved (a weekday without a known day) leaves the
publication date, never a guessed one; a quote with no date at all is ``unknown``.

A document without a date resolves "in October" and "on 25 September" with the most
recent plausible year: a year in its file name, or the latest year the text uses as
a time (see :func:`.dates_document.year_in_text`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.core.dates import PartialDate
from parley.core.types import DATE_SOURCES, Quote

from .dates_context import (
    asked_beside, dates_the_sentence, on_speech_verb, document_named_again, its_member, meeting_over, occasion_clause,
    occasion_when, participle_carrier, quoted_ranges, speaking_relative, stops_look_back, written_in_dated_document,
)
from .dates_events import event_anchored_date
from .dates_document import document_date, source_date, source_year, year_in_text
from .dates_gathering import gathering_date
from .dates_places import place_date
from .dates_clock import clock_time_date, paragraph_clock_date, story_day
from .dates_labels import CLOCKED, UNDATED, caption_date, heading_date, is_date, item_line_date, label_item_date
from .dates_headline import CONVERSATION_VERBS, interviewer_spoke, paraphrase_date, speaker_among
from .dates_phrases import DateAnchor, document_day_phrases, find_phrases
from .dates_interview import interview_date
from .dates_scene import scene_date
from .dates_record import record_event_date
from .dates_lead import actor_is_subject, lead_event_date
from .dates_relative import TEXT_DATED, counterpart_date, occasion_narrated, relative_date, reply_narrated
from .dates_repeated import said_again_after
from .quotes_owned import RECALLED_CUE
from .issues import body_start
from .lexicon import SPEECH_VERBS
from .speech_cues import CALL_VERBS, QUOTE_CUE_VERBS
from .turn_labels import LABEL, is_speaker_label
from .state import Attribution, Component, DocState, register_component

__all__ = ["RuleDates", "document_date", "source_date", "source_year", "year_in_text"]
_HEADLINE_BODY_SENTENCES = 4  # the body's opening, where a story says when its speaker spoke
_PARTICIPLE_INNER = frozenset({"advcl", "xcomp"})  # clauses inside "Speaking …, X said" that still date it
_GOING_ON = frozenset({"added", "continued"})  # cue verbs that continue the speaker's last words
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})
# verbs that attach a quote as what the speaker called something ("called the release “…”"): their date
# phrases must modify them too, as those of speech verbs must. Not speech_cues.NAMING_VERBS: "term"/"dub"
# were never here, and are left out so that the dates stay as they are
_NAMING_VERBS = CALL_VERBS | frozenset("describe describes described describing".split())
_ATTACHING_VERBS = QUOTE_CUE_VERBS | _NAMING_VERBS  # cue verbs whose date phrases must modify the verb itself


@register_component("dates.rules.v1")
class RuleDates(Component):
    """Document date, and the date each quote was said (see the module docstring)."""

    defaults = {"year_from_text": True}
    spacy_needs = frozenset({"parser"})

    def _fallback_year(self, state: DocState) -> int | None:
        """The most recent plausible year of an undated document (see the module docstring)."""
        years = [source_year(state.document)]
        if self.settings["year_from_text"]:
            years.append(year_in_text(state.text, state.parsed))
        known = [y for y in years if y is not None]
        return max(known) if known else None

    def __call__(self, state: DocState) -> DocState:
        doc_date, source = document_date(state)
        anchor = DateAnchor(doc_date, doc_date.year if doc_date else self._fallback_year(state))
        where = {a.quote: a for a in state.attributions}
        quoted = quoted_ranges(state.text, state.quotes)  # the parts of a broken quote, not its attribution
        sentence_date = _sentence_dater(state, quoted, anchor)  # the same for every quote
        dated: list[Quote] = []
        for quote in sorted(state.quotes, key=lambda q: q.span):
            attribution = _with_shared_cue(where.get(quote.span), state.attributions)
            phrase_date, had_phrase = _date_in_region(state, attribution, quote, quoted, anchor)
            dated.append(_dated(quote, phrase_date, had_phrase, dated, doc_date, source, state.text))
            if not had_phrase and _habitual(state.text, attribution):
                dated[-1] = replace(quote, date=None, date_source="unknown")
                continue
            item = None if had_phrase else label_item_date(state.text, quote.span.start, quoted, anchor)
            if item is CLOCKED:  # an item timed by the clock: the story's day (:mod:`.dates_clock`)
                item = story_day(state, quoted, anchor) or UNDATED
            if item is None and not had_phrase:  # an entry under a dated heading ("10 March")
                item = heading_date(state.text, quote.span.start, anchor) or item_line_date(state.text, quote.span.start, anchor)
            if item is not None:  # a compilation's item: its label line dates it (:mod:`.dates_labels`)
                dated[-1] = replace(quote, date=item, date_source="text") if is_date(item) else dated[-1]
                continue
            later = None if had_phrase or dated[-1].date_source == "text" else (
                _relative(state, attribution, quote, dated[:-1])  # "a week later she said": not the last date
            )
            narrated = None if had_phrase or dated[-1].date_source != "previous_quote" else (
                occasion_narrated(state, attribution, quote, sentence_date))  # "“…,” he told us that evening"
            if later is not None or narrated is not None:
                dated[-1] = replace(quote, date=later or narrated, date_source="text")
            elif dated[-1].date_source not in TEXT_DATED and not had_phrase:
                region = (attribution.region.start, attribution.region.end) if attribution is not None else None
                context = (
                    region is not None and event_anchored_date(state, region, quoted, anchor)  # "the day of the X"
                    or caption_date(state.text, quote.span.start, anchor)  # "Source B. X, Kars, 19 May 2033" ¶ "“…”"
                    or clock_time_date(state, attribution, quoted, anchor)  # "At 11:02 a user asked:"
                    or paragraph_clock_date(state, quote, quoted, anchor)  # "2/14. 07:10. … “…,” he said"
                    or occasion_narrated(state, attribution, quote, sentence_date)
                    or reply_narrated(state, attribution, quote, sentence_date)
                    or counterpart_date(state.text, attribution, dated[:-1])
                    or interview_date(state, where, quote, dated[:-1])
                    or _added(state, attribution, quote, dated[:-1])
                    or gathering_date(state, quote, quoted, anchor)
                    or place_date(state, quote, attribution, quoted, anchor)  # "said in Tallinn"
                    or _date_from_context(state, quote, quoted, anchor)
                    or document_named_again(state, quote, sentence_date)
                    or said_again_after(state, quote, sentence_date)
                    or _headline_date(state, quote, quoted, anchor)
                    or paraphrase_date(state, quote, body_start(state), sentence_date)
                    or lead_event_date(state, quote, quoted, anchor)
                    or scene_date(state, quote, attribution, quoted, anchor)
                )
                if context is None and dated[-1].date_source == "publication":
                    context = record_event_date(state.text, body_start(state), doc_date)  # "Citizens' reception | 22 January"
                if context is not None:
                    dated[-1] = replace(quote, date=context, date_source="text")
        dated = _dates_of_the_same_words(dated)
        return state.add(self.name, quotes=tuple(dated), doc_date=doc_date, doc_date_source=source)


_HABITUAL = re.compile(r"\b(?:used\s+to|would\s+(?:often|always))\s+$")


def _habitual(text: str, attribution: Attribution | None) -> bool:
    """"“…,” she used to say": words said again and again over years, on no one day."""
    cue = attribution.cue if attribution is not None else None
    return cue is not None and _HABITUAL.search(text, max(cue.start - 20, 0), cue.start) is not None


def _with_shared_cue(attribution: Attribution | None, attributions) -> Attribution | None:
    """A quote with no cue of its own in a sentence whose earlier quote has one (X said the text
    was “A” but that Y had to “B”) shares that cue: B's date phrases must modify it too, not the
    clauses around ("Asked whether it could be signed this year, …")."""
    if attribution is None or attribution.cue is not None:
        return attribution
    shared = [
        a for a in attributions
        if a.region == attribution.region and a.cue is not None and a.quote.start < attribution.quote.start
    ]
    return replace(attribution, cue=shared[-1].cue) if shared else attribution


def _date_in_region(state, attribution: Attribution | None, quote: Quote, quoted, anchor: DateAnchor):
    """The resolved phrase attached to the attribution verb nearest to it, and whether one was there."""
    if attribution is None:
        return None, False
    cue = attribution.cue
    target = cue.start if cue else quote.span.start
    found = [
        phrase
        for phrase in find_phrases(state.text, attribution.region.start, attribution.region.end, quoted)
        if _attached(state.parsed, phrase.start, cue, state.text)
    ]
    if not found and cue is not None:  # "a letter of 3 May in which X asked …, “…”": the letter's day
        found = [
            phrase for phrase in document_day_phrases(state.text, attribution.region.start, cue.start, quoted)
            if _in_dated_document(state.parsed, phrase.start, cue)
        ]
    for phrase in sorted(found, key=lambda p: abs(p.start - target)):
        resolved = anchor.resolve(phrase)
        if resolved is not None:
            return resolved, True
    return None, bool(found)


def _in_dated_document(doc, position: int, cue) -> bool:
    token = doc.char_span(position, position + 1, alignment_mode="expand") if doc is not None else None
    verb = doc.char_span(cue.start, cue.end, alignment_mode="expand") if doc is not None else None
    return token is not None and verb is not None and written_in_dated_document(token[0], verb[0])


def _attached(doc, position: int, cue, text: str) -> bool:
    """Whether the phrase at ``position`` modifies the cue verb itself, not a clause it reports.

    "X said on Friday that…" is; "X said the shelling on Sunday showed…" is not. Without a
    parse, or for a cue that is not a verb (a colon, "according to"), every phrase is.
    """
    if doc is None or cue is None or not text[cue.start : cue.end].lower() in _ATTACHING_VERBS:
        return True
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    verb = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if token is None or verb is None:
        return True
    carrier = participle_carrier(verb[0])  # "issued a statement on Monday saying …"
    return (
        _reaches(token[0], verb[0]) or asked_beside(token[0], verb[0]) or speaking_relative(token[0], verb[0])
        or carrier is not None and _reaches(token[0], carrier)
        or (_shares_subject(verb[0]) or _fronted_over(token[0], verb[0])) and _reaches(token[0], verb[0].head)
        or _met_then_said(token[0], verb[0])
        or any(_reaches(token[0], c) for c in verb[0].children if c.dep_ == "relcl")  # "the answer X gave on 4 May"
    )


def _met_then_said(token, verb) -> bool:
    """"On 10 February the Head of Mission called on the minister, who said that …": the words were
    said at the meeting the date phrase dates."""
    meeting = meeting_over(verb.head) if verb.dep_ == "relcl" else None
    return meeting is not None and _reaches(token, meeting)


def _fronted_over(token, verb) -> bool:
    """"On 14 January X released Y, and the Government welcomed it as …": a date that opens the
    sentence dates each clause joined to its main one, whatever their subjects."""
    return verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and token.i <= token.sent.start + 1 < verb.head.i


def _shares_subject(verb) -> bool:
    """The cue verb goes on from an earlier verb of the same subject ("X received Y on Tuesday and
    said …", "In March she stood before the judges and told them …"): one occasion, so a date
    phrase of that verb dates the words too. A conjunct with its own subject is another event."""
    return (
        verb.dep_ == "conj" and verb.head.dep_ in {"ROOT", "ccomp", "advcl", "conj"}  # a verb (no tagger here)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _reaches(token, verb) -> bool:
    """``verb`` is an ancestor of ``token`` with no reported clause in between.

    A clause that describes the same speech act ("Speaking in Strelsau on Monday, X said", "in an
    interview published on Tuesday, X said") is no reported clause.
    """
    node, inner = token, False  # inner: a clause passed on the way up that only a speaking participle excuses
    while node.head.i != node.i:
        if node.head.i == verb.i:
            return (node.dep_ not in _CLAUSE_DEPS or occasion_when(node)) and not inner or _speaking(node)
        if node.dep_ in _CLAUSE_DEPS and not occasion_clause(node) and not occasion_when(node):
            if node.dep_ not in _PARTICIPLE_INNER:
                return False
            inner = True  # "Speaking to patrol teams …": the parser may read "patrol" as a verb under it
        node = node.head
    return node.i == verb.i


def _speaking(node) -> bool:
    """A participle clause of speaking beside the cue verb: "Speaking on Monday, …"."""
    return node.dep_ == "advcl" and node.lower_.endswith("ing") and node.lower_ in SPEECH_VERBS


_PRESENT_CUES = frozenset("says adds explains notes writes tells insists".split())


def _date_from_context(state, quote: Quote, quoted, anchor: DateAnchor) -> PartialDate | None:
    """A date phrase in the main clause of a sentence just before the quote that names its speaker.

    "She spoke to the Ledger on Monday. … “X,” Ferro said." Looks back over at most three
    sentences in the quote's paragraph and the two before it, stopping at another quote.
    """
    if quote.speaker is None or state.parsed is None or (quote.cue or "").lower() in _PRESENT_CUES:
        return None  # "…," says the head of the advisers: said now, whatever the sentence before dates
    earlier = [s for s in state.sentences if s.end <= quote.span.start][-3:]
    for sentence in reversed(earlier):
        between = state.text[sentence.end : quote.span.start]
        if between.count("\n\n") > 2 or stops_look_back(state.quotes, sentence, quote):
            return None
        if _names_speaker(state, sentence, quote):
            resolved = _sentence_dater(state, quoted, anchor)(sentence.start, sentence.end)
            if resolved is not None:
                return resolved
    return None


def _sentence_dater(state, quoted, anchor: DateAnchor):
    """``(start, end)`` → the first resolved date phrase there that dates the sentence's speaker
    (:func:`.dates_context.dates_the_sentence`), or ``None``."""
    def resolve(start: int, end: int) -> PartialDate | None:
        phrases = find_phrases(state.text, start, end, quoted)
        # a speech verb's own phrase first: "X will sign on 12 June, Y told reporters on Tuesday"
        for phrase in sorted(phrases, key=lambda ph: not on_speech_verb(state.parsed, ph.start)):
            resolved = anchor.resolve(phrase) if dates_the_sentence(state.parsed, phrase.start) else None
            if resolved is not None:
                return resolved
        return None
    return resolve


def _relative(state, attribution: Attribution | None, quote: Quote, earlier: list[Quote]) -> PartialDate | None:
    """"… came a day after X said “…”", "speaking at the same event" (:mod:`.dates_relative`)."""
    region = attribution.region if attribution is not None else None
    if region is None:
        return None
    cue = attribution.cue
    return relative_date(state.parsed, state.text, (region.start, region.end), quote, cue, earlier)


def _added(state, attribution: Attribution | None, quote: Quote, earlier: list[Quote]) -> PartialDate | None:
    """“…,” he added: words that go on from the same speaker's last quote the text dated take its
    date, even with other material between ("he added" says the words belong to that occasion); when
    the text left that last quote undated, so are these (not an older occasion before it)."""
    cue = attribution.cue if attribution is not None else None
    if cue is None or state.text[cue.start : cue.end].lower() not in _GOING_ON or quote.speaker is None:
        return None
    speaker = (quote.speaker, quote.speaker_actor)
    same = [q for q in earlier if (q.speaker, q.speaker_actor) == speaker]
    return same[-1].date if same and same[-1].date_source in TEXT_DATED else None  # not past its last words


def _headline_date(state, quote: Quote, quoted, anchor: DateAnchor) -> PartialDate | None:
    """A quote in the headline, undated there, was said when the body first says its speaker spoke:
    a date phrase in the main clause of one of the first body sentences that names the speaker
    (or goes on with "he"/"she" after naming them) and has a speech verb ("He spoke to the
    Dispatch on Monday"), a phrase on such a verb first ("came this week to meet X and spoke to us
    on Monday": Monday, even where the parser hangs "spoke" under "meet")."""
    body = body_start(state)
    if quote.speaker is None or state.parsed is None or quote.span.start >= body:
        return None
    named = False
    for sentence in [s for s in state.sentences if s.start >= body][:_HEADLINE_BODY_SENTENCES]:
        people = [p for p in state.persons if sentence.start <= p.span.start < sentence.end]
        if speaker_among(state, people, quote):  # by name, or the role holder's name (dates_headline)
            named = True
        elif not (named and (_names_speaker(state, sentence, quote) or interviewer_spoke(state.text, sentence))):
            named = False
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", state.text[sentence.start : sentence.end])}
        if not words & CONVERSATION_VERBS:
            continue
        phrases = find_phrases(state.text, sentence.start, sentence.end, quoted)
        spoke = [p for p in phrases if _on_conversation_verb(state.parsed, p.start)]  # "… and spoke to us on Monday"
        for phrase in spoke + [p for p in phrases if p not in spoke]:
            main = phrase in spoke or _in_main_clause(state.parsed, phrase.start)
            resolved = anchor.resolve(phrase) if main else None
            if resolved is not None:
                return resolved
    return None


def _names_speaker(state, sentence, quote: Quote) -> bool:
    """The sentence names the quote's speaker: the person, "he"/"she" first, or (a role holder
    known only by their actor's name) the actor in the sentence's subject."""
    people = [p for p in state.persons if sentence.start <= p.span.start < sentence.end]
    if any(p.name == quote.speaker for p in people):
        return True
    if any(p.name == quote.speaker for p in state.persons):  # "its director, X,": the body the sentence has
        return _first_is_pronoun(state, sentence) or its_member(state.text, quote) and actor_is_subject(
            state, sentence, quote.speaker_actor)
    return actor_is_subject(state, sentence, quote.speaker_actor) or _first_is_pronoun(state, sentence)


def _first_is_pronoun(state, sentence) -> bool:
    first = state.text[sentence.start : sentence.end].split()[:1]
    return bool(first) and first[0].lower() in {"he", "she"}


def _on_conversation_verb(doc, position: int) -> bool:
    """The phrase at ``position`` hangs on a verb of conversation ("spoke to the Review on Monday")."""
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    return span is not None and span[0].head.lower_ in CONVERSATION_VERBS


def _in_main_clause(doc, position: int) -> bool:
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    while node.head.i != node.i:
        if node.dep_ in _CLAUSE_DEPS:
            return False
        node = node.head
    return True


def _dated(quote, phrase_date, had_phrase, earlier, doc_date, source, text: str) -> Quote:
    """The quote's own phrase's date; else the same speaker's quote just before, unless a transcript's
    speaker label lies between them (another turn of the record, quoting another occasion, maybe another
    person of the same actor); else the document's date."""
    if phrase_date is not None:
        return replace(quote, date=phrase_date, date_source="text")
    previous = earlier[-1] if earlier else None
    if (
        not had_phrase and previous is not None and previous.speaker is not None
        and (previous.speaker, previous.speaker_actor) == (quote.speaker, quote.speaker_actor)
        and previous.date_source in TEXT_DATED
        and not _new_turn(text, previous.span.end, quote.span.start)
        and not _present_tense(quote.cue)  # "Moscow calls the format “…”": its view now, not the last occasion's
    ):
        return replace(quote, date=previous.date, date_source="previous_quote")
    if doc_date is not None and quote.cue != RECALLED_CUE:  # "the minister's words “…”": said some time before
        return replace(quote, date=doc_date, date_source=source if source in DATE_SOURCES else "publication")
    return replace(quote, date=None, date_source="unknown")


def _present_tense(cue: str | None) -> bool:
    """A cue verb in the third person present ("calls", "says", "stresses"; not "was", nor "discuss")."""
    word = (cue or "").lower()
    return word.endswith("s") and not word.endswith(("ss", "was"))


def _new_turn(text: str, start: int, end: int) -> bool:
    """A transcript speaker label ("MINISTER:", "JANE DOE (Party):") opens a line between ``start`` and ``end``."""
    between = text[start:end]
    return any(is_speaker_label(m.group(1)) for m in LABEL.finditer(between) if m.start() > 0 and between[m.start() - 1] == "\n")


def _dates_of_the_same_words(quotes: list[Quote]) -> list[Quote]:
    """Words quoted again from a longer quote dated by the text (a headline repeating the body) take its date."""
    dated = [q for q in quotes if q.date_source in TEXT_DATED]
    out = []
    for quote in quotes:
        source = None if quote.date_source == "text" else next(
            (d for d in dated if d is not quote and _repeats(quote, d)), None
        )
        out.append(replace(quote, date=source.date, date_source=source.date_source) if source else quote)
    return out


def _repeats(quote: Quote, longer: Quote) -> bool:
    """``quote`` is part of ``longer`` (same speaker's side, at least three words)."""
    words, within = _plain(quote.text), _plain(longer.text)
    return (
        len(words.split()) >= 3 and len(words) < len(within) and f" {words} " in f" {within} "
        and quote.speaker_actor in {None, longer.speaker_actor}
    )


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
