"""Round 10: quote dates from a body named through "its director, X," and from an interview's
"We spoke … on Monday" for a headline quote given to a role (invented states and people).

* "The League wrote to Y on Thursday. “…,” its director, X, wrote in the letter.": Thursday;
* "X signed the accord on Monday. Speaking at the same ceremony, Y called it “…”": with no earlier quote
  dated, the narrated event's Monday;
* "“…,” X told reporters on Monday. Her counterpart said …": the counterpart spoke then too;
* "Kestria 'will not sign under pressure', says minister" over a lead that says the same words "…, its
  foreign minister said on Wednesday": Wednesday, and the minister is Kestria's;
* "“…”: Kestria's envoy on the road" over an interview whose introduction says "We spoke in
  Harnby on Monday": Monday; a "We" sentence about something else dates nothing.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round10dates",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe",), ("Harnby",), ("Norlandic",)),
        Actor("kestrian_diaspora", "Kestrian diaspora", "community", ("Kestrian Heritage League",), ("Olga Brant",),
              camp="kestria"),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
HEAD = "Border talks\nThe Harbour Review\nSaturday, 28 February 2026\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


_dates = quoted_dates


def test_its_director_is_dated_by_the_bodys_sentence(run):
    text = ("In Harnby, the Kestrian Heritage League asked the Norlandic government on Thursday to free the "
            "teachers. \"Not one coin for the road while our teachers sit in prison,\" its director, Olga Brant, "
            "wrote in the letter.")
    assert _dates(run(text)) == [("Not one coin for the road while our teachers sit in prison", "2026-02-26")]


INTERVIEW = "\"A road does not care who paves it\": Kestria's envoy on the new road\nThe Harbour Review\n" \
            "Interview by Tom Gray\n28 February 2026\n\n"


def test_we_spoke_dates_the_interviewees_headline_quote(run):
    text = ("Ilsa Marr is Kestria's special envoy for transport. We spoke in Harnby on Monday, a week after the "
            "road deal was signed.\n\nQ: Does the deal matter to you?\n\nMarr: It matters a great deal. A road "
            "does not care who paves it.\n")
    assert _dates(run(text, INTERVIEW)) == [("A road does not care who paves it", "2026-02-23")]


def test_a_we_sentence_without_a_conversation_dates_nothing(run):
    text = ("Ilsa Marr is Kestria's special envoy for transport. We reported on Monday that the road deal was "
            "signed.\n\nQ: Does the deal matter to you?\n\nMarr: It matters a great deal. A road does not care "
            "who paves it.\n")
    assert _dates(run(text, INTERVIEW)) == [("A road does not care who paves it", "2026-02-28")]


def test_the_same_ceremony_is_the_narrated_one(run):
    text = ("Ilsa Marr signed the accord in Harnby on Monday. Speaking at the same ceremony, Jane Roe called it "
            "\"a day for our children\".")
    assert _dates(run(text)) == [("a day for our children", "2026-02-23")]


def test_the_same_ceremony_with_no_narrated_date_keeps_the_publication(run):
    text = ("Ilsa Marr signed the accord in Harnby. Speaking at the same ceremony, Jane Roe called it "
            "\"a day for our children\".")
    assert _dates(run(text)) == [("a day for our children", "2026-02-28")]


def test_a_counterpart_answers_on_the_same_day(run):
    text = ("\"This is a good day for both our peoples,\" Ilsa Marr told reporters in Harnby on Monday. Her "
            "Norlandic counterpart, Jane Roe, said the pass would open \"within a few weeks\".")
    assert _dates(run(text)) == [("This is a good day for both our peoples", "2026-02-23"),
                                 ("within a few weeks", "2026-02-23")]


def test_a_counterpart_with_a_date_of_her_own_keeps_it(run):
    text = ("\"This is a good day for both our peoples,\" Ilsa Marr told reporters in Harnby on Monday. Her "
            "Norlandic counterpart, Jane Roe, said on Wednesday the pass would open \"within a few weeks\".")
    assert _dates(run(text))[-1] == ("within a few weeks", "2026-02-25")


def test_a_headline_quote_paraphrased_in_the_lead_takes_its_date(run):
    head = "Kestria 'will not sign under pressure', says minister\nThe Harbour Review\n28 February 2026\n\n"
    text = ("Kestria will not sign a deal under pressure, its foreign minister said on Wednesday, as talks with "
            "Norland entered a third week.")
    quotes = [q for q in run(text, head).quotes if q.direct]
    assert [(q.text, q.speaker_actor, str(q.date)) for q in quotes] == [
        ("will not sign under pressure", "kestria", "2026-02-25")]
