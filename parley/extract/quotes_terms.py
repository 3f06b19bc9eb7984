"""Marks that quote a speaker's word, and marks that only set off a title or a term.

Used by :mod:`.quotes`:

* **"what he called the “…”"**: a verb of characterising after "what" and its own subject gives the
  subject's word, even a single one ("what he called the “militarization” of the region").
* **A title, however long**: words in title case without a clause of their own ("Hearing on “Peace
  in the Region: Next Steps for Policy”") name a hearing, a report or a programme.
* **A label's title in a headline**: "Show Name: “A treaty or a preamble?”" on the first line, a
  question without a clause, is an episode's title; a speaker's words after a name and a colon in
  a headline are a statement ("Minister: “We will sign”", "Tasch: «No deal without guarantees»").
* **A term after "of"**: at most three lower-case words hung by "of" on a noun ("an arena of
  “geopolitical rivalry”", "the logic of “spheres of influence”") are the author's term; "accused
  X of “…”" (on a verb) may quote the accuser.
* **A wording set against a named term**: "avoided the phrase “A”, writing instead of persons “B”":
  the words that replace a term the sentence names ("the phrase", "the term") are a wording too,
  nobody's quote.
* **A term before its noun**: at most three words in marks that modify the noun right after the
  closing mark ("its “open road” policy", "the “single window” system") name the thing, as an
  adjective would; nobody is quoted.
"""

from __future__ import annotations

import re

from .lexicon import SPEECH_VERBS
from .quotes_headline import has_clause

_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?:[\w’'-]+\s+){1,4}(?:called|calls|termed|terms|dubbed|dubs|described\s+as|describes\s+as)"
    r"(?:\s+(?:the|an?|its|their))?\s*$",
    re.IGNORECASE,
)
_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "npadvmod"})
_MAX_TERM_WORDS = 3
_MINOR_WORDS = frozenset("a an the of and or for in on at to by with from vs".split())
_NAMED_TERM = re.compile(
    r"\b(?:phrase|phrases|term|terms|word|words|wording|expression|formula|formulation)"
    r"\s+[“\"][^”\"\n]{1,80}[”\"]"
    r"(?P<between>[^.;!?“\"]{0,60})$",
    re.IGNORECASE,
)
_INSTEAD = re.compile(r"\b(?:instead|rather)\b", re.IGNORECASE)


def described_in_passive(doc, open_mark: int, close_mark: int) -> bool:
    """``X has been described everywhere as the day the region “…”``: the sentence's only speech
    verb outside the marks is in the passive with no "by" agent, so nobody is named as having said
    the words; the marks set off a description in general use, not a speaker's quote."""
    span = doc.char_span(open_mark, close_mark + 1, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    outside = [t for t in span.sent if not open_mark <= t.idx <= close_mark and t.lower_ in SPEECH_VERBS]
    return bool(outside) and all(
        any(c.dep_ == "auxpass" for c in t.children) and not any(c.dep_ == "agent" for c in t.children)
        for t in outside
    )


def alternative_wording(text: str, open_mark: int, sentence_start: int) -> bool:
    """“B” set against a term the sentence named before it, with "instead" or "rather" between
    (module docstring)."""
    named = _NAMED_TERM.search(text, sentence_start, open_mark)
    return named is not None and bool(_INSTEAD.search(named.group("between")))


def called_by_what(text: str, open_mark: int) -> bool:
    """``what he called the “…”`` right before the opening mark (module docstring)."""
    return bool(_WHAT_CALLED.search(text[max(open_mark - 60, 0) : open_mark]))


def title_without_clause(text: str, open_mark: int, close_mark: int, words: list[str], doc) -> bool:
    """Title-case words with no clause of their own: the name of a hearing, report or programme."""
    content = [w for w in words if w.lower() not in _MINOR_WORDS and w[:1].isalpha()]
    if len(content) < 2 or not all(w[:1].isupper() for w in content):
        return False
    return not has_clause(doc, open_mark + 1, close_mark)


def labelled_headline_title(text: str, open_mark: int, close_mark: int, doc) -> bool:
    """``Label: “…?”`` on the first line, a question without a clause: a title (module docstring)."""
    line_start = len(text) - len(text.lstrip())
    if text.find("\n", line_start) not in (-1,) and text.find("\n", line_start) < open_mark:
        return False
    if not text[line_start:open_mark].rstrip().endswith(":") or not text[:close_mark].rstrip().endswith("?"):
        return False
    return not has_clause(doc, open_mark + 1, close_mark)


_ACCUSING = ("accus", "suspect", "convict")  # the parse has no lemmas: the stems of the verb's forms
_ACCUSED_OF = re.compile(r"\b(?:accus|suspect)(?:e|es|ed|ing)\s+(?:[^\s.;:!?“”\"]+\s+){1,6}?of\s*$", re.IGNORECASE)


def accused_of(text: str, open_mark: int) -> bool:
    """"X accused European deputies of “selective compassion”": the accuser's words for what the
    object did (a few words of object between the verb and "of", in the mark's sentence)."""
    return bool(_ACCUSED_OF.search(text, max(open_mark - 80, 0), open_mark))


def term_after_of(doc, open_mark: int, words: list[str]) -> bool:
    """At most three lower-case words hung by "of" on a noun (module docstring)."""
    if doc is None or not words or len(words) > _MAX_TERM_WORDS or not all(w[:1].islower() for w in words):
        return False
    span = doc.char_span(max(open_mark - 12, 0), open_mark, alignment_mode="expand")
    before = [t for t in span if t.idx < open_mark and not t.is_space and not t.is_punct] if span is not None else []
    if not before or before[-1].lower_ != "of":
        return False
    head = before[-1].head
    if head.dep_ == "dobj" and head.head.lower_.startswith(_ACCUSING):
        return False  # "accused the deputies of “…”": the parser's "of" on the object is the verb's
    return head.i != before[-1].i and head.dep_ in _NOUN_DEPS


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def attributive_term(doc, open_mark: int, close_mark: int, words: list[str]) -> bool:
    """At most ``_MAX_TERM_WORDS`` words in marks whose head is the noun right after the closing
    mark, as a modifier (module docstring); ``False`` without a parse."""
    if doc is None or len(words) > _MAX_TERM_WORDS or {"and", "or"} & {w.lower() for w in words}:
        return False  # "a “swift and total” answer": coordinated words describe, as a speaker does
    inside = doc.char_span(open_mark + 1, close_mark, alignment_mode="expand")
    after = doc.char_span(close_mark + 1, close_mark + 2, alignment_mode="expand")
    if inside is None or after is None or not inside.text.strip():
        return False
    noun = next((t for t in doc[after.start :] if not t.is_punct and not t.is_space), None)
    root = inside.root
    return noun is not None and noun.lower_ == noun.text and root.head.i == noun.i and root.dep_ in _MODIFIER_DEPS
