"""Round 5 of the position rules: texts in the issuer's or the interviewee's own voice.

* an address or statement whose title names its issuer through an office ("Address by the
  President of the Republic of X"): the first-person body is X's;
* a press release: "both delegations" are the parties its opening named; "raised the issue of
  X" presses for X;
* an op-ed in a bare file: the author's institution from a byline "Name | Commentary |
  Institute" or from the closing author note, looked up in the codebook's affiliations;
* an interview, with "Q:"/"A:" labels or printed as question and answer paragraphs: the
  answers are the interviewee's words, the questions nobody's position;
* "the government" seen from an opposition bloc is its country's; "fight any change to X"
  opposes X; a mission that "should remain" is its presence wanted; "nor should … double
  standards" criticises one-sidedness.

Texts are about invented states, bodies and people (Ruritania, Borduria, the Lantern faction).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.interview import interview_turns
from parley.extract.voice import named_affiliation, titled_issuer

BOOK = Codebook(
    "toy-round5",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania", "Ruritanian side"), ("Rudolf Rassendyll",),
              ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria", "Bordurian side"), ("Kurvi Tasch",),
              ("Szohod",), ("Bordurian",)),
        Actor("lantern", "Ruritanian opposition", "party", ("Lantern faction",), ("Ottokar Brand",),
              camp="ruritania"),
        Actor("lakeside", "Lakeside Mission", "organisation", ("Lakeside monitoring mission",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty",)),
        Issue("force", "Refrain from the threat or use of force", keywords=("use of force", "war")),
        Issue("rail", "Reopen railways and transport links", keywords=("railway",)),
        Issue("prisoners", "Release detainees and prisoners of war", keywords=("prisoners of war", "detainees")),
        Issue("presence", "Keep foreign monitors' presence in the region", keywords=("monitoring mission",)),
        Issue("constitution", "Renounce territorial claims, including amending the constitution",
              keywords=("constitution", "preamble")),
        Issue("balance", "International actors treat both sides evenly (a one-sided approach is criticised)",
              keywords=("double standards",)),
    ),
    outlet_camps=(("The Lakeland Post", "independent"),),
    affiliation_camps=(("Centre for Bordurian Studies", "borduria"), ("Lakeland Peace Institute", "independent")),
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


def triples(result) -> set[tuple[str, str, str]]:
    return {(p.actor, p.issue, p.stance) for p in result.positions}


# --- an address in the issuer's own voice ------------------------------------------------------
ADDRESS = (
    "Address by the President of the Republic of Ruritania on the occasion of Independence Day\n\n"
    "Strelsau, 28 May 2025\n\n"
    "Dear compatriots,\n\n"
    "Five years ago few people believed that our country would stand where it stands today.\n\n"
)


def test_an_address_by_an_office_of_the_issuer_speaks_for_it_in_the_first_person(run):
    found = triples(run(ADDRESS + "We want a comprehensive peace treaty, and we are ready to sign it this year.\n"))
    assert ("ruritania", "peace", "support") in found


def test_an_address_refusing_war_in_the_first_person_supports_non_use_of_force(run):
    found = triples(run(ADDRESS + "We do not want a new war with anyone in our region.\n"))
    assert ("ruritania", "force", "support") in found
    assert ("ruritania", "force", "oppose") not in found


def test_an_accusation_in_an_address_is_no_position_of_the_accused(run):
    found = triples(run(ADDRESS + "Szohod is preparing a new war against our villages, whatever it says.\n"))
    assert not any(actor == "borduria" and issue == "force" for actor, issue, _ in found)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True)
class _Mention:
    span: _Span
    actor: str


def test_the_issuer_is_named_after_the_statement_word_not_before_it():
    after = "Address by the President of the Republic of Ruritania\n\nBody."
    start = after.index("Republic")
    assert titled_issuer(after, len(after) - 5, [_Mention(_Span(start, start + 21), "ruritania")]) == "ruritania"
    before = "Ruritania: Statement by the Spokesperson on the talks\n\nBody."
    assert titled_issuer(before, len(before) - 5, [_Mention(_Span(0, 9), "ruritania")]) is None


# --- a press release after a round of talks ----------------------------------------------------
RELEASE = (
    "MINISTRY OF FOREIGN AFFAIRS\nPress release\n\n"
    "On 11-12 June, a round of talks between the delegations of Ruritania and Borduria took place in Lakeside.\n\n"
    "The delegations discussed a wide range of issues on the bilateral agenda.\n\n"
    "The Ruritanian side thanked the hosts for their hospitality.\n\n"
)


def test_both_delegations_are_the_parties_the_opening_named(run):
    found = triples(run(RELEASE + "Both delegations reaffirmed their commitment to refrain from the use of force.\n"))
    assert {("ruritania", "force", "support"), ("borduria", "force", "support")} <= found


def test_raising_the_issue_of_something_presses_for_it(run):
    found = triples(run(RELEASE + "The Bordurian side once again raised the issue of the prisoners of war held in "
                                  "Strelsau.\n"))
    assert ("borduria", "prisoners", "support") in found


def test_discussing_an_issue_takes_no_side(run):
    found = triples(run(RELEASE + "The delegations also discussed the railway and the state of the roads.\n"))
    assert not any(issue == "rail" for _, issue, _ in found)


# --- op-eds in bare files ----------------------------------------------------------------------
OPED_BODY = (
    "For three decades we were told that time was on our side, and it was not.\n\n"
    "The peace treaty must be signed this year, whatever the critics say about its wording.\n"
)


def test_the_byline_institution_gives_the_op_ed_its_camp(run):
    header = "A treaty at last\n\nMira Holt | Commentary | Centre for Bordurian Studies | 3 July 2025\n\n"
    assert ("borduria", "peace", "support") in triples(run(header + OPED_BODY))


def test_the_author_note_institution_gives_the_op_ed_its_camp(run):
    text = "A treaty at last\n\n" + OPED_BODY + "\nMira Holt is a senior fellow at the Centre for Bordurian Studies.\n"
    assert named_affiliation(text, len("A treaty at last\n\n"), BOOK.affiliation_camps) == "borduria"
    assert ("borduria", "peace", "support") in triples(run(text))


def test_the_documents_camp_is_the_byline_institutions(run):
    header = "A treaty at last\n\nMira Holt | Commentary | Centre for Bordurian Studies | 3 July 2025\n\n"
    assert run(header + OPED_BODY).camp == "borduria"
    news = "Talks resume\n\nStrelsau, 3 July 2025\n\nThe Centre for Bordurian Studies said the talks would resume.\n"
    assert run(news).camp is None  # a news story naming the institution does not speak for it


def test_an_independent_institution_gives_no_author_positions(run):
    header = "A treaty at last\n\nMira Holt | Commentary | Lakeland Peace Institute | 3 July 2025\n\n"
    found = triples(run(header + OPED_BODY))
    assert not any(issue == "peace" and actor in {"borduria", "ruritania"} for actor, issue, _ in found)


def test_a_mission_that_should_remain_is_its_presence_wanted(run):
    header = "Staying the course\n\nMira Holt | Commentary | Centre for Bordurian Studies | 3 July 2025\n\n"
    found = triples(run(header + "First, the Lakeside monitoring mission should remain on our side of the "
                                 "border for as long as the line is not agreed.\n"))
    assert ("borduria", "presence", "support") in found


def test_a_mission_that_only_speaks_is_no_presence_issue(run):
    header = "Staying the course\n\nMira Holt | Commentary | Centre for Bordurian Studies | 3 July 2025\n\n"
    found = triples(run(header + "The Lakeside monitoring mission said on Monday that the talks on the border "
                                 "would resume next week.\n"))
    assert not any(issue == "presence" for _, issue, _ in found)


def test_nor_should_partners_fall_into_double_standards_criticises_one_sidedness(run):
    header = "Even hands\n\nMira Holt | Commentary | Centre for Bordurian Studies | 3 July 2025\n\n"
    found = triples(run(header + "Nor should our partners fall into double standards when they speak of us.\n"))
    assert ("borduria", "balance", "support") in found
    assert ("borduria", "balance", "oppose") not in found


# --- interviews --------------------------------------------------------------------------------
INTRO = (
    "INTERVIEW\nA faction against the deal: Ottokar Brand\n\n"
    "The Lakeland Post | 9 July 2025\n\n"
    "Ottokar Brand leads the Lantern faction in the Ruritanian parliament. He spoke to us in Strelsau.\n\n"
)


def _interview(*turns: str) -> str:
    return INTRO + "\n\n".join(turns) + "\n"


def test_the_interviewees_unquoted_answers_are_his_positions(run):
    text = _interview(
        "The government says the peace treaty is ready. What is your view?",
        "We will vote against the peace treaty in parliament, whatever the government says.",
        "Szohod insists that the railway must reopen first. Would you accept that?",
        "We will fight any change to the preamble of our constitution.",
        "Do you expect the vote to pass?",
        "Probably, yes. The government has the votes.",
    )
    found = triples(run(text))
    assert ("lantern", "peace", "oppose") in found
    assert ("lantern", "constitution", "oppose") in found
    assert ("lantern", "constitution", "support") not in found


def test_what_the_interviewer_reports_is_not_the_interviewees_position(run):
    text = _interview(
        "Szohod insists that the railway must reopen first. Would you accept that?",
        "We will discuss that after the elections are over.",
        "The government says the peace treaty is ready. What is your view?",
        "I have not read the text, and nobody in our faction has seen it.",
        "The peace treaty must be signed before the elections, many say. Is that wrong?",
        "Probably, yes. We shall see what our voters say.",
    )
    found = triples(run(text))
    assert not any(actor == "lantern" for actor, _, _ in found)
    assert ("ruritania", "peace", "support") in found  # "the government" of the opposition's country


def test_an_accusation_put_by_the_interviewer_is_no_position(run):
    text = _interview(
        "You are often accused of wanting a new war.",
        "That is government propaganda, nothing more.",
        "What about the prisoners?",
        "Their families deserve an answer.",
        "And the railway?",
        "That will come later.",
    )
    found = triples(run(text))
    assert not any(actor == "lantern" and issue == "force" for actor, issue, _ in found)


def test_labelled_answers_are_the_interviewees_words(run):
    text = INTRO + (
        "Q: What do you want from the talks?\n"
        "A: We want the prisoners of war released before anything is signed.\n"
        "Q: And the railway?\n"
        "A: It can wait.\n"
    )
    assert ("lantern", "prisoners", "support") in triples(run(text))


def test_interview_turns_need_an_interview_and_alternating_paragraphs():
    speakers = [(INTRO.index("Ottokar Brand leads"), "lantern", "Ottokar Brand")]
    text = _interview("Why now?", "Because we have waited long enough.", "And then?", "We shall see.",
                      "Who decides?", "The voters do.")
    turns = interview_turns(text, speakers)
    assert [actors for _, actors, _ in turns] == [(), ("lantern",), (), ("lantern",), (), ("lantern",)]
    story = text.replace("INTERVIEW", "NEWS").replace("He spoke to us", "He was")
    assert interview_turns(story, speakers) == []  # not said to be an interview


def test_rhetorical_questions_answered_in_the_third_person_are_no_interview():
    speakers = [(INTRO.index("Ottokar Brand leads"), "lantern", "Ottokar Brand")]
    text = _interview("Why now?", "Because the time has come.", "And then?", "Nobody knows.",
                      "Who decides?", "The voters do.")
    assert interview_turns(text, speakers) == []
