"""Round 20: a split quote whose attribution ends in a relative clause ("… told the press conference
that followed.") is one quote (quotes_split); a role with the speaker's name in apposition names
the person, after the verb ("said the mayor, X") and in the sentence before a quote ("The head of
the council, X, reminded members that …. “…”") (speakers, speaker_neighbours); the owner of a statement speaks its "that" clause; "X, whose ministry …" is X;
an office that speaks in a capital is of its state; "the same day" reaches the paragraph before. Invented people."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, quoted_speakers, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round20speakers",
    TOY_STATES + (Actor("klowtown", "Klow Town Council", "organisation", ("Klow Town Council",), ("Mira Dolan",)),),
    (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
LEAD = "The talks went on for a long time this week in the old town hall.\n\n"


@pytest.mark.parametrize("text", [
    '"Strelsau has known closed borders," Anna Black told the press conference that followed. "We want them open."',
    '"We waited long enough," Anna Black told the crowd that gathered. "Now we sign."',
])
def test_an_attribution_ending_in_a_relative_clause_joins_the_parts(run, text):
    quotes = quoted_speakers(run(LEAD + text))
    assert len(quotes) == 1 and quotes[0][1] == "ruritania"


def test_that_opening_reported_words_keeps_the_parts_apart(run):
    text = '"We waited," Anna Black said, adding that the talks were slow. "Now we sign."'
    assert len(quoted_speakers(run(LEAD + text))) == 2


@pytest.mark.parametrize("text", [
    '"The line must stop here," said the mayor, Mira Dolan.',
    '"The line must stop here," said the head of the town council, Mira Dolan, on Tuesday.',
    '"The line must stop here," said the chair, Mira Dolan, after the vote.',
])
def test_a_name_in_apposition_after_a_role_is_the_speaker(run, text):
    assert quoted_speakers(run(LEAD + text)) == [("The line must stop here", "klowtown")]


def test_a_role_alone_stays_unnamed(run):
    text = '"The line must stop here," said the mayor of the town, who spoke after Mira Dolan.'
    assert quoted_speakers(run(LEAD + text)) == [("The line must stop here", None)]


@pytest.mark.parametrize("text", [
    'The head of the council, Mira Dolan, reminded members that the town had waited. "My grandfather worked on the old line."',
    'Opening the session, the chair of the council, Mira Dolan, said the town had waited. "My grandfather worked on the old line."',
])
def test_a_named_apposition_in_the_sentence_before_speaks(run, text):
    assert quoted_speakers(run(LEAD + text)) == [("My grandfather worked on the old line", "klowtown")]


@pytest.mark.parametrize("text", [
    'The council has noted the statement by Borduria\'s deputy prime minister last week that trains should run "without a single stop".',
    'The council has noted Borduria\'s statement last week that trains should run "without a single stop".',
    'Syldavia welcomed Borduria\'s assurance that the trains would run "without a single stop".',
])
def test_the_owner_of_a_statement_speaks_its_that_clause(run, text):
    assert quoted_speakers(run(LEAD + text)) == [("without a single stop", "borduria")]


def test_a_statement_without_an_owner_gives_no_speaker_of_its_own(run):
    text = 'Syldavia noted the statement, issued last week, that trains should run "without a single stop".'
    assert quoted_speakers(run(LEAD + text)) != [("without a single stop", "borduria")]


@pytest.mark.parametrize("text", [
    'Szohod, whose foreign ministry last month dismissed the monitors as "tourists with binoculars", wants them gone.',
    'Borduria, whose envoy called the plan "a trap", has not signed.',
])
def test_whose_points_to_the_actor_before_it(run, text):
    assert [actor for _, actor in quoted_speakers(run(LEAD + text))] == ["borduria"]


@pytest.mark.parametrize("text, actor", [
    ('As the Foreign Ministry\'s spokesman said in Klow on Monday, the map "is not a draft".', "syldavia"),
    ('"We will wait," a senior official said in Szohod.', "borduria"),
    ('The deputy minister told reporters in Strelsau that the line would stay "open around the clock".', "ruritania"),
])
def test_an_office_speaking_in_a_capital_is_of_its_state(run, text, actor):
    assert [a for _, a in quoted_speakers(run(LEAD + text))] == [actor]


@pytest.mark.parametrize("text", [
    '"We will wait," the spokesman said in an interview.',
    '"We will wait," Mira Dolan said in Klow.',  # a named person keeps her own actor
])
def test_other_places_of_speaking_name_no_state(run, text):
    assert all(a != "syldavia" for _, a in quoted_speakers(run(LEAD + text)))


SAME_DAY = ("Headline\nThe Paper\n13 October 2030\n\nTomorrow the mission was supposed to go home. On 10 October "
            "the council in Szohod extended its mandate for another year.\n\nStrelsau asked for the extension. "
            'Szohod protested {when}, calling the mission "an outpost". Klow called the decision a day later "a step away".')


def test_the_same_day_reaches_the_paragraph_before(run):
    result = run(SAME_DAY.format(when="the same day"))
    assert [str(q.date) for q in result.quotes if q.direct] == ["2030-10-10", "2030-10-11"]


def test_that_day_alone_stays_in_its_paragraph(run):
    result = run(SAME_DAY.format(when="that day"))
    assert [str(q.date) for q in result.quotes if q.direct][0] != "2030-10-10"


@pytest.mark.parametrize("text, actor", [
    ("Borduria's mine action agency presented its report in Szohod. Its director told reporters that the "
     'maps were "full of holes".', "borduria"),
    ("Ruritania's heritage office opened the exhibition on Monday. Its spokeswoman said the churches "
     'were "in good hands".', "ruritania"),
])
def test_its_role_is_of_the_actor_named_just_before(run, text, actor):
    assert [a for _, a in quoted_speakers(run(LEAD + text))] == [actor]


def test_its_role_does_not_reach_into_another_paragraph(run):
    text = 'Borduria\'s agency presented its report.\n\nIts director said the maps were "full of holes".'
    assert [a for _, a in quoted_speakers(run(LEAD + text))] == [None]
