"""Round 7: short quotes kept by their grammar, speakers known by a role, and community names
(invented states and people, hand-written sentences).

Conventions tested (see quotes, quotes_headline, speakers, speaker_characterised,
speaker_interview, speaker_issuer, speaker_roles, reported, actors and actor_phrases):

* coordinated words after an article ("a “swift and total” answer") are a speaker's words, not a
  term; "what the ministry called “…”" gives the ministry's words, "a plan called “…”" names it;
* a headline that is one quoted clause is a quote; in an interview it is the interviewee's;
* "an adviser to X's president" and "an aide to X" serve X (an envoy to X is only sent there);
* a role with a capitalised qualifier of its own ("the Federal Foreign Minister") is not the
  earlier "Kestrian Foreign Minister"; in a release whose first line names its issuing
  institution, it is that institution's actor;
* "… and urged X to …" shares the subject of the verb it is joined to;
* a reported clause ends at a direct quote when a joined report of someone else follows;
* a community named "<People> of <Place>" is also named by "<People> who fled <Place>" as a
  clause's subject; a capital after "guards from" is a place.
"""

from __future__ import annotations

import pytest
from round_helpers import quoted_speakers

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "round7",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Olaf Dunn"), ("Harnby",),
              ("Norlandic",)),
        Actor("ostmark", "Ostmark", "state", ("Ostmark government",), (), ("Selm",), ("Ostmarker",)),
        Actor("union", "Northern Union", "organisation", ("NU",), (), ("Aldgate",)),
        Actor("valley_people", "Valley Tessarines", "community", ("Tessarines of Brenna",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    affiliation_camps=(("Federal Office for External Affairs", "ostmark"),),
)
K, N, O = "kestria", "norland", "ostmark"
HEAD = "Border talks\nThe Harbour Review\n12 February 2026\n\n"  # a Thursday


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(default_config(), BOOK)


@pytest.fixture(scope="module")
def run(pipeline):
    return lambda text: pipeline.run(Document.from_text(HEAD + text))


_speakers = quoted_speakers


SPEAKER_CASES = [
    ("coordinated words after an article are said",
     "Kestria's defence minister warned that any new incident would meet a \"swift and total\" answer.",
     [("swift and total", K)]),
    ("a comma list after an article is said",
     "Jane Roe said Norland wanted a \"fair, lasting and verifiable settlement\" before winter.",
     [("fair, lasting and verifiable settlement", N)]),
    ("what the ministry called",
     "Norland welcomed what its foreign ministry called \"an honest first step\" and urged Varn to reopen "
     "the crossing \"within a month\".",
     [("an honest first step", N), ("within a month", N)]),
    ("what he called, after another actor",
     "Kestria's foreign minister thanked Harnby for what he called \"its patient mediation\".",
     [("its patient mediation", K)]),
    ("an adviser to a president",
     "An adviser to Norland's president called the offer \"a gift wrapped around a trap\" on Monday.",
     [("a gift wrapped around a trap", N)]),
    ("an aide to a state",
     "An aide to Kestria, speaking on condition of anonymity, said: \"We will not sign anything this month.\"",
     [("We will not sign anything this month", K)]),
]


@pytest.mark.parametrize("name, text, expected", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_speaker_actor(run, name, text, expected):
    assert _speakers(run(text)) == expected, name


def test_a_term_after_an_article_stays_a_term(run):
    result = run("Jane Roe said the \"valley format\" had run its course.")
    assert "valley format" not in [q.text for q in result.quotes if q.direct]


def test_a_plan_called_by_nobody_is_a_name(run):
    result = run("Olaf Dunn said a plan called \"open valley\" was not on the table.")
    assert "open valley" not in [q.text for q in result.quotes if q.direct]


def test_an_envoy_to_a_state_is_not_its_speaker(run):
    result = run("An envoy to Kestria said: \"The two sides are closer than they admit.\"")
    assert _speakers(result) == [("The two sides are closer than they admit", None)]


def test_a_quoted_headline_of_an_interview_is_the_interviewees(pipeline):
    text = ("\"Norland wants the bridge, not the garrison\"\nInterview by Per Aalto\nThe Harbour Review, "
            "12 February 2026\n\nOlaf Dunn advises the Norlandic government on the talks. We asked him about "
            "the bridge.\n\nQ: Is the bridge a problem?\n\nA: The bridge is welcome. We want it built.\n\n"
            "Q: And the garrison?\n\nA: We will not accept foreign troops on our side of the river.\n")
    result = pipeline.run(Document.from_text(text))
    assert _speakers(result) == [("Norland wants the bridge, not the garrison", N)]


def test_a_quoted_headline_with_a_colon_and_an_adviser(pipeline):
    text = ("\"The next move is Kestria's\": an adviser to Norland's foreign ministry on the talks\n\n"
            "The Harbour Review\n12 February 2026\n\nThe talks resume next week in Selm.\n")
    result = pipeline.run(Document.from_text(text))
    assert _speakers(result) == [("The next move is Kestria's", N)]


def test_a_slogan_headline_without_a_verb_is_no_quote(pipeline):
    text = "\"Bridges, not walls\"\nThe Harbour Review\n12 February 2026\n\nThe talks resume next week.\n"
    assert _speakers(pipeline.run(Document.from_text(text))) == []


def test_the_issuers_minister_in_a_readout(pipeline):
    text = ("Federal Office for External Affairs\nPress release, 12 February 2026\n\n"
            "Minister speaks with the Foreign Minister of Kestria\n\n"
            "The Federal Foreign Minister spoke by telephone today with the Foreign Minister of Kestria. "
            "The Kestrian Foreign Minister set out his government's view on the border talks.\n\n"
            "After the call, the Federal Foreign Minister said: \"Selm stands ready to host the next round "
            "whenever both sides wish.\"\n")
    result = pipeline.run(Document.from_text(text))
    assert _speakers(result) == [("Selm stands ready to host the next round whenever both sides wish", O)]


def test_the_foreign_minister_still_refers_back(pipeline):
    text = ("Federal Office for External Affairs\nPress release, 12 February 2026\n\n"
            "The Kestrian Foreign Minister set out his government's view on the border talks. "
            "The Foreign Minister said: \"Our maps are ready and our teams are waiting.\"\n")
    result = pipeline.run(Document.from_text(text))
    assert _speakers(result) == [("Our maps are ready and our teams are waiting", K)]


def test_a_report_ends_at_the_quote_before_another_report(run):
    text = ("In January, Kestria's prime minister said that \"the valley is ours to keep\", and in February "
            "a Norlandic deputy minister suggested that the monitors had \"done their job\".")
    result = run(text)
    reported = [q.text for q in result.quotes if not q.direct]
    assert not any("February" in t for t in reported)
    assert [(q.text, str(q.date)) for q in result.quotes if q.direct] == [
        ("the valley is ours to keep", "2026-01"), ("done their job", "2026-02"),
    ]


def test_people_who_fled_a_place_as_a_subject(run):
    result = run("Jane Roe said the Tessarines who fled Brenna must be able to visit their graves.")
    assert "valley_people" in {m.actor for m in result.mentions}


def test_people_who_fled_a_place_as_a_topic(run):
    result = run("Jane Roe asked about the fate of the Tessarines who fled Brenna.")
    assert "valley_people" not in {m.actor for m in result.mentions}


def test_guards_from_a_capital_are_no_agent(run):
    result = run("Olaf Dunn said a peace between neighbours does not need guards from Aldgate.")
    assert "union" not in {m.actor for m in result.mentions}


def test_people_whose_return_is_asked_for(run):
    result = run("Jane Roe called for the return of the Tessarines who fled Brenna under international guarantees.")
    assert "valley_people" in {m.actor for m in result.mentions}


def test_the_ministry_is_the_one_named_with_it(run):
    text = ("The Norlandic defence ministry accused Kestria of shelling its positions. \"This is a gross "
            "violation of the ceasefire,\" the ministry said.")
    assert _speakers(run(text)) == [("This is a gross violation of the ceasefire", N)]


def test_a_city_someone_travels_to_is_a_place(run):
    result = run("Jane Roe flew to Selm on Monday. Tourists from Varn visited Aldgate last week.")
    assert {m.actor for m in result.mentions} == {"norland"}


def test_a_city_that_acts_is_an_agent(run):
    result = run("Selm offered to host the next round, and Aldgate sent two mediators.")
    assert {"ostmark", "union"} <= {m.actor for m in result.mentions}


def test_a_quoted_headline_of_a_news_story_is_its_first_speakers(pipeline):
    text = ("\"The valley is not for sale\"\nThe Harbour Review\n12 February 2026\n\n"
            "Kestria will never cede the valley, its foreign minister Ilsa Marr said on Tuesday. \"Our borders "
            "are drawn by law,\" she told reporters in Varn.\n")
    result = pipeline.run(Document.from_text(text))
    assert _speakers(result) == [("The valley is not for sale", K), ("Our borders are drawn by law", K)]


def test_officials_in_a_capital(run):
    result = run("Officials in Harnby described the proposal as \"unacceptable in its current form\".")
    assert _speakers(result) == [("unacceptable in its current form", N)]
    assert "norland" in {m.actor for m in result.mentions}  # the capital's government acts


def test_a_noun_after_the_quote_is_no_cue(run):
    result = run("Jane Roe said Norland was 'ready to sign tomorrow' if Kestria dropped its claims.")
    assert _speakers(result) == [("ready to sign tomorrow", N)]


def test_a_pull_quote_with_a_dash(run):
    result = run("\"We are not there yet\" — Jane Roe, Norland's foreign minister\n\nThe talks resume in March.")
    assert _speakers(result) == [("We are not there yet", N)]


def test_the_road_to_a_capital_is_a_place(run):
    result = run("Jane Roe said the railway to Selm and the road to Varn would be rebuilt.")
    assert {m.actor for m in result.mentions} == {"norland"}
