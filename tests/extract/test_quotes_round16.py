"""Round 16: quote speakers and continued quotes in wordings the tuning sets do not hold (invented
states and people, hand-written sentences, each rule with a case it must leave alone).

* In a text an institution issues, a bare "the Minister said" is the issuer's own minister named
  earlier, not the counterpart the lead says that minister met (speaker_subjects);
* "Name (Group, Country) said": a bracketed aside after a name is skipped like an apposition, its
  comma no stop before the subject (speaker_words);
* "“A,” X said. “B.” He said …": the attribution between the parts of a broken quote is narration,
  its speaker a referent for a later pronoun (speaker_context);
* "his Kestrian counterpart(s)": the other side's, the demonym says whose, not the owner's actor
  (speaker_subjects);
* "The host, X's foreign minister, said": a subject naming no actor, set off by an apposition that
  is a role of one, is that role holder (speaker_trim);
* "X accused Y of “…”": the accuser's words even where the parse hangs "of" on the object, and
  "… for speaking about Z" after the quote is no cue of its own (quotes_terms, speaker_words);
* "He added that …": words that go on from a speaker's last quote take its date only when the text
  dated that quote, not an older occasion of the same speaker's (dates).
"""

from __future__ import annotations

import dataclasses

import pytest
from round_helpers import headed_runner, quoted_dates, quoted_speakers

from test_quotes_round14b import BOOK as BASE, HEAD

BOOK = dataclasses.replace(BASE, affiliation_camps=(("Foreign Ministry of the Republic of Ruritania", "ruritania"),))
RELEASE = "Ministers meet in Geneva\nForeign Ministry of the Republic of Ruritania\nPress release, 12 March 2027\n\n"
R, B = "ruritania", "borduria"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, RELEASE)


@pytest.mark.parametrize("text", [
    "The Foreign Minister of Ruritania held talks with the Foreign Minister of Borduria in Geneva.\n\n"
    "The sides discussed the border.\n\nSpeaking to journalists, the Minister said: “We are ready to sign.”",
    "The Ruritanian foreign minister received the foreign minister of Borduria in Strelsau.\n\n"
    "After the talks the Minister said the text was “ready for signature”.",
    "The Minister of Foreign Affairs of Ruritania met the Minister of Foreign Affairs of Borduria.\n\n"
    "Asked about the border, the Minister replied: “Every pillar is a step to peace.”",
])
def test_a_bare_minister_in_a_release_is_the_issuers(run, text):
    assert [actor for _, actor in quoted_speakers(run(text))] == [R]


def test_a_qualified_minister_in_a_release_keeps_its_own_country(run):
    text = ("The Foreign Minister of Ruritania held talks with the Foreign Minister of Borduria in Geneva.\n\n"
            "The Bordurian minister said the text was “not yet ready”.")
    assert [actor for _, actor in quoted_speakers(run(text))] == [B]


def test_a_bare_minister_outside_a_release_is_the_last_named(run):
    text = ("The Foreign Minister of Ruritania held talks with the Foreign Minister of Borduria in Geneva.\n\n"
            "Speaking to journalists, the Minister said: “We are ready to sign.”")
    assert R not in [actor for _, actor in quoted_speakers(run(text, head=HEAD))]


@pytest.mark.parametrize("text, days", [
    ("On 2 March Alen Simon said the treaty was “ready”. Igor Petrov said it was “not ready at all”. Alen Simon "
     "told journalists: “We will sign it soon.” He added that Ruritania “would welcome” observers.",
     ["2027-03-02", "2027-03-12", "2027-03-12", "2027-03-12"]),
    ("On 2 March Igor Petrov called the text “a basis for talks”. Alen Simon said it was “not a basis”. Speaking "
     "to reporters, Igor Petrov said: “We want more time.” He added that the border was “calm and quiet”.",
     ["2027-03-02", "2027-03-12", "2027-03-12", "2027-03-12"]),
    ("Mira Kovac said on 2 March that the plan was “a fair one”. Lena Dvor called it “unfair”. Asked about it, "
     "Mira Kovac replied: “The plan stands.” She added that Borduria was “welcome to join”.",
     ["2027-03-02", "2027-03-12", "2027-03-12", "2027-03-12"]),
])
def test_added_words_do_not_skip_back_past_the_last_quote(run, text, days):
    assert [day for _, day in quoted_dates(run(text, head=HEAD))] == days


