"""quotes.rules.v1: which quoted words are quotes, and their text and span."""

from __future__ import annotations

import pytest
from extract_contract import ComponentContract


class TestQuotesContract(ComponentContract):
    component_name = "quotes.rules.v1"


def texts(result):
    return [q.text for q in result.quotes if q.direct]


def test_curly_and_straight_marks(extract):
    assert texts(extract("“Peace is near,” Tasch said.")) == ["Peace is near"]
    assert texts(extract('"Peace is near," Tasch said.')) == ["Peace is near"]


def test_split_quote_is_one_quote_joined_by_one_space(extract):
    text = "“We will not give up,” Tasch said, “but we want peace.”"
    result = extract(text)
    assert texts(result) == ["We will not give up but we want peace"]
    quote = result.quotes[0]
    assert quote.span.text_in(text).startswith("We will") and quote.span.text_in(text).endswith("want peace")


def test_fragments_joined_by_narration_stay_separate(extract):
    text = "“The border is open,” Tasch said, adding that “trade will follow very soon after that.”"
    assert texts(extract(text)) == ["The border is open", "trade will follow very soon after that"]


def test_quote_over_paragraphs_is_one_quote(extract):
    text = (
        "Tasch read a statement: “The first part of the statement is long enough.\n\n"
        "“The second part ends it,” he said."
    )
    assert texts(extract(text)) == ["The first part of the statement is long enough. The second part ends it"]


def test_quote_in_a_headline(extract):
    text = "Tasch: “We are ready to sign”\n\nThe minister spoke to parliament on Monday."
    assert texts(extract(text)) == ["We are ready to sign"]


def test_sloppy_opening_mark_used_as_closing(extract):
    text = "Tasch: “Borduria expects an answer from Ruritania soon “\n\nMore text follows here."
    assert texts(extract(text)) == ["Borduria expects an answer from Ruritania soon"]


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper “Szohod Daily” reported the story.",
        "Borduria follows a strategy based on “practicality” and “pragmatism”.",
        "Borduria is interested in “good will” rather than “preferring one platform over another.”",
        "The region presented itself as the “Free Republic of the North” for years.",
        "Critics mocked the so-called “peace plan” again.",
    ],
)
def test_names_and_scare_quotes_are_not_quotes(extract, text):
    assert texts(extract(text)) == []


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("In late October, Tasch said he wanted a deal “within weeks”.", "within weeks"),
        ("The envoy warned about Ruritania’s “dangerous ideas.”", "dangerous ideas"),
        ("“Never,” she said.", "Never"),
    ],
)
def test_short_phrases_attributed_to_a_speaker_are_quotes(extract, text, quoted):
    assert texts(extract(text)) == [quoted]


def test_same_words_quoted_twice_are_one_quote(extract):
    text = "Tasch said “we are ready to talk.” Later he repeated: “We are ready to talk.”"
    assert texts(extract(text)) == ["we are ready to talk"]


def test_trailing_punctuation_is_left_out_but_questions_kept(extract):
    result = extract("“Why not sign it now?” Tasch asked. “It is time.” he said.")
    assert texts(result) == ["Why not sign it now?", "It is time"]


def test_headline_quote_repeated_in_the_body_keeps_the_body_one(extract):
    text = "Envoy says “every border question is open”\n\n“Every border question is open,” said Kurvi Tasch."
    result = extract(text)
    assert [(q.text, q.speaker) for q in result.quotes] == [("Every border question is open", "Kurvi Tasch")]


def test_long_attribution_between_split_parts(extract):
    text = '"The families must be able to return," Kurvi Tasch, the ministry\'s spokesperson, said at the weekly briefing on Monday, "in safety and with dignity."'
    assert texts(extract(text)) == ["The families must be able to return in safety and with dignity"]


def test_short_phrase_with_a_speech_noun(extract):
    text = 'Kurvi Tasch dismissed the claim as "pure invention" in a statement.'
    assert texts(extract(text)) == ["pure invention"]


# -- single marks, guillemets, nesting ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("‘We are ready for talks,’ Kurvi Tasch said.", ["We are ready for talks"]),
        ("'We are ready for talks,' Kurvi Tasch said.", ["We are ready for talks"]),
        ("«We are ready for talks», said Kurvi Tasch.", ["We are ready for talks"]),
        ("‹We are ready for talks›, said Kurvi Tasch.", ["We are ready for talks"]),
        ("„We are ready for talks“, said Kurvi Tasch.", ["We are ready for talks"]),
    ],
)
def test_other_quotation_marks(extract, text, expected):
    assert texts(extract(text)) == expected


def test_apostrophes_and_plural_possessives_inside_single_marks(extract):
    text = "Kurvi Tasch said: ‘We won’t give up the parties’ right to vote, and we don’t fear it.’"
    assert texts(extract(text)) == ["We won’t give up the parties’ right to vote, and we don’t fear it"]


def test_single_marks_nested_in_double_marks_belong_to_the_outer_quote(extract):
    text = "“They told us ‘never again’ and we believed them,” Kurvi Tasch said."
    assert texts(extract(text)) == ["They told us ‘never again’ and we believed them"]


def test_double_marks_nested_in_single_marks_belong_to_the_outer_quote(extract):
    text = "‘The Bordurians told me “not yet” three times this month,’ Flavia Elphberg said."
    assert texts(extract(text)) == ["The Bordurians told me “not yet” three times this month"]


def test_apostrophes_alone_make_no_quote(extract):
    assert texts(extract("The parties' positions and the ministry's 'road map' were discussed.")) == []


def test_single_mark_headline_quote(extract):
    text = "Tasch: ‘Peace is closer than ever’\n\nSzohod Daily\n\nThe talks resumed on Monday."
    assert texts(extract(text)) == ["Peace is closer than ever"]
