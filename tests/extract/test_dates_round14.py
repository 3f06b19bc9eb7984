"""Round 14: quote dates in a compilation's items (invented states and people, hand-written sentences).

A "what they said" item opens with a label line ending with a colon, the words on the lines after it
(dates_labels): the label's date phrase dates the item's quotes ("today", "this morning", "on
Thursday evening"); a label that ties the words to the event of the lead ("after the vote") leaves
them to the lead's day; a label with no time ("in a written statement") gives the publication date,
not the lead event's day.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_dates

from test_speakers_round14 import BOOK, LEAD

HEAD = "Reactions to the vote\nThe Harbour Review\nFriday, 12 March 2027\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


@pytest.mark.parametrize("label, day", [
    ("KESTRIA'S FOREIGN MINISTER, speaking in Varn today:", "2027-03-12"),
    ("JANE ROE, Norlandic deputy, in Harnby this morning:", "2027-03-12"),
    ("AN ADVISER TO NORLAND'S PRESIDENT, on television on Thursday evening:", "2027-03-11"),
    ("OTTO BRENN, on Wednesday, before the vote:", "2027-03-10"),
])
def test_the_labels_date_phrase_dates_the_item(run, label, day):
    text = LEAD + f"{label}\n\"The vote closes a chapter. Nobody should reopen it.\"\n"
    assert quoted_dates(run(text)) == [("The vote closes a chapter. Nobody should reopen it", day)]


@pytest.mark.parametrize("label", [
    "A SPOKESPERSON FOR THE NORDIC UNION, in a written statement:",
    "NORLAND'S PRIME MINISTER, at a cabinet meeting in Harnby:",
    "Kestria's foreign minister, in a letter to members:",
])
def test_a_label_without_a_time_gives_the_publication_date(run, label):
    text = LEAD + f"{label}\n\"We welcome the vote. It took long enough.\"\n"
    assert quoted_dates(run(text)) == [("We welcome the vote. It took long enough", "2027-03-12")]


@pytest.mark.parametrize("text, day", [
    ("Sixteen days ago, in Harnby, we signed the treaty.\n\nOn the eve of the signing, a Kestrian deputy told "
     "a crowd that it was \"a receipt, not a peace\".", "2027-02-23"),
    ("We spoke to Otto Brenn on Tuesday, a week after the signing in Harnby.\n\nBRENN: The Kestrian government "
     "said on the day of the signing that it \"welcomes any agreement\".", "2027-03-02"),
    ("The treaty was signed in Harnby on 2 March.\n\nOtto Brenn told reporters on the day after the signing "
     "that the road was \"open for good\".", "2027-03-03"),
])
def test_a_day_given_against_a_dated_event(run, text, day):
    assert [d for _, d in quoted_dates(run(text))] == [day]
