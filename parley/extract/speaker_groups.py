"""Speaker subjects that stand for an actor without naming it: a people by its plural demonym, an
institution's or a state's role through "its", a capital that frames the paragraph, "your" role
in a transcript, "our party" in an op-ed, a bare role in a headline.

- "The Kestrians say they will never accept …": a plural demonym as the subject of a speech verb
  is the state's side speaking (diplomatic shorthand), not an ethnic group.
- "The X Mission … played no part. Its spokeswoman said …": "its" + a person's role points to the
  institution that is the subject of the sentence just before (not to the last person with that role);
  so it does to an actor that is that subject by its bare name ("Kestria was guarded. Its foreign
  minister said …": Kestria's minister, not the last foreign minister the text named).
- "your prime minister" in a transcript: the one addressed is the one who answers, so the role is of
  the actor of the next labelled turn ("… your prime minister called it “…”. Is that fair?" ¶
  "DOE: It is fair."), not of the last person named with that role (with no such turn, the other
  rules decide).
- "Our alliance wrote …", "our minister said" in a transcript turn: "our" is the turn speaker's side,
  the actor their label names ("DOE (lawyer, X Alliance): … Our alliance wrote …"); a label that
  names none gives nothing; a host's or moderator's "our minister" is the state whose camp the
  codebook gives the outlet named in the header (a national broadcaster's own government). Outside
  a turn, or in a turn whose label names no actor, "our president" is the text's own side
  (:mod:`.speaker_own`).
- "Kestria 'will not sign', says minister" (a headline): a bare role in a headline's attribution is the
  role holder of the one actor the headline names before the quote.
- "the chairman of our party" in an op-ed: the party (bloc, movement …) the byline author is a member of.
- "In Kestria's capital, a senior official said …" / "In <Capital>, the foreign ministry said …": an
  unnamed official or office in a sentence that opens with "In <capital or state>," (or just after
  one, in the same paragraph: "In X, officials were upbeat. “…,” one diplomat said") speaks for
  that state (the round-up of reactions by capital).
"""

from __future__ import annotations

import re

from .lexicon import ORG_WORDS
from .speaker_roles import GOVERNMENT_HEADS, PERSON_ROLES, author_actors, institution_subject, role_words
from .speaker_demonyms import demonym_role
from .speaker_own import own_office, own_voice
from .turn_labels import LABEL, asker_label, label_actors

_THE = frozenset({"the"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_KINDS = frozenset({"name", "alias", "metonym"})
_ITS = frozenset({"its"})
_OF_BODY = frozenset({"for", "of", "at"})  # "a spokeswoman for its ministry", "an official of its government"
_YOUR = frozenset({"your"})
_OUR = frozenset({"our", "my"})
_BARE_ROLE_WORDS = 3  # "minister", "senior official", "deputy foreign minister"
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "your", "our", "my"})
# a subset of lexicon.ORG_WORDS, the bodies one belongs to ("our party"); the whole of ORG_WORDS would match more
_BODY_WORDS = frozenset("party bloc movement faction alliance coalition organisation organization group union".split())
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
    """The institution behind "its spokeswoman", "its foreign ministry", "a spokeswoman for its
    foreign ministry": the main subject of the subject's own sentence when it comes before the
    subject ("Moscow welcomed the text, but its envoy said …"), else of the sentence before, if any."""
    words = role_words(" ".join(lowered))
    if not _its_phrase(words) or words[-1] not in PERSON_ROLES | _OFFICE_WORDS:
        return None
    index = ctx.sentence_index(start)
    own = ctx.state.sentences[index] if index >= 0 else None
    if own is not None and own.start < start:
        found = institution_subject(ctx.state.parsed, ctx.mentions, own) or named_subject(ctx, own)
        if found is not None and any(m.actor == found and own.start <= m.span.start < start for m in ctx.mentions):
            return found
    if index < 1:
        return None
    sentence = ctx.state.sentences[index - 1]
    if words[-1] in _BODY_HEADS and "\n\n" in ctx.text[sentence.end:start]:
        return None  # "… its report. ¶ Its director said": whose body, the new paragraph does not say
    return institution_subject(ctx.state.parsed, ctx.mentions, sentence) or named_subject(ctx, sentence)


_BODY_HEADS = frozenset({"director", "manager", "coordinator"})


def _its_phrase(words: list[str]) -> bool:
    """"its spokeswoman", or a role of "its" body: "a spokeswoman for its foreign ministry"."""
    if len(words) >= 2 and words[0] in _ITS:
        return True
    return len(words) >= 4 and words[0] in {"a", "an", "the", "one"} and any(
        w in _OF_BODY and nxt in _ITS for w, nxt in zip(words[2:], words[3:]))


def named_subject(ctx, sentence) -> str | None:
    """The actor whose name (not a person's, not a role) is the whole main subject of ``sentence``
    ("Kestria was, as usual, guarded", "The Aurelian Union has offered …"), or of the clause a
    first-person main clause only frames ("I remind the House that Kestria wants …")."""
    doc = ctx.state.parsed
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand") if doc is not None else None
    roots = [t for t in span if t.dep_ == "ROOT"][:1] if span is not None else []
    if roots and any(c.dep_ in _SUBJECT_DEPS and c.lower_ in {"i", "we"} for c in roots[0].children):
        roots += [c for c in roots[0].children if c.dep_ == "ccomp"]  # "I remind you that X wants …": X
    for subject in (c for r in roots for c in r.children if c.dep_ in _SUBJECT_DEPS):
        first = subject.left_edge.i + (subject.left_edge.lower_ == "the")
        start, end = doc[first].idx, subject.right_edge.idx + len(subject.right_edge.text)
        named = [m for m in ctx.mentions if m.span.start == start and m.span.end == end and m.kind in _NAME_KINDS]
        if named:
            return named[0].actor
    return None


