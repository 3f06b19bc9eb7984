"""Round 7: quote dates from the attribution inside a broken quote and from earlier sentences
(invented states and people, hand-written sentences; see dates and dates_context).

* “A,” she said on Tuesday, “B.”: the attribution between the parts is narration, its day dates
  the quote (the quoted parts still hide their own date words);
* an earlier sentence that names the speaker dates the quote through a clause of time ("when it
  was put to her on Tuesday") or a speech verb's own phrase ("…, X said on Monday."), even with
  the speaker's own reported words in between;
* "In the statement, X said …" takes the day an earlier sentence gives the statement;
* a lead on another speaker's day, or a day inside someone's words, dates nothing.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round7-dates",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe",), ("Harnby",), ("Norlandic",)),
        Actor("valley_council", "Valley Council", "community", ("Council of the Valley",), ("Per Lund",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
)
HEAD = "Border talks\nThe Harbour Review\n12 February 2026\n\n"  # a Thursday


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


def _dates(result):
    return [str(q.date) for q in result.quotes if q.direct]


def test_a_day_between_the_parts_of_a_broken_quote(run):
    text = ("\"Every marker we agree on is one less reason to shoot,\" Jane Roe said on Tuesday, standing by "
            "the river. \"We are not giving anything away.\"")
    assert _dates(run(text)) == ["2026-02-10"]


def test_a_day_inside_the_parts_stays_the_speakers(run):
    text = ("\"We met on Monday and we will meet again,\" Jane Roe said. \"Nothing is lost.\"")
    assert _dates(run(text)) == ["2026-02-12"]


def test_a_clause_of_time_in_an_earlier_sentence(run):
    text = ("Ilsa Marr brushed the criticism aside when it was put to her on Tuesday. She said the government "
            "had ruled out force. \"I have met the families on both banks,\" she said.")
    assert _dates(run(text)) == ["2026-02-10"]


def test_a_speech_verb_below_a_long_lead(run):
    text = ("VARN, February 12 (Review) - Kestria has again asked Norland to reopen the crossing closed since "
            "the winter, Ilsa Marr, deputy head of the border commission, said on Wednesday.\n\n"
            "\"Ten years have passed, and the families still wait,\" Marr told journalists in Varn.")
    assert _dates(run(text)) == ["2026-02-11"]


def test_the_statement_named_again(run):
    text = ("The Valley Council also issued a statement on Monday. In the statement, board member Per Lund "
            "said the council's call for a \"safe and orderly return\" must be part of any deal.")
    assert _dates(run(text)) == ["2026-02-09"]


def test_another_speakers_day_dates_nothing(run):
    text = ("Ilsa Marr spoke to reporters on Monday.\n\nJane Roe said the plan was \"a trap for the whole "
            "valley and everyone in it\".")
    assert _dates(run(text)) == ["2026-02-12"]


def test_the_next_day(run):
    text = ("On Monday, the Norlandic foreign minister said the talks were \"at an advanced stage\". The next day, "
            "her Kestrian counterpart said they were \"far from finished\".")
    assert _dates(run(text)) == ["2026-02-09", "2026-02-10"]


def test_asked_then_replied(run):
    text = ("A Kestrian government spokesman, asked about the incident on Tuesday, replied: \"We have nothing "
            "to add to our statement.\"")
    result = run(text)
    assert [(q.speaker_actor, str(q.date)) for q in result.quotes if q.direct] == [("kestria", "2026-02-10")]


def test_asked_on_a_day(run):
    text = "Asked on Monday whether a deal was near, Jane Roe said: \"Closer than last year.\""
    assert _dates(run(text)) == ["2026-02-09"]


def test_an_interview_published_on_a_day(run):
    text = "In an interview published on Tuesday, Ilsa Marr said the treaty was \"ninety per cent ready\"."
    assert _dates(run(text)) == ["2026-02-10"]


def test_a_statement_issued_on_a_day_saying(run):
    text = "Jane Roe issued a statement on Monday saying Norland was \"committed to a lasting peace\"."
    assert _dates(run(text)) == ["2026-02-09"]


def test_a_week_later_after_a_dated_quote(run):
    text = ("Jane Roe told a news conference on 3 February that Norland was \"ready to talk\". A week later she "
            "said the offer was \"still on the table\".")
    assert _dates(run(text)) == ["2026-02-03", "2026-02-10"]


def test_speaking_beside_the_subject(run):
    text = ("Jane Roe, speaking on the sidelines of the summit in Selm last Thursday, said Norland wanted "
            "\"a fair deal\".")
    assert _dates(run(text)) == ["2026-02-05"]


def test_a_month_after_the_document_is_last_year(run):
    text = ("In June, Kestria's presidential aide said that \"Norland has no choice\", and in July a Norlandic "
            "deputy minister said the monitors had \"done their job\".")
    assert _dates(run(text)) == ["2025-06", "2025-07"]
