"""segment.spacy.v1: sentences, with headline lines kept apart."""

from __future__ import annotations

from extract_contract import ComponentContract


class TestSegmentContract(ComponentContract):
    component_name = "segment.spacy.v1"


def sentences(result, text):
    return [s.text_in(text) for s in result.sentences]


def test_header_lines_are_separate_sentences(extract):
    text = "Talks resume in Szohod\n\nStrelsau Herald\nMay 3 2024\n\nThe two sides met today. They agreed."
    found = sentences(extract(text), text)
    assert found[:3] == ["Talks resume in Szohod", "Strelsau Herald", "May 3 2024"]
    assert "They agreed." in found


def test_sentence_broken_over_lines_stays_one(extract):
    text = "The proposal would be\n\nan opportunity for both sides. Nobody objected."
    found = sentences(extract(text), text)
    assert found[0].startswith("The proposal would be") and found[0].endswith("both sides.")


def test_sentences_are_trimmed_and_not_blank(extract):
    text = "\n\n  First one here.   \n\n\nSecond one here.  "
    found = sentences(extract(text), text)
    assert found == ["First one here.", "Second one here."]
