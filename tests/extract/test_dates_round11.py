"""Round 11: quote dates from a verb joined by "and" to the dated one, a release "of yesterday" that
dates no speech, and an interview already dated (invented states and people, hand-written sentences).

* "X received Y on Tuesday and said Kestria “…”", "In March 2024 she stood before the court and told
  it that “…”": the date phrase of the first verb dates the joined speech verb (same subject);
  "He repeated that …" then goes on with that date;
* "The talks collapsed on Monday and Roe said …" (a subject of its own) keeps no such date;
* "called the release of yesterday evening “…”": the phrase dates the release, not the words;
* "“…,” she told the Herald last week. … “…,” she told the Herald.": the same interview's date;
  "Asked in the same interview about X, she did not hesitate. “…,” she said.": likewise;
* a person introduced as "Her counterpart, X," is not the "she" of the text ("said of her" gives X no gender).
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round11dates",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Tom Hale"), ("Harnby",),
              ("Norlandic",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
HEAD = "Border talks\nThe Harbour Review\nFriday, 12 March 2027\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


_dates = quoted_dates


def test_a_verb_joined_by_and_takes_the_first_verbs_date(run):
    text = ("VARN - Kestria's foreign minister received Norland's envoy on Tuesday and said Kestria \"backs every "
            "accord the two valleys sign on their own\". He repeated that the pass \"will stay open to all\".")
    assert _dates(run(text)) == [
        ("backs every accord the two valleys sign on their own", "2027-03-09"),
        ("will stay open to all", "2027-03-09"),
    ]


def test_a_year_phrase_on_the_first_verb_dates_the_joined_speech(run):
    text = ("Ilsa Marr has argued her country's case for a decade. In May 2022 she stood before the tribunal in "
            "Harnby and told it that \"Kestria came here to be heard, not to be forgiven\".")
    assert _dates(run(text)) == [("Kestria came here to be heard, not to be forgiven", "2022-05")]


def test_a_joined_verb_with_its_own_subject_is_another_event(run):
    text = ("The talks collapsed on Monday and Jane Roe said the road \"can wait for better days\".")
    assert _dates(run(text)) == [("can wait for better days", "2027-03-12")]


def test_a_date_on_the_named_event_does_not_date_the_words(run):
    text = ("Two drivers freed by Kestria yesterday evening crossed into Harnby at dawn; Norland's foreign "
            "ministry called the release \"a step we will not forget\".")
    assert _dates(run(text)) == [("a step we will not forget", "2027-03-12")]


PROFILE = ("Ilsa Marr has led Kestria's road team for six years.\n\n"
           "\"The other side argued well,\" she told the Herald last week. \"That is why we settled.\"\n\n"
           "Her Norlandic counterpart, Tom Hale, said of her in February that \"she never gives a metre\". "
           "She still thinks the Norlandic side closed the pass on purpose, and says so.\n\n")


def test_the_same_interview_takes_its_date(run):
    text = PROFILE + ("Asked in the same interview about the valley villages, she did not hesitate. \"Those who "
                      "want to stay will find the law on their side,\" she said.")
    found = run(text)
    assert _dates(found)[-1] == ("Those who want to stay will find the law on their side", "2027-03")
    assert [q.speaker_actor for q in found.quotes if q.direct][-1] == "kestria"


def test_the_same_addressee_again_takes_the_interviews_date(run):
    text = PROFILE + "On the referendum she is careful. \"That is their vote,\" she told the Herald."
    found = run(text)
    assert _dates(found)[-1] == ("That is their vote", "2027-03")
    assert [q.speaker_actor for q in found.quotes if q.direct][-1] == "kestria"


def test_a_new_addressee_is_not_the_same_interview(run):
    text = PROFILE + "On the referendum she is careful. \"That is their vote,\" she told the Courier."
    assert _dates(run(text))[-1] == ("That is their vote", "2027-03-12")


def test_the_crowd_of_a_gathering_the_paragraph_narrated(run):
    text = ("VARN - Opposition parties brought thousands of people into the square on Saturday to protest against "
            "the vote. Petra Vale told the crowd that \"nobody asked the valley\". Police counted fewer.")
    assert _dates(run(text)) == [("nobody asked the valley", "2027-03-06")]


def test_the_crowd_of_another_paragraph_dates_nothing(run):
    text = ("VARN - Opposition parties brought thousands of people into the square on Saturday.\n\n"
            "Petra Vale told the crowd that \"nobody asked the valley\".")
    assert _dates(run(text)) == [("nobody asked the valley", "2027-03-12")]
