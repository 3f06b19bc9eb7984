"""``quotes.rules.v1``: direct quotations found from their quotation marks.

* Curly and straight double marks; a curly opening mark used as a closing one
  ("…people “" at a line end) is read as closing where it cannot open.
* A quote broken by an attribution (“A,” he said, “B.”, or “A” he said “b…”) is one quote; its
  text joins the parts with one space, its span runs from the first word to the last. So is
  “A,” said X, the chair. “B.”: a short attribution sentence, the second part without one of
  its own (“A,” he said. “B,” he added. are two quotes).
* Each opening mark has its own closing marks (“…”, „…“, «…», »…«, "…"); a mark of
  another kind inside an open quote opens a nested quote that stays part of it.
* A quote still open at a paragraph end continues when the next paragraph opens
  with a mark; otherwise it ends there (with a lower confidence), or at its first
  sentence end when the "paragraph" is very long (a text without line breaks).
* A quote that opens its line and is followed by a dash and a name (“…” — Name, title) is
  a pull quote or epigraph.
* Words written on an object ("banners reading “…”", "a sign saying “…”") are not quotes
  (:mod:`.quotes_written`).
* Names and terms in marks are not quotes: a short quoted phrase counts only when its sentence
  has a speech verb outside the marks, not a passive one without "by" (“in the coming months”,
  said of a speaker; not "X has been described as the day “…”"), or after a verb of characterising
  and its object ("X called the plan “…”"; "what the ministry called “…”", the verb with a subject
  of its own; not when unnamed people characterise: "Some in this hall call it “…”"); never after "the phrase", nor as the wording set against it ("writing instead
  “…”", :mod:`.quotes_terms`), nor without a word of letters (the "3+3" format), nor in title case.
  After an article it is a term ("the “valley format”") unless its words are coordinated ("a
  “swift and total” answer": a speaker's description). A short phrase quoted in a headline counts
  when the body gives its words again in a sentence with a speech verb (a speaker's reported words).
* The same words quoted twice are one quote (the first; the body's where a headline repeats them,
  also as one part of a quote broken by its attribution).
* Single marks (‘…’, ‹…›, and straight '…' where they cannot be apostrophes)
  make quotes too, outside double-marked quotes; marks of one kind nested in a
  quote of the other kind belong to the outer quote.

``Quote.span`` covers the quoted words without marks or trailing ``, . ; :``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from parley.core.types import Quote

from .lexicon import SPEECH_NOUNS
from .speech_cues import EXTRA_CUE_VERBS, NAMING_VERBS, QUOTE_CUE_VERBS as SPEECH_VERBS, extra_cue_in_sentence
from .quotes_headline import characterised_by_subject, quoted_headline, role_label_before, without_headline_parts
from .quotes_owned import owned_words
from .speaker_according import names_source
from .quotes_split import join_split
from .quotes_written import written_on_object
from .quotes_terms import (
    accused_of, alternative_wording, attributive_term, called_by_what, described_in_passive, labelled_headline_title,
    term_after_of, title_without_clause,
)
from .state import Component, DocState, register_component

_MARKS = re.compile('[“”„«»"]')
_SINGLE_MARKS = re.compile("[‘’‹›']")
_NOT_AFTER_OPENER = set(",.;:!?)]")  # a mark before these closes („…“, German style)
_SINGLE_OPENERS = set("‘‹'")
_SINGLE_CLOSERS = set("’›'")
_OPENERS = set('“„«»"')
_CLOSING = {"“": '”“"', "„": '“”"', "«": "»", "»": "«", '"': '"”'}  # opening mark → its closing marks
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*", re.UNICODE)
_TRAILING = " \t\r\n,.;:"
_TRAILING_INNER = " \t\r\n,;:"  # a paragraph that ends a sentence keeps its full stop
_HEADLINE_PHRASE_WORDS = 3  # a shorter phrase repeated in the body is more likely a term
_MAX_UNCLOSED_CHARS = 1500
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
_TERM_MARKERS = frozenset(
    "so-called called dubbed termed named about the a an word words term titled entitled "
    "slogan motto label phrase expression wording formula".split()
)
_CHARACTERISING_VERBS = NAMING_VERBS  # narrower than speaker_characterised.CHARACTERISING_VERBS (see there)
_UNNAMED_MANY = frozenset({"some", "many", "others", "few"})
_UNNAMED_SUBJECT_WORDS = 5  # "some in this hall still"
_CHARACTERISED_OBJECT_WORDS = 10  # "called any presence of outside forces on the route “…”"
_PARTICLES = frozenset("for on upon off out up in back to".split())
_ARTICLES = frozenset({"the", "a", "an"})
_DASH_NAME = re.compile(r"[ \t]*\n?[ \t]*[—–][ \t]*[A-Z][^\n.;]{1,80}(?:\n|$)")
_PREPOSITIONS = frozenset("in on at during for from with by of to into after before".split())
_COLON_NAME = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w'’-]*[ \t]*:[ \t]*$")


@dataclass
class _Raw:
    """Quoted parts ``[(start, end)]`` (content, without marks) and the mark positions."""

    parts: list[tuple[int, int]]
    open_mark: int
    close_mark: int
    confidence: float = 0.9
    part_mark: int = -1  # the mark that opened the part still open (a later paragraph's)

    @property
    def part_start(self) -> int:
        return (self.part_mark if self.part_mark >= 0 else self.open_mark) + 1

    def text(self, text: str) -> str:
        return " ".join(text[a:b].strip() for a, b in self.parts)


@register_component("quotes.rules.v1")
class RuleQuotes(Component):
    """Direct quotes from quotation marks (see the module docstring)."""

    defaults = {"min_words": 2, "short_quote_words": 8, "join_split_quotes": True}

    def __call__(self, state: DocState) -> DocState:
        text = state.text
        raws = _trimmed(text, pair_all_marks(text))
        if self.settings["join_split_quotes"]:
            raws = join_split(text, raws)
        sentences = [(s.start, s.end) for s in state.sentences]
        kept = [r for r in raws if self._is_quote(text, r, raws, sentences, state.parsed)]
        quotes = [self._quote(state, r) for r in _first_of_each(text, kept)]
        return state.add(self.name, quotes=state.quotes + tuple(quotes))

    def _is_quote(self, text, raw: _Raw, raws, sentences, state_doc=None) -> bool:
        words = _WORD.findall(raw.text(text))
        if written_on_object(text, raw.open_mark):
            return False  # "banners reading “…”": a slogan shown, not words said
        if called_by_what(text, raw.open_mark) and any(w[0].isalpha() for w in words):
            return True  # "what he called the “militarization”": his word
        if owned_words(text, raw.open_mark) and len(words) >= 2:
            return True  # "the minister's words “…”": the minister's, not a term
        if len(words) < self.settings["min_words"] or not any(w[0].isalpha() for w in words):
            return bool(words) and _attributed_right_after(text, raw)  # "3+3": a label, not words
        if len(words) >= self.settings["short_quote_words"]:
            return not title_without_clause(text, raw.open_mark, raw.close_mark, words, state_doc)
        if (
            _title_case(words) or _named_term(text, raw, words, state_doc)
            or term_after_of(state_doc, raw.open_mark, words)
            or attributive_term(state_doc, raw.open_mark, raw.close_mark, words)
            or labelled_headline_title(text, raw.open_mark, raw.close_mark, state_doc)
            or described_in_passive(state_doc, raw.open_mark, raw.close_mark)
            or alternative_wording(text, raw.open_mark, _sentence_bounds(text, raw, sentences)[0])
            or _bracketed_title(text, raw)
        ):
            return False
        return (
            _full_sentence(text, raw, words)
            or quoted_headline(text, raw.open_mark, raw.close_mark, words, state_doc)
            or _colon_attribution(text, raw)
            or _dash_attribution(text, raw)
            or _attributed_right_after(text, raw)
            or _speech_verb_outside(text, raw, raws, sentences)
            or extra_cue_in_sentence(state_doc, _sentence_bounds(text, raw, sentences), (raw.open_mark, raw.close_mark))
            or _characterised(text, raw) or accused_of(text, raw.open_mark)
            or _called_by_subject(text, raw, state_doc)
            or _headline_words_reported(text, raw, words, sentences)
        )

    def _quote(self, state: DocState, raw: _Raw) -> Quote:
        start, end = raw.parts[0][0], raw.parts[-1][1]
        return Quote(
            span=state.span(start, end), text=raw.text(state.text), direct=True,
            extractor=self.name, confidence=raw.confidence,
        )


def pair_all_marks(text: str) -> list[_Raw]:
    """Double-mark quotes and single-mark quotes, the nested ones left inside their outer quote."""
    doubles = pair_marks(text)
    singles = pair_single_marks(text, [(r.open_mark, r.close_mark) for r in doubles])
    outer = [(r.open_mark, r.close_mark) for r in singles]
    doubles = [r for r in doubles if not any(a < r.open_mark and r.close_mark < b for a, b in outer)]
    return sorted(doubles + singles, key=lambda r: r.open_mark)


def pair_single_marks(text: str, doubles: list[tuple[int, int]]) -> list[_Raw]:
    """Pairs of single quotation marks outside double-marked quotes, within one paragraph.

    An apostrophe inside a word ("don’t") can neither open nor close; a plural possessive
    ("the parties’ view") closes only when no later mark in the paragraph can.
    """
    found, current = [], None
    candidates = [m.start() for m in _SINGLE_MARKS.finditer(text)
                  if not any(a <= m.start() <= b for a, b in doubles)]
    for n, i in enumerate(candidates):
        mark, before, after = text[i], text[i - 1] if i else " ", text[i + 1] if i + 1 < len(text) else " "
        if current is not None and "\n" in text[current:i]:
            current = None
        can_open = mark in _SINGLE_OPENERS and (before.isspace() or before in "([—–-:") and after.isalpha()
        can_close = mark in _SINGLE_CLOSERS and not before.isspace() and not after.isalnum()
        if current is not None and can_close and not _possessive_before_later_close(text, i, candidates[n + 1 :]):
            found.append(_Raw([(current + 1, i)], current, i, confidence=0.8))
            current = None
        elif can_open:
            current = i
    return found


def _possessive_before_later_close(text: str, i: int, later: list[int]) -> bool:
    """``s’`` followed by a lower-case word, with another closing mark later in the paragraph."""
    if text[i - 1] != "s" or not text[i + 1 : i + 3].startswith(" ") or not text[i + 2 : i + 3].islower():
        return False
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    return any(j < end and text[j] in _SINGLE_CLOSERS and not text[j + 1 : j + 2].isalnum() for j in later)


def pair_marks(text: str) -> list[_Raw]:
    """Pairs of double quotation marks (and guillemets), with quotes running over paragraphs joined.

    Each opening mark has its own closing marks (“…”, „…“, «…», »…«, "…"); a mark of
    another kind inside an open quote opens a nested quote that belongs to the outer one.
    """
    found: list[_Raw] = []
    current: _Raw | None = None
    nested: list[str] = []  # opening marks of quotes inside the current one
    for match in _MARKS.finditer(text):
        i, mark = match.start(), match.group()
        before = text[i - 1] if i else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        can_open = _can_open(mark, before, after)
        if current is not None and "\n" in text[current.part_start : i]:
            nested.clear()
            current = _paragraph_break(text, current, i, can_open, found)
            if current is not None:
                continue
        if current is None:
            current = _Raw([], i, -1) if can_open else None
        elif nested and _can_close(mark, nested[-1], before, can_open):
            nested.pop()
        elif _can_close(mark, text[current.open_mark], before, can_open):
            current.parts.append((current.part_start, i))
            current.close_mark = i
            found.append(current)
            current, nested = None, []
        elif can_open and mark != text[current.open_mark] and mark in _OPENERS:
            nested.append(mark)
        elif can_open:
            current = _Raw([], i, -1)  # the earlier mark was stray
    if current is not None:
        _close_at_paragraph_end(text, current, found)
    return found


def _can_open(mark: str, before: str, after: str) -> bool:
    """« always opens; other marks open before a word (not before a space or ", . ; :")."""
    if mark == "«":
        return True
    return mark in _OPENERS and not after.isspace() and after not in _NOT_AFTER_OPENER


def _can_close(mark: str, opener: str, before: str, can_open: bool) -> bool:
    """Whether ``mark`` closes a quote opened by ``opener`` (guillemets always pair)."""
    if mark not in _CLOSING.get(opener, ""):
        return False
    if opener in "«»":
        return True
    if mark == opener == "“":  # a sloppy closing “ only where it cannot open
        return not can_open
    return not before.isspace() or not can_open


def _paragraph_break(text, current: _Raw, i: int, can_open: bool, found: list[_Raw]) -> _Raw | None:
    """An open quote met a line break: it continues into this paragraph or ends before it."""
    para_end = text.index("\n", current.part_start)
    if can_open and not text[para_end:i].strip():
        current.parts.append((current.part_start, para_end))
        current.part_mark = i
        return current
    _close_at_paragraph_end(text, current, found)
    return None


def _close_at_paragraph_end(text: str, current: _Raw, found: list[_Raw]) -> None:
    """Keep an unterminated quote up to its paragraph end when it reads as finished speech."""
    start = current.part_start
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    piece = _capped(text[start:end].rstrip())
    if len(_WORD.findall(piece)) >= 4 and piece[-1:] in ".!?…":
        current.parts.append((start, start + len(piece)))
        current.close_mark = end
        current.confidence = 0.5
        found.append(current)
    elif current.parts:
        current.close_mark = current.parts[-1][1]
        current.confidence = 0.5
        found.append(current)


def _capped(piece: str) -> str:
    """An unclosed quote longer than ``_MAX_UNCLOSED_CHARS`` (a text without paragraph breaks)
    ends at its first sentence end: a stray mark must not swallow the rest of the document."""
    if len(piece) <= _MAX_UNCLOSED_CHARS:
        return piece
    end = _SENTENCE_END.search(piece)
    return piece[: end.start() + 1] if end else ""


def _trimmed(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Parts without surrounding spaces and trailing ``, . ; :``; empty quotes dropped."""
    out = []
    for raw in raws:
        parts = []
        for n, (a, b) in enumerate(raw.parts):
            piece = text[a:b]
            a2 = a + len(piece) - len(piece.lstrip())
            b2 = a + len(piece.rstrip(_TRAILING if n == len(raw.parts) - 1 else _TRAILING_INNER))
            if b2 > a2:
                parts.append((a2, b2))
        if parts:
            raw.parts = parts
            out.append(raw)
    return out


