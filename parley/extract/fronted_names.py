"""Names the parser hung on a fronted phrase, read back as the clause's subject.

"On 3 June Azerbaijan announced …" may put the name inside the date's phrase; "In a joint statement,
A, B and C committed …" may hang the signers in apposition to the phrase's noun; "At the meeting on
11 April, A, B and C committed …" may hang them as conjuncts of the date. In each the verb is left
with no subject: :func:`dated_subject` and :func:`apposed_subject` find it (used by
:func:`.stance_syntax.subject`); :func:`conjuncts` follows "A, B and C" down its chain.
"""

from __future__ import annotations

from .lexicon import MONTHS


def dated_subject(token):
    """"On 3 June Azerbaijan announced …" parsed with the name inside the date's phrase ("On 3 June
    Azerbaijan"; "On 10 December A, B and C signed …" with the list inside it): the capitalised noun of
    that phrase whose words end right before the verb is its subject."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.i < token.i):
        found = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if found is not None and found.right_edge.i + 1 == token.i and found.text[:1].isupper() and found.lower_ not in MONTHS \
                and any(c.lower_ in MONTHS for c in found.children):
            return found
    return None


def apposed_subject(token):
    """"In a joint statement, A, B and C committed …" parsed with the names in apposition to the
    fronted phrase's noun: a capitalised apposition whose phrase ends right before the verb is its subject.
    "At the meeting on 11 April, A, B and C committed …" hangs the names as conjuncts of the date
    instead: the list that starts after a comma and ends right before the verb."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.i < token.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            found = next((a for a in noun.subtree if a.dep_ == "appos" and a.text[:1].isupper()
                          and a.right_edge.i + 1 == token.i), None)  # "At the meeting on 23 October, A, B and C"
            if found is not None:
                return found
            if noun.right_edge.i + 1 == token.i:
                return _fronted_list(token.doc[token.i - 1], noun)
    return _after_ordinal(token)


def _after_ordinal(token):
    """"First, A, B and C held …" parsed with the names hanging on the fronted adverb ("First"):
    a capitalised noun under it whose phrase ends right before the verb is its subject."""
    for adverb in (c for c in token.children if c.dep_ == "advmod" and c.i == c.sent.start):
        found = next((a for a in adverb.children if a.dep_ in {"npadvmod", "appos"} and a.text[:1].isupper()
                      and a.right_edge.i + 1 == token.i), None)
        if found is not None:
            return found
    return None


def _fronted_list(last, phrase):
    """The first name of a comma-led list of capitalised conjuncts ending at `last`, inside `phrase`."""
    node = last
    while node.dep_ == "conj" and node.text[:1].isupper() and node.head.i < node.i:
        if node.doc[node.i - 1].text == "," and not _capitalised_name(node.head):
            return node if node.head.i >= phrase.left_edge.i else None
        node = node.head
    return None


def split_list_head(subject):
    """"On 22 April, A, B, the C and D agreed …" parsed with only "the C and D" as the subject and A and
    B hanging on the date: the first name of that comma-led list, or None."""
    before = subject.left_edge.i - 1
    if subject.dep_ != "nsubj" or before < 2 or subject.doc[before].text != ",":
        return None
    node = subject.doc[before - 1]
    while node.dep_ == "conj" and _capitalised_name(node) and node.head.i < node.i:
        node = node.head
    hangs = node.dep_ in {"npadvmod", "appos"} and node.head.i < node.i and node.head.dep_ == "pobj"
    return node if hangs and _capitalised_name(node) and node.head.i < subject.i else None


def _capitalised_name(token) -> bool:
    return token.text[:1].isupper() and token.lower_ not in MONTHS


def conjuncts(noun) -> list:
    """The conjuncts of ``noun`` in order, following "A, B and C" down the chain."""
    out, token = [], noun
    while True:
        nxt = next((c for c in token.children if c.dep_ == "conj"), None)
        if nxt is None:
            return out
        out.append(nxt)
        token = nxt
