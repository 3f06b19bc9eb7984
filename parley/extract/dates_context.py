"""Where a quote's date may come from beyond its own attribution (used by ``dates.rules.v1``).

* **Quoted words** hide date phrases (they are the speaker's, not the narration's), but only the
  words inside the marks: in a quote broken by its attribution (“A,” she said on Thursday, “B”)
  the attribution between the parts is narration and its "on Thursday" dates the quote.
* **Earlier sentences** that name the speaker date the quote with a phrase of their main clause,
  of a clause of time inside it ("X shrugged off the criticism when it was put to her on
  Thursday": the response came then), or attached to a speech verb of theirs ("…, X, deputy
  chairman of Y, said on Wednesday." after a dateline, where the parser may hang "said" below
  the reported clause). A sentence with a direct quote, or with someone else's reported words,
  stops the look back; the speaker's own reported words ("She said the government wanted …")
  do not.
* **The occasion**: a participle clause on a noun of speaking beside the cue ("in an interview
  published on Tuesday, X said") dates the words.
* **A participle cue** ("X issued a statement on Monday saying …") takes the dates of the verb it
  hangs on.
* **Asked, then answering**: a phrase of an "asked" or speaking clause beside the cue verb or on
  its subject ("Asked on Monday whether …, X said", "X, speaking in Y last Thursday, said") dates
  the answer; so does one of a relative clause of speaking on the speaker ("X, who spoke at a rally
  on Sunday, said").
* **Its member**: "“…,” its director, X, wrote" names X through the body an earlier sentence has
  as its subject ("The Forum asked Congress on Thursday to …"): that sentence dates X's words.
* **A document named again**: words given "in the statement" (or communique, letter …) were said
  when an earlier sentence says that document was issued ("The community issued a statement on
  Wednesday. In the statement, X said …").
"""

from __future__ import annotations

import re

from .date_patterns import DATED_DOCUMENTS
from .lexicon import SPEECH_NOUNS, SPEECH_VERBS

DOUBLE_MARKS = frozenset('“”„«»"')
SINGLE_MARKS = frozenset("‘’‹›'")
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})
_TIME_CONJUNCTIONS = frozenset({"when", "as", "while"})
_DOCUMENTS = r"statement|communiqu[eé]|letter|declaration|message|readout|press\s+release|appeal"
_IN_DOCUMENT = re.compile(rf"\b(?:in|according\s+to)\s+(?:the|that|this|its|their)\s+(?P<noun>{_DOCUMENTS})\b", re.I)
_LOOK_BACK = 3
_ITS_ROLE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}[\w-]+\s*,\s*$", re.I)
_ITS_ROLE_WINDOW = 60  # characters searched before the speaker: "its/their" and a role of up to four words


def quoted_ranges(text: str, quotes) -> list[tuple[int, int]]:
    """``(start, end)`` ranges of words inside marks: each part of a broken direct quote on its own,
    a reported clause whole."""
    ranges = []
    for quote in quotes:
        start = quote.span.start - 1
        for close, reopen in attribution_gaps(text, quote) if quote.direct else []:
            ranges.append((start, close + 1))
            start = reopen
        ranges.append((start, quote.span.end + 1))
    return ranges


def attribution_gaps(text: str, quote) -> list[tuple[int, int]]:
    """(closing mark, reopening mark) pairs inside a quote's span on one line: where the quote is
    broken by its attribution (a mark opening a new paragraph of the same quote is no gap)."""
    opening = text[quote.span.start - 1] if quote.span.start > 0 else ""
    family = SINGLE_MARKS if opening in SINGLE_MARKS else DOUBLE_MARKS
    inner = [i for i in range(quote.span.start, quote.span.end) if text[i] in family]
    return [
        (i, j) for i, j in zip(inner, inner[1:])
        if "\n" not in text[i:j] and not text[i - 1].isspace() and not text[j + 1].isspace()
    ]


