"""Whom "they" stands for (used by :mod:`.holders`).

The last subject, in the sentence or the two before, that named several actors ("X and Y met.
They agreed …"); else the last plural noun subject that named one ("Two board members of the X
Community called on the Delegation. They asked …": the members speak for their body). A plural
noun is told by its ending (the pipeline runs no tagger): "members", "officials", not "Mission".

A community named in the plural ("Karabakh Armenian families") is no antecedent of "it"
(:func:`may_be_it`).

"Both governments" or "the two countries" with no two parties named nearby: the two states the whole
text names most often, when two stand out (:func:`main_states`). "The five States", "the three
Governments": the parties of the nearest sentence that names exactly that many (:func:`counted_parties`).
Which plurals refer to parties at all: :func:`plural_reference`.
"""

from __future__ import annotations

import re
from collections import Counter

from .stance_lexicon import PARTY_DETERMINERS, PARTY_NOUNS, stem

_WORD = re.compile(r"[\w'’-]+")
_COUNTED_PARTY_NOUNS = frozenset({stem("commissions")})
_COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)}


def plural_antecedent(text: str, sentences, history, token) -> tuple[tuple[str, ...], bool]:
    """(actors, several) for "they" at ``token``: ``history`` holds (offset, head stem, resolution)
    of earlier subjects; ``several`` says whether the antecedent named more than one actor."""
    earliest = token.sent.start_char
    before = [s for s in sentences if s.end <= earliest][-2:]
    if before:
        earliest = before[0].start
    recent = [h for h in history if earliest <= h[0] < token.idx and h[2].actors]
    several = [h for h in recent if len(h[2].actors) >= 2]
    if several:
        return several[-1][2].actors, True
    plural = [h for h in recent if _plural_noun(text, h[0])]
    return (plural[-1][2].actors, False) if plural else ((), False)


def _plural_noun(text: str, offset: int) -> bool:
    """The word at ``offset`` is a lower-case plural noun ("members"), not a name or a singular."""
    word = _WORD.match(text, offset)
    found = word.group() if word else ""
    return found.islower() and found.endswith("s") and not found.endswith(("ss", "us", "is"))


def counted_pair(head) -> bool:
    """"both governments", "the two countries", "the two border commissions": a plural counted as two,
    with no other modifier than a lower-case noun ("the two participating States" are not the parties)."""
    children = list(head.children)
    return any(c.lower_ in {"both", "two"} for c in children) and not any(
        c.dep_ == "amod" or c.dep_ == "compound" and not c.is_lower for c in children)


def pair_of(head, resolve) -> tuple[str, ...]:
    """"the mine action centres of both States", "the agencies of the two countries": the actors of the
    counted pair in the "of" phrase of a plural body, through ``resolve``."""
    if not head.lower_.endswith("s"):
        return ()
    pair = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and counted_pair(g)), None)
    actors = resolve(pair).actors if pair is not None else ()
    return actors if len(actors) == 2 else ()  # a pair, or no telling which


def main_states(mentions, codebook, exclude=()) -> tuple[str, ...]:
    """The codebook's two camp states, where the text names both (:func:`camp_states`); else the two
    states ``mentions`` name most often, when a third is named less than the second; ``()`` otherwise."""
    named = {m.actor for m in mentions} - set(exclude)
    camps = camp_states(codebook)
    if len(camps) == 2 and set(camps) <= named:
        return camps
    states = {a.id for a in codebook.actors if a.kind == "state"}
    ranked = Counter(m.actor for m in mentions if m.actor in states and m.actor not in exclude).most_common(3)
    if len(ranked) < 2 or (len(ranked) == 3 and ranked[2][1] == ranked[1][1]):
        return ()
    return tuple(actor for actor, _ in ranked[:2])


def camp_states(codebook) -> tuple[str, ...]:
    """The states that communities, parties or collectives belong to as their camp (a diaspora's, an
    opposition party's state): the parties the codebook is organised around, whom "both Governments"
    means even in a text that names a third state more often. A state's own agencies (organisations)
    do not count: a codebook may list those of an outside state too."""
    states = {a.id for a in codebook.actors if a.kind == "state"}
    return tuple(sorted({a.camp for a in codebook.actors if a.camp in states and a.kind in _CAMP_KINDS}))


_CAMP_KINDS = frozenset({"community", "collective", "party"})


def may_be_it(doc, mention, kind: str) -> bool:
    """Whether a mention of an actor of ``kind`` may be what "it" stands for: not a person, nor a
    community or collective named by a plural noun ("X families", "the Xians")."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    word = span.root.lower_ if span is not None else ""
    plural = kind in {"community", "collective"} and word.endswith("s") and not word.endswith("ss")
    return kind != "person" and not plural


def joint_signers(head) -> bool:
    """"The Ministers", "the Presidents" with nothing to narrow them: all who issue a joint statement."""
    return stem(head.lower_) in _SIGNER_NOUNS and not any(c.dep_ in {"prep", "nummod", "amod"} for c in head.children)


_SIGNER_NOUNS = frozenset(stem(w) for w in "ministers presidents leaders premiers".split())


def plural_reference(head) -> bool:
    """"both sides", "the parties", "the two ministers": in the plural only ("the government" is one);
    "the two border commissions" counted only ("the Commissions agreed" of a joint body's minutes)."""
    if stem(head.lower_) in _COUNTED_PARTY_NOUNS:
        return any(c.lower_ in {"both", "two"} for c in head.children)
    if stem(head.lower_) not in PARTY_NOUNS or not any(c.lower_ in PARTY_DETERMINERS for c in head.children):
        return False
    return head.lower_.endswith("s")  # no tagger in the pipeline


def counted_parties(head, sentences, party_actors) -> tuple[str, ...]:
    """"the five States", "the three Governments": the parties of the nearest sentence, the reference's
    own first and then back, that names exactly that many (``party_actors(start, end)``); ``()`` where
    the count is under three or no sentence fits (pairs are left to :func:`counted_pair`)."""
    count = next((_COUNTS.get(c.lower_, 0) for c in head.children if c.dep_ == "nummod"), 0)
    if count < 3:
        return ()
    own = head.sent.start_char
    for sentence in reversed([s for s in sentences if s.start <= own]):  # its own sentence, then back
        found = party_actors(sentence.start, sentence.end)
        if len(found) == count:
            return found
    return ()
