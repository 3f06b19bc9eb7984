"""Quote dates from the story around the quote rather than from its attribution.

Used by ``dates.rules.v1`` for quotes whose attribution has no date phrase of its own:

* **The lead's event**: a report whose first body sentence dates the event it is about on its
  main verb ("The National Assembly debated the report on Wednesday", "The envoy briefed the
  Council in closed consultations on 13 May", "On Tuesday the committee held a hearing") is a
  report of that event: its undated quotes were said there, not on the day of publication. Only a
  day counts, only on a main verb whose event is a speaking occasion (a debate, a briefing, a
  hearing held or convened, people brought together "to discuss" X; not talks held: not "experts reached the abbey
  on Thursday", after which the words may come later, nor a speaker's lead, "X said on
  Tuesday", which dates that speaker's words only), and only through phrases hanging on the
  verb itself (not "The handover … on Tuesday drew reactions", where the day dates the subject).
  A gathering as the lead's subject, dated there ("The Centre's seminar on Tuesday brought four
  speakers …", "The seminar, held on Tuesday, …"), or the place its verb is at or in ("Three speakers
  met on Tuesday at the seminar", "X and Y drew 1–1 on Saturday evening in the first match between …": a
  match or a ceremony quotes those who spoke there), is such an occasion too, whatever the verb: the report quotes those
  who spoke at it. A headline that reads as a sentence (a question) is no lead. Quotes under a
  "Reactions" heading came after the event and keep their own dates.
* **A role as speaker**: a quote given to an unnamed role holder ("Armenia's spokesperson
  posted … late on Tuesday. “…,” she wrote") is named in a sentence before it when that
  sentence's subject holds a mention of the speaker's actor.
"""

from __future__ import annotations

import re

from parley.core.dates import PartialDate
from parley.core.types import Quote

from .dates_phrases import DateAnchor, find_phrases
from .issues import body_start
from .lexicon import SPEECH_VERBS

# verbs whose event is itself a speaking occasion (a sitting, a briefing): the words quoted in its
# report were said there; after "experts reached the abbey on Thursday" they may have been said later
_OCCASION_VERBS = frozenset(
    """debate debates debated brief briefs briefed discuss discusses discussed address addresses
    addressed question questions questioned hear hears heard meet meets met""".split()
)
# "held a hearing": the object names the occasion; "held talks" is no sitting quoted from
_HOLDING_VERBS = frozenset("held holds convened convenes hosted hosts organised organized".split())
_OCCASION_NOUNS = frozenset(
    {"hearing", "meeting", "session", "debate", "briefing", "sitting", "conference", "roundtable", "forum"}
)
# gatherings whose participants a report quotes: a lead subject dated on itself dates their words
_GATHERING_NOUNS = _OCCASION_NOUNS | frozenset(
    {"seminar", "symposium", "workshop", "panel", "assembly", "colloquium", "webinar", "congress", "match", "ceremony"}
)
# a leading line naming the gathering it writes up with its day ("Public debate of Wednesday 17 November")
_GATHERING_LINE = re.compile(
    rf"\b(?:{'|'.join(sorted(_GATHERING_NOUNS - {'match'}))})\s+(?:of|on|held\s+on)\s", re.IGNORECASE)
_REACTIONS = re.compile(r"^[ \t]*(?:Reactions?|Responses?|Reactions? and responses)[ \t]*$", re.MULTILINE | re.IGNORECASE)
"""A section heading for what others said after the event ("Reactions")."""
# "speaking to reporters after the meeting": back at the event the lead narrates
_AT_THE_EVENT = re.compile(
    r"\b(?:at|after|during|on\s+the\s+sidelines\s+of)\s+the\s+(?:meeting|talks|consultations|session|summit|signing)\b"
)


def _later_reaction(text: str, lead_end: int, start: int) -> bool:
    """A quote in a section of "Reactions" after the event: said later, not there, unless its
    paragraph takes it back to the event ("speaking to reporters after the meeting")."""
    if not _REACTIONS.search(text, lead_end, start):
        return False
    return not _AT_THE_EVENT.search(text, max(text.rfind("\n\n", 0, start), lead_end), start)


