"""Round 29 (speakers and dates): a paragraph timed by the clock, perhaps after a photo's number
("2/14. 07:10. X cuts the ribbon. “…,” he told the crowd"), is on the day the lead names, not the day
the gallery was published. "Its regional director in Y" is of the body named just before; "a representative of BAMA, X's mine action
agency," speaks for X.
Invented states and people, hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook("round29speakers", TOY_STATES, (Issue("links", "Open transport links", keywords=("road",)),))
pipeline, run, parse = toy_fixtures(BOOK)
GALLERY = "In pictures: the road opens\nNews Agency\nPhoto gallery, 14 photos\n2 May 2033\n\n"


def test_a_caption_timed_by_the_clock_is_on_the_leads_day(run):
    text = GALLERY + ("The road between Northtown and Southtown opened to residents on Sunday 1 May.\n\n"
                      "2/14. 07:10. The district head cuts the ribbon. “Today the road is open,” he told the crowd.")
    assert quoted_dates(run(text)) == [("Today the road is open", "2033-05-01")]


def test_a_caption_without_a_clock_keeps_the_publication_day(run):
    text = GALLERY + ("The road between Northtown and Southtown opened to residents on Sunday 1 May.\n\n"
                      "A shepherd waits at the barrier. “Today the road is open,” he says.")
    assert quoted_dates(run(text)) == [("Today the road is open", "2033-05-02")]


def test_its_role_with_a_place_after_it_is_the_body_named_before(run):
    text = ("Our cooperation with Bordurian State Railways has been correct. Its regional director in Szohod wrote "
            "to us in December that there should be “no quarrels at the road, only timetables”, a standard we share.")
    assert quoted_speakers(run(text)) == [("no quarrels at the road, only timetables", "borduria")]


def test_one_of_a_body_the_apposition_gives_to_a_state_speaks_for_it(run):
    text = ("Stay on marked roads. “Mines do not read maps,” a representative of BAMA, Borduria's mine action agency, "
            "told the embassy on 10 June.")
    assert quoted_speakers(run(text)) == [("Mines do not read maps", "borduria")]
