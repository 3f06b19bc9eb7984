"""Speakers known only by a role, the document's subject actor, and byline authors.

Used by :mod:`.speaker_subjects`:

* **Role referents**: an actor's mention followed by a possessive and a role ("Kestria's
  envoy", "the Norlandic side's negotiator") or a demonym mention that ends in one ("the
  Kestrian foreign minister") is an unnamed person of that actor; a later "he"/"she" can
  point to it. Not when a name follows ("Kestria's envoy Jane Roe": the name is the person).
* **Role heads**: the role nouns of a subject without a country ("the foreign minister") are
  matched against the roles the text gave earlier speakers, so "the minister" finds the
  minister, not the opposition deputy named last.
* **The subject actor**: the state actor the headline and first paragraph are about (most
  mentions, strictly); a governmental role with no actor of its own and nobody earlier to
  point to ("the government said") is taken to be that actor's, with a lower confidence.
* **The author's state**: with no subject actor in the lead, the state a byline author belongs
  to (as a member, or through the camp of their party) stands in for it.
* **Byline authors** ("By Jane Roe", the document's ``author``) report; they never become
  the speaker of a quote the text gives to someone else (op-ed authors argue in their own
  words, which are not quotes).
* **Documents** ("the appeal says", "the resolution calls on"): the issuer named on the noun
  ("Kestria's appeal", "the Kestrian resolution", "the appeal adopted by X"), else the actor an
  earlier sentence gives as adopting, issuing or publishing that kind of document ("Kestria's
  parliament adopted an appeal"); else nobody.
* **Bodies the codebook does not name** ("the speaker of the Volkstag"): when
  the sentence just before has an institution of an actor as its subject ("Kestria's
  parliament met …", "the Kestrian parliament …"), the body is taken to be that one, with a
  lower confidence; otherwise nobody.
"""

from __future__ import annotations

import re
from collections import Counter

from parley.core.types import Actor, Codebook, Document, Mention, Span

from .lexicon import INSTITUTION_NOUNS, ORG_WORDS
from .persons import asked_by
from .state import Person

ROLE_EVIDENCE = "role named in the text"
CONTEXT_EVIDENCE = "role resolved from the document's subject actor"
CONTEXT_CONFIDENCE = 0.5
# own list (not lexicon.ROLE_NOUNS): nouns that name one person by office
PERSON_ROLES = frozenset(
    """minister diplomat spokesperson spokesman spokeswoman president premier secretary ambassador
    envoy official leader chief head representative chairman chairwoman speaker aide adviser advisor
    negotiator deputy lawmaker senator general commander mediator mayor governor chancellor
    counterpart emissary assistant chair chairperson commissioner ombudsman ombudsperson rapporteur
    coordinator participant director""".split()
)
# role nouns that name the same post: "the aide" may be the one the text called "assistant to the President"
_ROLE_KIN = ({"aide", "assistant", "adviser", "advisor"}, {"spokesperson", "spokesman", "spokeswoman"},
             {"envoy", "emissary"}, {"chair", "chairman", "chairwoman", "chairperson"})


def role_kin(heads: set[str]) -> set[str]:
    """``heads`` with the role nouns that name the same post."""
    return set(heads).union(*(kin for kin in _ROLE_KIN if kin & heads))
