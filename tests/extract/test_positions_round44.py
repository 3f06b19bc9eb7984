"""Round 44 (positions): a label that names a state by the treaty that would fix it ("Conclude a peace
treaty between A and B") is also spoken to by the state and the parties without the document: "we
support the peace between A and B", "we do not oppose peace with B". Invented states, hand-written
sentences."""

from __future__ import annotations

from dataclasses import replace

from parley.extract.issue_between import relation_phrases
from parley.extract.issues import IssueVocabulary
from parley.extract.stance_lexicon import stem
from round_helpers import positions, toy_fixtures
from test_positions_round43 import BOOK as ROUND43

TREATY = replace(ROUND43.issues[0], label="Conclude a comprehensive peace treaty between Ruritania and Borduria",
                 keywords=("peace treaty",))
BOOK = replace(ROUND43, name="round44positions", issues=(TREATY,) + ROUND43.issues[1:])
pipeline, run, parse = toy_fixtures(BOOK)


def _stems(label: str) -> list[str]:
    return [stem(w) for w in label.split()]


def test_the_state_a_treaty_between_parties_sets_up_is_a_phrase_with_between_or_with():
    assert relation_phrases(_stems("Conclude a peace treaty between the two states")) == [
        (stem("peace"), "between"), (stem("peace"), "with")]


def test_a_label_without_a_treaty_between_parties_gives_no_phrase():
    assert relation_phrases(_stems("Open the railway between the two states")) == []
    assert relation_phrases(_stems("Sign a treaty between the two states")) == []


def test_peace_between_the_parties_speaks_to_the_treaty():
    vocabulary = IssueVocabulary.from_codebook(BOOK)
    assert "treaty" in {h.issue for h in vocabulary.match("We stand behind the peace between Ruritania and Borduria.")}
    assert "treaty" in {h.issue for h in vocabulary.match("We do not oppose peace with Borduria.")}


def test_peace_alone_is_no_cue_of_the_treaty():
    vocabulary = IssueVocabulary.from_codebook(BOOK)
    assert "treaty" not in {h.issue for h in vocabulary.match("Peace returned to the valley after the storm.")}


def test_support_for_the_peace_between_the_parties_is_support_for_the_treaty(run):
    text = "Ruritania's foreign minister said on Monday that Ruritania supports the peace between Ruritania and Borduria."
    assert ("ruritania", "treaty", "support") in positions(run(text))
