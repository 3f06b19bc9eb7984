"""Speech verbs and their subjects where the words before a quote say more than "X said".

``what X called “…”``: the speaker of a quote that completes a verb of characterising.

Used by ``speakers.rules.v1``. When the word right before the opening mark is a verb of
characterising ("called", "termed", "dubbed", "labelled") with a subject of its own in the
parse ("Ruritania welcomed what its foreign ministry called “…”", "X thanked Y for what he called
“…”"), that subject said the words. A subject that only points back through a possessive ("its
foreign ministry", "their envoy") is replaced by the subject of the clause it depends on (the
owner the sentence names: "Ruritania"); a pronoun ("he") is resolved like any other.

``X dismissed the report as “…”``: the quote completes "as" after a verb with a subject of its own
(:func:`as_complement`), whether the parser hangs "as" on the verb or on its object.

``X called for “…”``: the quote is the subject's demand in its own words (:func:`called_for_speaker`).

A speech verb joined by "and" with no subject of its own shares its partner's ("X welcomed …
and urged Y"); "asked" as a participle beside the subject ("X, asked about …, replied") is no cue.
"""

from __future__ import annotations

from .lexicon import SPEECH_VERBS
from .news_datelines import capitals_dateline
from .speech_cues import CALL_VERBS, NAMING_VERBS

# wider than quotes.py's list (speech_cues.NAMING_VERBS): "brand" and "label" are also speech verbs of the
# lexicon; the two lists are kept apart so that quote detection stays as it is
CHARACTERISING_VERBS = NAMING_VERBS | frozenset(
    """brand brands branded branding label labels labelled labeled labelling labeling named""".split()
)
_POINTING_BACK = frozenset({"its", "their"})
_MAX_HOPS = 6
_RELATIVE_WORDS = frozenset({"who", "which", "that"})  # "X, who dismissed it as “…”": the speech verb decides
_ASKED_ABOUT = frozenset("about whether if what why how when on by for".split())


def characterising_speaker(doc, open_mark: int):
    """``(cue, subject)`` character spans, or ``None`` when the quote completes no such verb."""
    verb = _word_before(doc, open_mark)
    if verb is None or verb.lower_ not in CHARACTERISING_VERBS:
        return None
    subject = _subject_of(verb)
    if subject is None:
        return None
    if any(t.lower_ in _POINTING_BACK for t in subject.subtree):
        subject = _governing_subject(verb) or subject
    cue = (verb.idx, verb.idx + len(verb.text))
    return cue, (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))


def _word_before(doc, position: int):
    """The last word token that ends before ``position`` (punctuation and spaces skipped)."""
    if doc is None or position <= 0:
        return None
    span = doc.char_span(max(position - 40, 0), position, alignment_mode="expand")
    words = [t for t in span if t.idx < position and not t.is_punct and not t.is_space] if span is not None else []
    return words[-1] if words else None


def _subject_of(verb):
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _governing_subject(verb):
    """The subject of the nearest clause above ``verb`` that has one ("Ruritania welcomed what …")."""
    node = verb
    for _ in range(_MAX_HOPS):
        if node.head.i == node.i:
            return None
        node = node.head
        subject = _subject_of(node)
        if subject is not None and subject.i < verb.i:
            return subject
    return None


def shared_subject(doc, verb_start: int) -> tuple[int, int] | None:
    """``X welcomed …, and urged Y to …``: a speech verb joined by "and" to an earlier verb, with
    no subject of its own, has that verb's subject (the words before it are only "and")."""
    span = doc.char_span(verb_start, verb_start + 1, alignment_mode="expand") if doc is not None else None
    if span is None or span[0].dep_ != "conj" or _subject_of(span[0]) is not None:
        return None
    subject = _subject_of(span[0].head)
    if subject is None:
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)


