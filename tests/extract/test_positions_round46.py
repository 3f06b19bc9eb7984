"""Round 46: the related phrases of a generic label word ("presence") are specific cues on their own."""

import pytest

from parley.core.types import Codebook, Issue
from parley.extract.issues import IssueVocabulary

PRESENCE = Issue("presence", "Keep foreign peacekeepers, monitors or mediators' presence in the region")
FORCE = Issue("nuf", "Refrain from the threat or use of force")


@pytest.fixture(scope="module")
def vocabulary() -> IssueVocabulary:
    return IssueVocabulary.from_codebook(Codebook("t", (), (PRESENCE, FORCE)))


@pytest.mark.parametrize("sentence", [
    "Both parties refused to let the personnel of any third State work at the crossing.",
    "The minister said that no foreign troops would ever stand in the valley.",
    "They asked the Union for a small team of foreign advisers.",
])
def test_a_phrase_related_to_a_generic_label_word_is_enough_alone(vocabulary, sentence):
    assert "presence" in [hit.issue for hit in vocabulary.match(sentence)]


@pytest.mark.parametrize("sentence", [
    "The ministers met in the capital on Tuesday.",
    "Its presence was noted.",  # the generic word alone still counts half
])
def test_no_presence_without_a_specific_cue(vocabulary, sentence):
    assert "presence" not in [hit.issue for hit in vocabulary.match(sentence)]
