"""Round 17 (fourth part): the doer of an issue's act named as the owner of the act noun ("X's
handover of eight detainees") or as the subject of a past verb that carried it out ("the fact that
X handed over further maps"), and not where the act is asked for, conditional or denied
(stance_agents.doer_findings). Invented states and people, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook(
    "round17doers",
    TOY_STATES,
    (
        Issue("prisoners", "Release detainees and prisoners of war", keywords=("detainees", "prisoners")),
        Issue("mines", "Clear landmines and hand over minefield maps", keywords=("minefield maps", "maps of minefields")),
    ),
)
pipeline, run, parse = toy_fixtures(BOOK)
R, B = "ruritania", "borduria"


def keys(result):
    return {p.key for p in result.positions}


@pytest.mark.parametrize(("text", "key"), [
    ("The observers watched Borduria's handover of eight Ruritanian detainees at the bridge.", (B, "prisoners", "support")),
    ("The envoy praised Ruritania's release of the last prisoners in May.", (R, "prisoners", "support")),
    ("Observers noted the fact that Ruritania handed over further maps of minefields in July.", (R, "mines", "support")),
    ("Monitors confirmed that Borduria released the detainees on Sunday.", (B, "prisoners", "support")),
])
def test_the_doer_of_the_act_supports_it(run, text, key):
    assert key in keys(run(text))


@pytest.mark.parametrize(("text", "actor"), [
    ("Observers asked whether Ruritania handed over the maps of minefields.", R),
    ("Borduria has not released the detainees, the envoy said.", B),
    ("Anna Black said the talks would go on if Borduria released the detainees.", B),
])
def test_an_act_asked_about_denied_or_conditional_is_no_doers_support(run, text, actor):
    assert (actor, "prisoners" if "detainees" in text else "mines", "support") not in keys(run(text))
