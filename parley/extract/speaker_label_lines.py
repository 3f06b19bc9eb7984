"""Speaker label lines: the heads of a compilation's items ("what they said", reaction round-ups).

Used by ``speakers.rules.v1``. A compilation prints each item as a line of its own that names who
speaks and where, ending with a colon, then the words ("KESTRIA'S FOREIGN MINISTER, speaking in Varn
today:" ¶ "“…”"; "A spokesperson for the Norlandic government, in a written statement:"). The head
(the words before the line's first comma) is a role or an institution, often in capitals, with no
verb: no "X said" shape finds it, and the name finder sees no person in it.

:func:`label_people` turns each such head that names a codebook actor (its name, alias, metonym or
demonym, compared without case or accents, "KESTRIA'S" as "Kestria") into a role holder of that
actor, remembered like any role that spoke, so that the item's quote (:func:`label_speaker`) and its
"he said" / "She added" point to it. A head that already holds a named person, one with a verb
("The spokeswoman said:"), one that names no actor, or a line inside a paragraph is no label. A label
that opens the quote's own line ("Deputy Minister of Transport: “…”") is the quote's subject
(:func:`inline_label_speaker`).
"""

from __future__ import annotations

import re

from .date_patterns import CLOCK_LABEL, OPENING_MARKS
from .lexicon import CARD_WORDS
from .speaker_roles import ROLE_EVIDENCE, role_heads, role_words
from .state import Person
from .terms import demonym_table, fold

_LABEL_LINE = re.compile(
    rf"^((?:{CLOCK_LABEL})?[^\n:“”\"«»]{{3,200}}):[ \t]*\n(?P<blank>[ \t]*\n)?(?=[ \t]*\S)", re.MULTILINE)
_CLOCK_TIME = re.compile(CLOCK_LABEL)
# "10:12, the same account, second post:": the item before's speaker again
_SAME_SPEAKER = frozenset({("the", "same", "account"), ("same", "account"), ("the", "same", "speaker")})
_MAX_HEAD_WORDS = 9
_VERB_TAGS = frozenset({"VERB", "AUX"})
_INSTITUTION_WORDS = frozenset(
    "ministry government department office presidency administration embassy mission delegation "
    "council commission cabinet parliament committee".split()
)


def label_people(ctx) -> list[Person]:
    """Role holders named by the document's label lines (see the module docstring)."""
    found = []
    terms = _actor_terms(ctx.codebook)
    for match in _LABEL_LINE.finditer(ctx.text):
        start = match.start(1)
        if start > 0 and ctx.text[max(0, start - 2) : start] != "\n\n":
            continue  # a line inside a paragraph, not an item's head
        if match.group("blank") and ctx.text[match.end():].lstrip()[:1] not in OPENING_MARKS:
            continue  # a head in a paragraph of its own introduces the quote below it, not a section
        time = _CLOCK_TIME.match(ctx.text, start)
        start = time.end() if time else start
        head = ctx.text[start : match.end(1)].split(",")[0].split(" (")[0].rstrip()  # "(official account)"
        span = (start, start + len(head))
        person = _label_person(ctx, span, terms) or _same_as_before(ctx, span, found)
        if person is not None:
            found.append(person)
    return found


def _same_as_before(ctx, span: tuple[int, int], found: list[Person]) -> Person | None:
    """"The same account" as an item's head: the speaker of the item before, named again here."""
    if not found or tuple(role_words(ctx.text[span[0] : span[1]])) not in _SAME_SPEAKER:
        return None
    before = found[-1]
    return Person(ctx.state.span(*span), before.text, before.name, before.actor, before.evidence)


def label_speaker(ctx, open_mark: int):
    """``(cue, subject)`` for a quote opening the line after a label line of a role holder."""
    line_start = ctx.text.rfind("\n", 0, open_mark) + 1
    if ctx.text[line_start:open_mark].strip() or line_start < 2:
        return None
    label_end = len(ctx.text[:line_start].rstrip())  # the label's colon, a blank line or none between
    label_start = ctx.text.rfind("\n", 0, label_end) + 1
    time = _CLOCK_TIME.match(ctx.text, label_start)
    label_start = time.end() if time else label_start
    for person in ctx.labels:
        if person.span.start == label_start and ctx.text[label_end - 1 : label_end] == ":":
            return (label_end - 1, label_end), (person.span.start, person.span.end)
    return None


_CARD_NUMBER = re.compile(rf"(?:(?:{'|'.join(sorted(CARD_WORDS))})\s+[A-Z0-9]{{1,3}}[.:)]\s+)?")


