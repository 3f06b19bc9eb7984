"""Who a quote's subject words stand for: a person of the text, several people, an actor.

Used by ``speakers.rules.v1``. A subject (the words an attribution gives: "Jane Roe",
"the ministry's spokeswoman", "she", "the two leaders", "the statement") resolves to:

* a person named inside it (a surname to the full name given earlier); several persons
  joined by "and" speak together (see below);
* a codebook actor named inside it ("the X foreign minister", "X's press secretary"): the
  last person of that actor when the words are a role, else the actor itself;
* "the ministry", "the foreign ministry's spokeswoman", "they"/"we": the institution last
  named with that word (or the last institution subject);
* "it" ("it was stated"): the last actor named in the three sentences before;
* "the appeal", "the resolution", "the statement": its issuer (:mod:`.speaker_roles`: named on
  the noun, else the adopter of such a document earlier in the text); for a statement,
  communique, note or letter with none given, the last actor or person named in the three
  sentences before; for an appeal, resolution or report, nobody;
* "the speaker of the Volkstag" (a body the codebook does not name): the actor whose
  institution is the subject of the sentence just before (:mod:`.speaker_roles`), else none;
* "his negotiators", "her government": the actor of the person "his"/"her" points to;
* "he", "she": the last person (or unnamed role holder: "X's envoy") named before, outside
  quotes and not a byline author, skipping one the text gives the other gender ("Ms Roe",
  "the spokesman, X", "X said his …"; never guessed from a name);
* "the diplomat", "the foreign minister": the last such person whose role the text gives as
  that one in the last few sentences, else the last one whose role it gives as that one or not
  at all ("the diplomat" fits anyone); for a governmental role
  with nobody earlier, the document's subject actor, with a lower confidence
  (:mod:`.speaker_roles`); "the ministry", "the government" with no institution named fall
  back to that actor too. A role of an institution ("the government's spokesperson") is held
  only by a person the text gives that role, never by one it gives no role.

**Several speakers** ("the two leaders said", "X and Y said in a joint statement"): one
quote whose speaker is the names joined with "and", and whose actor is theirs only when
they share one (``None`` otherwise; the data model has one speaker actor per quote, and
giving the quote to one of them would put words in that party's mouth).
"""

from __future__ import annotations

import bisect
import re

from parley.core.types import Mention

from .dates_labels import HEADING
from .lexicon import ORG_WORDS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS
from .speaker_centering import subject_preferred
from .speaker_context import QuoteContext
from .speaker_groups import group_actor
from .speaker_roles import (
    CONTEXT_CONFIDENCE, CONTEXT_EVIDENCE, DOCUMENT_NOUNS, GENERIC_ROLES, GOVERNMENT_HEADS, PERSON_ROLES,
    destination, document_issuer, institution_subject, kin_between, names_unknown_body, not_pronoun_referent,
    role_gender, role_heads, role_kin, role_words,
)
from .speaker_issuer import clashing_role, header_issuer, official_there, officials_in_capital
from .state import Person
from .turn_labels import LABEL

