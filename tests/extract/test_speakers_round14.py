"""Round 14: speakers of a compilation's items, a role with the body it serves, and "the head of
state" (invented states, bodies and people, hand-written sentences).

* "KESTRIA'S FOREIGN MINISTER, speaking in Varn today:" on a line of its own, the words on the next
  line: the label's role holder speaks them, and the item's "he said" points to it
  (speaker_label_lines);
* "A spokeswoman for the Norlandic Foreign Ministry described …": the body the role serves names
  the actor, even where the parser hangs it on the verb (speaker_extent);
* "The head of state said" in a release: the issuing state's (speaker_subjects).
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round14speakers",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government", "Kestrian Foreign Ministry"),
              ("Ilsa Marr", "Otto Brenn"), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government", "Harbour Office"), ("Jane Roe", "Tom Hale"),
              ("Harnby",), ("Norlandic",)),
        Actor("nu", "Nordic Union", "organisation", ("NU",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
    affiliation_camps=(("Presidential Office of Kestria", "kestria"),),
)
HEAD = "Reactions to the vote\nThe Harbour Review\nFriday, 12 March 2027\n\n"
RELEASE_HEAD = "The President signs the border law\nPresidential Office of Kestria\nPress release, 12 March 2027\n\n"
K, N, NU = "kestria", "norland", "nu"
LEAD = "The Norlandic parliament approved the border treaty on Thursday. Below, reactions from our desk.\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


@pytest.mark.parametrize("label, actor", [
    ("KESTRIA'S FOREIGN MINISTER, speaking in Varn today:", K),
    ("A SPOKESPERSON FOR THE NORDIC UNION, in a written statement:", NU),
    ("An adviser to Norland's president, on television:", N),
])
def test_a_label_line_speaks_the_next_lines_words(run, label, actor):
    text = LEAD + f"{label}\n\"The vote closes a chapter. Nobody should reopen it.\"\n"
    assert quoted_speakers(run(text)) == [("The vote closes a chapter. Nobody should reopen it", actor)]


@pytest.mark.parametrize("body", [
    "Norland would \"stay a bridge between them\", he said, but would not pay for it.",
    "\"We stay a bridge between them,\" she said after the meeting.",
    "The ministry would \"stay a bridge between them\", she told the cabinet.",
])
def test_a_pronoun_in_an_item_points_to_its_label(run, body):
    text = (LEAD + "OTTO BRENN, Kestrian deputy, in the lobby:\n\"We won.\"\n\n"
            f"NORLAND'S PRIME MINISTER, at a cabinet meeting:\n{body}\n")
    assert quoted_speakers(run(text))[-1] == ("stay a bridge between them" if "We" not in body
                                               else "We stay a bridge between them", N)


@pytest.mark.parametrize("line", [
    "At the briefing after the vote, the spokesman said:",
    "The new clause reads as follows:",
    "Three things stand out in the text:",
])
def test_a_colon_sentence_that_names_no_role_is_no_label(run, line):
    text = f"Ilsa Marr spoke in Varn on Friday.\n\n{line}\n\"Nothing is settled until everything is settled.\""
    speakers = quoted_speakers(run(text))
    assert speakers[0][1] != N


@pytest.mark.parametrize("sentence", [
    "A spokeswoman for the Norlandic Foreign Ministry described the meeting as \"a useful start\".",
    "An official at the Harbour Office called the meeting \"a useful start\".",
    "A spokesman for the Norlandic government later described it as \"a useful start\".",
])
def test_a_role_takes_the_body_it_serves(run, sentence):
    text = "Ilsa Marr met the delegations in Varn on Tuesday.\n\n" + sentence
    assert quoted_speakers(run(text)) == [("a useful start", N)]


@pytest.mark.parametrize("text", [
    "\"The road is open, and it stays open,\" the head of state said after signing the law.",
    "The head of government told reporters: \"The road is open, and it stays open.\"",
    "Signing the law, the chief of state said: \"The road is open, and it stays open.\"",
])
def test_the_head_of_state_in_a_release_is_the_issuers(run, text):
    assert quoted_speakers(run(text, head=RELEASE_HEAD)) == [("The road is open, and it stays open", K)]


INTERVIEW_HEAD = "\"Nobody asked us\"\nThe Harbour Review\nInterview by Pia Lund\nFriday, 12 March 2027\n\n"
INTRO = "Otto Brenn, a Kestrian analyst, spoke to us in Varn.\n\n"


@pytest.mark.parametrize("turns", [
    "- Norland's prime minister says the ferries will not stop.\n\n"
    "BRENN: He told his cabinet on Monday, yes, \"not now and not later\". That is his right.",
    "- Norland's prime minister insists the ferries will run.\n\n"
    "BRENN: Of course. He promised \"not now and not later\", he said so twice.",
    "- What did Norland's prime minister tell his cabinet?\n\n"
    "BRENN: He said \"not now and not later\". I do not believe it.",
])
def test_he_in_an_answer_is_not_the_one_answering(run, turns):
    result = run(INTRO + turns, head=INTERVIEW_HEAD)
    assert ("not now and not later", N) in quoted_speakers(result)


@pytest.mark.parametrize("sentence", [
    "When Otto Brenn says the road \"opens the gate\", we hear him; when some of his advisers speak of a "
    "corridor \"that no one can close\", we hear them too.",
    "Otto Brenn said the road \"opens the gate\". One of his aides later called it a corridor \"that no one "
    "can close\".",
    "Otto Brenn told the assembly the road \"opens the gate\". Most of his advisers describe it as a corridor "
    "\"that no one can close\".",
])
def test_some_of_his_advisers_are_his_actors(run, sentence):
    assert quoted_speakers(run(sentence)) == [("opens the gate", K), ("that no one can close", K)]
