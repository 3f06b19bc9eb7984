"""A body named after its task: an issue's keyword inside the name of a board, agency or centre.

A lower-case keyword does not match a capitalised word inside a name ("the Borduria War", "the
Armed Forces" are names, not the issue). A name that ends in a noun for a working body ("the Joint
Mine Action Board", "the Mine Action Agency", "the Missing Persons Commission"), or one that opens
with that noun ("the Centre for Humanitarian Demining"), is the exception:
such a body exists to do what the keyword names, so the name is a cue of the issue, and the body's
noun ("the Board") refers back to it later (:mod:`.issue_references`). A name uses the keyword in
the singular ("Mine Action"), so a plural keyword ("mines") matches its singular there.
"""

from __future__ import annotations

# not lexicon.ORG_WORDS: this adds "board", "authority", "fund", "programme" and leaves out e.g. "ministry",
# "army"; kept on its own so that output stays as it is
BODY_NOUNS = frozenset("""board agency authority centre center commission committee council fund office
    programme program directorate""".split())
_MAX_NAME_WORDS = 3  # words between the keyword and the body's noun ("Mine Action Board")


def body_name_end(tokens, end: int) -> int | None:
    """End (token index) of a body's name continuing the capitalised keyword that ends at ``end``.

    ``tokens``: (start, end, stem, capitalised inside the sentence, lower-case word) of
    :func:`.issues._tokens`.
    """
    for k in range(end, min(end + _MAX_NAME_WORDS + 1, len(tokens))):
        if not tokens[k][3]:
            return None  # the name ended before a body's noun
        if tokens[k][4] in BODY_NOUNS:
            return k + 1
    return None


def body_name_start(tokens, start: int) -> bool:
    """The capitalised keyword at ``start`` ends the name of a body that opens with its noun: "the Centre
    for Humanitarian Demining", "the Commission on Missing Persons" (up to three capitalised words between)."""
    k = start - 1
    while k >= 0 and tokens[k][3] and start - k <= _MAX_NAME_WORDS:
        k -= 1
    return k >= 1 and tokens[k][4] in {"for", "on"} and tokens[k - 1][3] and tokens[k - 1][4] in BODY_NOUNS
