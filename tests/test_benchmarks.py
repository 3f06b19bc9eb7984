"""The benchmark scripts still run (tiny sizes; figures are not checked here: speed is
measured by running the benchmarks, see docs/benchmarks.md)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extract_speed_runs_on_the_example_corpus(capsys):
    load("extract_speed").main(["--words", "1500"])
    out = capsys.readouterr().out
    assert re.search(r"bare spaCy .*: +\d+ words/s", out)
    assert re.search(r"parley extract, 1 job .*ratio to spaCy \d+\.\d\d", out)


def test_nash_division_benchmark_compares_with_the_first_version(capsys):
    load("models_speed").nash_division_speed(seed=1, parties=12, issues=6)
    out = capsys.readouterr().out
    welfare = re.search(r"log-welfare (\S+) vs (\S+),", out)
    # the certified division is at least as good as the polished first version
    assert welfare and float(welfare[1]) >= float(welfare[2]) - 1e-6
