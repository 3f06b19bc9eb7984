"""speakers.rules.v1: who said each quote and the actor they stand for."""

from __future__ import annotations

import pytest
from extract_contract import ComponentContract


class TestSpeakersContract(ComponentContract):
    component_name = "speakers.rules.v1"


def speakers(result):
    return [(q.speaker, q.speaker_actor) for q in result.quotes if q.direct]


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” Kurvi Tasch said.",
        "“We are ready,” said Kurvi Tasch, the foreign minister.",
        "Kurvi Tasch said: “We are ready to talk now.”",
        "Kurvi Tasch told reporters on Monday that “we are ready”.",
        "Kurvi Tasch, the foreign minister, said: “We are ready to talk now.”",
        "According to Kurvi Tasch, “we are ready to talk right now”.",
        "Kurvi Tasch: “We are ready to talk now”",
    ],
)
def test_attribution_patterns(extract, text):
    assert speakers(extract(text)) == [("Kurvi Tasch", "borduria")]


def test_pronoun_chain_across_paragraphs(extract):
    text = (
        "Rudolf Rassendyll spoke first.\n\nThe talks lasted six hours.\n\n"
        "“We made progress,” he told reporters. “More will follow,” he added."
    )
    assert speakers(extract(text)) == [("Rudolf Rassendyll", "ruritania")] * 2


def test_role_noun_refers_to_last_person(extract):
    text = "Anna Petrova, envoy of Borduria, spoke. “We want a treaty this year,” the diplomat said."
    assert speakers(extract(text)) == [("Anna Petrova", "borduria")]


def test_surname_after_full_name(extract):
    text = "Flavia Elphberg met Kurvi Tasch. “The deal is close,” Elphberg stated."
    assert speakers(extract(text)) == [("Flavia Elphberg", "ruritania")]


def test_title_gives_actor_of_non_member(extract):
    text = "“Talks must go on,” said head of the press service of Ruritania’s Foreign Ministry Ivo Novak."
    assert speakers(extract(text)) == [("Ivo Novak", "ruritania")]


def test_destination_in_title_is_not_the_actor(extract):
    text = "“We will sign,” Permanent Representative of Borduria to the League Anna Petrova said."
    assert speakers(extract(text)) == [("Anna Petrova", "borduria")]


def test_institution_speaking_gets_its_codebook_name(extract):
    text = "The Bordurian side said in a statement: “Our position has not changed.”"
    assert speakers(extract(text)) == [("Borduria", "borduria")]


def test_quote_continuing_the_previous_speaker(extract):
    text = "“The first point is settled,” said Kurvi Tasch.\n\n“The second point is not settled yet.”"
    assert speakers(extract(text)) == [("Kurvi Tasch", "borduria")] * 2


def test_pronoun_without_antecedent_is_unknown(extract):
    assert speakers(extract("“Peace now,” he said.")) == [(None, None)]


def test_attribution_spans_recorded(pipeline, codebook):
    from parley.core.types import Document
    from parley.extract import DocState

    text = "“We are ready,” Kurvi Tasch said."
    doc = Document.from_text(text)
    state = DocState(doc, pipeline.nlp(text))
    for component in pipeline.components:
        state = component(state)
    (attribution,) = state.attributions
    assert attribution.cue.text_in(text) == "said"
    assert attribution.subject.text_in(text) == "Kurvi Tasch"


def test_quote_introduced_by_a_sentence_ending_with_a_colon(extract):
    text = (
        "Speaking for an hour, Kurvi Tasch devoted a long passage to the valley:\n\n"
        "“The valley will never again be a front line, and we say so to all our neighbours.”"
    )
    assert speakers(extract(text)) == [("Kurvi Tasch", "borduria")]


def test_main_speech_verb_attributes_not_a_later_one(extract):
    text = 'Kurvi Tasch said he planned to conclude a deal "within weeks".'
    result = extract(text)
    assert speakers(result) == [("Kurvi Tasch", "borduria")] and result.quotes[0].cue == "said"


# -- institutions and groups as speakers -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Defence of Borduria issued a note. “No shots were fired,” the ministry said.",
        "The Bordurian Foreign Ministry met the envoys. “No shots were fired,” the foreign ministry said.",
    ],
)
def test_the_ministry_is_the_last_ministry_named(extract, text):
    assert speakers(extract(text)) == [("Borduria", "borduria")]


def test_they_is_the_institution_subject_before(extract):
    text = "The Bordurian government met on Monday. “We will not sign,” they said."
    assert speakers(extract(text)) == [("Borduria", "borduria")]


def test_they_never_points_to_one_person(extract):
    text = "Kurvi Tasch visited the farms. “Nobody asked us,” they said."
    assert speakers(extract(text)) == [(None, None)]


def test_according_to_an_institution(extract):
    text = "According to the Bordurian side, “no talks are planned before the summer”."
    assert speakers(extract(text)) == [("Borduria", "borduria")]


def test_headline_quote_takes_the_person_who_said_the_longer_body_quote(extract):
    text = (
        "Bordurian minister says the valley “will never again be a front line”\n\n"
        "Szohod Daily\n\n"
        "“The valley will never again be a front line,” Kurvi Tasch said on Monday."
    )
    result = extract(text, published="2024-05-16")
    assert speakers(result) == [("Kurvi Tasch", "borduria")] * 2
    assert {q.date.iso() for q in result.quotes if q.direct} == {"2024-05-13"}