def card_speaker(ctx, open_mark: int):
    """``(cue, subject)`` for a quote opening the line after a source card's caption: a line that
    opens (after a card's number) with a person's name, then commas with their role, place and date,
    and no colon ("Source B. Jan Novak, co-chair of the working group, Kars, 19 May 2033" ¶ "“…”")."""
    line_start = ctx.text.rfind("\n", 0, open_mark) + 1
    if ctx.text[line_start:open_mark].strip() or line_start < 2:
        return None
    label_end = len(ctx.text[:line_start].rstrip())
    label_start = ctx.text.rfind("\n", 0, label_end) + 1
    label = ctx.text[label_start:label_end]
    if label.endswith(":") or "," not in label or any(mark in label for mark in OPENING_MARKS):
        return None
    first = label_start + _CARD_NUMBER.match(label).end()
    person = next((p for p in ctx.people if p.span.start in (label_start, first)  # the number may join the name
                   and p.span.end < label_start + label.index(",") + 1), None)
    return ((label_end - 1, label_end), (person.span.start, person.span.end)) if person is not None else None


def _label_person(ctx, span: tuple[int, int], terms: dict[tuple[str, ...], str]) -> Person | None:
    """The role holder a label head names, or ``None``."""
    head = ctx.text[span[0] : span[1]]
    words = head.split()
    if not 1 < len(words) <= _MAX_HEAD_WORDS or ctx.speakers_in(*span):
        return None
    if not head.isupper() and _has_verb(ctx.state.parsed, span):
        return None
    lowered = role_words(fold(head))
    if not (role_heads(lowered) or set(lowered) & _INSTITUTION_WORDS):
        return None
    actor = _actor_named(lowered, terms)
    if actor is None:
        return None
    return Person(ctx.state.span(*span), head, _display(head), actor, ROLE_EVIDENCE)


def _actor_terms(codebook) -> dict[tuple[str, ...], str]:
    """Folded word tuples of every actor's name, aliases, metonyms and demonyms → actor id."""
    terms: dict[tuple[str, ...], str] = {}
    for actor in codebook.actors:
        for name in (actor.name, *actor.aliases, *actor.metonyms):
            terms.setdefault(tuple(role_words(fold(name))), actor.id)
    for demonym, actor_id in demonym_table(codebook).items():
        terms.setdefault(tuple(role_words(fold(demonym))), actor_id)
    return {k: v for k, v in terms.items() if k}


def _actor_named(words: list[str], terms: dict[tuple[str, ...], str]) -> str | None:
    """The actor of the longest term found earliest in ``words``."""
    for i in range(len(words)):
        for size in range(min(5, len(words) - i), 0, -1):
            actor = terms.get(tuple(words[i : i + size]))
            if actor is not None:
                return actor
    return None


def _has_verb(doc, span: tuple[int, int]) -> bool:
    """Whether the parse tags a verb inside ``span`` ("The spokeswoman said")."""
    if doc is None:
        return False
    piece = doc.char_span(span[0], span[1], alignment_mode="expand")
    return piece is not None and any(t.pos_ in _VERB_TAGS for t in piece)


def _display(head: str) -> str:
    """The head as a speaker's name: a head in capitals in lower case, its first letter kept."""
    if not head.isupper():
        return head
    lowered = fold(head)
    return head[0] + lowered[1:]


_INLINE_LABEL = re.compile(r"[^\n:“”\"«»]{3,200}:[ \t]*$")


def inline_label_speaker(ctx, open_mark: int):
    """``(cue, subject)`` for a quote after a label on its own line's start: "Deputy Minister of Transport:
    “…”", "Sound bite, spokesperson of the X Foreign Ministry, 27 April: “…”". The subject is the label's
    first comma-separated part that names a role or an institution and has no verb's dependants. Tried
    last, when no other shape attributes the quote."""
    line_start = ctx.text.rfind("\n", 0, open_mark) + 1
    if _INLINE_LABEL.fullmatch(ctx.text, line_start, open_mark) is None:
        return None
    colon = ctx.text.rindex(":", line_start, open_mark)
    span = _role_part(ctx, line_start, colon)
    return ((colon, colon + 1), span) if span is not None else None


def _role_part(ctx, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first comma-separated part of ``text[start:end]`` that names a role or an
    institution and is no clause ("Sound bite" and "27 April" are neither)."""
    for part in ctx.text[start:end].split(","):
        span = (start + len(part) - len(part.lstrip()), start + len(part.rstrip()))
        start += len(part) + 1
        words = role_words(fold(ctx.text[span[0]:span[1]]))
        if 0 < len(words) <= _MAX_HEAD_WORDS and (role_heads(words) or set(words) & _INSTITUTION_WORDS) \
                and not _clause(ctx.state.parsed, span):
            return span
    return None


def _clause(doc, span: tuple[int, int]) -> bool:
    """Words with a verb's dependants ("Addressing members of the Council", "told the Committee in March"):
    a clause, not a label (the pipeline parses without a tagger)."""
    piece = doc.char_span(span[0], span[1], alignment_mode="expand") if doc is not None else None
    return piece is not None and any(t.dep_ in {"dobj", "nsubj", "aux", "auxpass", "nsubjpass"} for t in piece)
