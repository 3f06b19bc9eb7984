"""Round 51 (positions): "refused the burials" is a refused burial, as "refused to let them bury" was;
burials named without any word of permission or refusal stay no cue. Invented states, hand-written
sentences."""

from __future__ import annotations

import pytest
from round_helpers import positions, toy_fixtures
from test_positions_round49 import BOOK

pipeline, run, parse = toy_fixtures(BOOK)


@pytest.mark.parametrize("text", [
    "Ruritania refused the burials, and it still refuses them.",
    "Ruritania allowed the stone at the gate and refused the burials the families asked for.",
])
def test_refusing_the_burials_opposes_the_heritage(run, text):
    assert ("ruritania", "heritage", "oppose") in positions(run(text))


def test_burials_without_permission_or_refusal_are_no_cue(run):
    assert not {p for p in positions(run("Ruritania said that the burials took place in the spring.")) if p[1] == "heritage"}
