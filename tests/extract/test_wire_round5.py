"""Round 5 for news-wire texts: quotes, speakers, dates, actors and positions of agency copy.

* "X called Y “…”" with a short quote is a quote (a verb of characterising and its object);
  "a claim Z rejected as “…”" is Z's words, not those of the sentence's main subject;
* "… came a day after X said “…”" dates the quote a day before the dated remarks; "speaking at
  the same event" takes that event's date; a headline quote takes the date the body gives for
  its speaker's speaking ("He spoke to the Dispatch on Monday");
* hyphenated surnames are one name; a city inside an outlet's name of another camp is no actor;
  a collective's name recombines its words ("Western partners");
* "asked whether X would …, as Y demands" is Y's demand, not X's position; "the claims had to
  go" wants them removed; "campaign against", "the commissions halt their work" (after "the
  border commissions") oppose; "forces on the frontier" is a place; "the existing border" is
  the border kept, not delimited; "the fate of people missing" is about the missing.

Texts are about invented states, bodies and people (Ruritania, Borduria, the Lantern faction).
"""

from __future__ import annotations

import pytest

from parley.core.dates import PartialDate
from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.issues import IssueVocabulary

BOOK = Codebook(
    "toy-wire-round5",
    (
        Actor("ruritania", "Ruritania", "state", ("Ruritanian side", "Ruritanian Foreign Ministry"),
              ("Rudolf Rassendyll",), ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Bordurian side",), ("Kurvi Tasch",), ("Szohod",), ("Bordurian",)),
        Actor("lantern", "Ruritanian opposition", "party", ("Lantern faction",), ("Vasil Ter-Marko",),
              camp="ruritania"),
        Actor("outsiders", "International community", "collective",
              ("international community", "Western countries", "international partners", "the West")),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty", "peace agreement")),
        Issue("integrity", "Mutual recognition of sovereignty and territorial integrity",
              keywords=("territorial integrity", "sovereignty")),
        Issue("border", "Delimit and demarcate the state border", keywords=("delimitation", "border commission")),
        Issue("claims", "Renounce territorial claims, including amending the constitution",
              keywords=("constitution", "basic law", "territorial claims")),
        Issue("force", "Refrain from the threat or use of force", keywords=("use of force", "war")),
        Issue("missing", "Release detainees and prisoners of war and account for missing persons",
              keywords=("prisoners of war", "missing persons")),
        Issue("legal", "Withdraw interstate legal claims against each other"),
    ),
    outlet_camps=(("The Strelsau Dispatch", "independent"), ("Strelsau Herald", "ruritania")),
)


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(default_config(), BOOK)


def _run(pipeline, text: str, **meta):
    return pipeline.run(Document.from_text(text, **meta))


def _quote(result, words: str):
    return next((q for q in result.quotes if q.direct and words in q.text), None)


def _keys(result) -> set[tuple[str, str, str]]:
    return {p.key for p in result.positions}


# -- quotes and speakers --------------------------------------------------------------------

def test_a_short_quote_after_a_verb_of_characterising_and_its_object_is_a_quote(pipeline):
    result = _run(pipeline, "\"No foreign troops on our border,\" Kurvi Tasch told reporters in Szohod.\n\n"
                            "He called any presence of foreign troops on the road \"a red line for the republic\".")
    quote = _quote(result, "a red line for the republic")
    assert quote is not None and quote.speaker_actor == "borduria"


def test_a_name_given_with_called_is_no_quote(pipeline):
    result = _run(pipeline, "Farmers in the valley founded a movement called \"the new dawn of the east\" last year.")
    assert _quote(result, "new dawn") is None


def test_words_rejected_as_a_quote_are_the_rejecting_subjects(pipeline):
    result = _run(pipeline, "The Ruritanian Foreign Ministry's spokeswoman accused Bordurian units of firing on "
                            "farmers overnight, a claim Szohod rejected as \"a baseless provocation aimed at the "
                            "talks\".\n\n"
                            "She called on Szohod to refrain from any use of force.")
    assert _quote(result, "baseless provocation").speaker_actor == "borduria"
    assert ("ruritania", "force", "support") in _keys(result)  # "she" is the spokeswoman, not Szohod
    assert ("borduria", "force", "support") not in _keys(result)


def test_words_rejected_as_a_quote_in_a_relative_clause_are_its_subjects(pipeline):
    result = _run(pipeline, "The Bordurian side said that the claim, which Strelsau rejected as \"a baseless "
                            "provocation aimed at the talks\", was true.")
    assert _quote(result, "baseless provocation").speaker_actor == "ruritania"


def test_a_hyphenated_surname_is_one_name_of_a_member(pipeline):
    result = _run(pipeline, "Opposition lawmaker Vasil Ter-Marko said the talks had failed.")
    assert any(m.text == "Vasil Ter-Marko" and m.actor == "lantern" for m in result.mentions)


# -- dates ----------------------------------------------------------------------------------

WIRE = """Szohod offers help

Strelsau Herald
19 June 2025

Ruritania will not accept foreign troops, Rudolf Rassendyll said on Wednesday.

"No foreign troops on our border," Rassendyll told reporters.

""" + ("The remarks came a day after a Bordurian Foreign Ministry spokeswoman said that Szohod was "
       "\"ready to help reopen the railway and to keep it safe\".\n")


def test_a_day_after_dated_remarks_is_the_day_before_them(pipeline):
    result = _run(pipeline, WIRE)
    assert _quote(result, "No foreign troops").date == PartialDate(2025, 6, 18)
    assert _quote(result, "ready to help reopen").date == PartialDate(2025, 6, 17)


def test_a_day_after_an_event_without_a_date_takes_the_publication_date(pipeline):
    text = WIRE.replace("The remarks came a day after a Bordurian Foreign Ministry spokeswoman said that Szohod was",
                        "A day after the talks, a Bordurian Foreign Ministry spokeswoman said that Szohod was")
    result = _run(pipeline, text)
    assert _quote(result, "ready to help reopen").date == PartialDate(2025, 6, 19)


EVENT = """Strelsau Herald
Strelsau, 22 May 2025

At a forum in Strelsau on Wednesday, Kurvi Tasch said that "the return of the displaced must come first".

Rudolf Rassendyll, speaking at the same event, called the plan "a matter of justice, not of politics".
"""


def test_speaking_at_the_same_event_takes_the_events_date(pipeline):
    result = _run(pipeline, EVENT)
    assert _quote(result, "matter of justice").date == PartialDate(2025, 5, 21)


def test_without_the_same_event_the_quote_keeps_the_dateline(pipeline):
    result = _run(pipeline, EVENT.replace(", speaking at the same event,", ""))
    assert _quote(result, "matter of justice").date == PartialDate(2025, 5, 22)


INTERVIEW = """"Peace cannot be dictated by the stronger side alone": Ruritanian opposition MP Vasil Ter-Marko

The Strelsau Dispatch | Interview by Anna Berg
9 July 2025

Vasil Ter-Marko leads the Lantern faction, the largest opposition group in the parliament. \
He spoke to The Strelsau Dispatch in Strelsau on Monday. The interview has been edited for length.
"""


def test_a_headline_quote_takes_the_day_the_body_says_its_speaker_spoke(pipeline):
    result = _run(pipeline, INTERVIEW)
    assert _quote(result, "Peace cannot be dictated").date == PartialDate(2025, 7, 7)


def test_a_headline_quote_ignores_a_body_date_without_speaking(pipeline):
    result = _run(pipeline, INTERVIEW.replace("He spoke to The Strelsau Dispatch in Strelsau on Monday.",
                                              "He was in Strelsau on Monday."))
    assert _quote(result, "Peace cannot be dictated").date == PartialDate(2025, 7, 9)


# -- actors ---------------------------------------------------------------------------------

def test_a_city_in_the_name_of_an_outlet_of_another_camp_is_no_actor(pipeline):
    result = _run(pipeline, INTERVIEW)
    assert "ruritania" not in {m.actor for m in result.mentions if "Dispatch" in _around(INTERVIEW, m)}


def test_a_city_in_the_name_of_an_outlet_of_its_own_camp_still_counts(pipeline):
    result = _run(pipeline, "Strelsau Herald\n\nThe Strelsau Herald reported that the talks resumed in June.")
    assert "ruritania" in result.actors()


def _around(text: str, mention) -> str:
    return text[mention.span.start : mention.span.end + 12]


def test_a_collective_is_named_by_its_words_recombined(pipeline):
    result = _run(pipeline, "Our Western partners have offered to guarantee the agreement, Rassendyll wrote.")
    assert "outsiders" in result.actors()


def test_an_article_gives_no_word_to_recombine(pipeline):
    result = _run(pipeline, "The countries of the region met in Strelsau and agreed on a timetable.")
    assert "outsiders" not in result.actors()


# -- positions ------------------------------------------------------------------------------

def test_a_demand_in_an_as_clause_is_the_demanders_and_a_question_is_nobodys(pipeline):
    result = _run(pipeline, "Asked whether Ruritania would change its constitution before a signing, as Borduria "
                            "demands, Rudolf Rassendyll said the government would not accept preconditions.")
    assert ("borduria", "claims", "support") in _keys(result)
    assert not {k for k in _keys(result) if k[0] == "ruritania" and k[1] == "claims"}


def test_claims_that_had_to_go_are_wanted_removed(pipeline):
    result = _run(pipeline, "Kurvi Tasch told the state broadcaster that Borduria wanted peace, but said the claims "
                            "against Borduria in Ruritania's basic law had to go first.")
    assert ("borduria", "claims", "support") in _keys(result)
    assert ("borduria", "legal", "support") not in _keys(result)  # "against" is no cue of legal claims


def test_claims_that_had_to_stay_are_not_wanted_removed(pipeline):
    result = _run(pipeline, "Rudolf Rassendyll told the state broadcaster that the claims in Ruritania's basic "
                            "law had to stay.")
    assert ("ruritania", "claims", "support") not in _keys(result)


def test_an_opposition_bloc_campaigning_against_a_treaty_opposes_it(pipeline):
    result = _run(pipeline, "Opposition lawmaker Vasil Ter-Marko spoke after the session.\n\n"
                            "His faction would campaign against the peace treaty if it is put to parliament, he said.")
    assert ("lantern", "peace", "oppose") in _keys(result)


COMMISSIONS = ("Ruritania and Borduria have agreed that their border commissions will meet in May, "
               "Rudolf Rassendyll said.\n\n")


def test_the_commissions_halting_their_work_after_border_commissions_opposes_delimitation(pipeline):
    result = _run(pipeline, COMMISSIONS + "Opposition lawmaker Vasil Ter-Marko demanded that the commissions "
                                          "halt their work until the troops leave.")
    assert ("lantern", "border", "oppose") in _keys(result)


def test_while_the_commissions_are_at_work_is_a_time_not_a_position(pipeline):
    result = _run(pipeline, COMMISSIONS + "Opposition lawmaker Vasil Ter-Marko called on Szohod to refrain from "
                                          "any use of force while the commissions are at work.")
    assert ("lantern", "force", "support") in _keys(result)
    assert not {k for k in _keys(result) if k[0] == "lantern" and k[1] == "border"}


def test_forces_on_the_frontier_are_a_place_not_delimitation(pipeline):
    result = _run(pipeline, "Szohod has long opposed any arrangement that would put foreign forces on the "
                            "frontier between the two states.")
    assert not {k for k in _keys(result) if k[1] == "border"}


def test_the_existing_border_is_kept_not_delimited():
    vocabulary = IssueVocabulary.from_codebook(BOOK)
    issues = {h.issue for h in vocabulary.match("They must respect the sovereignty of the states and the existing "
                                                "Ruritania–Borduria border.")}
    assert "integrity" in issues and "border" not in issues


def test_the_fate_of_people_missing_speaks_to_the_missing(pipeline):
    result = _run(pipeline, "Kurvi Tasch said Szohod expected Strelsau to disclose what it knows about the fate of "
                            "Bordurians missing since the war.")
    assert ("borduria", "missing", "support") in _keys(result)


def test_against_alone_is_no_issue_cue():
    vocabulary = IssueVocabulary.from_codebook(BOOK)
    assert not vocabulary.match("The faction would campaign against the timetable.")


MISSION_BOOK = Codebook(
    "toy-wire-round5-mission",
    (*BOOK.actors, Actor("lakeside", "Lakeside Mission", "organisation", ("Lakeside monitoring mission",))),
    (Issue("presence", "Keep foreign monitors' presence in the region", keywords=("observers", "monitors")),),
)


def test_a_mission_reporting_its_observers_work_takes_no_side_on_their_presence():
    pipeline = build_pipeline(default_config(), MISSION_BOOK)
    result = pipeline.run(Document.from_text("The Lakeside monitoring mission said its observers had recorded no "
                                             "unusual movement in the area on Thursday."))
    assert not {k for k in _keys(result) if k[1] == "presence"}


def test_a_mission_saying_its_observers_must_stay_wants_their_presence():
    pipeline = build_pipeline(default_config(), MISSION_BOOK)
    result = pipeline.run(Document.from_text("The Lakeside monitoring mission said its observers must stay in "
                                             "the area until the end of the year."))
    assert ("lakeside", "presence", "support") in _keys(result)
