"""Round 22 (speakers and dates): letters signed on two lines ("Name" / "Role, Body, Town") and "our
minister" in such a letter; a title in brackets after "Your report of 26 July" is no quote; "X said
that it would regard Y as “…”" is X's; "the Commissioner" is a role; "“…” That was X yesterday" names
the voice; "X called on Y to … “…”" is X's; "as announced" is nobody speaking; "Opening the session,
X said" is the session's day; the reference to another day nearest the quote counts; "the day
before yesterday". Invented states and people, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Actor, Codebook, Issue
from parley.extract.letter_signatures import letter_turns
from parley.extract.speaker_characterised import as_complement, called_on_speaker

BOOK = Codebook(
    "round22",
    TOY_STATES + (Actor("eu", "European Union", "organisation", ("EU",), (), ("Brussels",)),),
    (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Headline\nThe Paper\n12 September 2031\n\n"

LETTERS = ("Letters\nThe Chronicle\n2 August 2031\n\n"
           "Sir, Your report of 26 July (\"The last watchmen on the river\") was wrong. As our deputy foreign "
           'minister told parliament last month, "a border that is being agreed does not need spectators".\n\n'
           "Anna Black\nPress Counsellor, Embassy of the Republic of Ruritania, London\n\n"
           "Sir, As a railway engineer, may I suggest that the gradients matter more than the politics?\n\n"
           "Alasdair Rattray\nDundee\n")


def test_two_line_signatures_make_letters(pipeline):
    from parley.core.types import Document
    result = pipeline.run(Document.from_text(LETTERS))
    turns = letter_turns(LETTERS, result.mentions)
    assert [t[1] for t in turns] == [("ruritania",), (), (), ()]


def test_our_minister_in_a_signed_letter_is_the_signers(run):
    assert quoted_speakers(run(LETTERS)) == [("a border that is being agreed does not need spectators", "ruritania")]


@pytest.mark.parametrize("text, sayer", [
    ('Szohod said the same day that it would regard any such office as "the same mission under a new sign".', "Szohod"),
    ('Klow said on Tuesday that it would describe the plan as "a hotel with no exit".', "Klow"),
    ('Klow described the plan as "a hotel with no exit".', "Klow"),
])
def test_a_pronoun_that_a_speaker_reports_is_the_speaker(parse, text, sayer):
    doc = parse(text)
    opening = text.index('"')
    words = [(t.idx, t.idx + len(t.text), t.text) for t in doc if t.idx < opening]
    cue, subject = as_complement(doc, words)
    assert text[subject[0]:subject[1]] == sayer


@pytest.mark.parametrize("text, caller", [
    ('He also called on Ruritania to hold its referendum "on the date it has promised", so that the claim ends.', "He"),
    ('Szohod called upon Klow to open the road "before the first snow".', "Szohod"),
])
def test_a_call_on_someone_is_the_callers_words(parse, text, caller):
    cue, subject = called_on_speaker(parse(text), text.index('"'))
    assert text[subject[0]:subject[1]] == caller and text[cue[0]:cue[1]] == "called"


def test_a_call_for_a_thing_is_left_to_called_for(parse):
    text = 'Szohod called for "an end to the talks".'
    assert called_on_speaker(parse(text), text.index('"')) is None


@pytest.mark.parametrize("role", ["Commissioner"])
def test_a_bare_commissioner_in_an_issuers_text_is_the_issuer(run, role):
    text = ("Statement of the Ombudsman\nOffice of the Ombudsman of the Republic of Ruritania\n30 August 2031\n\n"
            'The Ombudsman remembers the missing.\n\n"Each funeral was a day of grief," the {role} said.')
    assert quoted_speakers(run(text.format(role=role))) == [("Each funeral was a day of grief", "ruritania")]


def test_a_broadcast_names_the_voice_after_the_quote(run):
    text = ("Podcast\nKama Radio\n9 September 2031\n\nHOST: Welcome back.\n\n"
            'HOST: "Not on the table today." That was an EU spokesperson yesterday, asked about an office. Next?')
    result = run(text)
    assert quoted_speakers(result) == [("Not on the table today", "eu")]
    assert quoted_dates(result) == [("Not on the table today", "2031-09-08")]


def test_that_was_with_no_one_named_names_no_voice(run):
    text = HEAD + 'Kurvi Tasch spoke last. "We will wait." That was a mistake, his critics said.'
    assert quoted_speakers(run(text)) == [("We will wait", "borduria")]


def test_as_announced_is_no_one_speaking(run):
    text = HEAD + ("Ruritania's representative spoke next. The referendum, she said, would be held on 19 October as "
                   'announced, and the Government would campaign because "a peace written into a treaty should be '
                   'written into our basic law".')
    assert [a for _, a in quoted_speakers(run(text))] == ["ruritania"]


def test_opening_the_session_is_the_session_narrated(run):
    text = HEAD + ("3+3 meets in Klow. Deputy ministers of Borduria and Syldavia met in Klow on Monday for the "
                   "platform's fifth session; Ruritania again stayed away. Opening the session, Borduria's deputy "
                   'foreign minister said the region "needs no guardians from outside".')
    assert quoted_dates(run(text)) == [("needs no guardians from outside", "2031-09-08")]


def test_the_reference_nearest_the_quote_counts(run):
    text = HEAD + ('Brussels confirmed on Tuesday that the mission will close. Szohod said the same day that it would '
                   'regard any office as "the same mission under a new sign"; Klow, a day later, said it saw "no purpose" in one.')
    assert [d for _, d in quoted_dates(run(text))] == ["2031-09-09", "2031-09-10"]


def test_the_day_before_yesterday(run):
    text = ("Phone-in\nRadio\n21 August 2031\n\nCALLER: The consul told a forum here the day before yesterday that "
            'Szohod would open the crossing "as soon as the ballots are counted".')
    assert quoted_dates(run(text))[0][1] == "2031-08-19"
