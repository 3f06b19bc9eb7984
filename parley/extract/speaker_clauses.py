"""Two speech verbs before a quote, each with a subject of its own: the nearer one's subject speaks.

Used by ``speakers.rules.v1`` when several cue verbs stand before a quote in its sentence. The
main verb usually attributes the quote ("X said he had told Y that “…”" is X's: the nearer verb
is inside X's report, its subject a pronoun). But a verb in a clause joined beside the main one,
with a named subject of its own, takes its quote from the main clause's speaker: "“A,” X said,
while Y insisted that “B”", "X spoke, and Y warned that “B”", "X welcomed the text, whereas Y
argued that “B”". Such a verb is an adverbial clause or a conjunct of the main verb, its subject
is no pronoun, and the quote lies inside the verb's own phrase. So is a verb of plain saying in the
clause the main verb reports ("My Government notes that X told the meeting that it would guard the
line “…”": X's words, quoted by the writer).
"""

from __future__ import annotations

_BESIDE = frozenset({"advcl", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the pipeline parses without a tagger: a pronoun subject is told by its word
_SAYING = frozenset("said told stated declared assured promised pledged insisted warned wrote".split())
_PRONOUNS = frozenset("i you he she it we they who which that this one".split())


def own_clause_verb(doc, words, verbs: list[int], open_mark: int) -> int | None:
    """Of ``verbs`` (indexes into ``words``), the one nearest the quote when it heads a clause beside
    the main one with a named subject of its own and governs the quote (module docstring)."""
    if doc is None or len(verbs) < 2:
        return None
    last = max(verbs)
    verb = _token(doc, words[last][0])
    quoted = _token(doc, open_mark + 1)
    if verb is None or quoted is None or not (verb.dep_ in _BESIDE or _reported_saying(verb)):
        return None
    named = any(c.dep_ in _SUBJECTS and c.lower_ not in _PRONOUNS for c in verb.children)
    return last if named and verb in quoted.ancestors else None


def _reported_saying(verb) -> bool:
    """"My Government notes that X told the meeting that it would … “…”": a verb of plain saying in
    the clause reported by the main verb; its own (named) subject spoke the words it governs."""
    return verb.dep_ == "ccomp" and verb.lower_ in _SAYING


def _token(doc, position: int):
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