_MINOR_WORDS = frozenset("a an and as at by de for in of on or the to von van der".split())


def _title_case(words: list[str]) -> bool:
    """Every word capitalised except short function words: a name ("Free Republic of the North")."""
    content = [w for w in words if w.lower() not in _MINOR_WORDS and w[0].isalpha()]
    return bool(content) and all(w[0].isupper() for w in content)


def _full_sentence(text: str, raw: _Raw, words: list[str]) -> bool:
    """Quoted words that form a sentence of their own: capital first, final punctuation inside the marks."""
    inside = text[raw.parts[-1][0] : raw.close_mark].rstrip()
    return len(words) >= 3 and words[0][:1].isupper() and inside[-1:] in {".", "!", "?", "…"}


_PIECES = re.compile(r"\b(?:report|article|editorial|column|piece|story|leader|letter|feature|series|headline)s?\b[^()\n]{0,25}\($")


def _bracketed_title(text: str, raw: _Raw) -> bool:
    """``Your report of 26 July (“…”)``: the title of a piece, in brackets after the word for it."""
    return text[raw.close_mark + 1 : raw.close_mark + 2] == ")" and bool(
        _PIECES.search(text, max(raw.open_mark - 40, 0), raw.open_mark))


def _attributed_right_after(text: str, raw: _Raw) -> bool:
    """“Never,” she said: a speech verb within the first four words after the closing mark."""
    window = text[raw.close_mark + 1 : raw.close_mark + 60].split("\n")[0]
    after, same = _WORD.findall(window), _WORD.findall(_SENTENCE_END.split(window, 1)[0])
    if after and after[0].lower() in _PREPOSITIONS:
        return False  # “…” in his remarks: a noun, not an attribution
    return any(w.lower() in SPEECH_VERBS and (w.lower() not in EXTRA_CUE_VERBS or w in same) for w in after[:4])


