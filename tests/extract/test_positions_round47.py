"""Round 47 (positions): signing or initialling "the agreement on a joint railway station" speaks to the
railway, not to the peace treaty that "signed the agreement" would otherwise name; after "a railway
station", "the joint station" refers back to it; and "a team of advisers", "an outside power", "anyone
outside" are cues of an outside presence. Invented states, hand-written sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from parley.core.types import Codebook
from parley.extract.issues import IssueVocabulary
from round_helpers import positions, toy_fixtures
from test_positions_round44 import BOOK as ROUND44

TREATY = ROUND44.issues[0]
BOOK = replace(ROUND44, name="round47positions",
               issues=(replace(TREATY, keywords=TREATY.keywords + ("initialled",)),) + ROUND44.issues[1:])
pipeline, run, parse = toy_fixtures(BOOK)


@pytest.mark.parametrize("text, signer", [
    ("On Thursday Ruritania and Borduria signed the agreement on a joint railway station at Klow.", "ruritania"),
    ("Ruritania, Borduria and Syldavia initialled in Geneva the agreement on a joint railway station.", "syldavia"),
])
def test_signing_an_agreement_on_a_railway_station_is_no_peace_treaty(run, text, signer):
    found = positions(run(text))
    assert (signer, "transport", "support") in found
    assert not {p for p in found if p[1] == "treaty"}


def test_signing_the_peace_treaty_still_counts(run):
    text = "On Thursday Ruritania and Borduria signed the peace treaty in Klow."
    assert ("ruritania", "treaty", "support") in positions(run(text))


def test_the_joint_station_refers_back_to_the_railway_station(run):
    text = ("The two Governments asked for a railway station at Klow in March. "
            "On Monday Ruritania welcomed the joint station and promised to pay for half of it.")
    assert ("ruritania", "transport", "support") in positions(run(text))


@pytest.mark.parametrize("sentence", [
    "At their joint request, the Union will provide a team of advisers for three years.",
    "We will not ask anyone outside to guard that station.",
    "It will connect its network only to lines that no outside power guards.",
])
def test_outside_helpers_are_cues_of_a_presence(sentence):
    vocabulary = IssueVocabulary.from_codebook(Codebook("t", (), (ROUND44.issues[3],)))
    assert "presence" in [hit.issue for hit in vocabulary.match(sentence)]