PRONOUN_CONFIDENCE = 0.7
_GROUP_PRONOUNS = frozenset({"they", "we"})
_NEW = frozenset({"a", "an", "one"})  # an indefinite role introduces someone new
_ORG_HEADS = ORG_WORDS | frozenset({"government", "side", "authorities", "leadership", "delegation"})
_DOCUMENT_NOUNS = frozenset(
    "statement statements communique communiqué declaration readout release note letter message text "
    "document post tweet".split()
)
_PLURAL_PEOPLE = frozenset(
    "leaders ministers presidents diplomats envoys negotiators officials premiers heads chiefs".split()
)
_PLURAL_ACTORS = frozenset("sides parties governments countries states delegations neighbours neighbors".split())
_PLURAL_MARKERS = frozenset({"the", "both", "two", "all", "these"})
_GENDERED = {"he": "m", "she": "f"}
_OWNERS = {"his": "m", "her": "f"}
_SOME = frozenset("some one two three several many most few none all".split())
_NAME_TAIL = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w-]*){1,4}")  # "’s Foreign Ministry" after a name
# "the commission's secretary": also a body named by its owner in lower case ("X’s commission on …")
_OWNED_TAIL = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w-]*){1,4}|['’]s(?:\s+[a-z][\w-]*){1,2}")
# a state's top office named without a title: "the head of state", "the head of government"
_STATE_OFFICE = re.compile(r"\b(?:head|chief)\s+of\s+(?:state|government)\b")
# an aide who serves a head of government ("the adviser to the president for foreign policy"): a
# governmental role too, however long the field that follows
# … or the officer of a ministry ("the spokesman of the Ministry of Foreign Affairs")
_SERVING_HEAD = re.compile(
    r"(?:the|its) [\w-]+ (?:(?:to|for) the (?:[\w-]+ )?(?:president|premier|prime minister|minister|government)"
    r"|of the (?:[\w-]+ )?(?:ministry|presidency|government|cabinet))\b"
)
_SERVING_WORDS = 10
_JOINED = re.compile(r"\s*(?:,|,?\s+and)\s*$")


def resolve_subject(ctx: QuoteContext, subject: tuple[int, int]) -> tuple[str | None, str | None, float]:
    """The speaker's name and actor for the subject words at ``subject``."""
    start, end = subject
    people = [p for p in ctx.people if start <= p.span.start and p.span.end <= end]
    if len(people) >= 2 and _joined(ctx.text, people):
        return _together(ctx, [(p.name, p.actor or _actor_in(ctx, p.span.start, p.span.end)) for p in people])
    if people:
        person = people[-1] if people[-1].span.end == end or len(people) == 1 else people[0]
        return person.name, person.actor or _actor_in(ctx, start, end), _confidence(person, 0.9)
    words = ctx.text[start:end].split()
    lowered = [w.lower() for w in words]
    # "officials in X": X's government; "The Kestrians", "its spokeswoman", "In X, an official": see speaker_groups
    capital = officials_in_capital(ctx.text, subject, ctx.codebook) or official_there(ctx.text, subject, ctx.codebook) or (
        group_actor(ctx, words, start, end)) or (
        _owner_referred(ctx, lowered, start)) or _whose_owner(ctx, lowered, start) or _its_owner(ctx, lowered, start)
    found = (ctx.codebook.actor(capital).name, capital, 0.5) if capital else _referred(ctx, lowered, start, end)
    if found is not None:
        return found
    if any(w[:1].isupper() for w in words):
        return " ".join(words), None, 0.5
    return None, None, 0.3


def _referred(ctx: QuoteContext, lowered: list[str], start: int, end: int):
    """A subject without a person's name: an actor, an institution, a document, a group or a pronoun."""
    actor = _actor_in(ctx, start, end)
    if actor is not None:  # "the X foreign minister": the last person of X, else X itself ("a X official": new)
        back = _refers_back(lowered) and not set(lowered[:1]) & _NEW
        person = _last_person(ctx, start, None, actor) if back else None
        if person is not None:
            return person.name, actor, PRONOUN_CONFIDENCE
        return ctx.codebook.actor(actor).name, actor, 0.8
    institution = _institution_referred(ctx, lowered, start)
    if institution is not None:
        return ctx.codebook.actor(institution).name, institution, 0.6
    if _document_subject(lowered):
        return _document_speaker(ctx, lowered, start, end)
    if lowered[:1] == ["it"] and len(lowered) <= 3:
        return _issuer(ctx, start, with_people=False)
    if len(lowered) == 1 and lowered[0] in _GROUP_PRONOUNS:
        return None, None, 0.3  # a group nobody in the text fits
    if _plural_subject(lowered):
        return _several(ctx, start, lowered[-1])
    if len(lowered) == 1 and lowered[0] in PRONOUNS:
        return pronoun_referred(ctx, start, _GENDERED.get(lowered[0]))
    if names_unknown_body(ctx.text[start:end]):
        return _unknown_body(ctx, start)
    if _refers_back(lowered) or _government_role(lowered):
        found = _role_referred(ctx, lowered, start, end)
        return (None, None, 0.3) if found is None and len(lowered) == 1 else found  # "Envoy says": nobody
    return None


def _owner_referred(ctx: QuoteContext, lowered: list[str], start: int) -> str | None:
    """"his negotiators", "her government": the actor of the person "his"/"her" points to (not in a
    speaker's turn of a transcript, where the last person named may be the one answering)."""
    words = role_words(" ".join(lowered))
    while len(words) > 2 and words[1] == "of" and words[0] in _SOME:
        words = words[2:]  # "some of his advisers", "one of her aides": his advisers
    if len(words) < 2 or words[0] not in _OWNERS:
        return None
    if not (words[-1].rstrip("s") in PERSON_ROLES or words[-1] in _ORG_HEADS):
        return None
    if words[-1].rstrip("s") == "counterpart" or any(w in _lower_demonyms(ctx) for w in words[1:]):
        return None  # "his Kestrian counterpart": the other side's, the demonym says whose
    if LABEL.match(ctx.text, ctx.text.rfind("\n", 0, start) + 1):
        return None
    return pronoun_referred(ctx, start, _OWNERS[words[0]])[1]


def _whose_owner(ctx: QuoteContext, lowered: list[str], start: int) -> str | None:
    """"Baku, whose foreign ministry dismissed …": the actor of the noun the relative "whose" hangs on;
    "a submission from the Community, which asked …": the actor the relative subject's noun names."""
    doc = ctx.state.parsed
    if not lowered or doc is None or not (lowered[0] == "whose" or lowered in (["which"], ["who"])):
        return None
    piece = doc.char_span(start, start + len(lowered[0]), alignment_mode="expand")
    clause = (piece[0].head.head if lowered[0] == "whose" else piece[0].head) if piece is not None else None
    if clause is None or clause.dep_ != "relcl":
        return None
    owner = clause.head
    actors = [m.actor for m in ctx.state.mentions if m.span.start <= owner.idx < m.span.end] or [
        m.actor for m in ctx.state.mentions if owner.left_edge.idx <= m.span.start and m.span.end <= start]
    return actors[-1] if actors else None


_BODY_HEADS = frozenset({"director", "coordinator", "manager"})  # who heads an agency or office


def _its_owner(ctx: QuoteContext, lowered: list[str], start: int) -> str | None:
    """"Its director told reporters …": the actor last named before, in the same paragraph, whose
    body the role heads ("X's mine action agency … Its director")."""
    words = role_words(" ".join(lowered))
    words = words[:next((i for i, w in enumerate(words) if i > 1 and w in {"in", "at"}), len(words))]  # "… in Kars"
    if len(words) < 2 or words[0] != "its" or words[-1].rstrip("s") not in PERSON_ROLES | _BODY_HEADS:
        return None
    paragraph = ctx.text.rfind("\n\n", 0, start)
    before = [m for m in ctx.state.mentions if paragraph < m.span.start and m.span.end <= start]
    return max(before, key=lambda m: m.span.start).actor if before else None


def _lower_demonyms(ctx: QuoteContext) -> frozenset[str]:
    return frozenset(d.lower() for d in ctx.demonyms)


def pronoun_referred(ctx: QuoteContext, pos: int, gender: str | None):
    """"he", "she": the last person or role holder before ``pos`` of that gender; nobody when a role
    whose actor is unknown spoke since ("The spokesperson said …. “…,” she said": not the
    person named before the spokesperson)."""
    turn = _turn_speaker(ctx.text, pos)
    person = _last_person(ctx, pos, gender, turn=turn)
    person = subject_preferred(
        ctx, person, pos, lambda p: _last_person(ctx, p.span.end, gender, turn=turn) is p,
        lambda p: gender is not None and _gender_of(ctx, p) == gender,
    )
    if person is not None and HEADING.search(ctx.text, person.span.end, pos):
        person = None  # "Tuesday 8 February, Goris" between: a new entry names its people afresh
    since = person.span.end if person is not None else -1
    kin = kin_between(ctx.text, max(since, ctx.window_start(pos)), pos, gender)
    if kin is not None and not ctx.in_quotes(kin[0]):  # "my grandmother … she used to say": no actor's
        return ctx.text[kin[0] : kin[1]], None, CONTEXT_CONFIDENCE
    if any(since <= a and b <= pos and role_gender(ctx.text[a:b]) in {None, gender} for a, b in ctx.unresolved_roles):
        return None, None, 0.3
    return (person.name, person.actor, _confidence(person, PRONOUN_CONFIDENCE)) if person else (None, None, 0.3)


def _turn_speaker(text: str, pos: int) -> set[str]:
    """The folded words of the speaker label opening the line that holds ``pos`` ("LYAMIN: … he
    told …"): a turn's speaker speaks of himself in the first person, so "he"/"she" there is
    someone else (empty when the line has no label)."""
    found = LABEL.match(text, text.rfind("\n", 0, pos) + 1)
    if found is None or found.end() > pos:
        return set()
    return {w.lower() for w in re.findall(r"[\w'’-]+", found.group(1))}


_BARE_ROLE = frozenset({"the", "our"})


def _unknown_body(ctx: QuoteContext, pos: int):
    """"the speaker of the Volkstag": the actor whose institution is the subject of the sentence
    just before, with a lower confidence (see :mod:`.speaker_roles`); else ``None``."""
    index = ctx.sentence_index(pos) - 1
    if index < 0:
        return None
    actor = institution_subject(ctx.state.parsed, ctx.mentions, ctx.state.sentences[index])
    return (ctx.codebook.actor(actor).name, actor, CONTEXT_CONFIDENCE) if actor is not None else None


def _role_referred(ctx: QuoteContext, lowered: list[str], pos: int, end: int):
    """"the foreign minister", "the government": the last earlier speaker with that role (one whose
    role words it does not contradict), else (for a governmental role) the issuing institution's
    actor (:mod:`.speaker_issuer`) or the document's subject actor, with a lower confidence; any bare
    role ("the Chair") in a text an institution issues is that institution's.

    A role of an institution ("the government's spokesperson") is no person's whom the text gave
    no role: only a person the text calls a spokesperson can hold it."""
    heads = role_heads(role_words(" ".join(lowered)))
    strict = _owned_by_institution(lowered)
    person = _given_the_role(ctx, pos, heads) if heads and not strict else None
    person = person or (_last_person(ctx, pos, heads=heads, strict=strict) if heads else None)
    person = _issuers_own(ctx, lowered, pos, heads, strict, person)
    if person is not None and not clashing_role(ctx.text[pos:end], person, ctx.demonyms):  # "Federal" ≠ "Kestrian"
        return person.name, person.actor, _confidence(person, PRONOUN_CONFIDENCE)
    governmental = _government_role(lowered)
    bare = bool(heads) and all(w in _BARE_ROLE or w in heads for w in lowered)  # "the Chair" of a chair's summary
    actor = (governmental or bare) and header_issuer(ctx.text, ctx.codebook) or (ctx.subject_actor if governmental else None)
    if actor is not None:
        return ctx.codebook.actor(actor).name, actor, CONTEXT_CONFIDENCE
    return None


def _issuers_own(ctx: QuoteContext, lowered: list[str], pos: int, heads, strict: bool, person):
    """In a text an institution issues (:func:`.speaker_issuer.header_issuer`), a bare role ("the
    Minister said") is the issuer's own holder of it named earlier, not the last holder of another
    actor (the counterpart the lead says the issuer's minister met)."""
    if person is None or not heads or any(w not in _BARE_ROLE and w not in heads for w in lowered):
        return person
    issuer = header_issuer(ctx.text, ctx.codebook)
    if issuer is None or person.actor == issuer:
        return person
    strict = strict or heads <= GENERIC_ROLES  # "the official": one the text calls that, not any of the issuer's
    return _last_person(ctx, pos, actor=issuer, heads=heads, strict=strict) or person


def _given_the_role(ctx: QuoteContext, pos: int, heads: set[str]) -> Person | None:
    """The last person of the last few sentences the text gives that very role ("Igor Petrov,
    Borduria's foreign minister, arrived. Karl Weiss greeted him. “…,” the foreign minister said."):
    such a person goes before a later one the text gives no role at all."""
    person = _last_person(ctx, pos, heads=heads, strict=True)
    return person if person is not None and person.span.start >= ctx.window_start(pos) else None


def _owned_by_institution(lowered: list[str]) -> bool:
    """"the government's spokesperson", "the ministry's spokeswoman": a possessive institution."""
    return any(re.sub(r"['’]s$", "", w) in _ORG_HEADS for w in lowered if w.endswith(("'s", "’s")))


def _government_role(lowered: list[str]) -> bool:
    """A role or body that speaks for a government ("the minister", "the ministry's press service")."""
    words = role_words(" ".join(lowered))
    heads = set(words) & GOVERNMENT_HEADS or _STATE_OFFICE.search(" ".join(words))  # "the head of state"
    serving = _SERVING_HEAD.match(" ".join(words)) is not None  # "the adviser to the president for …"
    return (len(words) <= 6 or serving and len(words) <= _SERVING_WORDS) and words[:1] in (["the"], ["its"]) and bool(heads)


def _confidence(person: Person, confidence: float) -> float:
    """A person known only through the document's subject actor keeps that lower confidence."""
    return min(confidence, CONTEXT_CONFIDENCE) if person.evidence == CONTEXT_EVIDENCE else confidence


def _joined(text: str, people: list[Person]) -> bool:
    """Names joined by "and" or commas only ("X and Y", "X, Y and Z")."""
    return all(_JOINED.fullmatch(text[a.span.end : b.span.start]) for a, b in zip(people, people[1:]))


def _together(ctx: QuoteContext, speakers: list[tuple[str, str | None]]) -> tuple[str | None, str | None, float]:
    """Several speakers of one quote: their names joined with "and"; their actor if they share one."""
    names = list(dict.fromkeys(name for name, _ in speakers))
    actors = {actor for _, actor in speakers}
    if len(names) < 2:
        return None, None, 0.3
    actor = actors.pop() if len(actors) == 1 else None
    return " and ".join(names), actor, 0.5


def _plural_subject(lowered: list[str]) -> bool:
    """"the two leaders", "both sides", "the parties": a plural that points to people already named."""
    return 2 <= len(lowered) <= 4 and lowered[0] in _PLURAL_MARKERS and lowered[-1] in _PLURAL_PEOPLE | _PLURAL_ACTORS


def _several(ctx: QuoteContext, pos: int, noun: str):
    """The last two people (or, for "sides", "parties", actors) named in the sentences before ``pos``."""
    earliest = ctx.window_start(pos)
    if noun in _PLURAL_PEOPLE:
        found = [(p.span, p.name, p.actor) for p in ctx.referents()]
    else:
        found = [(m.span, ctx.codebook.actor(m.actor).name, m.actor) for m in ctx.mentions]
    named = [(name, actor) for span, name, actor in found
             if earliest <= span.start and span.end <= pos and not ctx.in_quotes(span.start)]
    last_two = list(dict.fromkeys(reversed(named)))[:2]
    return _together(ctx, last_two[::-1])


def _document_subject(lowered: list[str]) -> bool:
    """"the statement", "their joint communique", "the appeal" (what reads or says the words)."""
    body = [w for w in lowered if w not in {"the", "a", "its", "their", "joint", "this"}]
    return 1 <= len(body) <= 2 and body[-1] in _DOCUMENT_NOUNS | DOCUMENT_NOUNS


def _document_speaker(ctx: QuoteContext, lowered: list[str], start: int, end: int):
    """A document's issuer (:func:`.speaker_roles.document_issuer`); for a statement, note or
    letter with none given, who was named in the sentences just before; else nobody."""
    actor = document_issuer(ctx.state.parsed, ctx.mentions, ctx.demonyms, (start, end), ctx.in_quotes)
    if actor is not None:
        return ctx.codebook.actor(actor).name, actor, 0.6
    if lowered[-1] in _DOCUMENT_NOUNS:
        return _issuer(ctx, start, with_people=True)
    return None, None, 0.3


def _issuer(ctx: QuoteContext, pos: int, with_people: bool):
    """Who issued the words "it" or "the statement" gives: the last actor (or person) named in the
    sentences before ``pos``, outside quotes."""
    earliest = ctx.window_start(pos)
    agents = [(m.span.start, ctx.codebook.actor(m.actor).name, m.actor) for m in ctx.mentions
              if m.kind not in {"member", "role"}]
    if with_people:
        agents += [(p.span.start, p.name, p.actor) for p in ctx.people if not ctx.is_author(p)]
    agents = [a for a in agents if earliest <= a[0] < pos and not ctx.in_quotes(a[0])]
    if not agents:
        return None, None, 0.3
    _, name, actor = max(agents, key=lambda a: a[0])
    return name, actor, 0.6


def _refers_back(lowered: list[str]) -> bool:
    """A pronoun or a role noun phrase ("the diplomat", "the Foreign Minister")."""
    if len(lowered) == 1 and lowered[0] in PRONOUNS:
        return True
    body = lowered[1:] if lowered and lowered[0] in {"the", "this", "that"} else lowered
    return bool(body) and len(body) <= 3 and body[-1] in ROLE_NOUNS | TITLE_WORDS


def _institution_referred(ctx: QuoteContext, lowered: list[str], pos: int) -> str | None:
    """The actor behind "they"/"we" or "the (foreign) ministry": the last fitting mention before ``pos``.

    "they"/"we": the last actor named as a state or institution (not through a person);
    "the ministry", "the council": the last actor named with that word around it
    ("the Ministry of Defence of X", "the X Foreign Ministry").
    """
    if len(lowered) == 1 and lowered[0] in _GROUP_PRONOUNS:
        if ctx.state.parsed is not None:
            return _group_subject_before(ctx, pos)
        fits = [m for m in ctx.mentions if m.kind not in {"member", "role"}]
    elif 2 <= len(lowered) <= 5 and lowered[0] in {"the", "its", "their"} and _org_head(lowered):
        head = _org_head(lowered)
        tail = _OWNED_TAIL if lowered[0] == "the" else _NAME_TAIL  # "its ministry": its owner is nearer
        fits = [m for m in ctx.mentions if _named_with(ctx.text, m, head, tail)]
    else:
        return None
    before = [m for m in fits if m.span.end <= pos and not ctx.in_quotes(m.span.start)]
    return before[-1].actor if before else None


def _group_subject_before(ctx: QuoteContext, pos: int) -> str | None:
    """The actor of the nearest subject before ``pos`` (this or the previous sentence), when that
    subject names a state or institution (not a person): "The ministry said … They added …"."""
    doc = ctx.state.parsed
    index = bisect.bisect_right(ctx.sent_starts, pos) - 1
    start = ctx.state.sentences[max(index - 1, 0)].start if index >= 0 else 0
    subjects = [
        t for t in doc if start <= t.idx < pos and t.dep_ in {"nsubj", "nsubjpass"}
        and t.lower_ not in PRONOUNS and not ctx.in_quotes(t.idx)
    ]
    if not subjects:
        return None
    last = subjects[-1]
    lo, hi = last.left_edge.idx, last.right_edge.idx + len(last.right_edge.text)
    inside = [m for m in ctx.mentions if lo <= m.span.start and m.span.end <= hi]
    return inside[-1].actor if inside and inside[-1].kind not in {"member", "role"} else None


def _org_head(lowered: list[str]) -> str | None:
    """The institution word of "the ministry", "the foreign ministry's spokeswoman", "the EU's … Service"."""
    return next((w for w in (re.sub(r"['’]s$", "", w) for w in lowered[1:]) if w in _ORG_HEADS), None)


def _named_with(text: str, mention: Mention, head: str, tails: re.Pattern = _NAME_TAIL) -> bool:
    """``head`` stands in the mention, in the capitalised words right after it ("X’s Foreign
    Ministry"), or just before it in the same name ("the Ministry of Foreign Affairs of X", "the
    ministry in X"; not "the ministry accused X")."""
    tail = tails.match(text, mention.span.end)
    if head in re.findall(r"\w+", (mention.text + (tail.group() if tail else "")).lower()):
        return True
    phrase = re.split(r"[.;:!?\n]", text[max(mention.span.start - 90, 0) : mention.span.start])[-1]
    before = re.findall(r"[\w'’-]+", phrase)
    lowered = [w.lower() for w in before]
    if head not in lowered:
        return False
    between = before[len(lowered) - lowered[::-1].index(head) :]
    return all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in between)


