"""Attributions given by a neighbouring sentence rather than the quote's own.

Used by ``speakers.rules.v1``:

* a colon after the sentence's subject ("X was blunt: “…”", "X's message was clear: “…”",
  :func:`colon_intro`; a pronoun there through :func:`.speaker_colon.pronoun_intro`);
* a sentence ending with a colon just before the quote's paragraph (:func:`introduced`);
* the sentence just before, in the same paragraph, when the quote opens its own sentence: its
  speech verb's subject ("X told reporters on Friday. “…”"), else its subject person
  (:func:`said_before`);
* the sentence just after that says so ("“…” ¶ X said this at a rally", :func:`said_after`);
* the last sentence of the paragraph before, for a quote that fills its own paragraph, when it has a
  speech verb and names its subject ("X posted a message on Tuesday. ¶ “…”",
  :func:`said_before_paragraph`).
"""

from __future__ import annotations

import bisect
import re

from .speaker_colon import pronoun_intro
from .speaker_context import DOUBLE_MARKS, QuoteContext
from .speaker_subjects import resolve_subject
from .speaker_words import is_cue_verb, subject_before, word_span, word_tokens


def introduced(ctx: QuoteContext, open_mark: int, settings=None):
    """A quote opening its paragraph after a sentence that ends with a colon: that sentence's first
    person, else the subject of its speech verb ("At the briefing, the spokeswoman said:", "The
    ministry's statement reads:", "In his closing words the envoy told delegates:"), as resolved
    for any "X said" (a role, an institution)."""
    index = bisect.bisect_right(ctx.sent_starts, open_mark) - 2
    if index < 0:
        return None
    intro = ctx.state.sentences[index]
    if ctx.text[intro.end : open_mark].strip() or not ctx.text[: intro.end].rstrip().endswith(":"):
        return None
    people = ctx.speakers_in(intro.start, intro.end)
    if not people:
        return _colon_speaker(ctx, intro, settings) if settings is not None else None
    return (intro.end - 1, intro.end), (people[0].span.start, people[0].span.end)


def _colon_speaker(ctx: QuoteContext, sentence, settings):
    """(cue, subject) of the speech verb closest to the colon ("In his closing remarks, the envoy
    told them:", "Answering journalists, the minister stated:"), when its subject names someone."""
    words = word_tokens(ctx.text, sentence.start, sentence.end)
    verb = next((i for i in range(len(words) - 1, 0, -1) if is_cue_verb(words[i][2])), None)
    if verb is None or len(words) - verb > 4:
        return None
    subject = subject_before(words[:verb], settings["max_subject_words"])
    if subject is None or resolve_subject(ctx, subject)[0] is None:
        return None
    return word_span(words[verb]), subject


def said_before(ctx: QuoteContext, open_mark: int, settings):
    """``X told reporters on Friday. “…”``: a quote opening its sentence takes the speaker of the
    sentence just before it in the same paragraph, when that sentence has a speech verb, no marks."""
    index = ctx.sentence_index(open_mark)
    if index < 1 or ctx.text[ctx.state.sentences[index].start : open_mark].strip():
        return None
    previous = ctx.state.sentences[index - 1]
    if "\n\n" in ctx.text[previous.end : open_mark] or any(c in DOUBLE_MARKS for c in previous.text_in(ctx.text)):
        return None
    found = _speaker_of_sentence(ctx, previous, settings)
    if found is None or resolve_subject(ctx, found[1])[1] is None:  # "The head of the community, X, said":
        return _subject_person(ctx, previous.start, previous.end) or found  # the named person, not the role
    return found


