"""The words around a quote and the "X said" / "said X" shapes they make.

Used by ``speakers.rules.v1`` and its helpers. A word is a ``(start, end, text)`` triple
(:func:`word_tokens`); a cue is a speech verb of :mod:`.speech_cues` ("said", "told", …) or
"read", "offered" ("the statement reads", "X offered to host “…”"). :func:`subject_and_verb`
reads "said X" or "X said" (an apposition between commas allowed: "X, the envoy, said") at the
start of the words after a quote; :func:`subject_before` takes the subject words right before a
verb (past an apposition: "X, the foreign minister, said").
"""

from __future__ import annotations

import re

from .speech_cues import QUOTE_CUE_VERBS as SPEECH_VERBS

_TOKEN = re.compile(r"[A-Z]\.(?=\s)|[\w'’.-]*\w|[,;:!?–—()]|\.", re.UNICODE)
_STOP_AFTER_SUBJECT = frozenset(
    "in on at as during when while after before adding noting to from with according that who "
    "which where because and told".split()
)
PUNCT_STOPS = frozenset({",", ";", ":", ".", "!", "?", "–", "—"})
_CUE_VERBS = SPEECH_VERBS | {"read", "reads", "offered", "offers"}  # "the statement reads", "X offered to host “…”"


def word_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words and stops of ``text[start:end]`` as ``(start, end, text)`` ("J." kept whole)."""
    return [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(text[start:end])]


# "the head of state said": a cue word after a preposition or an article is a noun, not the verb;
# so is one after "take" ("we took note")
_NOUN_BEFORE = frozenset({"of", "the", "a", "an", "took", "take", "takes", "taking", "taken"})
_GERUND_PREPOSITIONS = frozenset({"for", "about", "without", "by", "after", "before", "from", "in", "on"})


def _gerund_after_preposition(word: str, before: str) -> bool:
    """"… “selective compassion” for speaking about X": a gerund after a preposition is the act the
    words are about, no cue with a subject of its own."""
    return word.lower().endswith("ing") and before.lower() in _GERUND_PREPOSITIONS


def is_cue_verb(word: str) -> bool:
    """A speech verb that attributes a quote ("said", "told", "reads")."""
    return word.lower() in _CUE_VERBS


def subject_and_verb(words, max_to_verb: int, max_subject: int):
    """``said X`` or ``X said`` at the start of ``words``: (cue span, subject span)."""
    if not words:
        return None
    if is_cue_verb(words[0][2]):
        subject = take_subject(words[1:], max_subject)
        return (word_span(words[0]), subject) if subject else None
    commas = 0
    for i, (_, _, word) in enumerate(words[: max_to_verb + 12]):
        if word == "," and commas < 2:
            commas += 1
            continue
        if word in PUNCT_STOPS or (commas == 0 and i > max_to_verb):
            return None
        if is_cue_verb(word) and i > 0 and commas in (0, 2) and words[i - 1][2].lower() not in _NOUN_BEFORE \
                and not _gerund_after_preposition(word, words[i - 1][2]):
            last = next(k for k, w in enumerate(words) if w[2] == ",") if commas else i
            return word_span(words[i]), (words[0][0], words[last - 1][1])
    return None


def take_subject(words, max_subject: int):
    """The subject span at the start of ``words`` (after "said"): up to a stop or a preposition."""
    taken = []
    for word in words[:max_subject]:
        if word[2] in PUNCT_STOPS or word[2].lower() in _STOP_AFTER_SUBJECT:
            break
        taken.append(word)
    return (taken[0][0], taken[-1][1]) if taken else None


def subject_before(words, max_subject: int):
    """The subject span at the end of ``words`` (before a verb), an apposition after it skipped."""
    words = _skip_apposition(_without_brackets(words))
    taken = []
    for n in range(len(words) - 1, max(len(words) - max_subject, 0) - 1, -1):
        word = words[n]
        if word[2] in PUNCT_STOPS or taken and _opens_relative_clause(words, n):
            break
        taken.append(word)
    if len(taken) > 1 and taken[-1][2].lower() == "as":
        taken.pop()  # "As X put it, “…”", "as X said": the subject follows "as"
    return (taken[-1][0], taken[0][1]) if taken else None


_RELATIVE_PRONOUNS = frozenset({"which", "whom"})
_PREPOSITIONS = frozenset("in by to for from with under of at through".split())


def _opens_relative_clause(words, n: int) -> bool:
    """"… a letter of 3 May in which the Community asked": the verb's subject starts after "in which"."""
    return words[n][2].lower() in _RELATIVE_PRONOUNS and n > 0 and words[n - 1][2].lower() in _PREPOSITIONS


def _without_brackets(words):
    """The words without a closed bracketed aside ("X (Left, Borduria) said"): a group and a country
    after a name, whose comma is no stop before the subject."""
    opened = [n for n, w in enumerate(words) if w[2] == "("]
    if not opened or not any(w[2] == ")" for w in words[opened[-1]:]):
        return words
    kept, depth = [], 0
    for word in words:
        depth += word[2] == "("
        if not depth:
            kept.append(word)
        depth -= word[2] == ")" and depth > 0
    return kept


def _skip_apposition(words):
    """``X, the foreign minister,`` before a verb: the words up to the apposition's first comma."""
    if not words or words[-1][2] != ",":
        return words
    for j in range(len(words) - 2, max(len(words) - 14, -1), -1):
        if words[j][2] in PUNCT_STOPS:
            return words[:j] if words[j][2] == "," and j > 0 else words
    return words


def word_span(word) -> tuple[int, int]:
    """A word's ``(start, end)``."""
    return word[0], word[1]
