"""Round 57 (speakers): a label opening the quote's own line names its speaker when no other shape
does ("Deputy Minister of Transport: “…”", "Sound bite, spokesperson of the Ruritanian Foreign Ministry,
27 April: “…”"); a participle clause before the colon ("Addressing the Council after the signing:") is
no label. Invented states and people, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook("round57speakers", TOY_STATES, (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),))
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Voices of the first train\nKlow Television\n6 June 2039\n\nThe programme collected what people said.\n\n"


def _speakers(result):
    return [(q.text, q.speaker, q.speaker_actor) for q in result.quotes]


@pytest.mark.parametrize("label, actor", [
    ("Sound bite, spokesperson of the Ruritanian Foreign Ministry, 27 April", "ruritania"),
    ("Spokesperson of the Bordurian Foreign Ministry", "borduria"),
])
def test_a_label_opening_the_quotes_line_is_its_speaker(run, label, actor):
    text = HEAD + label + ": “We are grateful, and our answer has not changed.”\n"
    found = _speakers(run(text))
    assert len(found) == 1 and found[0][2] == actor


def test_a_participle_clause_before_the_colon_is_no_label(run):
    text = HEAD + "Addressing the members of the Council after the signing: “We kept every promise.”\n"
    found = _speakers(run(text))
    assert found and found[0][1] != "Addressing the members of the Council after the signing"
