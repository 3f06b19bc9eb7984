"""Round 21: a fact-check's claim line is the words of the source its next paragraph names ("Claim 1:
“…” ¶ Who said it: X, in a video posted on 28 May"), dated by that line, and the label is no report
of its own; "since late May" is a month; "the railway agreement … the agreement" refers back; an
infinitive of ending wants the subject's presence to end ("called for the mission to end"); reading
or studying a text takes no side on it. Invented states and people, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, about, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Codebook, Issue
from parley.extract.dates_phrases import find_phrases
from parley.extract.speaker_labels import claimant_below, source_label_at

BOOK = Codebook(
    "round21",
    TOY_STATES,
    (
        Issue("presence", "Keep foreign monitors' presence in the region", keywords=("monitors", "mission")),
        Issue("transit", "Open transport links through the region", keywords=("railway",)),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Fact-check: three claims about the railway\nThe Checker\n9 June 2031\n\n"


def test_a_claim_with_a_source_line_is_its_sources_words(run):
    text = HEAD + (
        'Claim 1: "Bordurian officers will ride every train through the valley."\n\n'
        "Who said it: Anna Black, in a video posted on 28 May that was viewed widely.\n\n"
        "Verdict: False. No article provides for it.")
    result = run(text)
    assert quoted_speakers(result) == [("Bordurian officers will ride every train through the valley", "ruritania")]
    assert quoted_dates(result)[0][1] == "2031-05-28"
    assert not [q for q in result.quotes if not q.direct and "viewed" in q.text]  # the label reports nothing


def test_a_claim_with_no_source_line_stays_no_ones(run):
    text = HEAD + ('Claim 1: "Bordurian officers will ride every train through the valley."\n\n'
                   "Verdict: False. The claim has circulated widely since May.")
    assert quoted_speakers(run(text)) == []


@pytest.mark.parametrize("line, speaker", [
    ("Said by: the Syldavian foreign ministry, at a briefing on 4 June.", "the Syldavian foreign ministry"),
    ("Source: an anonymous account on a social network.", "an anonymous account on a social network"),
    ("Who made the claim: Kurvi Tasch, on 2 June.", "Kurvi Tasch"),
])
def test_source_labels_name_the_phrase_up_to_its_comma(line, speaker):
    text = f'Claim 2: "The monitors are staying for ten more years."\n\n{line}'
    cue, subject = claimant_below(text, text.index('"'))
    assert text[subject[0]:subject[1]] == speaker
    assert source_label_at(text, cue[0]) and not source_label_at(text, subject[0])


def test_a_quote_on_an_ordinary_line_has_no_claimant():
    text = 'She said: "The monitors are staying."\n\nWho said it: Anna Black.'
    assert claimant_below(text, text.index('"')) is None


def test_since_a_month_is_a_month_phrase():
    text = "a post shared widely since late May"
    assert [p.kind for p in find_phrases(text, 0, len(text), [])] == ["month"]


def test_a_named_agreement_is_the_agreement_later(run):
    text = ("Ruritania and Borduria initialled their railway agreement in Klow on Thursday.\n\n"
            "Anna Black urged the parliament to reject the agreement before the summer.")
    assert ("ruritania", "transit", "oppose") in about(run(text), text, "reject")


@pytest.mark.parametrize("text, holder", [
    ("Szohod has repeatedly called for the mission to end on schedule.", "borduria"),
    ("Klow wants the monitors' mandate to expire in February.", "syldavia"),
])
def test_an_infinitive_of_ending_opposes_the_presence(run, text, holder):
    assert (holder, "presence", "oppose") in about(run(text), text, text[:6])


def test_a_finite_end_is_a_report_not_a_wish(run):
    text = "Szohod said the mission ended in May."
    assert ("borduria", "presence", "oppose") not in about(run(text), text, "Szohod")


@pytest.mark.parametrize("text", [
    "Szohod said it would study the railway agreement.",
    "The two states initialled their railway agreement on Thursday. Szohod said only that it would study the text.",
    "Our members have read Klow's remarks about the monitors.",
])
def test_reading_or_studying_a_text_takes_no_side(run, text):
    said = text.split(". ")[-1][:12]
    assert not {t for t in about(run(text), text, said) if t[1] in {"transit", "presence"} and t[0] != "ruritania"}
