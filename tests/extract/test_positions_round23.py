"""Round 23 (positions): keeping what the label asks to remove opposes it ("keep the old preamble
alive"); an object given a predicate of refusal ("regarded any change as a red line", "described …
as unacceptable", "considers … unacceptable"); "a negotiating position" is no talk of a treaty; a
cue in a clause of time on a clause with another cue of its issue ("oppose any presence after the
mission's mandate ends"); "left no doubt that" affirms; "Xland: a firm no to …" as a title is no
speaker's turn; "freed the detainees" releases them. Invented states, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, headed_runner, positions, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round23positions",
    TOY_STATES,
    (
        Issue("claims", "Renounce territorial claims, including amending the constitution",
              keywords=("preamble", "territorial claims")),
        Issue("integrity", "Respect territorial integrity", keywords=("territorial integrity", "change to the border")),
        Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),
        Issue("presence", "Keep an international monitoring presence", keywords=("monitoring mission", "civilian presence")),
        Issue("detainees", "Release detainees and prisoners of war", keywords=("detainees",)),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Notes\nThe Paper\n15 December 2031\n\n"


def test_keeping_what_the_label_removes_opposes_it(run):
    text = HEAD + "Borduria's opposition leader said Borduria intends to keep the old preamble alive in every classroom."
    assert ("borduria", "claims", "oppose") in positions(run(text))
    assert ("borduria", "claims", "support") not in positions(run(text))


def test_a_change_regarded_as_a_red_line_is_refused(run):
    text = HEAD + "Szohod regarded any change to the border as a red line rather than a negotiating position."
    assert positions(run(text)) == {("borduria", "integrity", "support")}


def test_described_as_unacceptable(run):
    assert positions(run(HEAD + "Szohod described the peace treaty as unacceptable.")) == {("borduria", "peace", "oppose")}
    assert positions(run(HEAD + "Szohod described the peace treaty as a historic chance.")) == {("borduria", "peace", "support")}


def test_considers_unacceptable(run):
    assert positions(run(HEAD + "Szohod considers the peace treaty unacceptable.")) == {("borduria", "peace", "oppose")}


def test_a_verb_of_stopping_in_a_that_clause_is_no_small_clause(run):
    text = HEAD + "Ruritania demanded that Borduria sign the peace treaty the day the preamble stops claiming land."
    assert ("ruritania", "peace", "support") in positions(run(text))


def test_a_cue_that_only_dates_the_clause_of_its_issue(run):
    text = HEAD + ("Borduria's officials left no doubt that Szohod will oppose any civilian presence after the "
                   "monitoring mission's mandate ends in February.")
    assert positions(run(text)) == {("borduria", "presence", "oppose")}


def test_no_doubt_that_affirms(run):
    text = HEAD + "Szohod has no doubt that the peace treaty will be signed."
    assert positions(run(text)) == {("borduria", "peace", "support")}


def test_a_headline_with_a_colon_is_no_turn():
    book = Codebook("round23cable", BOOK.actors, BOOK.issues, affiliation_camps=(("Delegation of Syldavia to Borduria", "syldavia"),))
    run = headed_runner(book, "")
    text = ("Borduria: a firm no to an office after the mission\nDelegation of Syldavia to Borduria\n14 November 2031\n\n"
            "SUMMARY\n\nThe Delegation met officials this week.\n\n"
            "We also recommend that the release of the detainees remain a priority in 2032.")
    assert ("borduria", "detainees", "support") not in positions(run(text))


def test_a_transcripts_only_turn_on_the_first_line_is_a_turn(run):
    text = ("SECRETARY TASCH: Good afternoon. I thank my colleagues from Ruritania and Syldavia for being here today. "
            "We hope to see the peace treaty signed this year, and we will do what we can to help.\n\n"
            "Thank you very much.")
    assert ("borduria", "peace", "support") in positions(run(text))


def test_freed_detainees_are_released(run):
    assert positions(run(HEAD + "Szohod freed two Ruritanian detainees on Monday.")) == {("borduria", "detainees", "support")}


def test_restoring_what_the_label_removes_opposes_it(run):
    text = HEAD + "Anna Black said her bloc would keep campaigning to restore the old preamble."
    assert ("ruritania", "claims", "oppose") in positions(run(text))


def test_in_force_since_a_date_is_a_fact(run):
    text = HEAD + "The Parties noted that the peace treaty between Ruritania and Borduria has been in force since 1 October 2030."
    assert positions(run(text)) == set()


def test_a_measured_interval_only_dates_the_clause(run):
    text = HEAD + ("Szohod released the Ruritanian detainees on Wednesday, ten days after Ruritanian voters approved "
                   "a new preamble.")
    assert positions(run(text)) == {("borduria", "detainees", "support")}


def test_they_after_members_of_a_body_is_that_body():
    book = Codebook("round23they", BOOK.actors + (Actor("council", "Council of Elders", "organisation"),), BOOK.issues)
    run = headed_runner(book, HEAD)
    text = ("Two board members of the Council of Elders called on the Delegation on Thursday. "
            "They asked the Union to support the release of the detainees.")
    assert ("council", "detainees", "support") in {(p.actor, p.issue, p.stance) for p in run(text).positions}
