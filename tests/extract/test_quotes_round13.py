"""Round 13: marks that no one speaks (invented states, bodies and people, hand-written sentences).

* words written on an object ("banners reading “…”", "a placard that read “…”", "T-shirts bearing
  the words “…”") are a slogan shown, not a quote (quotes_written);
* a line that opens with an item's label ("Claim 1: “…”", "Myth two: “…”", "Rumour: “…”") is an
  item the author checks, with no speaker and no continued speaker, so no quote (speaker_labels).
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round13quotes",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr", "Otto Brenn"), ("Varn",),
              ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Tom Hale"), ("Harnby",),
              ("Norlandic",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
HEAD = "Border talks\nThe Harbour Review\nFriday, 12 March 2027\n\n"
K, N = "kestria", "norland"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


@pytest.mark.parametrize("text", [
    "Outside the court, about forty students held banners reading \"The valley is not for sale\" and demanded "
    "a new vote. Their spokesman, Otto Brenn, said the ruling had \"closed the last door\".",
    "One placard that read \"No road through our valley without our river and our graves\" was taken away by "
    "the police. Otto Brenn said the protest had \"closed the last door\".",
    "The marchers wore T-shirts bearing the words \"Harnby stays ours\" and shouted at the minister. Otto Brenn "
    "told reporters the protest had \"closed the last door\".",
])
def test_words_written_on_a_banner_are_no_quote(run, text):
    assert quoted_speakers(run(text)) == [("closed the last door", K)]


def test_a_claim_numbered_in_a_fact_check_is_no_quote(run):
    text = ("Three claims have circulated since the vote. We checked them.\n\n"
            "Claim 1: \"The turnout was too low for the result to count.\"\n\n"
            "Verdict: False. Ilsa Marr wrote on Monday that the vote was \"void on turnout alone\". The law sets "
            "no minimum.\n\n"
            "Claim 2: \"Harnby will pay for the new dam on its own.\"\n\n"
            "Verdict: Misleading. The budget shows no such line.")
    assert quoted_speakers(run(text)) == [("void on turnout alone", K)]


@pytest.mark.parametrize("label", ["Myth two", "Rumour", "Claim #3"])
def test_an_item_label_does_not_continue_the_last_speaker(run, label):
    text = ("Tom Hale said on Monday that the pass \"will open in spring\". We looked at the record.\n\n"
            f"{label}: \"Varn has already moved troops to the pass.\"\n\n"
            "There is no sign of it on the satellite images we saw.")
    assert quoted_speakers(run(text)) == [("will open in spring", N)]
