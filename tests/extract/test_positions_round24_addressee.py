"""Round 24 (positions): an addressee is no topic, and a named court is then "the Court". "told the Court of X that Syldavia wants the
cases struck out": the strong cue names whom it was told to, the issue's weaker words carry what was
told. Invented states, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, positions, toy_fixtures

from parley.core.types import Codebook, Issue

LEGAL = Codebook(
    "round24legal",
    TOY_STATES,
    (Issue("claims", "Withdraw legal claims against each other",
           description="Support means dropping interstate cases.", keywords=("Court of Arbitration",)),),
)
pipeline, run, parse = toy_fixtures(LEGAL)
HEAD = "Report\nThe Daily\n12 March 2032\n\n"


def test_an_addressee_is_no_topic_what_was_told_is(run):
    said = "The Agent told the Court of Arbitration that Syldavia wants the interstate cases struck out."
    assert positions(run(HEAD + said)) == {("syldavia", "claims", "support")}


def test_what_was_told_must_carry_the_issue(run):
    assert positions(run(HEAD + "The Agent told the Court of Arbitration that Syldavia wants a long hearing.")) == set()


def test_a_named_court_is_then_the_court(run):
    text = HEAD + ("The Court of Arbitration heard both sides on Monday. "
                   "Syldavia and Borduria asked the Court last year to end those proceedings.")
    assert positions(run(text)) == {("syldavia", "claims", "support"), ("borduria", "claims", "support")}


def test_the_courts_are_not_the_named_court(run):
    text = HEAD + "The Court of Arbitration heard both sides on Monday. Syldavia went to the courts to end it."
    assert positions(run(text)) == set()
