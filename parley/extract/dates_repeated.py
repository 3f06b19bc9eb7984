"""``The Kestrians say they will never accept “…”. Kestria's foreign ministry repeated that on Monday.``:
a quote without a date phrase of its own, followed in its paragraph by a sentence whose subject is
the speaker's actor and whose speech verb takes the words back as "that", "this", "it" or "so"
("repeated that on Monday", "said so on Friday"): that sentence's date phrase dates the words.
"""

from __future__ import annotations

from .dates_lead import actor_is_subject

_BACK_WORDS = frozenset({"that", "this", "it", "so"})
_OBJECT_DEPS = frozenset({"dobj", "advmod", "nsubjpass"})


def said_again_after(state, quote, resolve):
    """The date ``resolve(start, end)`` finds in the sentence right after the quote's (same
    paragraph) when that sentence says the speaker's actor said it again; else ``None``."""
    doc = state.parsed
    if doc is None or quote.speaker_actor is None:
        return None
    sentence = next((s for s in state.sentences if s.start >= quote.span.end), None)  # sentences are in order
    if sentence is None or "\n\n" in state.text[quote.span.end : sentence.start]:
        return None
    if not _takes_it_back(doc, sentence) or not actor_is_subject(state, sentence, quote.speaker_actor):
        return None
    return resolve(sentence.start, sentence.end)


def _takes_it_back(doc, sentence) -> bool:
    """The sentence's main verb takes the earlier words as "that"/"this"/"it"/"so"."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    root = next((t for t in span if t.dep_ == "ROOT"), None) if span is not None else None
    return root is not None and any(c.lower_ in _BACK_WORDS and c.dep_ in _OBJECT_DEPS for c in root.children)
