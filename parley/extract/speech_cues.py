"""Speech verbs that cue a direct quote beyond :data:`.lexicon.SPEECH_VERBS`.

"X reminded both capitals that the statement “…”", "X repeated on Monday that Y would accept “…”",
"X boasted that Y had “…”", "X conceded the plan was “…”" attribute their quotes as "said" does:
the verb reports words, and in news it is the speaker's verb, not the author's. So does "put it"
("as X put it, “…”"). Forms the shared lexicon already inflects ("quipped", "slammed", "admitting")
are not repeated here.

They are kept out of the shared lexicon (and so out of the reported-speech and stance readers),
and are read only where a quotation mark is already there: quote detection, the speaker's cue and
the date of the words. Where a whole sentence is searched for a cue, the parse must show them as
verbs: "the repeated delays", "a joke about it" report nobody's words.
"""

from __future__ import annotations

from .lexicon import SPEECH_VERBS

EXTRA_CUE_VERBS = frozenset(
    """remind reminds reminded reminding repeat repeats repeated repeating boast boasts boasted boasting
    concede concedes conceded conceding contend contends contended contending lament laments lamented
    lamenting joke jokes joked joking assure assures assured assuring reassure reassures reassured
    reassuring counter counters countered countering""".split()
) - SPEECH_VERBS  # disjoint from the lexicon by construction
QUOTE_CUE_VERBS = SPEECH_VERBS | EXTRA_CUE_VERBS
CALL_VERBS = frozenset("call calls called calling".split())
"""Forms of "call": a verb of naming ("X called the plan “…”") or of demanding ("X called for “…”")."""
NAMING_VERBS = CALL_VERBS | frozenset(
    "term terms termed terming dub dubs dubbed dubbing label labels labelled labeled branded".split()
)
"""Verbs that give something a name, the quote being the name ("X termed the presence “…”")."""
# where these words are no verb: an adjective ("the repeated delays") or a noun ("a joke", "the counter")
NOT_VERB_DEPS = frozenset(
    {"amod", "compound", "acomp", "nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "poss", "npadvmod"}
)


def put_it(token) -> bool:
    """"as X put it": "put" with "it" as its object reports X's words."""
    return token.lower_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)


def put_it_at(doc, start: int) -> bool:
    """:func:`put_it` for the word at ``start`` (``False`` without a parse)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None else None
    return span is not None and put_it(span[0])


def extra_cue_in_sentence(doc, sentence: tuple[int, int], marks: tuple[int, int]) -> bool:
    """A word of :data:`EXTRA_CUE_VERBS` (or "put it") used as a verb in the quote's sentence, outside
    its marks ("X repeated on Monday that Y would accept “…”"); ``False`` without a parse."""
    span = doc.char_span(*sentence, alignment_mode="expand") if doc is not None else None
    outside = (t for t in span if not marks[0] <= t.idx <= marks[1]) if span is not None else ()
    return any(t.lower_ in EXTRA_CUE_VERBS and t.dep_ not in NOT_VERB_DEPS or put_it(t) for t in outside)
