"""Round 15: quote dates in wordings the tuning sets do not hold (invented states and people,
hand-written sentences, each rule with a case it must leave alone).

* "Speaking to patrol teams in X on 8 March, Y said": a date inside the fronted speaking participle
  dates the words even when the parser reads a clause inside it (dates);
* "On 8 March a patrol heard shots. In a statement the same evening, X called them “…”": with no
  quote dated before, "the same evening"/"later that day" is the day the paragraph just narrated
  (dates_relative);
* "A heard shots; B was closed …": the clause before a semicolon is a main clause, and "X, a deputy
  of Y, called on Monday for …" read as a clause on the name is the main verb (dates_context);
* "X and Y held the first session of the council set up by the treaty in Z on Tuesday": the day hung
  on the held occasion's participle dates the report's quotes (dates_lead);
* "put it best in her speech in Szohod": the speech's place, dated elsewhere, dates the words, and
  "told journalists at the bridge" the site where the text dates an event (dates_places);
* a transcript speaker label between two quotes of one actor stops the earlier quote's date from
  carrying over (dates).
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates

from test_quotes_round14b import BOOK, HEAD, PUB


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


def _days(result) -> list[str | None]:
    return [day for _, day in quoted_dates(result)]


@pytest.mark.parametrize("text, day", [
    ("Speaking to patrol teams in Szohod on 8 March, the Eastern Union envoy Karl Weiss said the task was "
     "“to make sure the quiet is seen”.", "2027-03-08"),
    ("Speaking to farmers in Strelsau on Tuesday, Alen Simon said the border was “safe again”.", "2027-03-09"),
    ("Speaking to visit the troops in Szohod on Monday, Igor Petrov said the line was “quiet for a week now”.", "2027-03-08"),
])
def test_a_date_in_the_fronted_speaking_participle(run, text, day):
    assert _days(run(text)) == [day]


def test_a_date_in_a_relative_clause_of_the_participle_is_another_events(run):
    text = "Speaking about the treaty that was signed on 2 March, Lena Dvor said it was “a new beginning”."
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("text, day", [
    ("On 8 March a patrol near Szohod heard two shots. In a statement the same evening, the Bordurian Foreign "
     "Ministry described the shots as “a hunter's mistake”.", "2027-03-08"),
    ("On Tuesday the border post was closed for an hour. Later that day, Lena Dvor said it had been “a routine "
     "check”.", "2027-03-09"),
    ("On 8 March a patrol heard two shots; the incident was closed within minutes. In a statement the same "
     "evening, the Bordurian Foreign Ministry described the shots as “a hunter's mistake”.", "2027-03-08"),
])
def test_the_same_evening_is_the_day_just_narrated(run, text, day):
    assert _days(run(text)) == [day]


def test_the_same_evening_does_not_reach_into_another_paragraph(run):
    text = ("On Tuesday the border post was closed for an hour.\n\nIn a statement the same evening, Lena Dvor "
            "called it “a routine check”.")
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("text, day", [
    ("Lena Dvor, a deputy of the opposition faction, called on Monday for the talks to stop. Every delay, she "
     "told a small crowd, “costs lives”.", "2027-03-08"),
    ("Igor Petrov, the head of the Bordurian delegation, spoke on Wednesday to a room of students. The treaty, "
     "he told them, “is only paper”.", "2027-03-10"),
])
def test_a_main_verb_the_parser_hung_on_the_name(run, text, day):
    assert _days(run(text)) == [day]


LEAD = ("Ruritania and Borduria held the first session of the council set up by the treaty in Geneva on Tuesday "
        "and agreed on a timetable.\n\n")


def test_a_day_on_the_held_sessions_participle_dates_the_report(run):
    text = LEAD + "“The treaty was the easy part,” Alen Simon told reporters after the session."
    assert _days(run(text)) == ["2027-03-09"]


def test_talks_held_are_no_speaking_occasion(run):
    text = ("Ruritania and Borduria held talks on the council set up by the treaty in Geneva on Tuesday and "
            "agreed on a timetable.\n\n“The treaty was the easy part,” Alen Simon told reporters.")
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("text, day", [
    ("Yesterday in Szohod, ten states pledged money for demining. Lena Dvor put it best in her speech in "
     "Szohod: “We ask for the maps.”", "2027-03-11"),
    ("The leaders met in Strelsau on Monday. Igor Petrov said in his address in Strelsau that the border was "
     "“closed for good”.", "2027-03-08"),
])
def test_the_place_of_a_speech_the_text_dates(run, text, day):
    assert _days(run(text)) == [day]


def test_an_undated_speech_place_gives_the_publication_date(run):
    assert _days(run("Lena Dvor put it best in her speech in Szohod: “We ask for the maps.”")) == [PUB]


TURNS = ("MARA VOSS (Green faction): On 2 March the Bordurian Foreign Ministry said the prisoners would “have their day in court”. "
         "Will you act?\n\nMINISTER: We will.\n\nJON DAHL (Unity faction): Bordurian deputies have called our "
         "request “a pilgrimage nobody invited”. Will you answer?")


def test_a_speaker_label_between_quotes_of_one_actor_stops_the_carried_date(run):
    assert _days(run(TURNS)) == ["2027-03-02", PUB]


@pytest.mark.parametrize("text", [
    "On 2 March Igor Petrov said the prisoners would “have their day in court”. “Nobody is above the law,” he said.",
    "On 2 March Igor Petrov said the prisoners would “have their day in court”.\n\n“Nobody is above the law,” he "
    "added.",
])
def test_the_same_speaker_goes_on_without_a_turn_between(run, text):
    assert _days(run(text)) == ["2027-03-02", "2027-03-02"]


@pytest.mark.parametrize("text, day", [
    ("Borduria yesterday handed two prisoners over to Ruritanian officials on the Szohod bridge. “We kept our "
     "word,” Igor Petrov told journalists at the bridge.", "2027-03-11"),
    ("The envoys met at the old customs post on Tuesday. “The line holds,” Lena Dvor told reporters at the post.",
     "2027-03-09"),
    ("Monitors crossed at the northern checkpoint on 8 March. “All was calm there,” Karl Weiss said at the "
     "checkpoint.", "2027-03-08"),
])
def test_words_said_at_a_site_the_text_dates(run, text, day):
    assert _days(run(text)) == [day]


def test_an_undated_site_gives_the_publication_date(run):
    text = "The envoys crossed the river. “We kept our word,” Igor Petrov told journalists at the bridge."
    assert _days(run(text)) == [PUB]
