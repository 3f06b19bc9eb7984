"""Who the body's opening names, for dating a headline quote (used by ``dates.rules.v1``).

A quote in the headline is dated by the first body sentences that say when its speaker spoke (a
verb of speaking or conversation, or of a public reaction the headline quotes: "X on Thursday
rejected the plan", "hailed", "defended"). Those sentences name the speaker:

* by name, or — when the headline gave the speaker only by role ("…": X's envoy on the talks),
  so that the speaker is the actor — by the name of a person of that actor ("Jane Roe is X's
  special envoy"): the body introduces the role holder;
* once named, by "he"/"she", or by the interviewer's own "We spoke …" / "I met her …": an
  interview or profile says when the conversation took place, and the headline words come
  from it.

A headline quote whose words the body's opening gives again without marks ("Kestria 'will not
sign under pressure', says minister" over "Kestria will not sign a deal under pressure, its
foreign minister said on Wednesday") was said when that sentence says (:func:`paraphrase_date`).
"""

from __future__ import annotations

import re

from .lexicon import SPEECH_VERBS

CONVERSATION_VERBS = frozenset(
    "spoke speak talked talk met meet interviewed sat addressed address".split()
) | SPEECH_VERBS | frozenset(  # a lead's public reaction the headline quotes: "X on Thursday rejected the plan"
    "rejected rejects hailed hails defended defends".split()
)
_INTERVIEWER = frozenset({"we", "i"})


def speaker_among(state, people, quote) -> bool:
    """One of ``people`` is the quote's speaker: by name, or as a person of the speaker's actor when
    the speaker is no person the text names (a role the headline gave)."""
    if any(p.name == quote.speaker for p in people):
        return True
    if quote.speaker_actor is None or any(p.name == quote.speaker for p in state.persons):
        return False
    return any(p.actor == quote.speaker_actor for p in people)


def interviewer_spoke(text: str, sentence) -> bool:
    """The sentence opens with the interviewer ("We", "I") and a verb of conversation: "We spoke
    in the capital on Monday", "I met him last week"."""
    words = re.findall(r"[A-Za-z]+", text[sentence.start : sentence.end])[:4]
    return bool(words) and words[0].lower() in _INTERVIEWER and any(
        w.lower() in CONVERSATION_VERBS for w in words[1:3]
    )


_PARAPHRASE_SHARE = 0.8  # of the quote's words (three letters or more) the body sentence repeats
_OPENING_SENTENCES = 4


def paraphrase_date(state, quote, body: int, resolve):
    """The date ``resolve(start, end)`` gives the first of the body's opening sentences that repeats
    the headline quote's words (module docstring), or ``None``."""
    if quote.span.start >= body:
        return None
    words = _long_words(quote.text)
    if len(words) < 3:
        return None
    for sentence in [s for s in state.sentences if s.start >= body][:_OPENING_SENTENCES]:
        repeated = words & _long_words(state.text[sentence.start : sentence.end])
        if len(repeated) >= _PARAPHRASE_SHARE * len(words):
            return resolve(sentence.start, sentence.end)
    return None


def _long_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)}
