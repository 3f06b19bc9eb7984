"""Speakers named by an office or a body rather than a name, and participle attributions.

Used by :mod:`.speakers` after a subject has been resolved:

* **A state office is no party's**: "the prime minister", "the foreign minister", "the
  government" with no country of their own, resolved to the last person named before them, cannot
  be that person's when the person stands for a party (an opposition faction): parties hold no
  ministries. The office is the government of the state the party belongs to (its ``camp``), with
  a lower confidence ("Mr X, your own government disagrees. On Tuesday the prime minister said …").
* **A member of a national body**: "a member of the Kestrian border commission", "an official of
  the Kestrian delegation" speaks for the state the demonym names, when nothing else named them.
* **Officers of an organisation's secretariat** ("the Under-Secretary-General for Political
  Affairs", "the Assistant Secretary-General for Europe") speak for the organisation that issued the
  document when its header names one, else for the organisation whose codebook names include a
  secretary-general; a region in the title ("for Europe, Central Asia") is no speaker.
* **An organisation's adjective**: "The European chair of the meeting" speaks for the one
  organisation whose names open with that word (:mod:`.speaker_adjective`).
* **A new role holder**: "A presidential adviser told …" (an indefinite role) introduces someone
  new, not the person named last; they stand for the one actor the first sentence of their
  paragraph names ("In Baku the tone is relaxed. A presidential adviser …"), unless their words name
  their actor ("A Kestrian official" is Kestria's whatever the paragraph opens with). Without such an actor,
  or when it is the one already found, the resolution stands (the earlier speaker may be meant: "A
  spokesperson added").
* **An object pronoun** ("According to him, …") points back like "he"/"she".
* **"what he called the “…”"**: the characterising verb's subject said the word, whatever
  follows the marks.
* **A speech participle after a comma** ("He declined to comment, saying the mission “…”"): the
  participle's subject is the main clause's, not the noun phrase that opens the reported clause.
"""

from __future__ import annotations

import re

from .quotes_terms import called_by_what
from .speaker_adjective import adjective_organisation, demonym_role
from .speaker_roles import CONTEXT_CONFIDENCE, PERSON_ROLES
from .speaker_subjects import pronoun_referred

# offices of a state's government: a party holds none of them ("spokesperson" is left out: parties have them)
_STATE_OFFICES = frozenset("minister premier president government cabinet presidency ministry".split())
_PARTY_KINDS = frozenset({"party"})
_BODY_NOUNS = frozenset(
    """commission delegation government ministry team committee parliament cabinet administration embassy
    mission council service office""".split()
)
_MEMBER_NOUNS = frozenset(
    """member members official officials representative delegate staffer source sources diplomat diplomats
    negotiator negotiators head chair chairman chairwoman chairperson chief spokesperson spokesman
    spokeswoman""".split()
)  # a body's head speaks for it as much as a member does ("the head of the Kestrian border commission")
_SECRETARIAT = re.compile(r"\b(?:(?:Under|Assistant|Deputy)[ -])?Secretary[ -]General\b", re.IGNORECASE)
# the title up to the region it covers: "Assistant Secretary-General for Europe, Central Asia and the Americas"
_SECRETARIAT_TITLE = re.compile(
    r"\b(?:(?:Under|Assistant|Deputy)[ -])?Secretary[ -]General"
    r"(?:\s+for\s+[A-Z][\w-]*(?:(?:,\s+|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w-]*)*)?"
)
_HEADER_LINES = 3
_CALLING = frozenset("called calls termed terms dubbed dubs described describes".split())
_OBJECT_PRONOUNS = {"him": "m", "her": "f"}
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})


def office_speaker(ctx, whole: tuple[int, int], subject: tuple[int, int], found: tuple) -> tuple:
    """``found`` (speaker, actor, confidence) for the subject at ``subject`` (``whole`` the span
    before any narrowing to its core), corrected by the rules of the module docstring: an office
    taken for a party's person, a new role holder, an object pronoun, a body's member, a
    secretariat's officer."""
    words = ctx.text[subject[0] : subject[1]]
    if words.lower() in _OBJECT_PRONOUNS and found[0] is None:  # "According to him, …"
        return pronoun_referred(ctx, subject[0], _OBJECT_PRONOUNS[words.lower()])
    new_holder = _new_role_holder(words, found) and not _names_an_actor(ctx, subject)  # not "A Kestrian official"
    actor = paragraph_actor(ctx, subject[0]) if new_holder else None
    if actor is not None and actor != found[1]:
        return " ".join(words.split()), actor, CONTEXT_CONFIDENCE
    if found[1] is not None:
        return found if _names_an_actor(ctx, subject) else party_office(ctx, words, found)
    title = _title_over(ctx.text, whole)
    officer = title is not None or bool(_SECRETARIAT.search(ctx.text, *whole))  # "the Secretary-General's envoy"
    actor = body_member(ctx, words) or (secretariat_officer(ctx.text, ctx.codebook) if officer else None) or (
        adjective_organisation(ctx, words)) or demonym_role(ctx, words)  # "The European chair of the meeting"
    if actor is None:
        return found
    return " ".join((title.group() if title else words).split()), actor, CONTEXT_CONFIDENCE


def _names_an_actor(ctx, subject: tuple[int, int]) -> bool:
    """The subject names its actor itself ("the president of the Free Party"): nothing to correct."""
    return any(subject[0] <= m.span.start and m.span.end <= subject[1] for m in ctx.mentions)


