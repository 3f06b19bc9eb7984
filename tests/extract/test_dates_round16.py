"""Round 16: quote dates in wordings the tuning sets do not hold (invented states and people,
hand-written sentences, each rule with a case it must leave alone).

* "Szohod, hearing of 3 March 2027, summary published 4 March 2027": a header line's part that
  labels its date as the publication gives the document's date (dates_document);
* "The foreign ministers met in Szohod on Monday": a meeting the lead dates is the occasion its
  report's undated quotes were said at, but not one still to come (dates_lead);
* "6/9 The Assembly's debate on 3 March gave us hope. As X put it, …": a sentence before that opens
  with a gathering (after a thread number, an owner's name) dates it itself (dates_gathering).
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates

from parley.core.types import Document
from parley.extract.dates import document_date
from parley.extract.state import DocState

from test_quotes_round14b import BOOK, HEAD, PUB


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


def _days(result) -> list[str | None]:
    return [day for _, day in quoted_dates(result)]


QUOTE = "Alen Simon said the border was “quiet again”.\n"


def test_a_header_part_labelled_published_dates_the_document_not_its_hearing():
    head = "Hearing on the border\nEastern Assembly\nSzohod, hearing of 3 March 2027, summary published 4 March 2027\n\n"
    assert str(document_date(DocState(Document.from_text(head + QUOTE)))[0]) == "2027-03-04"


def test_the_words_of_a_hearing_summary_are_dated_to_the_hearing(run):
    # round 48 (dates_record): the summary's undated quotes were said at the hearing its header dates
    head = "Hearing on the border\nEastern Assembly\nSzohod, hearing of 3 March 2027, summary published 4 March 2027\n\n"
    assert _days(run(QUOTE, head=head)) == ["2027-03-03"]


@pytest.mark.parametrize("head, day", [
    ("Border report\nBordurian Foreign Ministry\nReport issued on 5 March 2027\n\n", "2027-03-05"),
    ("Border talks\nEastern Assembly, Szohod, minutes posted 6 March 2027\n\n", "2027-03-06"),
])
def test_a_header_part_labelled_published_dates_the_document(run, head, day):
    assert _days(run(QUOTE, head=head)) == [day]


def test_a_sentence_naming_a_publication_is_no_header_date(run):
    head = "Border talks\nThe ministry said the report was published 5 March 2027 after a delay.\n\n"
    assert _days(run(QUOTE, head=head)) != ["2027-03-05"]


@pytest.mark.parametrize("text, day", [
    ("The foreign ministers of Ruritania and Borduria met in Szohod on Monday. Alen Simon said the talks were "
     "“open and useful”.", "2027-03-08"),
    ("Ruritanian and Bordurian officials met in Strelsau on Tuesday, the first such meeting this year. Below, "
     "what each side said.\n\nRuritania\n\nAlen Simon called the meeting “a first step”.", "2027-03-09"),
    ("The envoys of the Eastern Union met the two delegations on 10 March in Szohod. Mira Kovac said the "
     "Union was “ready to help”.", "2027-03-10"),
])
def test_a_meeting_the_lead_dates_dates_its_report(run, text, day):
    assert _days(run(text)) == [day]


def test_a_meeting_still_to_come_dates_nothing(run):
    text = "The foreign ministers will meet in Szohod on Monday. Alen Simon said the talks would be “open and useful”."
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("text, day", [
    ("6/9 The Eastern Assembly's debate on 3 March gave us hope. As Alen Simon put it, the displaced “must have a "
     "real right to return”.", "2027-03-03"),
    ("The Union's hearing on 4 March was short. Alen Simon told members the line was “quiet for now and "
     "watched”.", "2027-03-04"),
    ("2/5 The seminar on Tuesday was full. As Mira Kovac put it, the border is “a line and not a wall”.",
     "2027-03-09"),
])
def test_a_gathering_the_sentence_before_opens_with_and_dates(run, text, day):
    assert _days(run(text)) == [day]


def test_a_gathering_still_to_come_in_the_sentence_before_dates_nothing(run):
    text = ("The Eastern Assembly's next debate on 20 March will be short. As Alen Simon put it, the displaced "
            "“must have a real right to return”.")
    assert _days(run(text)) == [PUB]
