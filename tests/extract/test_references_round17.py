"""Round 17 (second part): who "there", "the Chair" and "them" are, in wordings the tuning sets do
not hold (invented states and people, hand-written texts, each rule with a case it must leave alone).

* "On Tuesday a presidential aide there said": the words after a leading phrase of time are the
  subject where the parser found none, and a role "there" is of the capital or state the text named
  just before (speaker_trim, speaker_issuer.official_there);
* "the Chair" in a text an office issues is that office's actor (speaker_subjects);
* "calls them a “foreign camp on our border”": a verb of characterising, its object and an article
  before the marks give the caller's words, not a term; "has been called a “…”" stays a term
  (quotes);
* "… the monitors. … Baku wants them gone": a plural pronoun goes on with the last plural noun
  before it when that noun is an issue's cue, within one paragraph (issue_pronouns).
"""

from __future__ import annotations

import dataclasses

import pytest
from round_helpers import TOY_STATES, quoted_speakers, toy_fixtures

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.speaker_issuer import official_there

BOOK = Codebook(
    "round17references",
    TOY_STATES + (Actor("un", "United Nations", "organisation", ("UN", "Office of the Special Envoy for the Rift"),
                        ("Mira Holm",)),),
    (
        Issue("monitors", "Keep foreign monitors in the region", keywords=("monitors", "observers")),
        Issue("treaty", "Conclude a peace treaty", keywords=("peace treaty",)),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)
R, B, U = "ruritania", "borduria", "un"
HEAD = "Talks in Klow\nThe Harbour Review\n16 May 2030\n\n"


@pytest.mark.parametrize(("text", "actor"), [
    ("Let me start with a line from Szohod. On Tuesday a presidential aide there said the ceremony “will happen "
     "on the date agreed, if nobody moves the goalposts”.", B),
    ("We called Strelsau this morning. An official there told us the text “is ready for signature now”.", R),
    ("The envoy flew on to Borduria. On Monday a senior aide there said the talks “went better than expected”.", B),
])
def test_a_role_there_is_of_the_place_named_before(run, text, actor):
    assert [a for _, a in quoted_speakers(run(HEAD + text))] == [actor]


def test_there_without_a_place_named_before_is_nobodys():
    text = "The talks went on. An aide there said so."
    assert official_there(text, (text.index("An aide"), text.index(" said")), BOOK) is None


def test_there_needs_a_role():
    text = "We called Strelsau. Nothing there said so."
    assert official_there(text, (text.index("Nothing"), text.index(" said")), BOOK) is None


SUMMARY = ("Chair's summary: consultations on the missing\nOffice of the Special Envoy for the Rift\n22 May 2030\n\n"
           "1. The Special Envoy for the Rift, Mira Holm, convened consultations with both delegations.\n\n")


@pytest.mark.parametrize("body", [
    "2. In her closing remarks, the Chair stated: “Humanitarian questions must not wait for politics.”",
    "2. The Chair said: “Both delegations worked in good faith throughout.”",
    "2. Closing the meeting, the Chair told delegations: “We will meet again in June.”",
])
def test_the_chair_of_an_offices_summary_is_the_office(run, body):
    assert [a for _, a in quoted_speakers(run(SUMMARY + body))] == [U]


def test_the_chair_in_a_newspaper_stays_unknown(run):
    text = HEAD + "The meeting ended late. The Chair said: “Both delegations worked in good faith throughout.”"
    assert [a for _, a in quoted_speakers(run(text))] == [None]


@pytest.mark.parametrize(("text", "quote"), [
    ('Szohod wants them gone and calls them a "foreign camp on our border."', "foreign camp on our border"),
    ('The minister called the plan a "gift to the smugglers of the valley".', "gift to the smugglers of the valley"),
    ('Kurvi Tasch labelled the talks a "waste of everybody\'s time".', "waste of everybody's time"),
])
def test_a_characterisation_after_an_article_is_the_callers_words(run, text, quote):
    assert quote in [q.text for q in run(HEAD + text).quotes]


@pytest.mark.parametrize("text", [
    'This has been called a "hostage policy" by many.',
    'The report describes a "frozen conflict" in the valley.',
])
def test_a_term_after_an_article_stays_a_term(run, text):
    assert run(HEAD + text).quotes == ()


def monitor_positions(result, text, words):
    return {(p.actor, p.stance) for p in result.positions
            if p.issue == "monitors" and words in text[p.span.start:p.span.end]}


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("A listener asks about the foreign monitors. Their mandate runs to February. Szohod wants them gone.",
     "wants them gone", {(B, "oppose")}),
    ("Anna Black praised the observers. Strelsau wants them to stay.", "wants them to stay", {(R, "support")}),
    ("Kurvi Tasch spoke of the monitors. Borduria demands that they leave.", "they leave", {(B, "oppose")}),
])
def test_a_plural_pronoun_goes_on_with_a_cue(run, text, words, expected):
    assert monitor_positions(run(text), text, words) == expected


@pytest.mark.parametrize(("text", "words"), [
    # another plural noun between: "them" are the villagers
    ("Anna Black praised the observers. The villagers were tired. Szohod wants them gone.", "wants them gone"),
    # a paragraph break ends the chain
    ("Anna Black praised the observers.\n\nSzohod wants them gone.", "wants them gone"),
    # a description after a copula is no stance on them
    ("Kurvi Tasch spoke of the monitors. They are guests of one side, Szohod said.", "guests"),
])
def test_a_plural_pronoun_without_a_cue_before_speaks_to_nothing(run, text, words):
    assert monitor_positions(run(text), text, words) == set()


def test_pronoun_references_need_a_parse():
    from parley.extract.issue_pronouns import pronoun_references

    assert pronoun_references(None, "They left.", [], {}) == {}


def test_the_same_pipeline_without_a_header_office_is_unaffected():
    book = dataclasses.replace(BOOK, name="round17plain")
    result = build_pipeline(default_config(), book).run(Document.from_text("The Chair said: “We will meet again in June.”"))
    assert [a for _, a in quoted_speakers(result)] == [None]
