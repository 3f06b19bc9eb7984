"""Round 27 (speakers and dates): a name the parse cut at its first word ("Sakina | Nabiyeva, who sits
on the board …, said") is given whole as the speaker. Invented states and people, hand-written
sentences."""

from __future__ import annotations

from types import SimpleNamespace

from round_helpers import TOY_STATES, quoted_speakers, toy_fixtures

from parley.core.types import Actor, Codebook, Issue
from parley.extract.speaker_trim import named_in_apposition

COMMUNITY = Actor("community", "Northern Community", "community", ("Northern Community",), ("Sakina Nabiyeva",))
BOOK = Codebook(
    "round27speakers",
    (*TOY_STATES, COMMUNITY),
    (Issue("return", "Return of displaced people", keywords=("go home",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Moderator's notes\nThe Debating Union\n18 November 2032\n\n"


def test_a_name_cut_by_the_parse_is_given_whole():
    # the cut depends on how a whole document parses, so the rule is checked on its own here: a
    # subject "Nabiyeva" inside the person "Sakina Nabiyeva" grows to the whole name
    text = "Sakina Nabiyeva, who sits on the board, said from the floor: "
    person = SimpleNamespace(span=SimpleNamespace(start=0, end=15))
    ctx = SimpleNamespace(text=text, people=[person], speakers_in=lambda start, end: [], mentions=[])
    assert named_in_apposition(ctx, (7, 15), text.index("said")) == (0, 15)


def test_a_whole_name_stays_as_it_is(run):
    text = HEAD + ("Sakina Nabiyeva, who sits on the board of the Northern Community's branch in the north, said: "
                   "\"We do not need a mediator to visit a grave. We may need one to go home.\"\n")
    assert quoted_speakers(run(text)) == [
        ("We do not need a mediator to visit a grave. We may need one to go home", "community")]