def stops_look_back(quotes, sentence, quote) -> bool:
    """A sentence holding a direct quote, or someone else's reported words."""
    who = (quote.speaker, quote.speaker_actor)
    return any(
        sentence.start <= q.span.start < sentence.end and (q.direct or (q.speaker, q.speaker_actor) != who)
        for q in quotes if q is not quote
    )


def dates_the_sentence(doc, position: int) -> bool:
    """The phrase at ``position`` dates its sentence's speaker: main clause, a clause of time, or a
    speech verb's own modifier."""
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    if node.head.lower_ in SPEECH_VERBS or _meeting_the_subject(node):
        return True
    while node.head.i != node.i:
        if node.dep_ in _CLAUSE_DEPS and not _time_clause(node) and not misread_main(node):
            return False
        node = node.head
    return True


_MEETING_VERBS = frozenset("met called visited received hosted interviewed".split())


def meeting_over(node):
    """The verb of meeting that ``node`` hangs on, through its preposition ("called on the
    minister", "met on Wednesday"), or ``None``."""
    verb = node.head.head if node.dep_ == "pobj" else node.head
    return verb if verb.lower_ in _MEETING_VERBS else None


def _meeting_the_subject(node) -> bool:
    """"The ambassador, on whom the envoy called on Wednesday, was blunter.": the day of a meeting
    in a clause on the sentence's subject is the day that subject spoke there."""
    verb = meeting_over(node)
    return verb is not None and verb.dep_ == "relcl" and verb.head.dep_ in {"nsubj", "nsubjpass"}


def on_speech_verb(doc, position: int) -> bool:
    """The phrase at ``position`` hangs on a speech verb ("told reporters on Tuesday")."""
    span = doc.char_span(position, position + 1, alignment_mode="expand") if doc is not None else None
    return span is not None and span[0].head.lower_ in SPEECH_VERBS


def misread_main(node) -> bool:
    """A main clause the parser hung under another: the first of two clauses joined by a semicolon
    ("On 17 August a patrol heard shots; the incident was closed …" read as a ``ccomp`` of "closed"),
    or the main verb read as a clause on the subject, leaving the name as the root ("X, a deputy of
    Y, called on Monday for …" read as "X, called …": an ``acl`` on a root with no subject of its own)."""
    root = node.head
    if node.dep_ == "ccomp" and root.dep_ == "ROOT" and node.i < root.i:
        return any(c.text == ";" and node.i < c.i < root.i for c in root.children)
    return node.dep_ == "acl" and root.dep_ == "ROOT" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} or c.dep_ == "aux" for c in root.children
    ) and any(c.dep_ in {"appos", "punct"} for c in root.children) and node.i > root.i + 1


def _time_clause(node) -> bool:
    """An adverbial clause opened by "when", "as" or "while"."""
    return node.dep_ == "advcl" and any(
        c.lower_ in _TIME_CONJUNCTIONS and c.dep_ in {"advmod", "mark"} for c in node.children
    )


def document_named_again(state, quote, resolve) -> object | None:
    """The date of an earlier sentence that issues the document the quote's sentence names again.

    ``resolve(start, end)``: the first date phrase of ``[start, end)`` that dates its sentence.
    """
    index = next((k for k, s in enumerate(state.sentences) if s.start <= quote.span.start < s.end), None)
    if index is None:
        return None
    own = state.sentences[index]
    named = _IN_DOCUMENT.search(state.text, own.start, quote.span.start)
    if named is None:
        return None
    noun = re.compile(rf"\b{named.group('noun')}\b", re.I)
    for sentence in reversed(state.sentences[max(index - _LOOK_BACK, 0) : index]):
        if noun.search(state.text, sentence.start, sentence.end):
            return resolve(sentence.start, sentence.end)
    return None


_DATED_DOCUMENT = re.compile(DATED_DOCUMENTS)


