"""Round 30 (speakers and dates): a source card's caption ("Source B. X, co-chair of the group,
Kars, 19 May 2033") names the speaker and the day of the quote on the line below it. A date after the document's with its weekday ("Sunday 11 September" in a
guide of 9 September) is in the year whose weekday it is. Words "at the signing" take the day the text
says it was signed.
Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook("round30speakers", TOY_STATES, (Issue("links", "Open transport links", keywords=("road",)),))
pipeline, run, parse = toy_fixtures(BOOK)
PACK = "Neighbours: a teaching pack\nCivic Trust\n1 September 2033\n\nSource cards\n\n"
CARDS = ("Source A. Anna Black, Foreign Minister of Ruritania, at the opening of the road, 1 May 2033\n"
         "“We opened this road because the villages asked us to.”\n\n"
         "Source B. Kurvi Tasch, co-chair of the working group, Szohod, 19 May 2033\n"
         "“Every family is waiting for the same three things.”\n")


def test_a_card_caption_names_the_speaker(run):
    assert quoted_speakers(run(PACK + CARDS)) == [
        ("We opened this road because the villages asked us to", "ruritania"),
        ("Every family is waiting for the same three things", "borduria")]


def test_a_card_caption_dates_the_quote(run):
    assert quoted_dates(run(PACK + CARDS)) == [
        ("We opened this road because the villages asked us to", "2033-05-01"),
        ("Every family is waiting for the same three things", "2033-05-19")]



def test_a_weekday_keeps_a_date_after_the_document_in_its_year():
    from parley.core.dates import PartialDate
    from parley.extract.dates_phrases import DateAnchor, find_phrases
    anchor = DateAnchor(PartialDate(2033, 9, 9), 2033)  # a programme guide for the week to come
    assert str(anchor.resolve(find_phrases("on Sunday 11 September")[0])) == "2033-09-11"  # a Sunday in 2033
    assert str(anchor.resolve(find_phrases("on 11 September")[0])) == "2032-09-11"  # no weekday: the year before
    assert str(anchor.resolve(find_phrases("on Saturday 11 September")[0])) == "2032-09-11"  # 2032's was a Saturday


def test_words_at_the_signing_take_the_day_it_was_signed(run):
    text = ("Customs notice\nRevenue Service\n15 July 2033\n\n"
            "The memorandum was signed in Strelsau on Monday 4 July. At the signing, Anna Black recalled that "
            "Ruritania had been “the only road between these neighbours”.")
    assert quoted_dates(run(text)) == [("the only road between these neighbours", "2033-07-04")]
