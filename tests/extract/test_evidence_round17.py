"""Round 17: speakers, dates and issue cues in wordings the tuning sets do not hold (invented states
and people, hand-written sentences, each rule with a case it must leave alone).

* "X will sign on 12 June, Y told reporters on Tuesday": the phrase on the speech verb dates the
  speaker's words, not the one on the act he announces (dates);
* "A day earlier, Y had told …", "the previous day": that many days before the last quote the text
  dated; a quote inside a dated report is not shifted again (dates_relative);
* "the aide" is the person the text called "assistant to the President" (speaker_roles.role_kin);
* "the Ruritanian Constitution": a demonym capitalised by spelling hides no keyword after it (issues);
* a label's adjective ("legal" of "legal claims") is half a cue on its own, and a label's participle
  ("missing" of "missing persons") matches only as written (issues);
* "mission" and "missing" have different stems (stance_lexicon.stem).
"""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Codebook, Issue
from parley.extract.speaker_roles import role_kin
from parley.extract.stance_lexicon import stem

BOOK = Codebook(
    "round17evidence",
    TOY_STATES,
    (
        Issue("treaty", "Conclude a peace treaty", keywords=("peace treaty",)),
        Issue("constitution", "Renounce territorial claims, including amending the constitution",
              keywords=("constitution",)),
        Issue("claims", "Withdraw interstate legal claims (courts, arbitration)", keywords=("arbitration",)),
        Issue("missing", "Release detainees and account for missing persons", keywords=("detainees",)),
        Issue("monitors", "Keep foreign monitoring missions in the region", keywords=("monitors",)),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)
R, B = "ruritania", "borduria"
HEAD = "Talks in Klow\nThe Harbour Review\n15 May 2030\n\n"


def issues_of(result) -> set[str]:
    return {p.issue for p in result.positions}


@pytest.mark.parametrize(("text", "day"), [
    ("Ruritania will sign the treaty in Klow on 12 June as agreed, Anna Black told diplomats at a briefing "
     "on Tuesday.\n\n“The pen is ready,” Black said.", "2030-05-14"),
    ("Borduria will ratify the accord on 20 June, Kurvi Tasch told reporters on Monday.\n\n"
     "“We have waited long enough,” Tasch said.", "2030-05-13"),
    ("The border will open on 1 July, Anna Black said on Sunday.\n\n“Every pillar counts,” Black said.", "2030-05-12"),
])
def test_the_speech_verbs_phrase_dates_the_words_not_the_announced_act(run, text, day):
    assert [d for _, d in quoted_dates(run(HEAD + text))] == [day]


def test_a_lead_with_only_the_acts_date_does_not_date_the_words_from_it(run):
    text = "Ruritania will sign the treaty on 12 June, Anna Black said.\n\n“The pen is ready,” Black said."
    assert [d for _, d in quoted_dates(run(HEAD + text))] != ["2030-06-12"]


@pytest.mark.parametrize(("text", "day"), [
    ("Anna Black said on Tuesday that the pen was “ready”.\n\nA day earlier, Kurvi Tasch had told reporters "
     "that the monitors “will stay as long as the mandate says”.", "2030-05-13"),
    ("Anna Black said on Tuesday that the pen was “ready”.\n\nTwo days earlier, Kurvi Tasch had said the road "
     "was “open to all”.", "2030-05-12"),
    ("Anna Black said on Tuesday that the pen was “ready”.\n\nThe previous day Kurvi Tasch had called the text "
     "“a fair basis”.", "2030-05-13"),
])
def test_a_day_earlier_counts_back_from_the_last_dated_quote(run, text, day):
    assert quoted_dates(run(HEAD + text))[-1][1] == day


def test_without_an_earlier_dated_quote_a_day_earlier_leaves_the_publication_date(run):
    text = "A day earlier, Kurvi Tasch had told reporters that the monitors “will stay as long as the mandate says”."
    assert quoted_dates(run(HEAD + text))[-1][1] == "2030-05-15"


@pytest.mark.parametrize(("heads", "kin"), [
    ({"aide"}, {"assistant", "adviser"}),
    ({"spokesman"}, {"spokeswoman", "spokesperson"}),
    ({"envoy"}, {"emissary"}),
])
def test_role_kin_names_the_same_post(heads, kin):
    assert kin <= role_kin(heads)


def test_role_kin_leaves_other_posts_apart():
    assert "minister" not in role_kin({"aide"}) and role_kin({"minister"}) == {"minister"}


@pytest.mark.parametrize("text", [
    "Anna Black, assistant to the President of Ruritania, met reporters.\n\nThe aide said the talks had been “useful for both sides”.",
    "Anna Black, adviser to the Ruritanian President, spoke first.\n\nThe aide said the text was “nearly ready”.",
    "Kurvi Tasch, assistant to the Bordurian premier, arrived late.\n\nThe aide said the delay was “purely technical”.",
])
def test_the_aide_is_the_assistant_named_before(run, text):
    assert [actor for _, actor in quoted_speakers(run(HEAD + text))] == [B if "Tasch" in text else R]


@pytest.mark.parametrize("text", [
    "Anna Black welcomed the Bordurian Constitution, approved in December.",
    "Kurvi Tasch praised the new Ruritanian Constitution.",
    "Anna Black said the Syldavian Constitution had been amended as promised.",
])
def test_a_demonym_does_not_hide_a_keyword(run, text):
    assert "constitution" in issues_of(run(text))


def test_a_name_of_several_capitalised_words_still_hides_a_keyword(run):
    assert "constitution" not in issues_of(run("Anna Black praised the Harbour Constitution."))


@pytest.mark.parametrize(("text", "issue", "found"), [
    ("Anna Black said the text had removed the last legal obstacle to the signing.", "claims", False),
    ("Anna Black signed a treaty on peace and interstate relations.", "claims", False),
    ("Anna Black called for interstate legal claims to be withdrawn.", "claims", True),
    ("Anna Black said the Union stands ready to support a joint mechanism on the missing.", "missing", True),
    ("Anna Black said that nobody in Klow misses the old format.", "missing", False),
    ("Anna Black welcomed the monitoring missions and called on Borduria to accept them.", "monitors", True),
])
def test_label_words_alone(run, text, issue, found):
    assert (issue in issues_of(run(text))) is found


@pytest.mark.parametrize(("one", "other"), [("mission", "missing"), ("missions", "missed"), ("session", "sess")])
def test_mission_is_not_missing(one, other):
    assert stem(one) != stem(other)


def test_other_ion_words_keep_their_stems():
    assert stem("decisions") == stem("decision") and stem("commissions") == stem("commission")