def asked_aside(doc, start: int) -> bool:
    """``X, asked about Y on Tuesday, replied: “…”``, ``When asked about Y, X said``: "asked" as a
    participle without a subject says what X was asked, it is no cue (the cue is X's reply)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None else None
    if span is None or span[0].lower_ != "asked":
        return False
    token = span[0]
    before = token.nbor(-1) if token.i > token.sent.start else None
    if before is not None and before.lower_ in {"when", "if", "once"} and before.i in {token.sent.start, token.i - 1}:
        before = before.nbor(-1) if before.i > token.sent.start else None  # "When asked about Y, X said"
    opens = before is None or before.text == ","  # the parser may make it the root
    return opens and token.i + 1 < len(doc) and token.nbor(1).lower_ in _ASKED_ABOUT


def as_complement(doc, words):
    """``a claim X rejected as “…”``, ``X described the proposal as “…”``: the quote completes "as"
    after a verb with a subject of its own, and that subject said it (not the subject of an
    earlier main verb of the sentence: "A accused B of …, a claim C rejected as “…”"). ``words``
    are ``(start, end, text)`` up to the opening mark."""
    if doc is None or not words or words[-1][2].lower() != "as":
        return None
    piece = doc.char_span(words[-1][0], words[-1][1])
    verb = piece[0].head if piece is not None and piece[0].dep_ == "prep" else None
    if verb is not None and verb.dep_ == "dobj":  # "as" hung on the object: "described the proposal as"
        verb = verb.head
    subject = _subject_of(verb) if verb is not None else None
    if subject is None and verb is not None and verb.dep_ == "conj":  # "X accused … and described … as “…”"
        subject = _subject_of(verb.head)
    if subject is None and verb is not None and verb.dep_ == "xcomp":  # "urged X to stop describing … as “…”"
        return controlled_characteriser(doc, verb.idx)
    if subject is None or subject.i > verb.i or subject.lower_ in _RELATIVE_WORDS:
        return None
    verb, subject = _sayer_of_pronoun(verb, subject)  # "Baku said that it would regard X as “…”": Baku
    return (verb.idx, verb.idx + len(verb.text)), (subject.left_edge.idx, subject.idx + len(subject.text))


def _sayer_of_pronoun(verb, subject):
    """A pronoun subject of a clause that a verb of saying reports stands for that verb's subject:
    ``(speech verb, its subject)``; else ``(verb, subject)`` unchanged."""
    if subject.lower_ not in _PRONOUNS or verb.dep_ != "ccomp" or verb.head.lower_ not in SPEECH_VERBS:
        return verb, subject
    sayer = _subject_of(verb.head)
    return (verb.head, sayer) if sayer is not None and sayer.lower_ not in _PRONOUNS | _RELATIVE_WORDS else (verb, subject)


_PRONOUNS = frozenset({"it", "he", "she", "they"})


_CALL_FOR = CALL_VERBS
_SUBJECT_ASIDES = frozenset({"advcl", "relcl", "acl", "punct", "prep"})  # ", meeting in X on Monday,"


def called_for_speaker(doc, open_mark: int):
    """``X called for “…”``: the quote is what the verb's subject demands, in its own words, so that
    subject (or the one it shares with the verb joined before it) is the speaker. A dateline in
    capitals that the parser took for the subject ("KLOWVILLE - The council …") gives way to the body
    it stands in apposition with. ``(cue, subject)`` character spans, or ``None``."""
    word = _word_before(doc, open_mark)
    verb = word.head if word is not None and word.lower_ == "for" and word.dep_ == "prep" else None
    if verb is None or verb.lower_ not in _CALL_FOR:
        return None
    subject = _subject_of(verb) or (_subject_of(verb.head) if verb.dep_ == "conj" else None)
    cue = (verb.idx, verb.idx + len(verb.text))
    if subject is None:
        opening = _opening_phrase(verb)
        return (cue, opening) if opening is not None else None
    apposed = [c for c in subject.children if c.dep_ == "appos"]
    if subject.text.isupper() and len(subject.text) > 2 and apposed:
        subject = apposed[0]
    kept = [subject, *(c for c in subject.children if c.dep_ not in _SUBJECT_ASIDES | {"appos"} and c.i < subject.i)]
    start = min(t.left_edge.i for t in kept)
    return cue, (doc[start].idx, subject.idx + len(subject.text))


_CALL_HOPS = 6  # quote word → … → "hold" → "called"


def called_on_speaker(doc, open_mark: int):
    """``X called on Y to hold the vote “on the date it promised”``: words in the clause that a call on
    someone governs are the caller's (as "called for “…”" is). ``(cue, subject)`` or ``None``."""
    if doc is None:
        return None
    inside = doc.char_span(open_mark + 1, open_mark + 2, alignment_mode="expand")
    node, hops = (inside[0] if inside is not None else None), 0
    while node is not None and node.head.i != node.i and hops < _CALL_HOPS:
        node, hops = node.head, hops + 1
        if node.lower_ in _CALL_FOR and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in node.children):
            subject = _subject_of(node)  # its own: a joined verb's subject may be a reported clause's
            if subject is None or subject.lower_ in _RELATIVE_WORDS:
                return None
            return (node.idx, node.idx + len(node.text)), (subject.left_edge.idx, subject.idx + len(subject.text))
    return None


def _opening_phrase(verb):
    """Where the parse gives the verb no subject ("VARN - The X League, meeting in …, called for"): the
    sentence's opening words up to the first comma before the verb, after a capitals dateline."""
    words = [t for t in verb.sent if t.i < verb.i]
    if len(words) > 2 and capitals_dateline(words[0], min_chars=1):
        words = words[2:]
    comma = next((k for k, t in enumerate(words) if t.text == ","), len(words))
    words = words[:comma]
    if not words or not any(t.text[:1].isupper() for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


_CONTROL_HOPS = 3  # "ask X to stop calling": calling → stop → ask


def controlled_characteriser(doc, verb_start: int):
    """``We ask the government to stop calling the release “…”``, ``urged the minister to stop
    describing it as “…”``, ``called on the ministry to quit labelling the convoy “…”``: a verb of
    characterising in an infinitive that an object-control verb governs ("ask/urge/tell X to …",
    "call on X to …") is done by that verb's object, not its subject: X uses the words, and the
    subject asks X to drop them. ``(cue, subject)`` character spans, or ``None``."""
    span = doc.char_span(verb_start, verb_start + 1, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    verb = node = span[0]
    for _ in range(_CONTROL_HOPS):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return None
        node = node.head
        controller = _controller(node)
        if controller is not None:
            cue = (verb.idx, verb.idx + len(verb.text))
            return cue, (controller.left_edge.idx, controller.right_edge.idx + len(controller.right_edge.text))
    return None


def _controller(verb):
    """The object that controls ``verb``'s infinitive: "ask X to", "called on X to"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i < verb.i + 8:
            return child
        if child.dep_ == "prep" and child.lower_ == "on":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