def test_added_words_take_the_last_quotes_text_date(run):
    text = "On 2 March Alen Simon said the treaty was “ready”. He added that Ruritania “would welcome” observers."
    assert [day for _, day in quoted_dates(run(text, head=HEAD))] == ["2027-03-02", "2027-03-02"]


@pytest.mark.parametrize("text, actor", [
    ("Karl Weiss (Greens, Ruritania) agreed that the mission should stay but accused the Council of looking at "
     "the border “with one eye closed”.", "eu"),
    ("Lena Dvor (Liberals, Ruritania) said the route was “the shortest road east”.", B),
    ("Igor Petrov (Unity, Ruritania) told reporters the talks were “useful and calm”.", B),
])
def test_a_bracketed_group_and_country_after_a_name_is_no_subject(run, text, actor):
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("The Bordurian envoy (Igor Petrov) said the plan was “fair enough”.", B),
    ("Karl Weiss said (in Szohod, on Monday) that the plan was “fair enough”.", "eu"),
])
def test_a_name_in_brackets_or_after_the_verb_is_left_alone(run, text, actor):
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("“We signed nothing in Geneva because there is nothing new to sign,” Borduria's foreign minister told "
     "reporters in Szohod. “The text is ready; the Ruritanian law is not.”\n\nHe said Szohod remained “fully "
     "committed” to the agreement.", B),
    ("“The border is calm tonight,” the Ruritanian foreign minister told the assembly. “We want it to stay so.”"
     "\n\nShe also said Strelsau was “ready to talk at once”.", R),
    ("“The border is calm tonight,” Mira Kovac told the assembly on Monday. “We want it to stay so.”\n\nShe also "
     "said Strelsau was “ready to talk at once”.", R),
])
def test_the_attribution_inside_a_broken_quote_is_a_referent(run, text, actor):
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))][-1] == actor


def test_a_name_inside_the_broken_quotes_words_is_no_referent(run):
    text = ("“Alen Simon told us the talks failed,” the Bordurian envoy said. “Alen Simon was wrong about it.”\n\n"
            "He said the talks were “very useful indeed”.")
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))] == [B, B]


@pytest.mark.parametrize("text", [
    "“The road is open,” Ruritania's deputy prime minister told reporters. “Trucks will not wait.”\n\nHis "
    "Bordurian counterpart said the first convoys would run “before the summer”.",
    "Alen Simon spoke first at the ceremony. His Bordurian counterpart said the plan was “too slow for us”.",
    "Mira Kovac opened the session. Her Bordurian counterparts replied that the text was “not yet ready”.",
])
def test_his_counterpart_is_the_other_side(run, text):
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))][-1] == B


def test_his_aides_are_still_his_side(run):
    text = "Alen Simon spoke first at the ceremony. His aides said the plan was “too slow for us”."
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))] == [R]


@pytest.mark.parametrize("text", [
    "The host, Borduria's foreign minister, said regional roads should open “on the basis of sovereignty”.",
    "The host, the Bordurian foreign minister, said regional roads should open “on the basis of sovereignty”.",
    "The chair of the session, Borduria's deputy foreign minister, told the guests that the roads were “open "
    "to all”.",
])
def test_a_role_of_an_actor_in_apposition_names_the_speaker(run, text):
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))] == [B]


def test_an_apposition_without_an_actors_role_names_nobody(run):
    text = "The moderator, a professor from Szohod, said the roads should open “on the basis of sovereignty”."
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))] == [None]


@pytest.mark.parametrize("text", [
    "Igor Petrov accused European parliamentarians of “selective compassion” for speaking about churches.",
    "Igor Petrov accused Ruritanian deputies of “selective compassion”.",
    "In Szohod, Igor Petrov again accused the deputies of “bad faith and short memories”.",
])
def test_accused_x_of_quotes_the_accuser(run, text):
    assert [a for _, a in quoted_speakers(run(text, head=HEAD))] == [B]


@pytest.mark.parametrize("text", [
    "Igor Petrov spoke of an arena of “geopolitical rivalry” in the region.",
    "The deputies were accused of “double standards” by the press.",
])
def test_a_term_after_of_is_still_no_quote(run, text):
    assert quoted_speakers(run(text, head=HEAD)) == []
