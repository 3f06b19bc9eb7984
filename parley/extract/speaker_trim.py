"""The speaker inside attribution words that say more than who spoke.

Used by :mod:`.speakers`. The words found before a cue verb are the whole stretch from the
sentence start, so they can carry

* a phrase of time or manner in front of the subject ("On Thursday the foreign minister told",
  "At the same time the diplomat accused", "In a thread on Wednesday morning he urged");
* "according to" in front of the source ("According to the representative of X, …");
* a participle clause after the subject ("The deputy minister, answering questions, told");
* the main clause whose complement holds the cue ("She called on the government to demand");
* a relative pronoun that stands for the noun before it ("the aide, who wrote that …").

The grammatical subject in the parse (the ``nsubj`` among those words, or the object of
"according to") names the speaker; :func:`core_subject` finds it, and :func:`narrowed_subject`
uses it when the whole words name no actor. A name in apposition to a role subject ("an
opposition leader, X, tells") is the speaker (:func:`named_in_apposition`). A word that is a cue verb
only in spelling ("a second post", "the United States") is used as a noun in the parse:
:func:`nominal` says so, and it cues nothing.
"""

from __future__ import annotations

import re

from .lexicon import ORG_WORDS
from .speaker_roles import role_heads, role_words
from .speaker_subjects import resolve_subject
from .speech_cues import EXTRA_CUE_VERBS, NOT_VERB_DEPS

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "poss", "attr", "appos"})
_NOUN_MARKERS = frozenset({"det", "amod", "compound", "poss", "nummod"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_CUT_DEPS = frozenset({"acl", "relcl", "advcl"})  # clauses after the subject's noun say more than who
_RELATIVE = frozenset({"who", "which", "that"})
_BESIDE_VERB = frozenset({"aux", "auxpass", "advmod", "neg", "punct"})  # "had earlier", "has also", "has not"
_JOINING = frozenset({"and", "but", "or", "then"})


def core_subject(doc, text: str, subject: tuple[int, int]) -> tuple[int, int] | None:
    """The grammatical subject inside the words ``subject`` (module docstring), or ``None`` when
    there is no parse, no such subject or it is all of them."""
    if doc is None:
        return None
    span = doc.char_span(*subject, alignment_mode="expand")
    if span is None:
        return None
    if len(span) == 1:
        return _antecedent(span[0])
    head = _source_of_according(span) or next((t for t in span if t.dep_ in _SUBJECT_DEPS), None)
    if head is None:
        return _after_time_phrase(span)
    words = [t for t in head.subtree if span.start <= t.i < span.end]
    kept = [t for t in words if t.i <= head.i or not _after_cut(t, head)]
    while kept and kept[0].i < head.i and kept[0].ent_type_ in _TIME_ENTITIES:
        kept = kept[1:]  # "On Thursday X's minister": the parser may hang the day on the subject
    core = (kept[0].idx, kept[-1].idx + len(kept[-1].text)) if kept else None
    return core if core is not None and core != subject and subject[0] <= core[0] < core[1] <= subject[1] else None


def _after_time_phrase(span) -> tuple[int, int] | None:
    """"On Tuesday a presidential aide there": the words after a leading phrase of time, where the
    parser found no subject (it may read the role as the object of "On")."""
    k = 0
    while k < len(span) and (span[k].ent_type_ in _TIME_ENTITIES or span[k].dep_ == "prep" and k + 1 < len(span)
                             and span[k + 1].ent_type_ in _TIME_ENTITIES):
        k += 1
    rest = span[k:]
    return (rest[0].idx, rest[-1].idx + len(rest[-1].text)) if 0 < k < len(span) else None


def _antecedent(token) -> tuple[int, int] | None:
    """"the aide, who wrote that …": the noun phrase a relative "who" stands for."""
    if token.lower_ != "who" or token.head.dep_ != "relcl":
        return None
    noun = token.head.head
    return noun.left_edge.idx, noun.idx + len(noun.text)


def _source_of_according(span):
    """The object of "according to" when the words open with it."""
    if len(span) > 2 and span[0].lower_ == "according" and span[1].lower_ == "to":
        return next((t for t in span[1].children if t.dep_ == "pobj"), None)
    return None


def _after_cut(token, head) -> bool:
    """Whether ``token`` (after the subject's noun) lies in a clause or apposition set off from it."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in _CUT_DEPS or node.text == ",":
            return True
        node = node.head
    return False


def nominal(doc, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is a noun in the parse ("in a second post", "the United
    States"): an object, subject or compound with a determiner or modifier of its own."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span[-1]
    if token.lower_ in EXTRA_CUE_VERBS and token.dep_ in NOT_VERB_DEPS:
        return True  # "the repeated calls", "a joke": no verb, where "X repeated that …" reports words
    if token.dep_ == "amod" and token.lower_.endswith(("ed", "en")):
        return True  # "a written submission", "the stated aim": a participle as an adjective
    if token.i > 0 and token.nbor(-1).lower_ in _TAKING and token.dep_ == "dobj":
        return True  # "took note of a letter": the object of "take", not the verb "note"
    return token.dep_ in _NOUN_DEPS and any(c.dep_ in _NOUN_MARKERS for c in token.children)


_TAKING = frozenset({"take", "takes", "took", "taken", "taking"})
_HYPHENATED = re.compile(r"(?:-[^\W\d_]+)+")


def narrowed_subject(ctx, subject: tuple[int, int]):
    """The subject words and who they name; words that name no actor are narrowed to their
    grammatical subject (:func:`core_subject`: "On Thursday the minister told"). A subject the parse
    cut at a hyphen ("the Azerbaijani co" of "co-chair") is taken to the word's end."""
    joined = _HYPHENATED.match(ctx.text, subject[1])
    subject = (subject[0], joined.end()) if joined else subject
    found = resolve_subject(ctx, subject)
    if found[1] is not None:
        return subject, found
    core = core_subject(ctx.state.parsed, ctx.text, subject)
    narrowed = resolve_subject(ctx, core) if core is not None else (None, None, 0.0)
    return (core, narrowed) if narrowed[0] is not None else (subject, found)


def named_in_apposition(ctx, subject, verb_start: int):
    """``an opposition leader, X, tells …``: the name in the apposition skipped before the verb is
    the speaker, not the role before it (whose country may not be the person's side). A name the
    text gives no actor of its own keeps the role in front ("The X Foreign Ministry's spokesman,
    Tom Bell, said"): the role's actor is the only one the text gives that person."""
    if subject is None or ctx.speakers_in(*subject):
        return subject
    whole = next((p.span for p in ctx.people if p.span.start < subject[0] and subject[1] <= p.span.end), None)
    if whole is not None:
        return whole.start, whole.end  # the parse cut "Sakina | Nabiyeva, who …, said": the whole name
    named = ctx.speakers_in(subject[1], verb_start)
    if not named:
        return _role_in_apposition(ctx, subject, verb_start) or subject
    person = named[-1]
    if person.actor is None and any(subject[0] <= m.span.start and m.span.end <= subject[1] for m in ctx.mentions):
        return subject[0], person.span.end
    return person.span.start, person.span.end


def _role_in_apposition(ctx, subject, verb_start: int):
    """``The host, X's foreign minister, said``: a subject that names no actor, set off by an
    apposition that is a role of one, is that role holder; so is one "of" a body the apposition
    gives to an actor ("a representative of ANAMA, X's mine action agency, told …")."""
    gap = ctx.text[subject[1] : verb_start]
    if not gap.lstrip().startswith(",") or not gap.rstrip().endswith(","):
        return None
    if any(subject[0] <= m.span.start < subject[1] for m in ctx.mentions):
        return None
    start = subject[1] + gap.index(",") + 1
    end = subject[1] + gap.rstrip().rindex(",")
    start += len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
    words = role_words(ctx.text[start:end])
    if not any(start <= m.span.start < end for m in ctx.mentions):
        return None
    if role_heads(words):
        return start, end
    body = ctx.text[subject[0]:subject[1]].split()  # "a representative of ANAMA, X's mine action agency,"
    return (subject[0], end) if len(body) >= 3 and body[-2] == "of" and words and words[-1] in ORG_WORDS else None


def after_hit(ctx, hit):
    """Checks a (cue, subject) found after a closing mark.

    * "“…,” its director, X, wrote": the name in apposition is the speaker
      (:func:`named_in_apposition`), as it is before a cue;
    * "called it “…” on Monday and said …": words that end in a conjunction are no subject: the
      verb after them shares the sentence's subject, and the cue of the quote lies before it
      (``None``, for the rules that read the words before the mark).
    """
    if hit is None:
        return None
    cue, subject = hit
    words = ctx.text[subject[0] : subject[1]].split()
    if words and words[-1].lower() in _JOINING:
        return None
    return cue, named_in_apposition(ctx, subject, cue[0])


def parsed_subject(doc, subject, verb_start: int):
    """The words before a cue verb, unless they are only its auxiliaries and adverbs: then the
    verb's subject in the parse.

    "X, Kestria's chief negotiator, had earlier said": the words after the last comma ("had
    earlier") are no subject; the parse's ``nsubj`` of "said" ("X", up to its head word, so without
    the apposition) is. A relative pronoun ("who") is left to the other rules."""
    span = doc.char_span(verb_start, verb_start + 1, alignment_mode="expand") if doc is not None else None
    if span is None:
        return subject
    verb = span[0]
    head = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if head is None or head.i > verb.i or head.lower_ in _RELATIVE:
        return subject
    words = doc.char_span(*subject, alignment_mode="expand") if subject is not None else ()
    if words is None or any(t.dep_ not in _BESIDE_VERB for t in words):
        return subject  # the words hold a noun: the other rules read it (a label "Q:" may be the parse's subject)
    return head.left_edge.idx, head.idx + len(head.text)
