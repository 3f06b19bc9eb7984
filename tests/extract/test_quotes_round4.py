"""Round 4 (invented texts): quotes continued after an attribution sentence, headline fragments the
body reports, dates of continued quotes and weekday datelines, and actors named by short or
spelt-out forms of their codebook terms.

* “A,” said X, the chair. “B.” is one quote when B has no attribution of its own;
  “A,” X said. “B,” he added. stays two.
* A short phrase quoted in a headline is a quote when the body reports the same words with a speech
  verb; it takes the speaker of that report.
* A quote without a cue of its own shares the cue of the quote before it in its sentence, so a date
  phrase in another clause ("Asked whether … this year") does not date it.
* "Varn, Tuesday, 12 November 2024" is a dateline.
* "the VU mission in Kestria", "the VU mission", "the Vestrian monitors" name the mission, not the
  union; "on to Kestria" after a route is a place.
"""

from __future__ import annotations

import pytest

from parley.core.dates import PartialDate
from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.actor_phrases import fits
from parley.extract.dates import document_date
from parley.extract.state import DocState

BOOK = Codebook(
    "round4",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr", "Oren Vale"),
              ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Piotr Valen"),
              ("Harnby",), ("Norlandic",)),
        Actor("vu", "Vestrian Union", "organisation", ("VU", "Vestrian Commission")),
        Actor("vuma", "VU Mission in Kestria", "organisation",
              ("VU Mission in Kestria", "VU monitors", "VU monitoring mission"), camp="vu"),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
)
FIRST = "We will not accept a peace that erases our own history"
SECOND = "Changing the text under pressure would reward the wrong side."
SECOND_TEXT = SECOND.rstrip(".")


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)

    def extract(text: str, published: str | None = None):
        metadata = {"published": PartialDate.parse(published)} if published else {}
        return pipeline.run(Document.from_text(text, **metadata))

    return extract


def direct(result):
    return [q for q in result.quotes if q.direct]


def texts(result):
    return [q.text for q in direct(result)]


# -- 1. a quote continued after a short attribution sentence ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        f"“{FIRST},” said Ilsa Marr, the Council’s chair. “{SECOND}”",
        f'"{FIRST}," Ilsa Marr said. "{SECOND}"',
        f"“{FIRST},” Ilsa Marr, the Council’s chair, told reporters. “{SECOND}”",
    ],
)
def test_continued_after_an_attribution_sentence_is_one_quote(run, text):
    result = run(text)
    assert texts(result) == [f"{FIRST} {SECOND_TEXT}"]
    assert direct(result)[0].speaker_actor == "kestria"


@pytest.mark.parametrize(
    "text",
    [
        f"“{FIRST},” Ilsa Marr said. “{SECOND}” she added.",  # the second part's own attribution
        f"“{FIRST}”, stated Ilsa Marr. “{SECOND}”, she emphasised.",
        f"“{FIRST},” Ilsa Marr said. The talks ended late. “{SECOND}”",  # two sentences between
        f"“{FIRST}.” Ilsa Marr said. “{SECOND}”",  # the first part ends its sentence
        f"“{FIRST},” Ilsa Marr looked tired. “{SECOND}”",  # no speech verb between
        f"“{FIRST},” said Ilsa Marr.\n\n“{SECOND}”",  # another paragraph: not this rule
    ],
)
def test_parts_with_their_own_attribution_or_narration_stay_apart(run, text):
    assert len(texts(run(text))) == 2


def test_second_part_that_is_no_full_sentence_stays_apart(run):
    text = f"“{FIRST},” said Ilsa Marr. “Sovereign equality” is the phrase the Kestrian side prefers."
    assert texts(run(text))[0] == FIRST


# -- 2. a headline fragment the body reports ---------------------------------------------------
HEADLINE = 'Kestria "ready to consider" more prisoner releases - official\n\n'


def test_headline_fragment_reported_in_the_body_is_a_quote_of_the_reporter(run):
    body = ("Kestria is ready to consider releasing more prisoners once a treaty is signed, a senior "
            "Kestrian official said on Tuesday.")
    result = run(HEADLINE + body, published="2024-12-03")
    quote = next(q for q in direct(result) if q.text == "ready to consider")
    assert quote.speaker_actor == "kestria"


@pytest.mark.parametrize(
    "body",
    [
        "Kestria is ready to consider releasing more prisoners once a treaty is signed.",  # no speech verb
        "A senior Kestrian official said on Tuesday that more prisoners could be released.",  # other words
    ],
)
def test_headline_fragment_not_reported_with_a_speech_verb_is_no_quote(run, body):
    assert "ready to consider" not in texts(run(HEADLINE + body, published="2024-12-03"))


# -- 3. dates ------------------------------------------------------------------------------------
def test_dateline_with_a_weekday():
    doc = Document.from_text("Briefing of the ministry\n\nVarn, Tuesday, 12 November 2024\n\nBody text.")
    assert document_date(DocState(doc)) == (PartialDate(2024, 11, 12), "dateline")


def test_yesterday_against_a_weekday_dateline(run):
    text = ("Briefing of the ministry\n\nVarn, Tuesday, 12 November 2024\n\n"
            "Question: The Norlandic government said yesterday that the demand was "
            "\"an artificial precondition that has nothing to do with the treaty\". How do you respond?")
    quote = direct(run(text))[0]
    assert (quote.date.iso(), quote.date_source) == ("2024-11-11", "text")


def test_continued_quote_is_not_dated_by_another_clause(run):
    text = ("Asked whether a peace treaty could be signed this year, Oren Vale said the text was "
            "\"largely agreed\" but that Harnby had to \"finish its own work at home first\".")
    dates = [(q.date.iso(), q.date_source) for q in direct(run(text, published="2024-05-14"))]
    assert dates == [("2024-05-14", "publication"), ("2024-05-14", "publication")]


# -- 4. actors -------------------------------------------------------------------------------------
def actors(result):
    return {m.actor for m in result.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "The VU mission in Kestria, deployed last year, reported calm along the line.",
        "The Vestrian monitors along our border have done more for our safety than any signature.",
        "Norland wants the VU mission to leave the border by the end of the year.",
    ],
)
def test_mission_named_by_a_short_or_spelt_out_form(run, text):
    found = actors(run(text))
    assert "vuma" in found and "vu" not in found


def test_route_going_on_to_a_state_is_a_place(run):
    text = "Opening the railway through Harnby towards the coast and on to Kestria would serve us well."
    assert "kestria" not in actors(run(text))


def test_lower_case_only_for_organisation_heads():
    term = ("VU", "Mission", "in", "Kestria")
    assert fits(term, ("VU", "mission", "in", "Kestria"))
    assert not fits(term, ("VU", "mission", "in", "kestria"))
    assert not fits(term, ("vu", "mission", "in", "Kestria"))
