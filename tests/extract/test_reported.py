"""Indirect (reported) speech: speakers.rules.v1 records it as Quote(direct=False)."""

from __future__ import annotations

import pytest

from parley.evaluate import score_document
from parley.evaluate.gold import GoldDocument, GoldQuote, GoldSource


def reported(result):
    return [(q.text, q.speaker, q.speaker_actor, q.cue) for q in result.quotes if not q.direct]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kurvi Tasch said that Szohod would sign the treaty in May.",
         ("Szohod would sign the treaty in May", "Kurvi Tasch", "borduria", "said")),
        ("Flavia Elphberg told reporters on Friday that the border talks had stalled.",
         ("the border talks had stalled", "Flavia Elphberg", "ruritania", "told")),
        ("The border must be drawn before anything else, Kurvi Tasch said.",
         ("The border must be drawn before anything else", "Kurvi Tasch", "borduria", "said")),
        ("According to Maria Lopez, both sides have agreed to a ceasefire.",
         ("both sides have agreed to a ceasefire", "Maria Lopez", "league", "According")),
        ("Both sides have agreed to a ceasefire, according to Maria Lopez.",
         ("Both sides have agreed to a ceasefire", "Maria Lopez", "league", "according")),
        ("Ruritania will not withdraw a single soldier. Flavia Elphberg stated this at a meeting in Szohod.",
         ("Ruritania will not withdraw a single soldier", "Flavia Elphberg", "ruritania", "stated")),
    ],
)
def test_reported_speech_patterns(extract, text, expected):
    result = extract(text)
    assert reported(result) == [expected]
    (quote,) = [q for q in result.quotes if not q.direct]
    assert quote.span.text_in(text) == expected[0]


def test_condition_word_stays_in_the_clause(extract):
    text = "Kurvi Tasch said that if Strelsau withdraws, Szohod will reopen the railway."
    assert reported(extract(text))[0][0] == "if Strelsau withdraws, Szohod will reopen the railway"


@pytest.mark.parametrize(
    "text",
    [
        "It can be said that the talks failed for good.",      # no speaker, only an expletive "it"
        "Szohod was told that the talks would resume soon.",   # the passive subject hears, not speaks
        "Many people in the region said that peace was close.",  # nobody the text can name
        "The talks will resume in Strelsau next month.",       # no report at all
    ],
)
def test_no_reported_speech(extract, text):
    assert reported(extract(text)) == []


def test_reported_date_is_the_date_of_the_speech_verb(extract):
    text = "Flavia Elphberg told reporters on Friday that the talks on May 20 would fail."
    (quote,) = [q for q in extract(text, published="2024-05-16").quotes if not q.direct]
    assert (quote.date.iso(), quote.date_source) == ("2024-05-10", "text")


def test_direct_words_are_not_reported_again(extract):
    result = extract("Kurvi Tasch said that “we will never sign this kind of treaty with anyone”.")
    assert reported(result) == [] and [q.direct for q in result.quotes] == [True]


def test_a_verb_inside_quotation_marks_reports_nothing(extract):
    result = extract("“Our neighbours said that we would lose the war,” Kurvi Tasch said.")
    assert reported(result) == []


def test_clause_stops_before_the_direct_quote_it_introduces(extract):
    text = "Kurvi Tasch said that Szohod expects an answer soon: “We have waited for three whole years.”"
    result = extract(text)
    assert reported(result)[0][0] == "Szohod expects an answer soon"
    assert [q.text for q in result.quotes if q.direct] == ["We have waited for three whole years"]


def test_pronoun_speaker_of_reported_speech(extract):
    text = "Kurvi Tasch arrived late. He said that the treaty was not ready for signing."
    assert reported(extract(text)) == [("the treaty was not ready for signing", "Kurvi Tasch", "borduria", "said")]


def test_group_pronoun_resolves_to_the_institution_subject(extract):
    text = "The Bordurian government met on Monday. They said that the border must be settled first."
    assert reported(extract(text))[0][1:3] == ("Borduria", "borduria")


def test_group_pronoun_is_not_a_single_person(extract):
    text = "Kurvi Tasch met the farmers. They said that the road had been closed for a year."
    assert reported(extract(text)) == []


def test_indirect_quotes_do_not_count_in_direct_quote_scoring(extract):
    text = "Kurvi Tasch said that Szohod would sign the treaty. “We are ready now,” he added."
    result = extract(text)
    assert {q.direct for q in result.quotes} == {True, False}
    gold = GoldDocument(
        result.doc_id, GoldSource(), None, ("borduria",),
        (GoldQuote("We are ready now", "Kurvi Tasch", "borduria", None),), (),
    )
    from parley.core.types import Document

    score = score_document(result, Document.from_text(text), gold)
    assert (score.quotes.tp, score.quotes.fp, score.quotes.fn) == (1, 0, 0)
