"""Round 14b: quote speakers in wordings the tuning sets do not hold (invented states and people,
hand-written sentences, each rule with a case it must leave alone).

* "“…”, according to X." after the closing mark names the source (speaker_according);
* "In the words of X", "In X's words", "to quote X" name the speaker, and keep a short phrase as a
  quote (speaker_according, quotes);
* "he"/"she" after "X briefed Y after meeting Z.": the subject, not a background object; the main
  verb's object only when the text gives the subject the pronoun's gender (speaker_centering);
* "“A,” X said, while Y insisted that “B”": a clause beside the main one with a named subject of its
  own gives B to Y (speaker_clauses);
* "Moscow welcomed it, but a spokeswoman for its foreign ministry said": "its" points to the
  subject of the same sentence (speaker_groups);
* "“Why wait?” X asked.": the asker of a quoted question (speaker_questions);
* "X did not mince her words: “…”": X speaks now, the words are not recalled (quotes_owned);
* "The X Foreign Ministry's spokesman, Tom Bell, said": a name with no actor of its own keeps the
  role's actor (speaker_trim);
* "Bordurian minister: “…”" as a headline: a role label before the colon (quotes_headline);
* "the foreign minister said": the one the last sentences gave that role, before a later person
  given no role (speaker_subjects);
* "X was told by Y that “…”": the agent of a passive speech verb speaks (speaker_passive);
* "according to sources close to X": the sources speak for X's side (speaker_according);
* "X posted a message on Tuesday. ¶ “…”": a quote filling its paragraph takes the announcing
  sentence's speaker (speaker_neighbours);
* "Asked about X, she was firm: “…”": a participle of being asked before the pronoun's colon
  (speaker_colon); "When asked about X, Y said": "asked" is no cue (speaker_characterised).
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates, quoted_speakers

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round14bquotes",
    (
        Actor("ruritania", "Ruritania", "state",
              ("Ruritanian government", "Ruritanian Foreign Ministry", "Ruritanian parliament"),
              ("Alen Simon", "Mira Kovac"), ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Bordurian government", "Bordurian Foreign Ministry"),
              ("Igor Petrov", "Lena Dvor"), ("Szohod",), ("Bordurian",)),
        Actor("eu", "Eastern Union", "organisation", ("EU",), ("Karl Weiss",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
HEAD = "Talks resume in Geneva\nThe Harbour Review\nFriday, 12 March 2027\n\n"
R, B, E = "ruritania", "borduria", "eu"
PUB = "2027-03-12"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


def _words(result) -> list[tuple[str, str | None]]:
    """(text without end punctuation, speaker actor) of each direct quote."""
    return [(text.strip(" .,?!"), actor) for text, actor in quoted_speakers(result)]


@pytest.mark.parametrize("text, words, actor", [
    ("The draft is “almost ready for signature”, according to Lena Dvor.", "almost ready for signature", B),
    ("The talks were “at a dead end”, according to Ruritania's deputy foreign minister.", "at a dead end", R),
    ("The monitors will \"stay as long as needed\" until May, according to a statement by the Eastern Union.",
     "stay as long as needed", E),
])
def test_according_to_after_the_quote_names_the_source(run, text, words, actor):
    assert _words(run(text)) == [(words, actor)]


def test_according_to_in_the_next_sentence_names_nobody(run):
    text = "The draft is “almost ready for signing”. According to the minutes, Igor Petrov left early."
    assert all(actor is None for _, actor in _words(run(text)))


@pytest.mark.parametrize("text, words, actor", [
    ("In the words of Mira Kovac, the islands are “not for sale”.", "not for sale", R),
    ("In Igor Petrov's words, the islands are “a wound that will not heal”.", "a wound that will not heal", B),
    ("The mood in Geneva was, to quote Karl Weiss, “cautiously hopeful”.", "cautiously hopeful", E),
])
def test_a_verbless_source_phrase_before_the_quote(run, text, words, actor):
    assert _words(run(text)) == [(words, actor)]


def test_in_other_words_is_no_source(run):
    assert _words(run("In other words, the so-called “final text” is not final.")) == []


@pytest.mark.parametrize("text, actor", [
    ("Karl Weiss, the Union's envoy, briefed reporters after meeting Alen Simon. “Both sides want this,” he "
     "said.", E),
    ("Lena Dvor held talks with Alen Simon in Geneva. Afterwards she said that the meeting had been "
     "“frank and open”.", B),
    ("Lena Dvor spoke to the press after meeting Mira Kovac on Monday. “We have a text,” she said.", B),
    ("Ms Dvor met Alen Simon in Geneva. “We found common ground,” she said.", B),
    ("Mr Igor Petrov met Mira Kovac in Geneva. “We found common ground,” he said.", B),
])
def test_a_pronoun_after_two_people_is_the_subjects(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("Mira Kovac met Igor Petrov. “Our offer stands until Friday,” he said.", B),  # no gender known: the last
    ("Ms Lena Dvor met Alen Simon in Geneva. “We found common ground,” he said.", R),  # the subject is "she"
])
def test_the_main_verbs_object_keeps_the_last_named_rule(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


@pytest.mark.parametrize("text", [
    "“We are close,” Alen Simon said, while Igor Petrov insisted that “nothing is agreed until everything "
    "is agreed”.",
    "Alen Simon welcomed the draft, whereas the Bordurian foreign minister argued that it was “too little, "
    "too late”.",
    "Alen Simon spoke first, and Igor Petrov then warned that “nothing is agreed until everything is agreed”.",
    "Mira Kovac said the talks would go on, but Lena Dvor stressed that Borduria “has lost patience”.",
])
def test_a_clause_beside_the_main_one_speaks_for_its_own_subject(run, text):
    assert _words(run(text))[-1][1] == B


def test_a_reported_verb_with_a_pronoun_subject_leaves_the_main_speaker(run):
    text = "Alen Simon said he had told Igor Petrov that “nothing is agreed yet”."
    assert _words(run(text)) == [("nothing is agreed yet", R)]


@pytest.mark.parametrize("text, actor", [
    ("Borduria has welcomed the draft, but a spokeswoman for its foreign ministry complained that the text "
     "was “written in a hurry”.", B),
    ("The Eastern Union stayed silent for days, until its envoy warned that the talks were “in real danger”.", E),
    ("Ruritania did not comment at first. An official of its foreign ministry later said the plan was “dead on "
     "arrival”.", R),
])
def test_its_body_is_the_subject_before_it(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


def test_its_body_with_no_actor_subject_names_nobody(run):
    text = "The treaty was signed on Monday. A spokeswoman for its depositary said the text was “now in force”."
    assert [a for _, a in _words(run(text))] == [None]


@pytest.mark.parametrize("text, actor", [
    ("“Why should we wait any longer?” Igor Petrov asked.", B),
    ("“Who will pay for the road?” asked Mira Kovac.", R),
    ("Karl Weiss listened for an hour.\n\n“Who will guarantee the road?” the Eastern Union's envoy wondered "
     "aloud.", E),
])
def test_the_asker_of_a_quoted_question_speaks(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("“Why now?” reporters asked Igor Petrov at the border.", None),
    ("“The road must be paid for,” Alen Simon said, and asked Karl Weiss for help.", R),
])
def test_asked_is_no_cue_for_others(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


@pytest.mark.parametrize("text, day", [
    ("Lena Dvor did not mince her words: “This plan is dead.”", PUB),
    ("On Tuesday, Igor Petrov chose his words carefully: “We will see what the spring brings.”", "2027-03-09"),
    ("Lena Dvor weighed her words on Monday: “The talks are not dead yet.”", "2027-03-08"),
])
def test_her_own_words_now_are_spoken_now(run, text, day):
    result = run(text)
    assert [a for _, a in _words(result)] == [B] and [d for _, d in quoted_dates(result)] == [day]


def test_recalled_own_words_stay_undated(run):
    result = run("Mira Kovac recalled her own words: “We will never forget the villages.”")
    assert [a for _, a in _words(result)] == [R] and [d for _, d in quoted_dates(result)] == [None]


@pytest.mark.parametrize("text, actor", [
    ("The Bordurian Foreign Ministry's spokesman, Tom Bell, said the offer was “not serious”.", B),
    ("“The offer is not serious,” the Bordurian Foreign Ministry's spokesman, Tom Bell, told reporters.", B),
    ("The Eastern Union's special envoy, Pia Lund, warned that the ceasefire was “fragile at best”.", E),
])
def test_a_role_before_an_unknown_name_gives_its_actor(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


def test_a_member_named_after_a_role_keeps_own_actor(run):
    text = "A Bordurian opposition figure, Alen Simon, said the treaty was “a good start”."
    assert _words(run(text)) == [("a good start", R)]


@pytest.mark.parametrize("headline, actor", [
    ("Bordurian minister: “The islands are not for sale”", B),
    ("Borduria's foreign minister: “We will not sign under pressure”", B),
    ("Ruritanian president: “We will never give up the islands”", R),
])
def test_a_role_label_in_a_headline_speaks(run, headline, actor):
    text = f"{headline}\nThe Harbour Review\nFriday, 12 March 2027\n\nThe ministers spoke in Szohod on Wednesday."
    assert [a for _, a in _words(run(text, head=""))] == [actor]


def test_a_label_without_a_role_noun_names_nobody(run):
    text = ("Bordurian villagers: “We want the road back”\nThe Harbour Review\nFriday, 12 March 2027\n\n"
            "The villagers marched on Thursday.")
    assert all(actor is None for _, actor in _words(run(text, head="")))


@pytest.mark.parametrize("text, actor", [
    ("Igor Petrov, Borduria's foreign minister, arrived on Monday. Karl Weiss greeted him at the airport. "
     "“This is a last chance,” the foreign minister said.", B),
    ("Karl Weiss, the Eastern Union's envoy, arrived on Monday. Igor Petrov greeted him at the airport. "
     "“We are here to listen,” the envoy said.", E),
    ("Alen Simon, Ruritania's president, opened the session. Lena Dvor listened from the gallery. "
     "“We will sign in April,” the president told the deputies.", R),
])
def test_the_role_goes_to_the_one_given_it_before_one_given_none(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


def test_with_nobody_given_the_role_the_last_person_fits(run):
    text = ("Igor Petrov arrived on Monday. Karl Weiss greeted him at the airport. “This is a last chance,” the "
            "foreign minister said.")
    assert [a for _, a in _words(run(text))] == [E]


@pytest.mark.parametrize("text, actor", [
    ("Igor Petrov was told by Alen Simon that Ruritania would “never accept foreign troops”.", R),
    ("“We will never accept troops,” Igor Petrov was told by Alen Simon.", R),
    ("Karl Weiss was assured by Lena Dvor that Borduria would “respect the ceasefire”.", B),
])
def test_the_agent_of_a_passive_speech_verb_speaks(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


def test_quoted_by_keeps_the_one_quoted(run):
    text = "Mira Kovac was quoted by the Bordurian Foreign Ministry as saying the text was “unfair to us”."
    assert _words(run(text)) == [("unfair to us", R)]


@pytest.mark.parametrize("text, actor", [
    ("According to sources close to Igor Petrov, Borduria will “wait and see”.", B),
    ("The deal is “done in principle”, according to people familiar with the Ruritanian government.", R),
    ("Officials are “cautiously hopeful”, according to diplomats close to Karl Weiss.", E),
])
def test_sources_close_to_someone_speak_for_their_side(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


def test_close_observers_name_nobody(run):
    text = "According to close observers, the ceasefire is “holding for now”."
    assert [a for _, a in _words(run(text))] == [None]


@pytest.mark.parametrize("text, actor", [
    ("Igor Petrov posted a short message on Tuesday evening.\n\n“The door remains open, but not for ever.”", B),
    ("Late on Monday, Mira Kovac wrote to the deputies of her party.\n\n“We will not sign a bad treaty.”", R),
    ("The Eastern Union's envoy spoke to the press after the session.\n\n“Both sides have moved, a little.”", E),
])
def test_a_quote_filling_its_paragraph_after_an_announcing_sentence(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


def test_a_paragraph_without_a_speech_verb_announces_nothing(run):
    text = "Igor Petrov arrived late in the evening.\n\n“The door remains open, but not for ever.”"
    assert [a for _, a in _words(run(text))] == [None]


@pytest.mark.parametrize("text, actor", [
    ("Lena Dvor gave an interview to Szohod Radio on Monday. Asked about the islands, she was firm: “They stay "
     "ours.”", B),
    ("Igor Petrov met the press on Monday. Pressed on the islands, he went further: “Not one metre.”", B),
    ("Mira Kovac spoke in Strelsau. When asked about the deadline, she was blunt: “There is none.”", R),
])
def test_a_pronoun_colon_after_being_asked(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("When asked about the deadline, Igor Petrov said: “There is none.”", B),
    ("Mira Kovac spoke first. When asked about the deadline, Igor Petrov replied that there was “no deadline at "
     "all”.", B),
    ("If asked about the islands, Lena Dvor always says they are “not for sale”.", B),
])
def test_when_asked_is_no_cue_of_its_own(run, text, actor):
    assert [a for _, a in _words(run(text))] == [actor]


def test_another_opening_clause_is_no_pronoun_intro(run):
    text = "Igor Petrov spoke first. Looking at the old map of the region, she was firm: “The Strelsau line”."
    assert all(actor is None for _, actor in _words(run(text)))


@pytest.mark.parametrize("headline, actor", [
    ("Peace deal ‘within reach’, says EU envoy", E),
    ("Border talks ‘stalled for good’, says Bordurian minister", B),
    ("Ceasefire ‘holding despite incidents’, says Kovac", R),
])
def test_an_inverted_says_in_a_headline_speaks(run, headline, actor):
    text = (f"{headline}\nThe Harbour Review\nFriday, 12 March 2027\n\n"
            "Mira Kovac and Igor Petrov met the envoy of the Union in Geneva for a third day on Thursday.")
    assert [a for _, a in _words(run(text, head=""))] == [actor]


def test_a_fronted_subject_without_one_after_the_verb_still_speaks(run):
    text = ("The Eastern Union, which on Tuesday called on both sides to “stop the shelling now”, said it would "
            "send monitors.")
    assert _words(run(text)) == [("stop the shelling now", E)]
