"""Round 6: speakers inside longer attribution words, story-level quote dates, labels in marks
and collectives (invented states and people, hand-written sentences).

Conventions tested (see speaker_trim, speakers, dates, dates_lead and dates_relative):

* the words before a cue verb may open with a phrase of time ("On Thursday …", "At the same
  time …", "In a thread on Wednesday morning he …"), "according to", or carry a participle
  clause or a main clause around the cue: the grammatical subject names the speaker;
* a word that is a cue verb only in spelling ("a second post", "the United States") cues nothing;
* "the aide, who wrote that …" is the aide's; "… and described X as “…”" is the first verb's subject's;
* "told The Harbour Review" names an outlet, not a person a later "he" could point to;
* a lead sentence that dates its event on its (non-speech) main verb dates the report's undated
  quotes; "a day later", "that night" and "he added" date against earlier quotes;
* marks around a label without letters ("3+3") make no quote; "Western capitals" is the
  collective named "Western countries".
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round6",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe",), ("Harnby",), ("Norlandic",)),
        Actor("kestrian_opposition", "Kestrian opposition", "party", ("Unity Front",), ("Vera Holm",)),
        Actor("outside", "International community", "collective", ("Western countries", "international partners")),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
)
K, N = "kestria", "norland"
HEAD = "Border talks\nThe Harbour Review\n12 February 2026\n\n"  # a Thursday


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


_speakers = quoted_speakers


SPEAKER_CASES = [
    ("time phrase before a role subject",
     "On Thursday Norland's foreign minister told reporters: \"The border talks have no alternative.\"",
     [("The border talks have no alternative", N)]),
    ("a date opener is no topic",
     "On Thursday Norland's foreign minister told reporters in Harnby: \"The peace agenda has no alternative, "
     "and we will not be drawn into a new war.\"",
     [("The peace agenda has no alternative, and we will not be drawn into a new war", N)]),
    ("at the same time the diplomat",
     "A Norlandic deputy foreign minister said on Monday that the talks would resume soon. At the same time "
     "the diplomat accused Kestria of trying to \"wreck every agreement we have reached.\"",
     [("wreck every agreement we have reached", N)]),
    ("a second verb joined to the subject",
     "A Norlandic deputy foreign minister said on Monday that the talks would resume soon. At the same time "
     "the diplomat accused Kestria of trying to \"wreck every agreement we have reached\" and described the "
     "mission on the border as \"a factor of tension rather than calm.\"",
     [("wreck every agreement we have reached", N), ("a factor of tension rather than calm", N)]),
    ("according to a role",
     "The talks went on. According to the representative of Norland, the new road will serve the valley "
     "\"as a link that belongs to everyone and is owned by its hosts.\"",
     [("as a link that belongs to everyone and is owned by its hosts", N)]),
    ("a post is no cue",
     "Kestria's foreign ministry spokeswoman posted a photo of the two men. \"A good day, not the last one,\" "
     "she wrote. In a second post that night she thanked \"our partners who worked quietly for this result.\"",
     [("A good day, not the last one", K), ("our partners who worked quietly for this result", K)]),
    ("a relative who is its noun's",
     "Norland's answer came from the Norlandic presidential aide, who wrote that \"peace begins when the claims "
     "are dropped from the charter, not with speeches.\"",
     [("peace begins when the claims are dropped from the charter, not with speeches", N)]),
    ("the main clause's subject, not the clause words",
     "Ilsa Marr went further. She called on the government to demand the return of the displaced "
     "\"under an international mechanism, not on anyone's word.\"",
     [("under an international mechanism, not on anyone's word", K)]),
    ("an outlet after the article is no person",
     "Norland's ambassador in Varn told The Harbour Review that his government backed the plan \"as long as "
     "the border stays exactly where it is.\" He accused unnamed Western states of \"using the road as a "
     "trojan horse.\"",
     [("as long as the border stays exactly where it is", N), ("using the road as a trojan horse", N)]),
    ("a name in apposition to the subject",
     "When a Kestrian opposition leader, Vera Holm, tells a rally that \"the valley is only sleeping,\" "
     "people in Norland hear a threat.",
     [("the valley is only sleeping", "kestrian_opposition")]),
    # negatives: nothing to narrow, or nobody to find
    ("a plain subject stays as it is",
     "\"We want the treaty signed this year,\" Jane Roe said.", [("We want the treaty signed this year", N)]),
    ("a time phrase with nobody of an actor after it",
     "On Thursday the valley was quiet. At the same time many people in the villages said the roads were "
     "\"closed to every kind of traffic for weeks.\"",
     [("closed to every kind of traffic for weeks", None)]),
]


@pytest.mark.parametrize("name, text, expected", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_speaker_actor(run, name, text, expected):
    assert _speakers(run(text)) == expected, name


def test_a_participle_with_no_subject_reports_nothing(run):
    """"X, an adviser, spent an hour explaining …" reports no words of "spent an hour", which would
    hide X from the later "the adviser said"."""
    text = ("Tomas Grell, an adviser to Kestria's prime minister, spent an hour on Thursday explaining the plan "
            "to reporters. \"We are building a road, not surrendering a province,\" the adviser said.")
    assert [q.speaker for q in run(text).quotes if q.direct] == ["Tomas Grell"]


def test_a_label_without_letters_is_no_quote(run):
    result = run("The deputy minister said Norland favoured resuming the regional \"3+3\" platform next year.")
    assert "3+3" not in [q.text for q in result.quotes if q.direct]


def test_a_short_number_said_is_a_quote(run):
    result = run("Asked how many crossings would open, \"Two,\" Jane Roe said.")
    assert [q.text for q in result.quotes if q.direct] == ["Two"]


def test_western_capitals_are_the_collective(run):
    result = run("Kestria accused Western capitals of trying to drag the region into their games.")
    assert "outside" in {m.actor for m in result.mentions}


def test_a_western_company_is_not(run):
    result = run("Kestria said a Western company would build the road.")
    assert "outside" not in {m.actor for m in result.mentions}


def _dates(result):
    return [str(q.date) for q in result.quotes if q.direct]


def test_lead_event_dates_the_report(run):
    text = ("VARN - Kestria's parliament debated the annual report on the talks for six hours on Wednesday, "
            "with the majority and the opposition trading accusations.\n\n"
            "Ilsa Marr defended the text. \"We did not initial this treaty to put it in a drawer,\" she told "
            "the chamber.\n\nJane Roe replied that the opposition \"offers no plan except another war.\"")
    assert _dates(run(text)) == ["2026-02-11", "2026-02-11"]


def test_a_day_on_the_subject_dates_no_report(run):
    text = ("The handover of two detainees at the crossing on Tuesday drew a stream of reactions online.\n\n"
            "\"Mercy is our choice, not a concession,\" Jane Roe wrote on X.")
    assert _dates(run(text)) == ["2026-02-12"]


def test_a_speakers_lead_dates_only_that_speaker(run):
    text = ("VARN - Kestria is ready to sign the treaty, Ilsa Marr said on Tuesday.\n\n"
            "Jane Roe told the Review that Kestria's offer was \"a historic mistake for the whole valley.\"")
    assert _dates(run(text)) == ["2026-02-12"]


def test_a_day_later(run):
    text = ("On Monday Kestria's foreign minister told reporters: \"The peace agenda has no alternative.\" "
            "Norland's answer came a day later from the Norlandic presidential aide, who wrote that \"peace "
            "begins when the claims are dropped.\"")
    assert _dates(run(text)) == ["2026-02-09", "2026-02-10"]


def test_that_night_and_a_role_named_before(run):
    text = ("Kestria's foreign ministry spokeswoman posted a photo of the two men late on Tuesday. \"A good day, "
            "not the last one,\" she wrote. In a second post that night she thanked \"our partners who "
            "worked quietly for this result.\"")
    assert _dates(run(text)) == ["2026-02-10", "2026-02-10"]


def test_later_that_day(run):
    text = ("Jane Roe spoke at a rally on Tuesday. \"The valley will not be divided,\" she said.\n\n"
            "Ilsa Marr, speaking to reporters later that day, said the plan was \"a trap for the whole region.\"")
    assert _dates(run(text)) == ["2026-02-10", "2026-02-10"]


def test_he_added_after_other_material(run):
    text = ("Tomas Grell, an adviser to Kestria's prime minister, spent an hour on Tuesday explaining the plan. "
            "\"We are building a road, not surrendering a province,\" the adviser said.\n\n"
            "Norland reads the map differently, and its envoy Jane Roe told a forum that the road \"must "
            "stay under our control.\"\n\n"
            "Grell, for one, is wary of promises. \"We have heard many times that a deal is close,\" he added.")
    assert _dates(run(text)) == ["2026-02-10", "2026-02-12", "2026-02-10"]


def test_he_said_after_other_material_keeps_the_publication_date(run):
    text = ("Tomas Grell, an adviser to Kestria's prime minister, spent an hour on Tuesday explaining the plan. "
            "\"We are building a road, not surrendering a province,\" the adviser said.\n\n"
            "Norland reads the map differently, and its envoy Jane Roe told a forum that the road \"must "
            "stay under our control.\"\n\n"
            "Grell spoke again at a rally. \"We have heard many times that a deal is close,\" he said there.")
    assert _dates(run(text))[-1] == "2026-02-12"