def _dash_attribution(text: str, raw: _Raw) -> bool:
    """``“…” — Name, title`` on a line the quote opens (a pull quote or epigraph)."""
    line_start = text.rfind("\n", 0, raw.open_mark) + 1
    return not text[line_start : raw.open_mark].strip() and bool(_DASH_NAME.match(text, raw.close_mark + 1))


def _named_term(text: str, raw: _Raw, words: list[str], doc=None) -> bool:
    """A phrase the author names or mentions in marks ("the so-called “X”", "about “X”").

    Not a term: coordinated words after an article (a “decisive and immediate” response: a
    speaker's characterisation, where a term is one noun phrase), words after an article that a
    verb of characterising and its object stand before ("calls them a “…”"), nor the object of a speaker's
    verb of characterising ("what the ministry called “…”": the ministry's words).
    """
    before = _WORD.findall(text[max(raw.open_mark - 30, 0) : raw.open_mark])
    if not before or before[-1].lower() not in _TERM_MARKERS:
        return False
    if before[-1].lower() in _ARTICLES:  # "calls them a “foreign camp on our border”": the caller's words
        return not (_coordinated(words) or _characterised_object_article(before))
    return not _called_by_subject(text, raw, doc)


_PASSIVE_AUX = frozenset({"be", "been", "being", "is", "was", "are", "were"})


