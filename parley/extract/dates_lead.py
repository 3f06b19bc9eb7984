"""Quote dates from the story around the quote rather than from its attribution.

Used by ``dates.rules.v1`` for quotes whose attribution has no date phrase of its own:

* **The lead's event**: a report whose first body sentence dates the event it is about on its
  main verb ("The National Assembly debated the report on Wednesday", "The envoy briefed the
  Council in closed consultations on 13 May", "On Tuesday the committee held a hearing") is a
  report of that event: its undated quotes were said there, not on the day of publication. Only a
  day counts, only on a main verb whose event is a speaking occasion (a debate, a briefing, a
  hearing held or convened, not talks held: not "experts reached the abbey
  on Thursday", after which the words may come later, nor a speaker's lead, "X said on
  Tuesday", which dates that speaker's words only), and only through phrases hanging on the
  verb itself (not "The handover … on Tuesday drew reactions", where the day dates the subject).
* **A role as speaker**: a quote given to an unnamed role holder ("Armenia's spokesperson
  posted … late on Tuesday. “…,” she wrote") is named in a sentence before it when that
  sentence's subject holds a mention of the speaker's actor.
"""

from __future__ import annotations

from parley.core.dates import PartialDate
from parley.core.types import Quote

from .dates_phrases import DateAnchor, find_phrases
from .issues import body_start

# verbs whose event is itself a speaking occasion (a sitting, a briefing): the words quoted in its
# report were said there; after "experts reached the abbey on Thursday" they may have been said later
_OCCASION_VERBS = frozenset(
    """debate debates debated brief briefs briefed discuss discusses discussed address addresses
    addressed question questions questioned hear hears heard""".split()
)
# "held a hearing": the object names the occasion; "held talks" is no sitting quoted from
_HOLDING_VERBS = frozenset("held holds convened convenes hosted hosts organised organized".split())
_OCCASION_NOUNS = frozenset(
    {"hearing", "meeting", "session", "debate", "briefing", "sitting", "conference", "roundtable", "forum"}
)
_ON_THE_VERB = frozenset({"prep", "pobj", "dobj", "npadvmod", "nummod", "compound", "amod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def lead_event_date(state, quote: Quote, quoted, anchor: DateAnchor) -> PartialDate | None:
    """The day the lead sentence gives its event, for a quote after it (module docstring)."""
    doc, body = state.parsed, body_start(state)
    if doc is None or quote.span.start < body:
        return None
    lead = next((s for s in state.sentences if s.start >= body), None)
    if lead is None or lead.end > quote.span.start:
        return None
    for phrase in find_phrases(state.text, lead.start, lead.end, quoted):
        token = _token(doc, phrase.start)
        root = token.sent.root if token is not None else None
        if root is None or not _occasion_verb(root) or not _hangs_on(token, root):
            continue
        resolved = anchor.resolve(phrase)
        if resolved is not None and resolved.day is not None:
            return resolved
    return None


def _occasion_verb(root) -> bool:
    """A verb whose event is a speaking occasion: "debated", or one that holds such an occasion
    ("the subcommittee held a hearing", "the council convened a session", "a hearing was held")."""
    if root.lower_ in _OCCASION_VERBS:
        return True
    return root.lower_ in _HOLDING_VERBS and any(
        child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in _OCCASION_NOUNS for child in root.children
    )


def _hangs_on(token, root) -> bool:
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
