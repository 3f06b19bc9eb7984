"""``the prime minister's words “…”``, ``his words, “…”``: marks after someone's "words" hold that
person's words, a quote (the bare "the words “…”" stays a term the author mentions).

Used by ``quotes.rules.v1`` (the quote is kept) and ``speakers.rules.v1`` (the possessor speaks).
Such words are recalled, said at a time the text does not give, except in "X did not mince her
words: “…”", "X chose his words carefully: “…”", where the subject speaks on the sentence's own
occasion (:func:`own_words_now`).
"""

from __future__ import annotations

import re

# a possessive ("X's", "his") right before "words" (or "own words"), then at most a comma or colon
_OWNED_WORDS = re.compile(
    r"(?:[\w-]['’]s|\b(?:his|her|their|its|my|our|your))\s+(?:own\s+|exact\s+|famous\s+)?words"
    r"(?:\s+[a-z]+ly)?\s*[,:]?\s*$",  # "her words carefully:"
    re.IGNORECASE,
)
_REACH = 60
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})
_RECALLING = ("recall", "repeat", "quot", "echo", "rememb", "cit", "borrow", "reread", "re-read")
RECALLED_CUE = "words"  # the cue of such a quote: words recalled, said at a time the text does not give


def owned_words(text: str, open_mark: int) -> bool:
    """Whether the marks at ``open_mark`` follow someone's "words"."""
    return bool(_OWNED_WORDS.search(text[max(open_mark - _REACH, 0) : open_mark]))


def words_owner(ctx, open_mark: int):
    """(cue, subject) for a quote after someone's "words": "words" and the possessor (with its
    modifiers: "the prime minister"), from the parse; ``None`` otherwise."""
    doc = ctx.state.parsed
    if doc is None or not owned_words(ctx.text, open_mark):
        return None
    span = doc.char_span(max(open_mark - _REACH, 0), open_mark, alignment_mode="expand")
    noun = next((t for t in reversed(span) if t.lower_ == "words"), None) if span is not None else None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    if owner is None:
        return None
    own = own_words_now(noun, owner)
    if own is not None:
        return own
    return (noun.idx, noun.idx + len(noun.text)), (owner.left_edge.idx, owner.idx + len(owner.text))


def own_words_now(noun, owner):
    """``X did not mince her words: “…”``, ``X chose his words carefully: “…”``: "words" is the object
    of the subject's own verb and the possessive points back to that subject, so the verb says how X
    speaks now: (verb, subject), a speech on the occasion the sentence gives, not words recalled.
    Verbs that bring back earlier words ("recalled her own words", "repeated his words") keep them
    recalled; ``None`` then, and for any other shape."""
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun.dep_ != "dobj" or owner.lower_ not in _POSSESSIVES or subject is None:
        return None
    if verb.lower_.startswith(_RECALLING) or subject.lower_ in _POSSESSIVES:
        return None
    return (verb.idx, verb.idx + len(verb.text)), (subject.left_edge.idx, subject.idx + len(subject.text))


# nouns of saying whose "that" clause holds the owner's words: "the statement by X that trains should
# run “…”", "X's claim that “…”" (the owner spoke; the sentence's subject only notes or rejects it)
_SAYING_NOUNS = frozenset("""statement statements claim claims remark remarks assurance assurances promise
    promises warning warnings pledge insistence assertion comment comments suggestion answer reply
    response""".split())


def statement_owner(ctx, open_mark: int):
    """(noun, owner) for a quote inside the "that" clause of an owned noun of saying: its possessor
    ("X's statement that") or "by" object ("the statement by X that"); ``None`` otherwise."""
    doc = ctx.state.parsed
    first = open_mark + 1
    while first < len(ctx.text) and ctx.text[first].isspace():
        first += 1  # "« words »"
    inside = doc.char_span(first, first + 1, alignment_mode="expand") if doc is not None else None
    if inside is None or not len(inside):
        return None
    token, clause = inside[0], False
    for _ in range(10):
        if token.head.i == token.i:
            return None
        clause = clause or any(c.lower_ == "that" and c.dep_ == "mark" for c in token.children)
        noun = _apposed_noun(token) if clause else None
        token = noun if noun is not None else token
        if token.lower_ in _SAYING_NOUNS and clause:
            owner = _owner_of(token)
            return None if owner is None else ((token.idx, token.idx + len(token.text)),
                                               (owner.left_edge.idx, owner.idx + len(owner.text)))
        token = token.head
    return None


def _apposed_noun(clause):
    """The verb's object noun of saying that a "that" clause after a comma spells out, where the parse
    hangs the clause on the verb ("welcomed X's answer, that “…”"); ``None`` otherwise."""
    if clause.dep_ != "ccomp":
        return None
    noun = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    comma = noun is not None and any(t.text == "," for t in clause.doc[noun.i:clause.left_edge.i])
    return noun if comma and noun.lower_ in _SAYING_NOUNS else None


def _owner_of(noun):
    """The possessor of the noun, the object of its "by" or of a named "of" ("the reply of X", not "the
    reply of 4 November"), or the subject of a clause on it ("the answer X gave")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for child in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "of"}):
        owner = next((g for g in child.children if g.dep_ == "pobj"), None)
        if owner is not None and (child.lower_ == "by" or (owner.text[:1].isupper() and not owner.ent_type_ == "DATE")):
            return owner
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i < noun.i + 4), None)  # "the answer X gave"
    return next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
