"""An issuer's own body in the issuer's statement: "The EU Mission in Armenia will continue to patrol".

In a statement, what a body named after its issuer (the issuer's name inside the body's name) will
keep doing is the issuer's commitment, not a forecast about a third party: the cue that names the
body as the subject of "will continue / remain / stay" gives the issuer support (negated:
"will not remain", opposition). Where the body itself is also said to stand ready ("… and stands
ready to adapt its presence"), it speaks for itself and the issuer holds nothing here. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

import re

from .stance_lexicon import stem
from .stance_walk import Finding

_STAYING = frozenset(stem(w) for w in ("continue", "remain", "stay", "keep"))
_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})


def own_body_commitment(ctx, token) -> list[Finding]:
    """The issuer's commitment when ``token`` names its own body as the subject of a future of staying."""
    if not ctx.statement or not ctx.issuer or token is None or token.dep_ != "nsubj":
        return []
    verb = token.head
    if stem(verb.lower_) not in _STAYING or not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return []
    if not any(m.span.start <= token.idx < m.span.end and _named_after(ctx, m) for m in ctx.mentions):
        return []
    if any(c.dep_ == "conj" and _ready(c) for c in verb.children):
        return []  # "… will continue its work and stands ready to adapt": the body speaks for itself
    sign = -1 if any(c.dep_ == "neg" for c in verb.children) else 1
    return [Finding((ctx.issuer,), sign, "author", "intended", "first")]


def _ready(verb) -> bool:
    """"stands ready to …", "is willing to …": the subject's own readiness."""
    return any(c.dep_ in {"acomp", "xcomp", "oprd"} and c.lower_ in _READY for c in verb.children)


_READY = frozenset({"ready", "willing", "prepared"})


def _named_after(ctx, mention) -> bool:
    """The mention is another actor whose name holds one of the issuer's names ("EU Mission")."""
    if mention.actor == ctx.issuer:
        return False
    issuer = next((a for a in ctx.codebook.actors if a.id == ctx.issuer), None)
    text = ctx.state.text[mention.span.start:mention.span.end]
    names = (issuer.name, *issuer.aliases) if issuer is not None else ()
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names if len(n) >= 2)