# roles any earlier person can hold, whatever title the text gave them
GENERIC_ROLES = frozenset({"diplomat", "official", "leader", "politician", "negotiator", "counterpart"})
# heads whose holder speaks for a state's government (the subject actor may fill in the country)
GOVERNMENT_HEADS = frozenset(
    """minister ministry government president premier spokesperson spokesman spokeswoman cabinet
    presidency authorities""".split()
)
_GENDER_ROLES = {"spokesman": "m", "chairman": "m", "spokeswoman": "f", "chairwoman": "f"}
_ROLE_FROM = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+)?([a-z]+)\s+from\s+(?:the\s+|an?\s+)?$")
_BODY_AFTER = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}?\s+(?:party|ministry|government|delegation|office)\b")
# "the EU official said": a role right after a name, before a verb or the end of the phrase
_ROLE_AFTER = re.compile(
    r"((?:\s+[a-z][\w-]*)?\s+(?:%s))(?=[,.;:)]|\s+(?:who|was|is|had|has|would|will|could|said|says|told|\w+ed)\b)"
    % "|".join(sorted(PERSON_ROLES, key=len, reverse=True))
)
_POSSESSIVE_ROLE = re.compile(r"['’]s((?:\s+[a-z][\w-]*){1,3})")
_BYLINE = re.compile(
    r"^[ \t]*(?:(?:interview|text|reporting|written|story|analysis)\s+)?by[ \t]+([A-Z][^\n,|]{2,60}?)[ \t]*(?:,|\||$)",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINES = 12
_LEAD_MIN_WORDS = 15


def role_words(text: str) -> list[str]:
    """Lower-case words of a phrase, possessive endings dropped ("ministry's" → "ministry")."""
    return [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", text.lower())]


def role_heads(words: list[str]) -> set[str]:
    """The person-role nouns among ``words``."""
    return {w for w in words if w in PERSON_ROLES}


_KIN = {
    "f": "grandmother mother sister daughter wife aunt niece granddaughter widow woman",
    "m": "grandfather father brother son husband uncle nephew grandson widower man",
}
_KIN_PHRASE = {  # "my grandmother", "a mother whose son is missing": a private person
    gender: re.compile(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:%s)\b" % "|".join(words.split()))
    for gender, words in _KIN.items()
}


def kin_between(text: str, start: int, end: int, gender: str | None) -> tuple[int, int] | None:
    """The last family member (or "a woman") of that gender the text mentions between ``start`` and
    ``end`` ("my grandmother … “…,” she used to say", "a mother whose son …"): a private person,
    whom a later "she" may mean."""
    found = list(_KIN_PHRASE[gender].finditer(text, start, end)) if gender in _KIN_PHRASE else []
    return found[-1].span() if found else None


def role_gender(text: str) -> str | None:
    """"m"/"f" when the role itself says so ("the spokeswoman")."""
    found = {_GENDER_ROLES[w] for w in role_words(text) if w in _GENDER_ROLES}
    return found.pop() if len(found) == 1 else None


_OWNER_BEFORE = re.compile(r"\b(her|his)\s+[^,.;:!?\n“”\"]{0,40},?\s*$", re.IGNORECASE)
_NOT_PERSON_HEADS = (INSTITUTION_NOUNS | ORG_WORDS) - PERSON_ROLES


def not_pronoun_referent(text: str, person: Person, gender: str, pos: int | None = None, doc=None) -> bool:
    """Whom a later "he"/"she" cannot mean: a state or body remembered as a speaker ("the X side",
    "the ministry"), or a person the text introduces through that pronoun's possessive ("Her
    counterpart, X,", "his deputy X"): "her" there is the person the text is about, and a later
    "she" goes on with her, not with the one introduced as hers — as long as that sentence goes on
    naming her ("X said of her …"). Where it does not and the one introduced is the subject of the
    sentence (``doc``'s parse: "His counterpart, X, cared more about timetables. He said …"), that
    one has become the person the text is about, for a pronoun at ``pos``."""
    if pos is not None and _asker(text, person, pos):
        return True
    words = role_words(person.text)
    for joint in ("of", "from"):  # "a member of the commission", "a participant from a party": a member
        words = words[: words.index(joint)] if joint in words else words
    if words and words[-1] in _NOT_PERSON_HEADS:
        return True
    owner = _OWNER_BEFORE.search(text, max(person.span.start - 50, 0), person.span.start)
    if owner is None or {"her": "f", "his": "m"}[owner.group(1).lower()] != gender:
        return False
    if pos is None or doc is None:
        return True
    piece = doc.char_span(person.span.end - 1, person.span.end, alignment_mode="expand")
    sentence_end = piece[0].sent.end_char if piece is not None else pos
    if _OWNER_AGAIN[gender].search(text, person.span.end, min(sentence_end, pos)):
        return True  # "Her counterpart, X, said of her …": she is still the one the text is about
    whole = doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
    head = whole.root.idx if whole is not None else person.span.end - 1  # "the spokesman of the Ministry"
    return not _main_subject(doc, head)


def _asker(text: str, person: Person, pos: int) -> bool:
    """"Asked by Dr X whether …, she said": the one who asks is not the "she" of the same sentence
    who answers."""
    if not asked_by(text, person.span.start):
        return False
    return re.search(r"[.!?][\"”’']?\s", text[person.span.end:pos]) is None


def _main_subject(doc, position: int) -> bool:
    """Whether the token at ``position`` (or the noun it stands in apposition to) is the subject
    of its sentence's main verb."""
    piece = doc.char_span(position, position + 1, alignment_mode="expand")
    node = piece[0] if piece is not None else None
    while node is not None and node.dep_ in {"appos", "compound", "flat"} and node.head.i != node.i:
        node = node.head
    return node is not None and node.dep_ in {"nsubj", "nsubjpass"} and node.head.dep_ == "ROOT"


_OWNER_AGAIN = {"f": re.compile(r"\b(?:her|hers)\b", re.IGNORECASE), "m": re.compile(r"\b(?:him|his)\b", re.IGNORECASE)}


def role_referents(text: str, mentions: list[Mention], codebook: Codebook) -> list[Person]:
    """Unnamed persons of an actor the text names by role (see the module docstring)."""
    found = []
    for mention in mentions:
        if mention.kind in {"member", "role"}:
            continue
        start, end = _role_before(text, mention), _role_end(text, mention)
        if start is not None:  # "a participant from an X party": the role ends with its actor
            end = _noun_end(text, mention.span.end)
        elif end is not None and not _name_follows(text, end):
            start = mention.span.start
        if start is not None:
            span = Span(mention.span.doc_id, start, end)
            found.append(Person(span, text[start:end], codebook.actor(mention.actor).name, mention.actor, ROLE_EVIDENCE))
    return found


def _role_before(text: str, mention: Mention) -> int | None:
    """Where an indefinite role that comes from the mention's actor starts: "a participant from an
    X party", "an official from X's ministry"."""
    found = _ROLE_FROM.search(text, max(mention.span.start - 60, 0), mention.span.start)
    return found.start() if found is not None and found.group(1) in PERSON_ROLES else None


def _noun_end(text: str, end: int) -> int:
    """The end of the noun phrase a mention begins ("an X opposition party"), lower-case words
    included."""
    tail = _BODY_AFTER.match(text, end)
    return tail.end() if tail is not None else end


def _role_end(text: str, mention: Mention) -> int | None:
    """Where the role after (or ending) a mention ends: "X's presidential aide", "the X envoy"."""
    if role_heads(role_words(mention.text)[-1:]):
        return mention.span.end
    tail = _POSSESSIVE_ROLE.match(text, mention.span.end) or _ROLE_AFTER.match(text, mention.span.end)
    if tail is None:
        return None
    words = list(re.finditer(r"[a-z][\w-]*", tail.group(1)))
    roles = [w for w in words if w.group() in PERSON_ROLES]  # the longest run that ends in a role
    return tail.start(1) + roles[-1].end() if roles else None


def destination(text: str, mention: Mention) -> bool:
    """"… to (the) X": where someone is posted or sent, not whom they speak for. Not "according to
    X", nor a holder's office ("an envoy to X's president" serves X), nor after "adviser to" or
    "aide to" (advisers serve whom they are to, where envoys are sent there)."""
    before = text[max(mention.span.start - 30, 0) : mention.span.start].lower().split()
    if before[-1:] == ["the"]:
        before = before[:-1]
    if before[-1:] != ["to"] or before[-2:-1] == ["according"]:
        return False
    return not set(before[-2:-1]) & SERVING_ROLES and _role_end(text, mention) is None


SERVING_ROLES = frozenset("adviser advisor aide counsellor counselor consultant assistant".split())


def _name_follows(text: str, end: int) -> bool:
    """A capitalised word right after the role: the role is a title before a name."""
    following = re.match(r"[ \t]+([A-Z][a-z])", text[end : end + 4])
    return following is not None


def byline_names(document: Document) -> frozenset[str]:
    """Lower-cased names of the document's author(s): metadata and "By …" lines at the top."""
    names = {document.author or ""}
    header = "\n".join(document.text.splitlines()[:_HEADER_LINES])
    names |= {m.group(1) for m in _BYLINE.finditer(header)}
    split = {part.strip() for name in names for part in re.split(r"\s+and\s+|,", name)}
    return frozenset(n.lower() for n in split if n)


def subject_actor(text: str, mentions: list[Mention], codebook: Codebook, quoted) -> str | None:
    """The state actor most mentioned in the headline and first paragraph, when one leads strictly."""
    lead_end = _lead_end(text)
    states = {a.id for a in codebook.actors if a.kind == "state"}
    counts = Counter(
        m.actor for m in mentions
        if m.span.end <= lead_end and m.actor in states and not any(a <= m.span.start <= b for a, b in quoted)
    )
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def author_actors(authors: frozenset[str], codebook: Codebook) -> list[Actor]:
    """The codebook actors that list a byline author (lower-cased ``authors``) among their members."""
    return [actor for actor in codebook.actors if any(member.lower() in authors for member in actor.members)]


def author_state(authors: frozenset[str], codebook: Codebook) -> str | None:
    """The state a byline author speaks from: the state actor the author is a member of, or the
    state that is the camp of the author's party or body (an opposition MP's op-ed). "The prime
    minister" in an author's own text, with no other country in its lead, is the author's country's."""
    states = {a.id for a in codebook.actors if a.kind == "state"}
    found = {actor.id if actor.id in states else actor.camp for actor in author_actors(authors, codebook)} & states
    return found.pop() if len(found) == 1 else None


def _lead_end(text: str) -> int:
    """The end of the first paragraph of at least ``_LEAD_MIN_WORDS`` words (headline and byline before it)."""
    position = 0
    for paragraph in re.split(r"(\n\s*\n)", text):
        position += len(paragraph)
        if len(paragraph.split()) >= _LEAD_MIN_WORDS:
            return position
    return len(text)


# --- documents and their issuers --------------------------------------------------------------

DOCUMENT_NOUNS = frozenset(
    "appeal resolution report declaration statement communique communiqué letter motion petition".split()
)
_ISSUING_VERBS = frozenset(
    """adopt adopts adopted adopting issue issues issued issuing pass passes passed passing approve
    approves approved publish publishes published release releases released sign signs signed send
    sends sent submit submits submitted table tables tabled""".split()
)
_BY_PREPOSITIONS = frozenset({"by", "of", "from"})
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def document_issuer(doc, mentions: list[Mention], demonyms: dict[str, str], span, in_quotes) -> str | None:
    """The actor that issued the document a subject names ("the appeal"; see the module docstring).

    ``span`` is the subject's ``(start, end)``; ``in_quotes(pos)`` says a position lies in someone's
    words, where an earlier adoption is not the narration's.
    """
    noun = _document_token(doc, *span)
    if noun is None:
        return None
    owner = _owner_of(noun, mentions, demonyms)
    if owner is not None:
        return owner
    earlier = [t for t in doc[: noun.i] if t.lower_ == noun.lower_ and not in_quotes(t.idx)]
    for token in reversed(earlier):  # the nearest earlier mention whose issuer the text gives
        found = _owner_of(token, mentions, demonyms) or _adopter_of(token, mentions)
        if found is not None:
            return found
    return None


def _document_token(doc, start: int, end: int):
    """The last document noun among the subject's tokens."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    inside = [t for t in span if t.lower_ in DOCUMENT_NOUNS] if span is not None else []
    return inside[-1] if inside else None


def _owner_of(noun, mentions: list[Mention], demonyms: dict[str, str]) -> str | None:
    """An issuer on the noun: a possessive or demonym before it, "by/of/from X" after it (also
    "adopted by X"; not other clauses about it: "an appeal accusing X" is not X's)."""
    for child in noun.children:
        if child.dep_ in _OWNER_DEPS and child.i < noun.i:
            found = demonyms.get(child.text) or _mention_in(child, mentions)
        elif child.dep_ == "prep" and child.lower_ in _BY_PREPOSITIONS:
            found = _mention_in(child, mentions)
        elif child.dep_ == "acl":
            found = _first_mention([a for a in child.children if a.dep_ == "agent"], mentions)
        else:
            found = None
        if found is not None:
            return found
    return None


def _adopter_of(noun, mentions: list[Mention]) -> str | None:
    """"X adopted an appeal" (the subject of an issuing verb whose object is the noun), "an appeal
    was adopted by X" (its agent)."""
    verb = noun.head
    if verb.lower_ not in _ISSUING_VERBS:
        return None
    if noun.dep_ == "dobj":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":  # "X met and adopted an appeal"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return _first_mention(subjects, mentions)
    if noun.dep_ == "nsubjpass":
        return _first_mention([c for c in verb.children if c.dep_ == "agent"], mentions)
    return None


def _first_mention(tokens, mentions: list[Mention]) -> str | None:
    """The actor of the first mention inside the subtree of one of ``tokens``."""
    return next((m for m in (_mention_in(t, mentions) for t in tokens) if m), None)


def _mention_in(token, mentions: list[Mention]) -> str | None:
    """The actor of the first codebook mention inside ``token``'s subtree."""
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    return next((m.actor for m in mentions if start <= m.span.start and m.span.end <= end), None)


# --- bodies the codebook does not name ----------------------------------------------------------

_ARTICLE_NAME = re.compile(r"(?:^|\s)(?:of|for)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}$")
_INSTITUTION_HEADS = ORG_WORDS | INSTITUTION_NOUNS


def names_unknown_body(words: str) -> bool:
    """"the speaker of the Volkstag", "the press service of the Volkstag": a role of a body named
    with an article and a proper name (a bare "the Senate" may be anyone's: left alone)."""
    match = _ARTICLE_NAME.search(words)
    if match is None:
        return False
    role = role_words(words[: match.start()])[-1:]
    return bool(role) and (role[0] in PERSON_ROLES or role[0] in ORG_WORDS)


def institution_subject(doc, mentions: list[Mention], sentence) -> str | None:
    """The actor whose institution is the main subject of ``sentence`` ("Kestria's parliament
    met …", "The Kestrian parliament …"), if any."""
    if doc is None:
        return None
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    roots = [t for t in span if t.dep_ == "ROOT"] if span is not None else []
    subjects = [c for r in roots[:1] for c in r.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for subject in subjects:
        words = {t.lower_ for t in subject.subtree}
        found = _mention_in(subject, [m for m in mentions if m.kind not in {"member", "role"}])
        if found is not None and words & _INSTITUTION_HEADS:
            return found
    return None
