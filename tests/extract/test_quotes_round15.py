"""Round 15: quote speakers in wordings the tuning sets do not hold (invented states and people,
hand-written sentences, each rule with a case it must leave alone).

* "X urged Y to “…” when it writes …": a clause of time or condition straight after the closing mark
  goes on the quote's own sentence, it does not attribute the quote (speakers);
* "X thanked “…” but said …": the quote is the object of a verb joined to a speech verb; their
  shared subject speaks (speaker_conjoined);
* "my Bordurian brother", "Ruritanian deputies": a demonym and a word for people stand for the
  demonym's state (speaker_demonyms);
* "X have called our request for joint visits to … “…”": a characterising verb's object may be as long
  as quotes.rules.v1 lets it be (speakers);
* "“A,” the adviser to the President for foreign policy told journalists at the bridge. “B.”": a long
  attribution sentence whose verb comes among its last words joins the parts (quotes_split);
* "the adviser to the President for …": an aide serving a head of government is a governmental role
  (speaker_subjects);
* "Some in this hall still call it “…”": a name in circulation among unnamed people is no quote (quotes).
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from test_quotes_round14b import BOOK, HEAD

R, B, E = "ruritania", "borduria", "eu"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


def _actors(result) -> list[str | None]:
    return [actor for _, actor in quoted_speakers(result)]


@pytest.mark.parametrize("text, actor", [
    ("Alen Simon urged the Eastern Union to “keep its monitors in place” when it reviews the mission.", R),
    ("Lena Dvor asked Ruritania to “sign without delay” if it wants the border open.", B),
    ("Igor Petrov told the Ruritanian parliament to “read the text first” before it votes.", B),
])
def test_a_clause_of_time_after_the_quote_is_no_attribution(run, text, actor):
    assert _actors(run(text)) == [actor]


def test_a_speaker_after_the_comma_still_speaks(run):
    assert _actors(run("“We will not wait for ever,” Alen Simon said when asked about the date.")) == [R]


@pytest.mark.parametrize("text, actor", [
    ("Alen Simon thanked “everyone who made the talks possible” but said Ruritania would not sign yet.", R),
    ("Lena Dvor praised “the quiet courage of all the negotiators” and told reporters that the vote would follow.", B),
    ("In Szohod, Igor Petrov welcomed “the first real progress in many years” and said more work was needed.", B),
])
def test_the_object_of_a_verb_joined_to_a_speech_verb(run, text, actor):
    assert _actors(run(text))[:1] == [actor]


def test_a_conjunct_with_its_own_subject_gives_nothing(run):
    text = "Alen Simon thanked “everyone who made the talks possible”, but Lena Dvor said the text was weak."
    assert _actors(run(text))[:1] != [B]


@pytest.mark.parametrize("text, actor", [
    ("My Bordurian brother put it best: “We ask for the maps, all of them.”", B),
    ("Our Ruritanian colleagues told us: “The border stays where it is.”", R),
    ("The Bordurian deputies said: “We will vote against it.”", B),
])
def test_a_demonym_and_a_word_for_people(run, text, actor):
    assert _actors(run(text)) == [actor]


@pytest.mark.parametrize("text", [
    "Bordurian villagers told reporters: “We want our fields back.”",
    "Ruritanian refugees said: “We want to go home.”",
])
def test_people_of_a_nation_are_no_states_voice(run, text):
    assert _actors(run(text)) == [None]


@pytest.mark.parametrize("text, actor", [
    ("Bordurian deputies have called our request for joint visits to the old churches “a pilgrimage nobody "
     "invited”.", B),
    ("Igor Petrov called the proposal for a joint patrol along the whole river “a dead letter from the start”.", B),
    ("Alen Simon described the plan of the Eastern Union for the northern border as “premature at best”.", R),
])
def test_a_characterising_verb_with_a_long_object(run, text, actor):
    assert _actors(run(text)) == [actor]


def test_called_for_characterises_nothing(run):
    text = "Lena Dvor met the press. Alen Simon called for a joint patrol along the river to be “set up at once”."
    assert _actors(run(text)) != [B]


@pytest.mark.parametrize("text, actor", [
    ("“Borduria did not sign because anyone asked it to,” the adviser to the President for foreign policy told "
     "journalists at the bridge. “It signed because the war is over.”", B),
    ("“The text is ready,” the head of the Ruritanian delegation to the border talks told reporters in Geneva. "
     "“Only the maps are missing.”", R),
    ("“We have waited long enough,” the chair of the Eastern Union monitoring mission in the north told the "
     "press on Monday. “Now we want pillars.”", E),
])
def test_a_long_attribution_sentence_with_its_verb_late_joins_the_parts(run, text, actor):
    result = quoted_speakers(run(text))
    assert len(result) == 1


@pytest.mark.parametrize("text", [
    "“The text is ready,” Alen Simon said. “Only the maps are missing,” he added.",
    "“The text is ready.” The crowd outside the old parliament building cheered when the envoys arrived at "
    "last. “Only the maps are missing,” Lena Dvor said.",
])
def test_parts_with_their_own_attribution_stay_apart(run, text):
    assert len(quoted_speakers(run(text))) == 2


@pytest.mark.parametrize("text, actor", [
    ("Borduria released two prisoners on Monday. “We kept our word,” the adviser to the President for foreign "
     "policy told reporters.", B),
    ("Ruritania opened the border crossing on Monday. “This is only the start,” the aide to the prime minister "
     "for regional affairs said.", R),
    ("Borduria signed the protocol on Monday. “More will follow,” the spokesman for the government in the "
     "northern region said.", B),
])
def test_an_aide_to_a_head_of_government_speaks_for_the_subject_state(run, text, actor):
    assert _actors(run(text)) == [actor]


def test_an_adviser_to_others_is_no_governments_voice(run):
    text = ("Borduria released two prisoners on Monday. “We kept our word,” the adviser to the families of the "
            "missing men told reporters.")
    assert _actors(run(text)) == [None]


@pytest.mark.parametrize("text", [
    "And the treaty itself? Some in this hall still call it “the Geneva surrender”.",
    "Many in Strelsau call the treaty “the quiet betrayal of the north”.",
    "Others call the plan “a trap for the north”.",
])
def test_a_name_in_circulation_among_unnamed_people_is_no_quote(run, text):
    assert _actors(run(text)) == []


def test_a_named_characteriser_still_gives_a_quote(run):
    assert _actors(run("Igor Petrov called the plan “a trap for the north”.")) == [B]