def written_in_dated_document(token, verb) -> bool:
    """"… a letter of 3 May in which the Community asked for access, “…”": the cue verb is in a
    relative clause of a document noun, and the phrase dates that document (reaches it, not the
    clause): the words were written in it. So for "In a letter of 3 June, X told the Office that …"."""
    if verb.dep_ != "relcl" or not _DATED_DOCUMENT.fullmatch(verb.head.lower_):
        return _in_document_on_verb(token, verb)
    node = token
    while node.head.i != node.i and node.i != verb.head.i:
        if node.i == verb.i:
            return False
        node = node.head
    return node.i == verb.head.i


def _in_document_on_verb(token, verb) -> bool:
    """The phrase dates a document noun that is the object of an "in" on the cue verb."""
    document = next((t for t in (token, *token.ancestors) if _DATED_DOCUMENT.fullmatch(t.lower_)), None)
    return document is not None and document.head.lower_ == "in" and document.head.head.i == verb.i


def asked_beside(token, verb) -> bool:
    """``Asked on Monday whether …, X said``, ``X, asked about it on Tuesday, replied``, ``X, speaking
    in Y last Thursday, said``: a phrase of an "asked" or speaking participle beside the cue verb (or
    on its subject) dates the answer (the parser may hang either on the other)."""
    node = token
    while node.head.i != node.i and not _aside(node) and node.dep_ not in _CLAUSE_DEPS:
        node = node.head
    if not _aside(node):
        return False
    return verb.i in {node.head.i, node.head.head.i} or verb.head.i == node.i


def speaking_relative(token, verb) -> bool:
    """``X, who spoke at a rally on Sunday, said …``: a phrase of a relative clause of speaking on the
    cue verb's subject describes the speech act itself and dates the words ("who signed the accord
    on 10 November 2020" dates another event)."""
    node = token
    while node.head.i != node.i and node.dep_ not in _CLAUSE_DEPS:
        node = node.head
    subject = node.head
    return (
        node.dep_ == "relcl" and node.lower_ in SPEECH_VERBS
        and subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.i == verb.i
    )


def _aside(node) -> bool:
    return node.lower_ == "asked" or node.lower_.endswith("ing") and node.lower_ in SPEECH_VERBS


# nouns of speaking and of writing: "an article published on Monday", "a video posted on Sunday"
_OCCASION_NOUNS = SPEECH_NOUNS | frozenset("article op-ed column essay editorial piece video message note memo".split())


def occasion_clause(node) -> bool:
    """A participle clause on a noun of speaking or writing: "an interview published on Tuesday", "a
    statement issued on Monday", "an article published on Monday", "a letter to X dated 12 February"
    (when the occasion happened, the words were said)."""
    noun = node.head
    if node.lower_ == "dated" and noun.dep_ == "pobj" and noun.lower_ not in _OCCASION_NOUNS:  # "a letter to X dated …"
        noun = noun.head.head  # the parser hangs "dated" on the nearer noun
    return node.dep_ == "acl" and noun.lower_ in _OCCASION_NOUNS and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in node.children
    )


def participle_carrier(verb):
    """``X issued a statement on Monday saying …``: the verb a participle cue hangs on (through the
    noun it describes), whose date phrases date the words too; ``None`` for any other cue."""
    if not verb.lower_.endswith("ing") or verb.dep_ not in {"acl", "advcl", "xcomp"}:
        return None
    head = verb.head
    return head.head if head.dep_ in {"dobj", "pobj"} and head.lower_ in SPEECH_NOUNS else head


def occasion_when(node) -> bool:
    """A "when" clause beside the cue verb ("X said “…” when the delegations met last week"): the
    occasion of the speech, so its date phrase dates the words (the parser may hang the clause on the
    speaker: "said X, president of Y, when …")."""
    return node.dep_ in {"advcl", "relcl"} and any(
        c.lower_ == "when" and c.dep_ in {"advmod", "mark"} for c in node.children
    )


def its_member(text: str, quote) -> bool:
    """The quote's speaker is named in apposition to "its/their <role>" ("its director, X,"): a member
    of a body the text named before, whose acts date the member's words."""
    span = quote.speaker_span
    return span is not None and _ITS_ROLE.search(text, max(span.start - _ITS_ROLE_WINDOW, 0), span.start) is not None
