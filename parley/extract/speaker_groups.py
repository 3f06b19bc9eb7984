"""Speaker subjects that stand for an actor without naming it: a people by its plural demonym, an
institution's role through "its", a capital that frames the paragraph.

- "The Kestrians say they will never accept …": a plural demonym as the subject of a speech verb
  is the state's side speaking (diplomatic shorthand), not an ethnic group.
- "The X Mission … played no part. Its spokeswoman said …": "its" + a person's role points to the
  institution that is the subject of the sentence just before (not to the last person with that role).
- "In Kestria's capital, a senior official said …" / "In <Capital>, the foreign ministry said …": an
  unnamed official or office in a sentence that opens with "In <capital or state>," speaks for that
  state (the round-up of reactions by capital).
"""

from __future__ import annotations

import re

from .speaker_roles import PERSON_ROLES, institution_subject, role_words

_THE = frozenset({"the"})
_ITS = frozenset({"its"})
# an opening "In X," (X a capital or a state name): the place that frames the sentence
_IN_PLACE = re.compile(r"In\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*,")
_OFFICE_WORDS = frozenset(
    "official officials source sources diplomat diplomats spokesperson spokesman spokeswoman ministry "
    "government office presidency".split()
)


def demonym_people(words: list[str], demonyms: dict[str, str]) -> str | None:
    """The state whose plural demonym, with the article, is the whole subject ("The Kestrians"), if any
    (a bare "Kestrians say" is as often people in the street)."""
    tail = words[1:] if words and words[0].lower() in _THE else []
    if len(tail) != 1 or not tail[0].endswith("s"):
        return None
    return demonyms.get(tail[0]) or demonyms.get(tail[0][:-1])  # a codebook may list the singular only


def its_role(ctx, lowered: list[str], start: int) -> str | None:
    """The institution behind "its spokeswoman" (the subject of the previous sentence), if any."""
    words = role_words(" ".join(lowered))
    if len(words) < 2 or words[0] not in _ITS or words[-1] not in PERSON_ROLES:
        return None
    index = ctx.sentence_index(start) - 1
    if index < 0:
        return None
    return institution_subject(ctx.state.parsed, ctx.mentions, ctx.state.sentences[index])


def framing_place(ctx, lowered: list[str], start: int) -> str | None:
    """The state named by "In X," opening the subject's sentence, when the subject is an unnamed
    official or office ("a senior official who asked not to be named", "the foreign ministry")."""
    if not set(lowered) & _OFFICE_WORDS or lowered[:1] not in (["a"], ["an"], ["the"]):
        return None
    sentence = ctx.state.sentences[ctx.sentence_index(start)]
    match = _IN_PLACE.match(ctx.text, sentence.start)
    if match is None or match.end() > start:
        return None
    place = match.group(1)
    return next(
        (a.id for a in ctx.codebook.actors if place in (a.name, *a.aliases, *a.metonyms)), None
    )


def group_actor(ctx, words: list[str], start: int, end: int) -> str | None:
    """The actor a subject without a name or mention stands for, by the rules of the module docstring
    (a subject that names an actor itself, "In X, the Y party's spokesman", is left to that mention)."""
    if any(start <= m.span.start and m.span.end <= end for m in ctx.mentions):
        return None
    lowered = [w.lower() for w in words]
    return (
        demonym_people(words, ctx.demonyms) or its_role(ctx, lowered, start) or framing_place(ctx, lowered, start)
    )
