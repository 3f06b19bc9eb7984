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
"anyone else's troops": outside forces, refused by the negation around them). Security kept to the
states is a cue too, read as a refusal (:func:`reserved_security`): "the security of the line is theirs
alone", "the safety of the line is a matter for the States through which it runs", "the business of
Azerbaijani services and of nobody else".
"""

from __future__ import annotations

import re

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


_RESERVED = re.compile(r"\b(?:security|safety)\b(?=[^.;:]{0,100}?\b(?:alone|(?:nobody|no one) else|a matter for|"
                       r"(?:the|a) business of)\b)", re.IGNORECASE)
"""Security or safety, then within the clause what keeps it to some: "alone", "nobody else", "a matter for"."""


def reserved_security(text: str, sentences, hits: dict, match) -> dict:
    """``{sentence: [(issue, [(start, end)])]}``: "security"/"safety" kept to some ("… is theirs alone") as a
    cue of the issue ``match("foreign troops")`` gives, in sentences with no hit for it."""
    issues = {h.issue for h in match("foreign troops")}
    if len(issues) != 1:
        return {}
    issue, out = issues.pop(), {}
    for sentence in sentences:
        spans = [m.span() for m in _RESERVED.finditer(text, sentence.start, sentence.end)]
        if spans and not any(h.issue == issue for h in hits[sentence]):
            out[sentence] = [(issue, spans)]
    return out


def reserved(token) -> bool:
    """The word is "security" or "safety" kept to some (:data:`_RESERVED`): a refusal of anyone else."""
    return token.lower_ in {"security", "safety"} and reserved_at(token.doc.text, token.idx)


def reserved_at(text: str, start: int) -> bool:
    """"security" or "safety" kept to some begins at ``start``."""
    return _RESERVED.match(text, start) is not None