def _characterised_object_article(before: list[str]) -> bool:
    """"… calls them a “…”": a verb of characterising in the active, its object, then the article
    ("This has been called a “…”" is a term in circulation, nobody's words)."""
    lowered = [w.lower() for w in before[-6:]]
    return any(w in _CHARACTERISING_VERBS and k < len(lowered) - 2 and (k == 0 or lowered[k - 1] not in _PASSIVE_AUX)
               for k, w in enumerate(lowered))


def _called_by_subject(text: str, raw: _Raw, doc) -> bool:
    """``what the ministry called “…”``: a verb of characterising right before the marks, with its
    own subject (:func:`.quotes_headline.characterised_by_subject`)."""
    before = _WORD.findall(text[max(raw.open_mark - 30, 0) : raw.open_mark])
    return bool(before) and before[-1].lower() in _CHARACTERISING_VERBS and characterised_by_subject(doc, raw.open_mark)


def _coordinated(words: list[str]) -> bool:
    """Lower-case words joined by "and"/"or" or a comma list: a description, not a name."""
    lowered = [w.lower() for w in words]
    return words[0][:1].islower() and len(words) >= 3 and bool({"and", "or"} & set(lowered[1:-1]))


def _colon_attribution(text: str, raw: _Raw) -> bool:
    """``Name: “…”`` — a headline or transcript attribution."""
    return bool(_COLON_NAME.search(text, max(raw.open_mark - 80, 0), raw.open_mark)) or bool(
        role_label_before(text, raw.open_mark))  # "Bordurian minister: “…”"