def _new_role_holder(words: str, found: tuple) -> bool:
    """"A presidential adviser told …": an indefinite role introduces someone new; it does not point
    back to a person named before (whose name it does not contain)."""
    lowered = words.lower().split()
    return (
        lowered[:1] in (["a"], ["an"]) and len(lowered) <= 5 and bool(set(lowered) & PERSON_ROLES)
        and (found[1] is None or found[0] is not None and found[0].lower() not in words.lower())
    )


def paragraph_actor(ctx, pos: int) -> str | None:
    """The one codebook actor the first sentence of ``pos``'s paragraph names, by any of its names
    or a capital standing for it ("In Baku the tone is relaxed."); ``None`` when none or several."""
    start = ctx.text.rfind("\n\n", 0, pos) + 2 if ctx.text.rfind("\n\n", 0, pos) >= 0 else 0
    first = re.split(r"(?<=[.!?])\s", ctx.text[start:pos], maxsplit=1)[0]
    found = {
        actor.id for actor in ctx.codebook.actors
        if any(re.search(rf"\b{re.escape(n)}\b", first) for n in _names(actor))
    }
    return found.pop() if len(found) == 1 else None


def _title_over(text: str, span: tuple[int, int]):
    """A secretariat title in the subject, or one in the same sentence that runs up to its end (the
    subject found may be only the title's tail: "Central Asia and the Americas")."""
    start = max(text.rfind(".", 0, span[0]), text.rfind("\n", 0, span[0]), span[0] - 150) + 1
    return next((m for m in _SECRETARIAT_TITLE.finditer(text, start, span[1]) if m.end() >= span[1] - 1), None)


def party_office(ctx, words: str, found: tuple) -> tuple:
    """``found`` (speaker, actor, confidence), or the party's state when a state office was taken
    for a party's person (module docstring)."""
    speaker, actor, confidence = found
    lowered = re.findall(r"[a-z]+", words.lower())
    if actor is None or lowered[:1] != ["the"] or len(lowered) > 4 or not set(lowered) & _STATE_OFFICES:
        return found
    party = ctx.codebook.actor(actor)
    if party is None or party.kind not in _PARTY_KINDS or not party.camp or party.camp == actor:
        return found
    return words, party.camp, min(confidence, CONTEXT_CONFIDENCE)


def body_member(ctx, words: str) -> str | None:
    """The state whose demonym names the body a member or official belongs to ("a member of the
    Kestrian border commission"), else ``None``."""
    tokens = re.findall(r"[\w’'-]+", words)
    lowered = [t.lower() for t in tokens]
    if not set(lowered) & _MEMBER_NOUNS or not set(lowered) & _BODY_NOUNS:
        return None
    states = [ctx.demonyms[t] for t in tokens if t in ctx.demonyms]
    return states[0] if len(set(states)) == 1 else None


def secretariat_officer(text: str, codebook) -> str | None:
    """The organisation a secretariat officer speaks for (module docstring), else ``None``."""
    issuer = _header_organisation(text, codebook)
    if issuer is not None:
        return issuer
    owners = {a.id for a in codebook.actors if any(_SECRETARIAT.search(n) for n in (a.name, *a.aliases))}
    return owners.pop() if len(owners) == 1 else None


def _names(actor) -> tuple[str, ...]:
    return (actor.name, *actor.aliases, *actor.metonyms, *actor.demonyms)


def _header_organisation(text: str, codebook) -> str | None:
    """An organisation (a source affiliation of the codebook) that opens one of the first lines
    ("United Nations, Meetings Coverage"): the document's issuer."""
    kinds = {a.id: a.kind for a in codebook.actors}
    lines = [ln.strip().casefold() for ln in text.strip().splitlines()[:_HEADER_LINES]]
    for name, camp in codebook.affiliation_camps:
        wanted = name.casefold()
        if kinds.get(camp) == "organisation" and any(_opens(ln, wanted) for ln in lines):
            return camp
    return None


def what_called(ctx, open_mark: int):
    """``what he called the “…”``: (cue, subject) of the characterising verb, whose subject's word
    the quote is, before any clause after the marks ("… of the region and said …")."""
    doc = ctx.state.parsed
    if doc is None or not called_by_what(ctx.text, open_mark):
        return None
    span = doc.char_span(max(open_mark - 60, 0), open_mark, alignment_mode="expand")
    verb = next((t for t in reversed(span) if t.lower_ in _CALLING), None) if span is not None else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None:
        return None
    return (verb.idx, verb.idx + len(verb.text)), (subject.left_edge.idx, subject.idx + len(subject.text))


def _opens(line: str, name: str) -> bool:
    """The line is the name, or opens with it and a separator ("United Nations, Meetings Coverage")."""
    return line == name or line.startswith(name) and line[len(name) : len(name) + 1] in {",", ":", "|"}


def participle_subject(doc, verb_start: int) -> tuple[int, int] | None:
    """``X declined to comment, saying the mission “…”``: the subject of the verb a speech
    participle after a comma hangs on, else ``None``."""
    span = doc.char_span(verb_start, verb_start + 1, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    token = span[0]
    if not token.lower_.endswith("ing") or token.dep_ not in _PARTICIPLE_DEPS:
        return None
    if token.i == 0 or token.nbor(-1).text != ",":
        return None
    subject = next((c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > token.i:
        return None
    return subject.left_edge.idx, subject.idx + len(subject.text)
