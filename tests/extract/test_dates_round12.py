"""Round 12: quote dates from a gathering (invented states and people, hand-written sentences).

* a seminar report whose lead dates the gathering on its subject ("The Centre's winter seminar on
  Tuesday brought four speakers …") dates every panellist's undated quote, even after a headline
  that reads as a sentence (a question);
* "Our guest at the assembly, X, told members that …" takes the date an earlier sentence gave the
  assembly ("at the community assembly on 3 March"); "The march ended outside parliament. “…,” X
  told the crowd." takes the day the march was narrated with ("marched … on Tuesday evening");
* "last week" said on a Saturday whose Monday-to-Sunday week before spans two months is the month
  holding most of its days.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round12dates",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr", "Otto Brenn"), ("Varn",),
              ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Tom Hale"), ("Harnby",),
              ("Norlandic",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
HEAD = "Border talks\nThe Harbour Review\nFriday, 12 March 2027\n\n"
QUESTION_HEAD = "After the talks: can two valleys share one road? A seminar report\nHarbour Centre\nFriday, 12 March 2027\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


_dates = quoted_dates


def test_a_seminar_dated_in_the_lead_dates_its_panellists_quotes(run):
    text = ("The Centre's spring seminar on Tuesday brought three speakers from two capitals to discuss the road "
            "accord. Ilsa Marr of the Varn Institute spoke first. \"The road is open, and it will stay open,\" "
            "Marr said.\n\nJane Roe disagreed. She said the valleys needed \"a treaty, not a timetable\".")
    assert _dates(run(text, head=QUESTION_HEAD)) == [
        ("The road is open, and it will stay open", "2027-03-09"),
        ("a treaty, not a timetable", "2027-03-09"),
    ]


def test_a_lead_that_dates_no_gathering_dates_nothing(run):
    text = ("Kestria's new bridge on Tuesday drew crowds from both valleys to the border town of Varn. "
            "\"The road is open, and it will stay open,\" Ilsa Marr said.")
    assert _dates(run(text)) == [("The road is open, and it will stay open", "2027-03-12")]


def test_a_guest_at_the_assembly_speaks_on_the_assemblys_day(run):
    text = ("\"We came to listen,\" said Otto Brenn at the community assembly on 3 March. \"And we will come back.\"\n\n"
            "Our guest at the assembly, the Norlandic deputy Jane Roe, told members that her party would "
            "\"vote against any change written in Varn\". Not everyone agreed with her.")
    assert _dates(run(text)) == [
        ("We came to listen And we will come back", "2027-03-03"),
        ("vote against any change written in Varn", "2027-03-03"),
    ]


def test_a_march_narrated_earlier_dates_the_words_told_to_its_crowd(run):
    text = ("In Harnby, several thousand people marched through the centre on Tuesday evening to demand the "
            "release of the prisoners.\n\nThe march ended outside the parliament building. \"We are not against "
            "peace, we are against a peace that forgets our sons,\" Jane Roe told the crowd.")
    assert _dates(run(text)) == [("We are not against peace, we are against a peace that forgets our sons", "2027-03-09")]


def test_an_undated_assembly_dates_nothing(run):
    text = ("The assembly met in Harnby.\n\nOur guest at the assembly, Jane Roe, told members that her party would "
            "\"vote against any change written in Varn\".")
    assert _dates(run(text)) == [("vote against any change written in Varn", "2027-03-12")]


def test_last_week_on_a_saturday_is_the_month_of_most_of_its_days(run):
    head = "Border talks\nThe Harbour Review\nSaturday, 12 February 2028\n\n"
    text = "Norland's prime minister said last week that \"the constitution is a matter for our voters\"."
    assert _dates(run(text, head=head)) == [("the constitution is a matter for our voters", "2028-02")]


@pytest.mark.parametrize(
    "lead",
    [
        "The Centre's spring seminar, held on Tuesday, brought three speakers to discuss the road accord.",
        "Three speakers met on Tuesday at the Centre's spring seminar to discuss the road accord.",
        "The Centre held its spring seminar on Tuesday, with three speakers discussing the road accord.",
    ],
)
def test_a_seminar_held_or_met_at_dates_the_quotes_after_it(run, lead):
    text = lead + " \"The road is open, and it will stay open,\" Ilsa Marr said."
    assert _dates(run(text)) == [("The road is open, and it will stay open", "2027-03-09")]


def test_a_speakers_own_lead_at_a_forum_dates_only_their_words(run):
    text = ("Ilsa Marr said on Tuesday at the Varn forum that the pass \"will stay open to all\".\n\n"
            "\"We will see,\" Jane Roe said.")
    assert _dates(run(text)) == [("will stay open to all", "2027-03-09"), ("We will see", "2027-03-12")]


def test_speaking_at_a_conference_dated_before_takes_its_day(run):
    text = ("Kestria hosted a conference on Monday on the future of the pass, and its envoys met their Norlandic "
            "counterparts in Harnby on Wednesday.\n\nSpeaking at the conference, Ilsa Marr said the pass "
            "\"will stay open to all\".")
    assert _dates(run(text)) == [("will stay open to all", "2027-03-08")]


def test_a_gathering_still_to_come_dates_nothing(run):
    text = ("The commission's next meeting on 2 April will be held in Harnby.\n\n"
            "Our guest at the meeting, Jane Roe, told members that her party would \"vote against any change\".")
    assert _dates(run(text)) == [("vote against any change", "2027-03-12")]


def test_words_told_to_a_conference_dated_before_take_its_day(run):
    text = ("Ministers from both valleys opened the Harnby conference on 8 March with a minute of silence.\n\n"
            "Jane Roe's deputy, Ilsa Marr, told the conference that Kestria \"will not wait for ever\".")
    assert _dates(run(text)) == [("will not wait for ever", "2027-03-08")]