def said_before_paragraph(ctx: QuoteContext, open_mark: int, close_mark: int, settings):
    """``X posted a short message on Tuesday evening. ¶ “…”``: a quote that fills its own paragraph
    takes the speaker of the previous paragraph's last sentence, when that sentence has a speech
    verb whose subject names someone and no marks (the paragraph announces the words)."""
    index = ctx.sentence_index(open_mark)
    line_start = ctx.text.rfind("\n", 0, open_mark) + 1
    line_end = ctx.text.find("\n", close_mark)
    line_end = len(ctx.text) if line_end < 0 else line_end
    if index < 1 or ctx.text[line_start:open_mark].strip() or ctx.text[close_mark + 1 : line_end].strip(" .!?"):
        return None
    previous = ctx.state.sentences[index - 1]
    if "\n" not in ctx.text[previous.end : line_start] or any(c in DOUBLE_MARKS for c in previous.text_in(ctx.text)):
        return None
    return _speaker_of_sentence(ctx, previous, settings)


def colon_intro(ctx: QuoteContext, open_mark: int):
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
    """The verb whose subject (or the subject's owner: "X's message was …", or its apposition: "the
    head of the community, X, reminded …") is the token at ``position``."""
    piece = doc.char_span(position, position + 1, alignment_mode="expand")
    if piece is None:
        return None
    token = piece[0]
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head  # a first name inside the full name
    if token.dep_ in {"poss", "appos"}:
        token = token.head  # "X's message was …", "the head of the community, X, reminded …"
    return token.head if token.dep_ in {"nsubj", "nsubjpass"} else None


_ANNOUNCES_NEXT = re.compile(r"\bthe\s+following\b|:\s*$", re.IGNORECASE)


def said_after(ctx: QuoteContext, close_mark: int, settings):
    """``“…” ¶ X said this at a rally.``: the next sentence says who said it ("this", "so", "these words")."""
    after = _sentence_after(ctx, close_mark)
    if after is None or _ANNOUNCES_NEXT.search(ctx.text, after.start, after.end):
        return None  # "X asked that the following reply be recorded": the words after it, not before
    hit = _speaker_of_sentence(ctx, after, settings)
    if hit is None:
        return None
    following = word_tokens(ctx.text, hit[0][1], after.end)[:1]
    return hit if following and following[0][2].lower() in {"this", "so", "these", "that"} else None


def _sentence_after(ctx: QuoteContext, close_mark: int):
    """The sentence after the one a quote ends (nothing but punctuation after its closing mark), or ``None``."""
    index = ctx.sentence_index(close_mark)
    sentences = ctx.state.sentences
    if index < 0 or index + 1 >= len(sentences) or ctx.text[close_mark + 1 : sentences[index].end].strip(" .!?"):
        return None
    return sentences[index + 1]


def _speaker_of_sentence(ctx: QuoteContext, sentence, settings):
    """(cue, subject) of the first speech verb of a sentence, when its subject names someone."""
    words = word_tokens(ctx.text, sentence.start, sentence.end)
    verb = next((i for i, w in enumerate(words) if is_cue_verb(w[2])), None)
    if verb is None or verb > settings["max_words_to_verb"]:
        return None
    subject = subject_before(words[:verb], settings["max_subject_words"])
    if subject is None or resolve_subject(ctx, subject)[0] is None:
        return None
    return word_span(words[verb]), subject


_THAT_WAS = re.compile(r"(?:That|This)\s+(?:was|is)\s+(?:the\s+voice\s+of\s+)?")
_IDENTIFIED_END = re.compile(r",|\.|;| (?:yesterday|today|this|last|on|in|at|speaking|talking)\b")


def identified_after(ctx: QuoteContext, close_mark: int):
    """``“…” That was an EU spokesperson yesterday``: a broadcast names the voice it just played in
    the next sentence. ``(cue, subject)``: "was" and the phrase after it up to a comma, a full stop or
    a time phrase; ``None`` unless the quote ends its sentence."""
    after = _sentence_after(ctx, close_mark)
    match = _THAT_WAS.match(ctx.text, after.start) if after is not None else None
    if match is None:
        return None
    end = _IDENTIFIED_END.search(ctx.text, match.end(), after.end)
    stop = end.start() if end is not None else after.end
    if stop <= match.end() or resolve_subject(ctx, (match.end(), stop))[0] is None:
        return None  # "That was a mistake": no one named
    verb = after.start + match.group(0).index(" ") + 1
    return (verb, verb + 3), (match.end(), stop)