_NAME_LINKS = frozenset("of the for and in on with foreign affairs defence defense".split())


def _last_person(
    ctx: QuoteContext, pos: int, gender: str | None = None, actor: str | None = None,
    heads: set[str] | None = None, strict: bool = False, turn: set[str] = frozenset(),
) -> Person | None:
    """The last person (or unnamed role holder) named before ``pos`` outside quotes, byline authors
    left out; not one the text gives another gender (for "he"/"she"); one of ``actor`` when the
    role names it ("the X foreign minister"); one whose role fits ``heads`` ("the minister"),
    ``strict``: one the text gives that role; not the speaker of the ``turn`` label (its words)."""
    for person in reversed(ctx.referents()):
        if person.span.end > pos or ctx.in_quotes(person.span.start):
            continue
        if turn and turn & {w.lower() for w in person.name.split()}:
            continue  # "LYAMIN: He told …": not the one whose turn it is
        clash = gender and (_gender_of(ctx, person) not in {None, gender} or _a_body(ctx, person))
        if clash or gender and not_pronoun_referent(ctx.text, person, gender, pos, ctx.state.parsed):  # a state, "her counterpart"
            continue
        if (actor is None or person.actor == actor) and _role_fits(ctx, person, heads, strict):
            return person
    return None


def _a_body(ctx: QuoteContext, person: Person) -> bool:
    """A speaker remembered by a state's or body's own name ("Türkiye … has said"): no "he" or "she"."""
    return any(m.span == person.span and m.kind in {"name", "alias", "metonym"} for m in ctx.mentions)


def _gender_of(ctx: QuoteContext, person: Person) -> str | None:
    return role_gender(person.text) or ctx.genders.get(person.name)


def _role_fits(ctx: QuoteContext, person: Person, heads: set[str] | None, strict: bool = False) -> bool:
    """Whether a person can hold the role ``heads``: a generic role fits anyone, and so does a person
    the text gives no role; otherwise (and always when ``strict``) the roles must share a noun."""
    if not heads or heads <= GENERIC_ROLES and not strict:
        return True
    known = role_heads(role_words(person.text)) | ctx.role_heads.get(person.name, set())
    heads = role_kin(heads)
    return bool(known & heads) if strict else not known or bool(known & heads)


def _actor_in(ctx: QuoteContext, start: int, end: int) -> str | None:
    for mention in ctx.mentions:
        if start <= mention.span.start and mention.span.end <= end and not destination(ctx.text, mention):
            return mention.actor
    return None