_TO_COME = frozenset({"next", "coming", "upcoming", "future", "planned", "proposed"})
_ON_THE_VERB = frozenset({"prep", "pobj", "dobj", "npadvmod", "nummod", "compound", "amod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def lead_event_date(state, quote: Quote, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The day the lead sentence gives its event, for a quote after it (module docstring)."""
    doc, body = state.parsed, body_start(state)
    if doc is None or quote.span.start < body:
        return None
    lead = lead_sentence(state, body)
    if lead is None or lead.end > quote.span.start or _later_reaction(state.text, lead.end, quote.span.start):
        return None
    return _lead_day(state, doc, lead, quoted, anchor) or header_event_date(state.text, body, anchor)


def header_event_date(text: str, body: int, anchor: DateAnchor) -> PartialDate | None:
    r"""A leading line that dates the gathering the document writes up ("Public debate of Wednesday
    17 November 2032, written up by the moderator"), a past day other than publication's.

    >>> from parley.core.dates import PartialDate
    >>> head = "Notes\nPublic debate of Wednesday 17 November 2032, by the chair\n18 November 2032\n\n"
    >>> str(header_event_date(head, len(head), DateAnchor(PartialDate(2032, 11, 18), 2032)))
    '2032-11-17'
    """
    for line in re.finditer(r"[^\n]+", text[:body]):
        gathering = _GATHERING_LINE.search(line.group())
        if gathering is None:
            continue
        rest = "on " + line.group()[gathering.end():]  # "debate of Wednesday 17 November" reads as "on Wednesday …"
        for phrase in find_phrases(rest, 0, 40):
            day = anchor.resolve(phrase)
            if day is not None and day.day is not None and _before_publication(day, anchor.doc_date):
                return day
    return None


def _before_publication(day: PartialDate, published: PartialDate | None) -> bool:
    return published is not None and published.day is not None and day < published


def _lead_day(state, doc, lead, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The day a phrase of the lead sentence gives its speaking occasion."""
    for phrase in find_phrases(state.text, lead.start, lead.end, quoted):
        token = _token(doc, phrase.start)
        root = token.sent.root if token is not None else None
        if root is None or not (
            _occasion_verb(root) and (hangs_on(token, root) or _on_held_object(token, root))
            or _dated_gathering(token, root)
        ):
            continue
        resolved = anchor.resolve(phrase)
        if resolved is not None and resolved.day is not None:
            return resolved
    return None


def lead_sentence(state, body: int):
    """The body's first sentence; a headline that reads as one (a question) is passed over: the first
    sentence after the first line with final punctuation and eight words, as ``body_start`` wants."""
    first_line = len(state.text) - len(state.text.lstrip())
    first_line = state.text.find("\n", first_line)
    if first_line < 0 or body > first_line:
        return next((s for s in state.sentences if s.start >= body), None)
    for sentence in state.sentences:
        words = sentence.text_in(state.text).rstrip("”\"’' ")
        if sentence.start > first_line and words[-1:] in ".!?;" and len(words.split()) >= 8:
            return sentence
    return None


def _occasion_verb(root) -> bool:
    """A verb whose event is a speaking occasion: "debated", or one that holds such an occasion
    ("the subcommittee held a hearing", "the council convened a session", "a hearing was held")."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "’ll"} for c in root.children):
        return False  # "The ministers will meet on Monday": still to come
    if root.lower_ in _OCCASION_VERBS or _gathered_to_talk(root):
        return True
    return root.lower_ in _HOLDING_VERBS and any(
        child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in _GATHERING_NOUNS for child in root.children
    )


def _gathered_to_talk(root) -> bool:
    """"The Centre brought together twenty officials to discuss X", "experts gathered to debate Y": a
    gathering for the purpose of talking is a speaking occasion whatever its verb."""
    return any(c.dep_ in {"xcomp", "advcl"} and c.lower_ in _OCCASION_VERBS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in root.children)


def _dated_gathering(token, root) -> bool:
    """The phrase hangs on a gathering the main verb has as subject or "at" it ("The seminar on
    Tuesday brought …", "Three speakers met on Tuesday at the seminar"), on that verb ("The forum
    heard on Monday …"), or on a participle of holding beside it ("The seminar, held on Tuesday, …").
    A speaker's own lead ("X said on Tuesday at the forum") is left to that speaker's words."""
    gatherings = [c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.lower_ in _GATHERING_NOUNS]
    if root.lower_ not in SPEECH_VERBS:
        gatherings += [
            g for c in root.children if c.dep_ == "prep" and c.lower_ in {"at", "during", "in"}
            for g in c.children if g.dep_ == "pobj" and g.lower_ in _GATHERING_NOUNS
        ]
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in root.children):
        return False  # "The next seminar on 2 April will be held in X": still to come
    return any(
        hangs_on(token, g) or hangs_on(token, root) or _held_on(token, g) for g in gatherings
        if not any(c.lower_ in _TO_COME for c in g.children)
    )


def _on_held_object(token, root) -> bool:
    """"X and Y held the first session of the council set up by the treaty in Z on Tuesday": the parser
    hangs the day on the participle that describes the held occasion, not on "held"; it still dates the
    holding. Only a participle on the verb's own object, not one still to come ("a session planned …")."""
    if root.lower_ not in _HOLDING_VERBS:
        return False
    return any(
        c.dep_ == "acl" and hangs_on(token, c) and not any(g.lower_ in _TO_COME for g in obj.children)
        and not any(a.dep_ in {"aux", "auxpass"} for a in c.children)
        for obj in root.children if obj.dep_ == "dobj" and obj.lower_ in _GATHERING_NOUNS
        for c in obj.subtree if c.i != obj.i and hangs_on(c.head, obj)  # "the session of the council set up …"
    )


def _held_on(token, gathering) -> bool:
    """"The seminar, held on Tuesday, …": the phrase on a participle of holding that modifies the gathering."""
    return any(c.dep_ == "acl" and c.lower_ in _HOLDING_VERBS and hangs_on(token, c) for c in gathering.children)


def hangs_on(token, root) -> bool:
    """Whether ``token`` reaches ``root`` through prepositional phrases and the object only (the
    parser may hang the day on the object: "debated the report on the talks on Wednesday")."""
    node = token
    while node.i != root.i:
        if node.dep_ not in _ON_THE_VERB or node.head.i == node.i:
            return False
        node = node.head
    return True


def actor_is_subject(state, sentence, actor: str | None) -> bool:
    """Whether a mention of ``actor`` lies in the subject of ``sentence``'s main verb."""
    doc = state.parsed
    if doc is None or actor is None:
        return False
    for mention in state.mentions:
        if mention.actor != actor or not sentence.start <= mention.span.start < sentence.end:
            continue
        node = _token(doc, mention.span.start)
        while node is not None and node.head.i != node.i:
            if node.dep_ in _SUBJECT_DEPS:
                return node.head.dep_ == "ROOT"
            node = node.head
    return False


def _token(doc, position: int):
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    return span[0] if span is not None else None
