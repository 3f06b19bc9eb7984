"""The challenge set (tests/data/challenge): invented texts in many source styles, scored for positions.

The first set is split in a **tune** half (rules were developed on it) and a **held-out** half
(scored once at the end); since round 2 both halves are tuning data. The second set
(tests/data/challenge2, nine more invented texts) was held out for round 2 and is a tuning set
since round 3 (a fresh held-out set replaces it); the third (tests/data/challenge3) since round 4, the fourth (tests/data/challenge4) since round 5, the fifth (tests/data/challenge5) since round 6, the sixth (tests/data/challenge6) since round 7, the seventh (tests/data/challenge7) since round 8, the eighth (tests/data/challenge8) since round 9, the ninth (tests/data/challenge9) since round 10, the tenth (tests/data/challenge10) since round 11, the eleventh (tests/data/challenge11) since round 12, the twelfth (tests/data/challenge12) since round 13, the thirteenth (tests/data/challenge13) since round 14, the fourteenth (tests/data/challenge14) since round 15, the fifteenth (tests/data/challenge15) since round 16, the sixteenth (tests/data/challenge16) since round 17, the seventeenth (tests/data/challenge17) since round 18, the eighteenth (tests/data/challenge18) since round 19, the nineteenth (tests/data/challenge19) since round 20. Floors sit a little under what the rules reach,
so that a regression fails the test. Run as a script to print the figures:

    .venv/bin/python tests/extract/test_challenge_set.py [tune|held_out|challenge2|challenge3|challenge4|challenge5|challenge6|challenge7|challenge8|challenge9|challenge10|challenge11|challenge12|challenge13|challenge14|challenge15|challenge16|challenge17|challenge18|challenge19] [--errors]

(``--errors`` also prints the error listing.)
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

from parley.evaluate import load_gold_set, score_set
from parley.extract import build_pipeline, default_config
from parley.ingest import load_codebook, read_paths

CHALLENGE = Path(__file__).resolve().parents[2] / "tests" / "data" / "challenge"
CHALLENGE2 = CHALLENGE.parent / "challenge2"
CHALLENGE3 = CHALLENGE.parent / "challenge3"
TUNE = (
    "am-mfa-readout-eu-representative", "wire-border-talks-stall", "caspian-centre-oped-peace-in-law",
    "eu-statement-border-section", "iran-mfa-statement-borders",
)
HELD_OUT = (
    "az-president-school-speech", "ararat-institute-oped-corridor", "wire-interview-deputy-minister",
    "wire-parliament-debate", "ru-mfa-briefing-excerpt",
)
POSITION_FLOORS = {"tune": 0.84, "held_out": 0.68, "challenge2": 0.80, "challenge3": 0.72, "challenge4": 0.90,
                   "challenge5": 0.89, "challenge6": 0.93,
                   "challenge7": 0.80, "challenge8": 0.67, "challenge9": 0.78,
                   "challenge10": 0.68, "challenge11": 0.84, "challenge12": 0.68, "challenge13": 0.70,
                   "challenge14": 0.60, "challenge15": 0.66, "challenge16": 0.67,
                   "challenge17": 0.58, "challenge18": 0.72, "challenge19": 0.58, "challenge20": 0.56,
                   "challenge21": 0.57, "challenge22": 0.58,
                   "challenge23": 0.57, "challenge24": 0.72, "challenge25": 0.60, "challenge26": 0.58,
                   "challenge27": 0.62, "challenge28": 0.58, "challenge29": 0.70, "challenge30": 0.72,
                   "challenge31": 0.72, "challenge32": 0.60, "challenge33": 0.69,
                   "challenge34": 0.68, "challenge35": 0.68, "challenge36": 0.64,
                   "challenge37": 0.58, "challenge38": 0.58, "challenge39": 0.55,
                   "challenge40": 0.52, "challenge41": 0.58,
                   "challenge42": 0.67, "challenge43": 0.56,
                   "challenge44": 0.65, "challenge45": 0.49,
                   "challenge46": 0.53, "challenge47": 0.59, "challenge48": 0.54, "challenge49": 0.57,
                   "challenge50": 0.66, "challenge51": 0.72, "challenge52": 0.73, "challenge53": 0.65,
                   "challenge54": 0.64, "challenge55": 0.68, "challenge56": 0.61,
                   "challenge57": 0.80, "challenge58": 0.72, "challenge59": 0.70, "challenge60": 0.52,
                   "challenge61": 0.51}
# reached: tune 0.877, held-out 0.714 (both tuned on in round 2); challenge2 0.754 (tuned on in round 3);
# challenge3 0.645 (held out 0.558 before round 4, tuned on since; its keys count 5 "independent" author
# positions Parley does not make by design, and its actors score 0.95, so its actor floor is lower);
# after round 5: challenge2 0.787, challenge3 0.678, challenge4 0.899 (held out 0.537 before round 5);
# after round 6: challenge2 0.809, challenge3 0.696, challenge4 0.906, challenge5 0.905 (held out 0.670);
# after round 7: challenge2 0.823, challenge3 0.746, challenge4 0.927, challenge5 0.910, challenge6 0.945 (held out 0.535);
# after round 8: challenge2 0.832, challenge3 0.754, challenge6 0.950, challenge7 0.826 (held out 0.664);
# after round 9: challenge7 0.828, challenge8 0.679 (held out 0.489);
# after round 10: challenge2 0.848, challenge3 0.761, challenge7 0.833, challenge8 0.691, challenge9 0.803 (held out 0.657);
# after round 11: challenge3 0.774, challenge8 0.695, challenge10 0.644 (held out 0.438)
# after round 12: challenge3 0.785, challenge8 0.699, challenge9 0.816, challenge10 0.689, challenge11 0.865 (held out 0.621)
# after round 13: challenge5 0.916, challenge7 0.839, challenge10 0.715, challenge12 0.706 (held out 0.595)
# after round 14: challenge13 0.725 (held out 0.543)
# after round 15: challenge9 0.828, challenge10 0.720, challenge12 0.716, challenge14 0.611 (held out 0.481)
# after round 16: challenge15 0.632 (held out 0.623)
# after round 17: challenge13 0.743, challenge14 0.621, challenge15 0.684, challenge16 0.690 (held out 0.514)
# after round 18: challenge17 0.569 (held out 0.559; 5 of its keys are "independent" author positions)
# after round 19: challenge17 0.609, challenge18 0.752 (held out 0.581)
# after round 20: challenge19 0.613 (held out 0.609; round 20 tuned its speakers and dates more than its positions)
# after round 21: challenge20 0.584 (held out 0.566); after round 22: challenge21 0.598 (held out 0.548)
# after round 23: challenge22 0.600 (held out 0.533); after round 24: challenge23 0.581 (held out 0.476);
# after round 25: challenge24 0.695 (held out 0.552), challenge20 0.599, challenge19 0.619;
# after round 26: challenge25 0.621 (held out 0.478), challenge8 0.728, challenge11 0.894, challenge15 0.697;
# challenge26 held out 0.500 (scored once with round-26 rules, 0.491 with round-25 rules; round 27 tunes on it)
# after round 27: challenge26 0.571 (held out 0.500), challenge20 0.603, challenge23 0.585;
# challenge27 held out 0.530 (scored once with round-27 rules, 0.521 with round-26 rules; round 28 tunes on it)
# after round 28: challenge27 0.647 (held out 0.530), challenge24 0.722, challenge26 0.592;
# challenge28 held out 0.483 (scored once with round-28 rules, 0.454 with round-27 rules; round 29 tunes on it)
# after round 29: challenge28 0.608 (held out 0.483), dates 38/50, quote+speaker 0.771; challenge24 0.745, challenge26 0.611;
# challenge29 held out 0.590 (scored once with round-29 rules, 0.581 with round-28 rules; round 30 tunes on it)
# after round 30: challenge29 0.717 (held out 0.590), quote+speaker 0.899, dates 31/44; challenge24 dates 35/41,
# challenge20 0.624, challenge23 0.609; challenge30 held out 0.658 (scored once with round-30 rules, 0.619 with
# round-29 rules; round 31 tunes on it)
# after round 31: challenge30 0.735 (held out 0.658), challenge25 0.648, challenge27 0.667, challenge14 0.642;
# challenge31 held out 0.683 (scored once with round-31 rules, 0.678 with round-30 rules; round 32 tunes on it)
# after round 32: challenge31 0.739 (held out 0.683), quote+speaker 0.835; challenge30 0.750; challenge32 held out
# 0.526 (scored once with round-32 rules, 0.523 with round-31 rules; round 33 tunes on it)
# after round 33: challenge32 0.633 (held out 0.526), challenge9 0.855; challenge33 held out 0.557 (scored once with
# round-33 rules, 0.557 with round-32 rules too; round 34 tunes on it)
# after round 34: challenge33 0.722 (held out 0.557), quote+speaker 0.736; challenge34 held out 0.622 (scored once
# with round-34 rules, 0.614 with round-33 rules; round 35 tunes on it)
# after round 35: challenge34 0.707 (held out 0.622), quote+speaker 0.794; challenge35 held out 0.645 (scored once
# with round-35 rules, 0.645 with round-34 rules too; round 36 tunes on it)
# after round 36: challenge35 0.688 (held out 0.645); challenge36 held out 0.621 (scored once with round-36 rules,
# 0.621 with round-35 rules plus the round-36 fix for a cue inside one longer token, without which the round-35
# rules fail on one of its documents; round 37 tunes on it)
# after round 37: challenge36 0.658 (held out 0.621), challenge35 0.695; challenge37 held out 0.538 (scored once
# with round-37 rules, 0.538 with round-36 rules too; round 38 tunes on it)
# after round 38: challenge37 0.599 (held out 0.538); challenge38 held out 0.523 (scored once with round-38 rules,
# 0.516 with round-37 rules; round 39 tunes on it)
# after round 39: challenge38 0.614 (held out 0.523); challenge39 held out 0.531 (scored once with round-39 rules,
# 0.531 with round-38 rules too; round 40 tunes on it)
# after round 40: challenge39 0.575 (held out 0.531); challenge40 held out 0.442 (scored once with round-40 rules,
# 0.442 with round-39 rules too; round 41 tunes on it)
# after round 41: challenge40 0.550 (held out 0.442); challenge41 held out 0.538 (scored once with round-41 rules,
# 0.538 with round-40 rules too; round 42 tunes on it)
# after round 42: challenge41 0.619 (held out 0.538); challenge42 held out 0.672 (scored once with round-42 rules,
# 0.672 with round-41 rules too; round 43 tunes on it)
# after round 43: challenge42 0.706 (held out 0.672); challenge43 held out 0.594 (scored once with round-43 rules,
# 0.594 with round-42 rules too; round 44 tunes on it)
# after round 44: challenge43 0.598 (held out 0.594); challenge44 held out 0.597 (scored once with round-44 rules,
# 0.597 with round-43 rules too; round 45 tunes on it)
# after round 45: challenge44 0.628 (held out 0.597); challenge45 held out 0.403 (scored once with round-45 rules,
# 0.403 with round-44 rules too; round 46 tunes on it)
# after round 46: challenge45 0.435 (held out 0.403); challenge46 held out 0.473 (scored once with round-46 rules,
# 0.462 with round-45 rules; round 47 tunes on it)
# after round 47: challenge46 0.506 (held out 0.473); challenge47 held out 0.436 (scored once with round-47 rules,
# 0.429 with round-46 rules; round 48 tunes on it)
# after round 48: challenge47 0.586 (held out 0.436), challenge46 0.556, challenge45 0.521, challenge44 0.684;
# challenge48 held out 0.493 (scored once with round-48 rules, 0.427 with round-47 rules; round 49 tunes on it)
# after round 49: challenge48 0.567 (held out 0.493), challenge47 0.618; challenge49 held out 0.574 (scored once with
# round-49 rules, 0.555 with round-48 rules, 0.540 with round-47 rules; round 50 tunes on it)
# after round 50: challenge49 0.600 (held out 0.574); challenge50 held out 0.597 (scored once with round-50 rules,
# 0.573 with round-49 rules, 0.560 with round-48 rules, 0.526 with round-47 rules; round 51 tunes on it)
# after round 51: challenge50 0.612 (held out 0.597); challenge51 held out 0.534 (scored once with round-51 rules,
# the same with round-50 rules, 0.503 with round-47 rules; round 52 tunes on it)
# after rounds 52-55 (each tuned on the set before; each new set scored once held out first): challenge50 0.697,
# challenge51 0.749 (held out 0.534); challenge52 0.764 (held out 0.700 with round-52 rules, 0.562 with round-51
# rules); challenge53 0.678 (held out 0.614; round-52 rules 0.589, round-51 0.530); challenge54 0.675 (held out
# 0.605; round 53 0.581, round 52 0.540, round 51 0.516); challenge55 held out 0.613 (round 54 0.600, round 51 0.540;
# round 56 tunes on it)
# after round 56: challenge55 0.703 (held out 0.613); challenge56 held out 0.639 (scored once with round-56 rules,
# 0.632 with round-55 rules, 0.564 with round-51 rules; round 57 tunes on it)
# after round 57 (speakers only): challenge57 held out 0.697 (the same with round-56 rules, 0.583 with round-51 rules)
# after round 58: challenge57 0.838 (held out 0.697); challenge58 held out 0.594 (scored once with round-58 rules,
# 0.541 with round-57 rules, 0.503 with round-51 rules; round 59 tunes on it)
# round 59 begun: challenge58 0.622; challenge59 held out 0.561 (scored once; the same with round-58 rules, 0.508 with
# round-57 rules, 0.420 with round-51 rules)
# after round 60 (tuned on challenge58 and challenge59): challenge58 0.744, challenge59 0.730 (held out 0.561);
# challenge60 held out 0.487 (scored once with round-60 rules, 0.417 with the rules of round 59 begun, 0.409 with
# round-57 rules, 0.337 with round-51 rules; round 61 tunes on it)
# round 61 begun: challenge60 0.546; challenge61 held out 0.537 (scored once; the same with round-60 rules, 0.492
# with the rules of round 59 begun, 0.292 with round-51 rules)
ACTOR_FLOOR = 0.9


@lru_cache(maxsize=16)
def _extracted(folder: Path = CHALLENGE):
    """(results, documents, answer keys) by document name for a whole set, extracted once."""
    gold_set = load_gold_set(folder)
    pipeline = build_pipeline(default_config(), load_codebook(gold_set.codebook))
    documents = {d.name: d for d in read_paths([folder / "docs"]) if hasattr(d, "text")}
    names = sorted(gold_set.gold)
    results = dict(zip(names, pipeline.pipe([documents[n] for n in names])))
    return results, documents, gold_set.gold


def score_half(names: tuple[str, ...], folder: Path = CHALLENGE):
    """The :class:`~parley.evaluate.scoring.SetScore` of the named documents of a set."""
    results, documents, gold = _extracted(folder)
    return score_set((results[n], documents[n], gold[n]) for n in names)


def set_names(folder: Path) -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in (folder / "gold").glob("*.json")))


def challenge2_names() -> tuple[str, ...]:
    return set_names(CHALLENGE2)


def test_the_halves_split_the_whole_set():
    assert sorted(TUNE + HELD_OUT) == sorted(p.stem for p in (CHALLENGE / "gold").glob("*.json"))


@pytest.mark.parametrize("half, names", [("tune", TUNE), ("held_out", HELD_OUT)])
def test_positions_reach_their_floor(half, names):
    total = score_half(names).to_json()["total"]
    assert total["positions"]["f1"] >= POSITION_FLOORS[half], total["positions"]
    assert total["actors"]["f1"] >= ACTOR_FLOOR, total["actors"]


def test_second_set_positions_reach_their_floor():
    total = score_half(challenge2_names(), CHALLENGE2).to_json()["total"]
    assert total["positions"]["f1"] >= POSITION_FLOORS["challenge2"], total["positions"]
    assert total["actors"]["f1"] >= ACTOR_FLOOR, total["actors"]


def test_third_set_positions_reach_their_floor():
    total = score_half(set_names(CHALLENGE3), CHALLENGE3).to_json()["total"]
    assert total["positions"]["f1"] >= POSITION_FLOORS["challenge3"], total["positions"]
    assert total["actors"]["f1"] >= 0.93, total["actors"]


# (actors, quote+speaker, dates) floors of the sets tuned on with every metric scored.
FULL_FLOORS = {
    "challenge4": (0.95, 0.95, 0.9), "challenge5": (0.93, 0.95, 0.9), "challenge6": (0.95, 0.95, 0.9),
    "challenge7": (0.95, 0.95, 0.95), "challenge8": (0.95, 0.95, 0.95), "challenge9": (0.95, 0.95, 0.95),
    "challenge10": (0.95, 0.95, 0.9), "challenge11": (0.95, 0.95, 0.95), "challenge12": (0.95, 0.95, 0.95),
    "challenge13": (0.95, 0.95, 0.9), "challenge14": (0.95, 0.92, 0.95),
    "challenge15": (0.93, 0.88, 0.95), "challenge16": (0.95, 0.78, 0.9),
    "challenge17": (0.92, 0.77, 0.9), "challenge18": (0.96, 0.78, 0.75), "challenge19": (0.97, 0.93, 0.93),
    "challenge20": (0.94, 0.95, 0.95), "challenge21": (0.95, 0.95, 0.97), "challenge22": (0.97, 0.97, 0.97),
    "challenge23": (0.97, 0.95, 0.9), "challenge24": (0.97, 0.92, 0.82), "challenge25": (0.90, 0.93, 0.83),
    "challenge26": (0.95, 0.88, 0.58), "challenge27": (0.94, 0.80, 0.70),
    "challenge28": (0.94, 0.74, 0.74), "challenge29": (0.95, 0.86, 0.66), "challenge30": (0.92, 0.61, 0.57),
    "challenge31": (0.96, 0.81, 0.60), "challenge32": (0.96, 0.67, 0.62), "challenge33": (0.96, 0.71, 0.60),
    "challenge34": (0.94, 0.77, 0.62), "challenge35": (0.95, 0.86, 0.55), "challenge36": (0.97, 0.80, 0.75),
    "challenge37": (0.97, 0.70, 0.58), "challenge38": (0.97, 0.68, 0.50),
    "challenge39": (0.97, 0.68, 0.28), "challenge40": (0.97, 0.71, 0.75),
    "challenge41": (0.95, 0.60, 0.48), "challenge42": (0.95, 0.74, 0.68),
    "challenge43": (0.95, 0.58, 0.60), "challenge44": (0.95, 0.60, 0.34),
    "challenge45": (0.95, 0.58, 0.42), "challenge46": (0.95, 0.45, 0.33),
    "challenge47": (0.95, 0.57, 0.56), "challenge48": (0.95, 0.60, 0.62),
    "challenge49": (0.97, 0.61, 0.50), "challenge50": (0.95, 0.56, 0.60),
    "challenge51": (0.97, 0.53, 0.51), "challenge52": (0.97, 0.46, 0.70),
    "challenge53": (0.97, 0.66, 0.47), "challenge54": (0.97, 0.63, 0.53),
    "challenge55": (0.97, 0.64, 0.67), "challenge56": (0.97, 0.47, 0.60),
    "challenge57": (0.97, 0.57, 0.66), "challenge58": (0.97, 0.75, 0.53),
    "challenge59": (0.97, 0.62, 0.62), "challenge60": (0.97, 0.55, 0.83), "challenge61": (0.97, 0.54, 0.71),
}


@pytest.mark.parametrize("name", sorted(FULL_FLOORS))
def test_later_sets_reach_their_floors(name):
    folder = CHALLENGE.parent / name
    total = score_half(set_names(folder), folder).to_json()["total"]
    actors, quotes_speaker, dates = FULL_FLOORS[name]
    assert total["positions"]["f1"] >= POSITION_FLOORS[name], total["positions"]
    assert total["actors"]["f1"] >= actors, total["actors"]
    assert total["quotes_speaker"]["f1"] >= quotes_speaker, total["quotes_speaker"]
    assert total["dates"]["accuracy"] >= dates, total["dates"]


def main(argv: list[str]) -> int:
    halves = {"tune": (TUNE, CHALLENGE), "held_out": (HELD_OUT, CHALLENGE), "challenge2": (challenge2_names(), CHALLENGE2),
              "challenge3": (set_names(CHALLENGE3), CHALLENGE3),
              **{name: (set_names(CHALLENGE.parent / name), CHALLENGE.parent / name) for name in sorted(FULL_FLOORS)}}
    wanted = [a for a in argv if a in halves] or list(halves)
    for half in wanted:
        scores = score_half(*halves[half])
        if "--errors" in argv:
            print(scores.error_report())
        p = scores.to_json()["total"]["positions"]
        print(f"{half:9s} positions P={p['precision']:.3f} R={p['recall']:.3f} F1={p['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
