"""Guarding reserved to oneself as a cue of the issue of outside presence.

Where an issue's label is about outside monitors, observers or peacekeepers on the ground
(:func:`.issue_missions.presence_label`), or about one state's role whose forces are its cue
(:func:`.issue_forces.role_actor`: anyone else's guards are that state's too), texts refuse that
presence by reserving the guard to their own side: "will be guarded by our border guards and by nobody else", "no one else's guards
will stand on our rails", "would not accept anyone else's troops", "guarded by Armenians alone".
Three phrase shapes are cues: a verb of guarding a few words before "nobody else" (also "guarded by
our officers and by nobody else", a longer agent), or before "by … alone" or "only by" (the stance
walk reads all of them as a refusal, :func:`.stance_flips.negations`), and "else's" before a word
for troops ("no one else's guards",
"anyone else's troops": outside forces, refused by the negation around them).
"""

from __future__ import annotations

from .issue_forces import role_actor
from .issue_missions import presence_label
from .stance_lexicon import stem

GUARDING = ("guard", "protect", "secure", "patrol", "defend", "police")
GUARDING_STEMS = frozenset(stem(v) for v in GUARDING)
_NOBODY_ELSE = ((stem("nobody"), stem("else")), (stem("no"), stem("one"), stem("else")))
_UNITS = ("guards", "troops", "forces", "soldiers", "troop", "guard")


def exclusive_phrases(label: str, codebook, gap: str) -> list[tuple[str, ...]]:
    """Stemmed phrases of guarding kept to oneself ("guarded … nobody else", "else's troops"); none
    where the label is about neither outside presence nor one state's role (whose forces "nobody
    else" leaves out too). ``gap`` is the vocabulary's gap marker."""
    if not presence_label(label) and role_actor(label, codebook) is None:
        return []
    by, guards = stem("by"), [stem(v) for v in GUARDING]
    nobody_else = {(v, gap, *others) for v in guards for others in _NOBODY_ELSE}
    nobody_else |= {(v, by, gap, by, *others) for v in guards for others in _NOBODY_ELSE}  # "by X and by nobody else"
    alone = {(v, by, gap, stem("alone")) for v in guards} | {(v, stem("only"), by) for v in guards}
    own = {(stem("only"), gap, stem("own"), gap, stem(u)) for u in _UNITS + ("officers",)} if presence_label(label) else set()
    # "only their own border and customs officers": an outside presence refused, not one state's role
    return sorted(nobody_else | alone | own | {(stem("else"), stem(u)) for u in _UNITS})
