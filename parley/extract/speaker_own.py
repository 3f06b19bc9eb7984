""""Our president", "our foreign minister": an office of the text's own voice (used by
:mod:`.speaker_groups`).

Outside a labelled turn (an op-ed, a statement), or in a turn whose label names no actor (a
ministry's "SPOKESPERSON:"), "our" is the side the text speaks for: the issuing institution named
alone on a header line (:func:`.speaker_issuer.header_issuer`: a ministry's briefing), else the state
of the byline author (:func:`.speaker_roles.author_state`: an op-ed by a member of a state's camp),
else the state whose camp the codebook gives the outlet named in the header. Only governmental
offices and roles count ("our president", not "our correspondent", whom the text never quotes).
"""

from __future__ import annotations

from .actor_opposition import party_state
from .speaker_issuer import header_issuer
from .speaker_roles import GOVERNMENT_HEADS, author_state, role_words

_OWN_WORDS = 4  # "our foreign minister", "our deputy prime minister"
_NOT_OFFICES = frozenset({"correspondent", "reporter", "guest", "viewers", "listeners", "readers"})


def own_office(lowered: list[str]) -> bool:
    """"our president": "our" and a governmental office, a few words, no journalist's role."""
    words = role_words(" ".join(lowered))
    return (
        1 < len(words) <= _OWN_WORDS and words[0] == "our" and bool(set(words[1:]) & GOVERNMENT_HEADS)
        and not set(words) & _NOT_OFFICES
    )


def own_voice(ctx, outlet_state) -> str | None:
    """The actor the text speaks for: the header's issuer, the byline author's state, the outlet's state."""
    issuer = header_issuer(ctx.text, ctx.codebook)
    if issuer is not None:
        return party_state(issuer, ctx.codebook) or issuer  # a party's "our president" is its state's
    return author_state(ctx.authors, ctx.codebook) or outlet_state(ctx)
