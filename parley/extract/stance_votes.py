"""A vote announced as yes or no: "I will vote no", "we vote yes".

A vote is cast on what the text has just named ("the referendum of 19 March is a vote on the
constitution. I will vote no"): voting no opposes it, voting yes supports it. The voter's clause
then carries the previous sentence's issues, as an anaphor of stance does ("Borduria has never refused
that", :func:`.stance_syntax.anaphor_of_stance`); the walk starts at the verb, whose subject holds
the stance.
"""

from __future__ import annotations

from .stance_lexicon import stem

_VOTE_VERBS = frozenset(stem(w) for w in "vote votes voted voting".split())
_ANSWERS = {"no": -1, "yes": 1}


def vote_anaphors(tokens) -> list[tuple[object, int]]:
    """(verb, sign) for each "vote no" / "vote yes" in ``tokens``: the verb to walk from, and the
    sign the answer gives.

    The answer hangs on the verb (as an interjection, an adverb or an object in the parse).
    """
    out = []
    for token in tokens:
        sign = _ANSWERS.get(token.lower_)
        if sign and token.head.i != token.i and stem(token.head.lower_) in _VOTE_VERBS \
                and token.dep_ in {"intj", "advmod", "dobj", "npadvmod", "attr", "oprd", "acomp"} \
                and token.i > token.head.i:
            out.append((token.head, sign))
    return out
