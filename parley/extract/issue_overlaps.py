"""Overlapping issue cues (used by :mod:`.issues`): a one-word cue inside another issue's phrase
belongs to that phrase, and a cue inside a longer cue of the same issue counts once, at the longer
one's weight."""

from __future__ import annotations

from dataclasses import replace


def drop_inside_paraphrases(found: dict, gap: str) -> None:
    """A one-word cue inside another issue's paraphrase or multi-word keyword belongs to that phrase
    ("borders" in "a change to the recognised borders" is no cue of delimitation; "peaceful" in
    "by peaceful means" is no peace treaty; "border" in "Russian border guards" no border)."""
    phrases = [(issue, c) for issue, by in found.items() for words, cues in by.items() for c in cues
               if c.source == "paraphrase" or (c.source in {"keyword", "group"} and len(words) > 1 and gap not in words)]
    for issue, by_pattern in found.items():
        for words in [w for w in by_pattern if len(w) == 1]:
            by_pattern[words] = [c for c in by_pattern[words] if not any(
                other != issue and p.start <= c.start and c.end <= p.end for other, p in phrases)]
            if not by_pattern[words]:
                del by_pattern[words]


def without_nested(cues: list) -> list:
    """Cues not inside a longer cue of the same issue; the longer one weighs at least as much."""
    kept = []
    for cue in cues:
        inside = [o for o in cues if o is not cue and cue.start <= o.start and o.end <= cue.end]
        if any(o is not cue and o.start <= cue.start and cue.end <= o.end and _length(o) > _length(cue) for o in cues):
            continue
        kept.append(replace(cue, weight=max([cue.weight] + [o.weight for o in inside])))
    return kept


def _length(cue) -> int:
    return cue.end - cue.start