def _speech_verb_outside(text: str, raw: _Raw, raws: list[_Raw], sentences) -> bool:
    """Whether the quote's sentence has a speech verb outside all quotation marks."""
    start, end = _sentence_bounds(text, raw, sentences)
    outside, cursor = [], start
    for other in raws:
        if other.close_mark < start or other.open_mark > end:
            continue
        outside.append(text[cursor : max(other.open_mark, cursor)])
        cursor = max(cursor, other.close_mark + 1)
    outside.append(text[cursor:end])
    words = [w.lower() for w in _WORD.findall(" ".join(outside))]
    according = names_source(" ".join(outside))  # "according to X", "in the words of X"
    return according or any(w in SPEECH_VERBS and w not in EXTRA_CUE_VERBS or w in SPEECH_NOUNS for w in words)


def _characterised(text: str, raw: _Raw) -> bool:
    """``X called the plan “…”``, ``X termed any presence of outside forces “…”``: a verb of
    characterising, then its object, then the quote (the words X gave it). "Called for",
    "called on" and "a group called “…”" (a name) do not count."""
    before = text[text.rfind("\n", 0, raw.open_mark) + 1 : raw.open_mark]
    words = [w.lower() for w in _WORD.findall(re.split(r"[.;:!?]\s", before)[-1])]
    for k in range(len(words) - 2, max(len(words) - _CHARACTERISED_OBJECT_WORDS - 2, -1), -1):
        if words[k] in _CHARACTERISING_VERBS:
            return words[k + 1] not in _PARTICLES and not _unnamed_many(words[:k])
    return False


