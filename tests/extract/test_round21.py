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


OBITUARY = ("Headline\nThe Paper\n22 April 2031\n\nIn 2024 he told students that peace was a craft. "
            '"Nobody is born a negotiator," he said.\n\nOn 12 June last year, already frail, he travelled to Klow for '
            'the signing. "I have waited thirty years for this sheet of paper," he told this newspaper {when}.')


def test_that_evening_after_the_quote_is_the_day_narrated_before(run):
    assert quoted_dates(run(OBITUARY.format(when="that evening")))[-1][1] == "2030-06-12"


def test_without_that_evening_the_speakers_last_date_stands(run):
    assert quoted_dates(run(OBITUARY.format(when="at the ceremony")))[-1][1] != "2030-06-12"


@pytest.mark.parametrize("phrase, year", [("In a 2009 interview", "2009"), ("In his 2011 memoirs", "2011")])
def test_a_year_before_an_occasion_of_speaking_dates_it(run, phrase, year):
    text = f'Headline\nThe Paper\n22 April 2031\n\n{phrase} he described the talks as "a hotel where the guests never leave".'
    assert quoted_dates(run(text)) == [("a hotel where the guests never leave", year)]


def test_a_year_before_another_noun_is_no_date_of_speaking():
    text = "In the 2020 war he lost a brother."
    assert find_phrases(text, 0, len(text), []) == []


def test_a_headline_quote_takes_the_day_the_lead_says_they_spoke(run):
    text = ('"A railway is a peace you can stand on": Anna Black in Klow\nThe Review\n12 June 2031\n\n'
            "Anna Black, Ruritania's deputy minister, is responsible for the southern railway. She came to Klow this "
            "week to meet community organisations and spoke to The Review on Monday.\n\nWhat do you tell them?")
    assert quoted_dates(run(text))[0][1] == "2031-06-09"


@pytest.mark.parametrize("label, actor", [("OSTAPCHUK (Szohod)", "borduria"), ("OSTAPCHUK (studio)", None)])
def test_an_office_without_a_state_in_a_turn_from_a_capital(run, label, actor):
    text = ("Evening bulletin\nBeshtau TV\n16 May 2031\n\nVARAKSINA (studio): Good evening.\n\n"
            f'{label}: Diplomats here are cautious. A source at the Foreign Ministry put it to me bluntly: '
            '"When others pay for the rails, others will want to know who rides on them."')
    assert [a for _, a in quoted_speakers(run(text))] == [actor]

