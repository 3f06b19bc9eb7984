"""A full name the parser breaks in two (our own invented texts).

After a byline ("By John Smith ¶ Jane Roe spoke …") the small English model can put a sentence
start between a first name and a surname on one line ("Jane" | "Roe spoke …") and then tags no
person there. A name run goes on across such a sentence start (only a line break ends it), and a
full name the NER missed is a person when its surname alone is one later ("“…,” Roe said").
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "split-names",
    (
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe",), ("Harnby",), ("Norlandic",)),
        Actor("sudmark", "Sudmark", "state", (), ("Tomas Brandt",), ("Kelst",), ("Sudmarkian",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
)
QUOTE = "We will not sign anything that divides the valley"
OPENINGS = [
    "Jane Roe met Tomas Brandt in Kelst.",
    "Jane Roe, 54, left early.",
    "Jane Roe spoke after the meeting.",
]
ENDINGS = [f"“{QUOTE},” Roe said.", f"Roe said: “{QUOTE}.”", f"“{QUOTE},” said Roe."]


@pytest.fixture(scope="module")
def book_pipeline():
    return build_pipeline(default_config(), BOOK)


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("ending", ENDINGS)
def test_member_after_a_byline(book_pipeline, opening, ending):
    result = book_pipeline.run(Document.from_text(f"By John Smith\n\n{opening} {ending}"))
    assert [(q.speaker, q.speaker_actor) for q in result.quotes] == [("Jane Roe", "norland")]


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("ending", ENDINGS)
def test_non_member_after_a_byline(extract, opening, ending):
    result = extract(f"By John Smith\n\n{opening} {ending}")
    assert [q.speaker for q in result.quotes] == ["Jane Roe"]


def test_line_break_still_ends_a_name(extract):
    result = extract(f"TALKS IN KELST\nJane Roe spoke after the meeting. “{QUOTE},” Roe said.")
    assert [q.speaker for q in result.quotes] == ["Jane Roe"]
