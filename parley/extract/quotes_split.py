"""Quotes broken by an attribution, joined into one (used by :mod:`.quotes`).

* “A,” he said, “B.”, or “A” he said “b…” (a few words with a speech verb between the parts);
* “A,” said X, the chair. “B.”: a short attribution sentence (longer when its verb comes first:
  "said X, the chair, at the assembly on 3 May.", or among its last words after a long role: "the
  adviser to the President for foreign policy told journalists at the bridge."), the second part without one of its own (“A,”
  he said. “B,” he added. are two quotes; narration after B in a new sentence, "B.” He defended
  the plan, saying …", is no attribution of B).
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .speech_cues import QUOTE_CUE_VERBS as SPEECH_VERBS

if TYPE_CHECKING:
    from .quotes import _Raw

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
_AUXILIARIES = frozenset("would will had has have was were is are could should must might can did".split())
_ATTRIBUTION_MAX_WORDS = 20
_BARE_ATTRIBUTION_WORDS = 5
_ATTRIBUTION_SENTENCE_WORDS = 12  # “A,” said X, the chair of Y. “B.” — a short sentence
_ATTRIBUTION_VERB_REACH = 5  # its speech verb comes early ("said X, …") or last ("X, the chair, told reporters")
_INVERTED_ATTRIBUTION_WORDS = 16  # “A,” said X, the chair, at the assembly on 13 May. “B.” — the verb first
_LATE_VERB_REACH = 5  # "… told journalists at the bridge.": the verb among the last words
_NEW_SENTENCE_VERB_REACH = 3  # “B.” Ferro added. — after a full stop, only an attribution right away


def join_split(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join “A,” he said, “B” into one quote."""
    out: list[_Raw] = []
    for raw in raws:
        if out and _split_by_attribution(text, out[-1], raw):
            previous = out[-1]
            previous.parts.extend(raw.parts)
            previous.close_mark = raw.close_mark
            previous.confidence = min(previous.confidence, raw.confidence)
        else:
            out.append(raw)
    return out


def _split_by_attribution(text: str, first: _Raw, second: _Raw) -> bool:
    between = text[first.close_mark + 1 : second.open_mark]
    ending = text[first.parts[-1][1] : first.close_mark].strip()
    if "\n" in between or ending[-1:] in {".", "!", "?", "…"}:
        return False
    if _attribution_sentence(text, between, second):
        return True
    if not between.strip().endswith((",", ":")) and not _bare_attribution(text, between, second):
        return False
    if re.search(r"[.!?;]", between.strip(" ,:")):
        return False
    words = [w.lower() for w in _WORD.findall(between)]
    return 0 < len(words) <= _ATTRIBUTION_MAX_WORDS and "that" not in words and any(
        w in SPEECH_VERBS for w in words
    )


def _attribution_sentence(text: str, between: str, second: _Raw) -> bool:
    """“A,” said X, the chair. “B.”: a short sentence of attribution between the parts (its speech
    verb early, last, or right after an apposition or relative clause: "X, who leads Y, told
    reporters after the ceremony."), and the second part a sentence of its own with no
    attribution of its own (“B,” he added. stays apart)."""
    inner = between.strip()
    if not inner.endswith(".") or re.search(r"[.!?;:…]", inner[:-1]):
        return False
    words = [w.lower() for w in _WORD.findall(inner)]
    verb_first = words[:1] and words[0] in SPEECH_VERBS
    # a long role as subject, its verb close to the end ("the adviser to the President for foreign policy
    # told journalists at the bridge."): as long as one whose verb comes first
    verb_late = any(w in SPEECH_VERBS for w in words[-_LATE_VERB_REACH:])
    longest = _INVERTED_ATTRIBUTION_WORDS if verb_first or verb_late else _ATTRIBUTION_SENTENCE_WORDS
    if not 0 < len(words) <= longest or "that" in words[:-2]:  # "… told the conference that followed." is
        return False  # a relative clause; "that" earlier opens reported words
    after_comma = [w.lower() for w in re.findall(r",\s*([^\W\d_]+)", inner)]  # "X, who leads Y, told reporters"
    if not any(w in SPEECH_VERBS for w in words[:_ATTRIBUTION_VERB_REACH] + words[-_LATE_VERB_REACH:] + after_comma):
        return False
    second_ending = text[second.parts[-1][1] : second.close_mark].strip()
    return second_ending[-1:] in {".", "!", "?", "…"} and not _attributed_in_sentence_after(text, second)


def _attributed_in_sentence_after(text: str, raw: _Raw) -> bool:
    """A speech verb (or "according to") between the closing mark and the end of its sentence.

    The part ends with a full stop inside its marks, so a capitalised word after it opens a new
    sentence: only a verb among its first words attributes the part (“B.” Ferro added.), not
    narration that goes on ("“B.” He defended the plan, saying …": another sentence's verb), nor a
    verb that reports a clause of its own ("“B.” She said the bloc would …")."""
    rest = text[raw.close_mark + 1 :].split("\n", 1)[0]
    end = _SENTENCE_END.search(rest + " ")
    sentence = [w.lower() for w in _WORD.findall(rest[: end.start() if end else len(rest)])]
    words = sentence[:_NEW_SENTENCE_VERB_REACH] if rest.lstrip()[:1].isupper() else sentence
    verb = next((i for i, w in enumerate(words) if w in SPEECH_VERBS), None)
    if verb is not None and words is not sentence and _AUXILIARIES & set(sentence[verb + 1 :]):
        return False  # "“B.” She said the bloc would not …": a new statement, reported
    return "according" in words or verb is not None


def _bare_attribution(text: str, between: str, second: _Raw) -> bool:
    """“A” he said “b…”: no commas, a few words, the second part going on in lower case. Not narration
    that goes on ("“A” and urged X to “b”": a second fragment, quoted on its own)."""
    words = between.lower().split()
    return "," not in between and len(words) <= _BARE_ATTRIBUTION_WORDS and text[second.parts[0][0]].islower() and (
        words[:1] not in (["and"], ["but"], ["or"]) and words[-1:] not in (["to"], ["that"], ["as"]))
