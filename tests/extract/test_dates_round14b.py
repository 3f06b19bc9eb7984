"""Round 14b: quote dates in wordings the tuning sets do not hold (invented states and people,
hand-written sentences, each rule with a case it must leave alone).

* "X repeated in Tallinn that “…”": the day the text gives what happened at that place (dates_places);
* "In an article published on Monday, X wrote": a participle clause on a noun of writing dates the
  words as one on "interview" does (dates_context);
* "X, who spoke at a rally on Sunday, said": a relative clause of speaking on the speaker
  (dates_context);
* "a statement released Thursday", "on Facebook late Wednesday", "a letter dated 5 March": bare
  dates after a participle of putting words out, or with "late"/"early" (dates_phrases);
* "By Pia Lund | 12 March 2027", "The Harbour Review | 12 March 2027": a date line with a byline or
  names set off by a bar or a dash dates the document (dates_document);
* "said on the 10th": that day of the document's month, or of the month before (dates_phrases);
* "“…,” X said. He was speaking at a rally on Sunday.", "“…” ¶ X said this at a rally on Sunday.":
  the sentence after that names the speaker's occasion dates the words (dates_repeated);
* "‘…’: Petrov rejects plan" over "Igor Petrov on Thursday rejected the plan": a lead's public
  reaction dates the headline quote (dates_headline).
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
    ("The treaty was signed in Geneva on 2 March. Igor Petrov said in Geneva that it was “a new beginning”.",
     "2027-03-02"),
    ("We met Karl Weiss on Tuesday, a week after the summit in Szohod.\n\nAlen Simon insisted in Szohod that "
     "there would be “no foreign troops”.", "2027-03-02"),
    ("The leaders met in The Hague on Monday. Lena Dvor repeated in The Hague that Borduria “will not move”.",
     "2027-03-08"),
])
def test_words_said_at_a_place_the_text_dates(run, text, day):
    assert _days(run(text)) == [day]


@pytest.mark.parametrize("text", [
    "The summit in Szohod ended without a text. Alen Simon insisted in Szohod that there would be “no foreign "
    "troops”.",
    "We spoke to him on Tuesday after the summit in Szohod. Alen Simon insisted in Szohod that there would be "
    "“no foreign troops”.",
    "Igor Petrov arrived in Geneva on 2 March. Lena Dvor said in a statement that it was “a new beginning”.",
])
def test_a_place_the_text_does_not_date_gives_the_publication_date(run, text):
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("text, day", [
    ("In an article published on Monday, Lena Dvor wrote that the deal “must be fair to both peoples”.",
     "2027-03-08"),
    ("In a video posted on Sunday, Mira Kovac said Ruritania was “ready to talk”.", "2027-03-07"),
    ("In a column published on Wednesday, Igor Petrov wrote that the islands were “not for sale”.", "2027-03-10"),
])
def test_a_piece_of_writing_dated_by_its_participle(run, text, day):
    assert _days(run(text)) == [day]


def test_a_date_inside_the_reported_clause_is_not_the_articles(run):
    text = "In an article, Lena Dvor wrote that the deal, signed on Monday, was “fair to both peoples”."
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("text, day", [
    ("Igor Petrov, who spoke at a rally on Sunday, said Borduria would “never give up the islands”.", "2027-03-07"),
    ("Igor Petrov, who was speaking at a rally on Sunday, said Borduria would “never give up the islands”.",
     "2027-03-07"),
    ("Mira Kovac, who told parliament on Tuesday about the talks, said they were “going nowhere”.", "2027-03-09"),
])
def test_a_relative_clause_of_speaking_on_the_speaker(run, text, day):
    assert _days(run(text)) == [day]


def test_a_relative_clause_of_another_event_does_not_date(run):
    text = "Mira Kovac, who signed the ceasefire on 10 November 2020, said it was “still the only basis”."
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("text, day", [
    ("Lena Dvor wrote on Facebook late Wednesday that the talks had “failed again”.", "2027-03-10"),
    ("In a statement released Thursday, the Bordurian Foreign Ministry said the proposal was “not serious at "
     "all”.", "2027-03-11"),
    ("The Bordurian Foreign Ministry said in a statement issued Tuesday that the plan was “dead on arrival”.",
     "2027-03-09"),
])
def test_a_bare_weekday_after_putting_words_out(run, text, day):
    assert _days(run(text)) == [day]


@pytest.mark.parametrize("text, day", [
    ("In a letter to Karl Weiss dated 5 March, Mira Kovac wrote that Ruritania would “not attend”.", "2027-03-05"),
    ("In a letter dated March 5, Mira Kovac wrote that Ruritania would “not attend the summit”.", "2027-03-05"),
    ("In a note dated the 4th of March, Mira Kovac wrote that the summit was “premature and risky”.", "2027-03-04"),
])
def test_a_letter_dated_so(run, text, day):
    assert _days(run(text)) == [day]


def test_a_dated_letter_inside_the_reported_clause_does_not_date(run):
    assert _days(run("Mira Kovac wrote that the letter dated 5 March had been “a grave mistake”.")) == [PUB]


def test_a_bare_weekday_in_the_reported_clause_does_not_date(run):
    text = "Alen Simon said the talks that ended late Wednesday had been “useful for both”."
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("line", [
    "By Pia Lund | 12 March 2027",
    "Posted on 12 March 2027 by Pia Lund",
    "By Pia Lund and Tom Hale, 12 March 2027",
    "The Harbour Review | 12 March 2027",
    "Harbour Review — 12.03.2027",
    "12 March 2027 | Pia Lund",
])
def test_a_byline_line_with_a_date_dates_the_document(run, line):
    result = run("“We are close,” Alen Simon said on Thursday.", head=f"Talks resume\n{line}\n\n")
    assert _days(result) == ["2027-03-11"]


@pytest.mark.parametrize("line", [
    "Signed by Igor Petrov on 10 March 2027",
    "Talks resumed on 10 March 2027 in Geneva",
    "Geneva talks | resumed on 10 March 2027 after a pause",
])
def test_a_sentence_in_the_header_is_no_date_line(run, line):
    result = run("“We are close,” Alen Simon said on Thursday.", head=f"Talks resume\n{line}\n\n")
    assert _days(result) != ["2027-03-04"]


@pytest.mark.parametrize("text, day", [
    ("“We are close,” Igor Petrov said on the 10th.", "2027-03-10"),
    ("“We are close,” Igor Petrov said on the 28th.", "2027-02-28"),
    ("On the 1st, Lena Dvor warned that Borduria “will not wait”.", "2027-03-01"),
])
def test_a_day_of_the_month_alone(run, text, day):
    assert _days(run(text)) == [day]


def test_a_day_of_the_month_that_does_not_exist_gives_the_publication_date(run):
    assert _days(run("“We are close,” Igor Petrov said on the 31st.")) == [PUB]


@pytest.mark.parametrize("text, day", [
    ("“We will not be the first to shoot,” Igor Petrov said. He was speaking at a rally in Szohod on Sunday.",
     "2027-03-07"),
    ("“We will not be the first to shoot.”\n\nIgor Petrov said this at a rally in Szohod on Sunday.", "2027-03-07"),
    ("“Our patience has limits,” Mira Kovac told reporters. She spoke in Strelsau on Tuesday after the vote.",
     "2027-03-09"),
])
def test_the_next_sentence_tells_when_the_speaker_spoke(run, text, day):
    assert _days(run(text)) == [day]


def test_someone_else_speaking_in_the_next_sentence_does_not_date(run):
    text = "“We will not be the first to shoot,” Igor Petrov said. Alen Simon was speaking in Strelsau on Sunday."
    assert _days(run(text)) == [PUB]


@pytest.mark.parametrize("headline, lead, day", [
    ("‘We will not sign’: Petrov rejects Geneva plan",
     "Borduria's foreign minister Igor Petrov on Thursday rejected the Geneva plan.", "2027-03-11"),
    ("‘This is a historic day’: Kovac hails the vote",
     "Ruritania's deputy prime minister Mira Kovac on Wednesday hailed the vote in the assembly.", "2027-03-10"),
    ("‘We had no choice’: Petrov defends the deal",
     "Borduria's foreign minister Igor Petrov on Monday defended the deal before the assembly.", "2027-03-08"),
])
def test_a_leads_public_reaction_dates_the_headline_quote(run, headline, lead, day):
    text = f"{headline}\nThe Harbour Review\nFriday, 12 March 2027\n\n{lead}"
    assert _days(run(text, head="")) == [day]


def test_a_lead_without_speaking_leaves_the_headline_quote_undated(run):
    text = ("‘We had no choice’: Petrov and the deal\nThe Harbour Review\nFriday, 12 March 2027\n\n"
            "Borduria's foreign minister Igor Petrov on Monday visited the border villages in the east.")
    assert _days(run(text, head="")) == [PUB]