def _unnamed_many(subject: list[str]) -> bool:
    """"Some in this hall still call it “…”", "Many call it “…”": a name in circulation among people the
    text leaves unnamed, no one's quoted words (a subject of a few words opened by such a pronoun)."""
    return 0 < len(subject) <= _UNNAMED_SUBJECT_WORDS and subject[0] in _UNNAMED_MANY


def _headline_words_reported(text: str, raw: _Raw, words: list[str], sentences) -> bool:
    """A headline's quoted phrase (“X ‘ready to talk’ - official”) that the body gives again in a
    sentence with a speech verb: the headline quotes someone's reported words, not a term."""
    if len(words) < _HEADLINE_PHRASE_WORDS or not _in_headline(text, raw):
        return False
    phrase = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.IGNORECASE)
    body_start = text.find("\n", raw.close_mark)
    for match in phrase.finditer(text, body_start if body_start >= 0 else len(text)):
        found = _Raw([match.span()], match.start(), match.end() - 1)  # the phrase itself is no verb
        if _speech_verb_outside(text, found, [found], sentences):
            return True
    return False


def _sentence_bounds(text: str, raw: _Raw, sentences) -> tuple[int, int]:
    if not sentences:
        start = text.rfind("\n", 0, raw.open_mark) + 1
        end = text.find("\n", raw.close_mark)
        return start, len(text) if end < 0 else end
    starts = [s for s, _ in sentences]
    first = max(bisect.bisect_right(starts, raw.open_mark) - 1, 0)
    last = max(bisect.bisect_right(starts, raw.close_mark) - 1, first)
    return sentences[first][0], max(sentences[last][1], raw.close_mark + 1)


def _first_of_each(text: str, raws: list[_Raw]) -> list[_Raw]:
    """One quote per wording: the first, unless that one stands in a headline and the body repeats it."""
    chosen: dict[str, _Raw] = {}
    for raw in raws:
        key = " ".join(raw.text(text).lower().split())
        if key not in chosen or _in_headline(text, chosen[key]):
            chosen.setdefault(key, raw)
            if _in_headline(text, chosen[key]) and not _in_headline(text, raw):
                chosen[key] = raw
    return without_headline_parts(text, sorted(chosen.values(), key=lambda r: r.open_mark), _in_headline)


def _in_headline(text: str, raw: _Raw) -> bool:
    """The quote stands on a line of its own among the first lines, without a full stop at its end."""
    line_start = text.rfind("\n", 0, raw.open_mark) + 1
    line_end = text.find("\n", raw.close_mark)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    earlier_lines = [ln for ln in text[:line_start].splitlines() if ln.strip()]
    return len(earlier_lines) < 3 and line[-1:] not in {".", "!", "?"}
