"""``The Kestrians say they will never accept “…”. Kestria's foreign ministry repeated that on Monday.``:
a quote without a date phrase of its own, followed by a sentence whose subject is the speaker (the
speaker's actor, the speaker's name, or "he"/"she" for a person) and whose main verb either takes
the words back as "that", "this", "it" or "so" ("repeated that on Monday", "said so on Friday",
"X said this at a rally on Sunday") or tells the occasion of speaking ("He was speaking at a news
conference on Tuesday", "She spoke in Varn on Monday"): that sentence's date phrase dates the
words. The sentence must be in the quote's paragraph, or open the next one when the quote stands
alone in its own paragraph ("“…” ¶ X said this at a rally on Sunday.").
"""

from __future__ import annotations

from .dates_lead import actor_is_subject

_BACK_WORDS = frozenset({"that", "this", "it", "so"})
_OBJECT_DEPS = frozenset({"dobj", "advmod", "nsubjpass"})
_OCCASION_VERBS = frozenset({"speaking", "spoke", "talking", "addressing", "writing"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_MARKS = " \t\"“”„«»'‘’.,"


def said_again_after(state, quote, resolve):
    """The date ``resolve(start, end)`` finds in the sentence right after the quote's when that
    sentence says the speaker said it (module docstring); else ``None``."""
    doc = state.parsed
    if doc is None or quote.speaker_actor is None:
        return None
    sentence = next((s for s in state.sentences if s.start >= quote.span.end), None)  # sentences are in order
    if sentence is None or "\n\n" in state.text[quote.span.end : sentence.start] and not _alone(state.text, quote):
        return None
    root = _root(doc, sentence)
    if root is None or not (_takes_it_back(root) or root.lower_ in _OCCASION_VERBS):
        return None
    if not (actor_is_subject(state, sentence, quote.speaker_actor) or _names_speaker(root, quote)):
        return None
    return resolve(sentence.start, sentence.end)


def _root(doc, sentence):
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return next((t for t in span if t.dep_ == "ROOT"), None) if span is not None else None


def _takes_it_back(root) -> bool:
    """The sentence's main verb takes the earlier words as "that"/"this"/"it"/"so"."""
    return any(c.lower_ in _BACK_WORDS and c.dep_ in _OBJECT_DEPS for c in root.children)


def _names_speaker(root, quote) -> bool:
    """The main verb's subject is "he"/"she" (for a person speaker) or a word of the speaker's name."""
    names = set((quote.speaker or "").lower().split())
    person = len(names) > 1
    return any(
        c.dep_ == "nsubj" and (c.lower_ in _PERSON_PRONOUNS and person or c.lower_ in names)
        for c in root.children
    )


def _alone(text: str, quote) -> bool:
    """The quote fills its paragraph: nothing but marks and stops before and after it on it."""
    start = text.rfind("\n", 0, quote.span.start) + 1
    end = text.find("\n", quote.span.end)
    end = len(text) if end < 0 else end
    return not text[start : quote.span.start].strip(_MARKS) and not text[quote.span.end : end].strip(_MARKS)
