"""The doer of an issue's act, named as its agent: "the release by X of …", "detainees released by X".

A codebook issue is often an act ("release detainees", "clear landmines") that support means
calling for *or carrying out*. Where the cue word is that act and names who did it with "by" (a
noun's "the release by X", a participle's "released by X"), the agent carried it out: it holds
support, whoever else in the sentence welcomes or reports the act. Only the cue word's own agent
counts: "mines laid by X" names who laid mines, not who cleared them. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .stance_walk import Finding


def agent_findings(ctx, token, polarity: int) -> list[Finding]:
    """A support finding for the actors of ``token``'s own "by" agent; none without one.

    ``polarity``: the cue's (+1 where the cue names the issue's pole, the act itself).
    """
    if token is None or polarity < 0 or any(c.dep_ == "neg" for c in token.head.children):
        return []
    out = []
    for by in (c for c in token.children if c.lower_ == "by" and c.dep_ in {"agent", "prep"}):
        for agent in (c for c in by.children if c.dep_ == "pobj"):
            found = ctx.resolve(agent)
            if found.actors and found.kind == "name":
                out.append(Finding(found.actors, 1, "reported", "asserted", "name", found.person))
    return out
