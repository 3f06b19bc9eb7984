"""Round 12: quotes broken by an attribution sentence, and wordings that are nobody's quote
(invented states and people, hand-written sentences).

* "“A,” Marr said. “B.” Marr defended the plan, saying …": B has no attribution of its own (the
  next sentence's "saying" is another sentence's), so A and B are one quote;
* "“A,” said Otto Brenn, the League's chair, at the assembly on 3 March. “B.”": a longer
  attribution sentence counts when its speech verb comes first;
* "“A,” X, who leads the delegation, told reporters. “B.”": the verb right after the clause;
* "“A,” she said. “B,” she added.": still two quotes;
* "avoided the phrase “…”, writing instead of persons “…”": a named term and the wording set
  against it, no quotes.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round12quotes",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr", "Otto Brenn"), ("Varn",),
              ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe",), ("Harnby",), ("Norlandic",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
HEAD = "Border talks\nThe Harbour Review\nFriday, 12 March 2027\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


def _texts(result) -> list[str]:
    return [text for text, _ in quoted_speakers(result)]


def test_a_part_followed_by_narration_with_a_participle_is_joined(run):
    text = ("\"Small steps build trust,\" Ilsa Marr said. \"But trust is not a signature, and we are ready to "
            "sign.\" Marr defended the monitors, saying Kestria wanted them \"on the border for as long as it "
            "takes\".")
    assert quoted_speakers(run(text)) == [
        ("Small steps build trust But trust is not a signature, and we are ready to sign", "kestria"),
        ("on the border for as long as it takes", "kestria"),
    ]


def test_a_long_attribution_with_the_verb_first_joins_the_parts(run):
    text = ("\"Peace is what our grandparents never had, and we want it for our children,\" said Otto Brenn, the "
            "League's chair, at the community assembly on 3 March. \"But a peace that forgets the missing is not "
            "finished.\"")
    assert quoted_speakers(run(text)) == [
        ("Peace is what our grandparents never had, and we want it for our children But a peace that forgets "
         "the missing is not finished", "kestria"),
    ]


def test_a_second_part_with_its_own_attribution_stays_apart(run):
    text = "\"The road is open,\" Jane Roe said. \"It will stay open,\" she added."
    assert _texts(run(text)) == ["The road is open", "It will stay open"]


def test_a_named_phrase_and_the_wording_set_against_it_are_no_quotes(run):
    text = ("The drafters avoided the phrase \"prisoners of war\", writing instead of persons \"held in "
            "connection with the conflict\". Jane Roe said the text \"reads well enough for now\".")
    assert _texts(run(text)) == ["reads well enough for now"]


def test_a_wording_without_a_named_term_is_still_a_quote(run):
    text = "Jane Roe, writing to the council, called instead for \"a treaty signed in good faith and soon\"."
    assert _texts(run(text)) == ["a treaty signed in good faith and soon"]


def test_an_attribution_with_a_relative_clause_joins_the_parts(run):
    text = ("\"We are ready,\" Ilsa Marr, who leads the Kestrian delegation, told reporters after the ceremony. "
            "\"But we will not wait for ever.\"")
    assert _texts(run(text)) == ["We are ready But we will not wait for ever"]