def framing_place(ctx, lowered: list[str], start: int) -> str | None:
    """The state named by "In X," opening the subject's sentence (or the one before it in the same
    paragraph), when the subject is an unnamed official or office ("a senior official who asked not
    to be named", "the foreign ministry", "one diplomat")."""
    if not set(lowered) & _OFFICE_WORDS or lowered[:1] not in (["a"], ["an"], ["the"], ["one"]):
        return None
    index = ctx.sentence_index(start)
    sentence = ctx.state.sentences[index]
    match = _IN_PLACE.match(ctx.text, sentence.start)
    if match is None and index > 0 and "\n" not in ctx.text[ctx.state.sentences[index - 1].start : sentence.start]:
        match = _IN_PLACE.match(ctx.text, ctx.state.sentences[index - 1].start)  # "In X, officials were glad."
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
        demonym_people(words, ctx.demonyms) or demonym_role(words, ctx.demonyms) or its_role(ctx, lowered, start) or framing_place(ctx, lowered, start)
        or your_role(ctx, lowered, start) or authors_body(ctx, lowered) or headline_role(ctx, lowered, start)
        or our_turn(ctx, lowered, start)
    )


def headline_role(ctx, lowered: list[str], start: int) -> str | None:
    """The actor of a bare role ("minister", "senior official") in the first line of the text: the
    one actor that line names before the role, outside quotation marks (module docstring)."""
    words = role_words(" ".join(lowered))
    if not 0 < len(words) <= _BARE_ROLE_WORDS or words[0] in _DETERMINERS or words[-1] not in PERSON_ROLES:
        return None
    line_start = len(ctx.text) - len(ctx.text.lstrip())
    if ctx.text.find("\n", line_start) < start:
        return None
    named = {m.actor for m in ctx.mentions if line_start <= m.span.start < start and not ctx.in_quotes(m.span.start)}
    return named.pop() if len(named) == 1 else None


def authors_body(ctx, lowered: list[str]) -> str | None:
    """The non-state actor a byline author is a member of, for "our party", "the chairman of our bloc"."""
    words = role_words(" ".join(lowered))
    if not any(a in _OUR and b in _BODY_WORDS for a, b in zip(words, words[1:])):
        return None
    found = {a.id for a in author_actors(ctx.authors, ctx.codebook) if a.kind != "state"}
    return found.pop() if len(found) == 1 else None


def your_role(ctx, lowered: list[str], start: int) -> str | None:
    """The actor of the one addressed by "your minister": the speaker of the next labelled turn
    that is no asker's (module docstring), or ``None``."""
    words = role_words(" ".join(lowered))
    if len(words) < 2 or words[0] not in _YOUR or not set(words[1:]) & (PERSON_ROLES | GOVERNMENT_HEADS):
        return None
    line_end = ctx.text.find("\n", start)
    for label in LABEL.finditer(ctx.text, line_end if line_end >= 0 else len(ctx.text)):
        if not asker_label(label.group(1)):
            actors = label_actors(label.group(1), ctx.codebook, ctx.people)[0]
            return actors[0] if len(actors) == 1 else None
    return None


def our_turn(ctx, lowered: list[str], start: int) -> str | None:
    """The actor of "our alliance", "our minister" in a labelled transcript turn: the one actor the
    turn's own label names, in its mentions or its words (module docstring), or ``None``."""
    words = role_words(" ".join(lowered))
    if len(words) < 2 or words[0] != "our" or not set(words[1:]) & (PERSON_ROLES | GOVERNMENT_HEADS | ORG_WORDS):
        return None
    label = LABEL.match(ctx.text, ctx.text.rfind("\n", 0, start) + 1)
    if label is None or label.end() > start:
        letter = _letter_writer(ctx, start)  # "our deputy foreign minister" in a letter signed for X
        if letter is not None:
            return letter
        return own_voice(ctx, outlet_state) if own_office(lowered) else None  # "our president" in an op-ed
    if asker_label(label.group(1)) or asker_label(label.group(2) or ""):  # the host: the outlet's state
        return outlet_state(ctx)
    named = {m.actor for m in ctx.mentions if label.start() <= m.span.start and m.span.end <= label.end()}
    if not named:
        named = set(label_actors(" ".join(g for g in label.groups() if g), ctx.codebook, ctx.people)[0])
    if not named and own_office(lowered):  # "SPOKESPERSON: … Our foreign minister": the issuer's
        return own_voice(ctx, outlet_state)
    return named.pop() if len(named) == 1 else None


def _letter_writer(ctx, start: int) -> str | None:
    """The actor the signature of the letter holding ``start`` names, on a letters page; else ``None``."""
    turn = next((t for t in reversed(ctx.letters) if t[0] <= start), None)
    return turn[1][0] if turn is not None and turn[1] else None


_HEADER_CHARS = 300


def outlet_state(ctx) -> str | None:
    """The state actor that is the camp of the one codebook outlet named in the text's first lines."""
    header = ctx.text.lstrip()[:_HEADER_CHARS].casefold()
    camps = {
        camp for name, camp in ctx.codebook.outlet_camps
        if len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", header)
    }
    kinds = {a.id: a.kind for a in ctx.codebook.actors}
    return camps.pop() if len(camps) == 1 and kinds.get(next(iter(camps))) == "state" else None
