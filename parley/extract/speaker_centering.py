""""he"/"she" after a sentence that names two people: its subject, not its object.

Used by :mod:`.speaker_subjects` for a pronoun that names a quote's speaker. The last person named
before the pronoun is its referent, except when that person only stands as an object in the
sentence just before the pronoun's, whose main clause has another person as subject: "Karl Weiss
briefed reporters after meeting Alen Simon. “…,” he said." is Weiss's; "Lena Dvor held talks with
Alen Simon in Geneva. Afterwards she said …" is Dvor's. The subject stays the topic of the next
sentence. Only a person in the background gives way: the object of a preposition ("X held talks
with Y", "X spoke after Y") or of a verb below the main one ("X briefed reporters after meeting
Y"). The main verb's own object ("X met Y. “…,” he said.") keeps the last-named rule (the
pipeline never guesses a gender from a name, and "Jane Roe met Tomas Brandt" with "he" is
Brandt's) unless the text gives the subject the pronoun's gender and the object none ("Ms Dvor
met Alen Simon. “…,” she said." is Dvor's). People joined to the subject ("X and Y met"),
subjects of their own clause ("X said Y would come") and a pronoun in the same sentence as both
keep the last-named rule too.
"""

from __future__ import annotations

_OBJECT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def subject_preferred(ctx, person, pos: int, fits, gendered=lambda p: False) -> object:
    """The main-clause subject of ``person``'s sentence when ``person`` is only an object there and
    the pronoun at ``pos`` opens the next sentence's reach (module docstring); else ``person``.
    ``fits(candidate)`` tells whether the pronoun may point to a candidate at all; ``gendered(p)``
    whether the text gives ``p`` the pronoun's gender (then even the main verb's object gives way)."""
    doc, sentences = ctx.state.parsed, ctx.state.sentences
    if doc is None or person is None:
        return person
    index = next((n for n, s in enumerate(sentences) if s.start <= person.span.start < s.end), None)
    if index is None or index + 1 >= len(sentences) or not sentences[index + 1].start <= pos < sentences[index + 1].end:
        return person  # only the sentence right after: "X met Y. “…,” he said."
    background = _backgrounded(doc, person)
    if not background and (_dep(doc, person) != "dobj" or gendered(person)):
        return person
    sentence = sentences[index]
    for other in ctx.referents():
        if sentence.start <= other.span.start < person.span.start and other.name != person.name:
            if _main_subject(doc, other) and fits(other) and (background or gendered(other) or _spoke(ctx, other)):
                return other
    return person


def _spoke(ctx, person) -> bool:
    """The subject was given a quote of its sentence ("X received Y and said “…”. He repeated …": X)."""
    return any(person.span.overlaps(span) for span in ctx.spoke)


def _root(doc, person):
    span = doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _phrase_head(doc, person):
    """The token that heads the person's phrase (an appositive role counts as its head)."""
    token = _root(doc, person)
    while token is not None and token.dep_ in {"appos", "compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def _dep(doc, person) -> str | None:
    token = _phrase_head(doc, person)
    return token.dep_ if token is not None else None


def _backgrounded(doc, person) -> bool:
    """The person's phrase is the object of a preposition, or of a verb that is not the main one."""
    token = _phrase_head(doc, person)
    if token is None or token.dep_ not in _OBJECT_DEPS:
        return False
    return token.dep_ == "pobj" or token.head.dep_ != "ROOT"


def _main_subject(doc, person) -> bool:
    """The person is the subject of its sentence's main verb."""
    token = _phrase_head(doc, person)
    return token is not None and token.dep_ in _SUBJECT_DEPS and token.head.dep_ == "ROOT"
