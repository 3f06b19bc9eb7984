"""Short quotes that :mod:`.quotes` keeps by their place or their grammar, not their length.

* A headline that is one quoted clause (“We want the bridge, not the garrison”: the whole first
  line in marks, or the marks and a colon before who said it; a verb with its subject) quotes
  someone: outlets put an interviewee's or a speaker's words in the headline this way, while a
  name or a slogan in marks has no verb with a subject.
* A headline quote whose words are one part of a body quote broken by its attribution (“A,” she
  said. “B.”) is that quote given again: the same words quoted twice are one quote, the body's.
* ``what the ministry called “…”``: a verb of characterising with a subject of its own before
  the marks gives the subject's words; "a group called “…”" (no subject) names something.
* ``Bordurian minister: “…”``, ``Kestria's foreign minister: “…”``: a role ending in a role noun,
  in sentence case, before a colon that opens the quote's line, is its speaker as a name there
  would be (:func:`role_label_before`); a lower-case phrase without a role noun ("The answer:
  “…”") is none.
"""

from __future__ import annotations

import re

from .lexicon import ROLE_NOUNS

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_MIN_HEADLINE_WORDS = 3
_ROLE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,4})[ \t]*:[ \t]*$")


def role_label_before(text: str, open_mark: int) -> tuple[int, int] | None:
    """(start, end) of "Bordurian minister" in "Bordurian minister: “…”" at the start of the quote's
    line: a capitalised first word and a role noun last (module docstring); ``None`` otherwise."""
    match = _ROLE_LABEL.search(text, max(open_mark - 80, 0), open_mark)
    if match is None:
        return None
    last = re.sub(r"['’]s$", "", match.group("label").split()[-1].lower()).rstrip("s")
    return match.span("label") if last in ROLE_NOUNS or last + "s" in ROLE_NOUNS else None


def quoted_headline(text: str, open_mark: int, close_mark: int, words: list[str], doc) -> bool:
    """The first line of the text is this quote alone, and its words form a clause."""
    if len(words) < _MIN_HEADLINE_WORDS or not words[0][:1].isupper():
        return False
    line_start = len(text) - len(text.lstrip())
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    after = text[close_mark + 1 : line_end].strip()
    if open_mark != line_start or after and not after.startswith(":"):  # “…”: who said it
        return False
    return has_clause(doc, open_mark + 1, close_mark)


def has_clause(doc, start: int, end: int) -> bool:
    """A word of ``[start, end)`` with its own subject there (the pipeline parses without a tagger,
    so the dependency arcs say what is a verb); without a parse: no."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is not None and any(t.dep_ in _SUBJECT_DEPS and start <= t.head.idx < end for t in span)


def characterised_by_subject(doc, open_mark: int) -> bool:
    """The word before the opening mark is a verb with a nominal subject ("its ministry called")."""
    if doc is None or open_mark <= 0:
        return False
    span = doc.char_span(max(open_mark - 40, 0), open_mark, alignment_mode="expand")
    words = [t for t in span if t.idx < open_mark and not t.is_punct and not t.is_space] if span is not None else []
    return bool(words) and any(c.dep_ == "nsubj" for c in words[-1].children)


def without_headline_parts(text: str, raws: list, in_headline) -> list:
    """``raws`` without headline quotes that repeat one part of a broken body quote (module
    docstring); ``in_headline(text, raw)`` says where a quote stands."""
    parts = {
        _plain(text[a:b]) for raw in raws if len(raw.parts) > 1 and not in_headline(text, raw) for a, b in raw.parts
    }
    if not parts:
        return raws
    return [raw for raw in raws if not (in_headline(text, raw) and _plain(raw.text(text)) in parts)]


def _plain(words: str) -> str:
    return " ".join(words.lower().split()).strip(" ,.;:!?")
