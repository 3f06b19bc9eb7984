"""Model workflows: the thin functions behind ``parley model …``, ``parley fair-division``
and ``parley backtest deu``. Each reads files, calls :mod:`parley.models`, returns results.

>>> from parley.api import models as api                      # doctest: +SKIP
>>> api.run_model_file("scenario.yaml", "smp", seed=1)          # doctest: +SKIP
>>> api.backtest_deu("deu.tsv", scored="paired.csv")          # doctest: +SKIP
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Mapping, Sequence

import yaml

from parley.core.errors import ConfigError, InputError, ScenarioError
from parley.models import fair_division as fd
from parley.models import run_model
from parley.models.backtest import BacktestResult, DEFAULT_FORECASTS, backtest_deu as _backtest, scored_issue_ids
from parley.models.from_evidence import scenario_from_evidence
from parley.models.io import read_scenario, write_scenario
from parley.models.montecarlo import MonteCarloResult, Spread
from parley.models.montecarlo import monte_carlo as _monte_carlo
from parley.models.scenario import Outcome, Scenario
from parley.models.whatif import WhatIfResult
from parley.models.whatif import whatif as _whatif


def load_scenario(path: str | Path) -> Scenario:
    """Any supported scenario file (YAML, CSV, KTAB CSV/XML, Decide, BDM CSV)."""
    return read_scenario(path)


def run_model_file(path: str | Path, model: str = "compromise", seed: int | None = None, **options: Any) -> Outcome:
    """Read the scenario at ``path`` and run ``model`` (alias or versioned name) on it."""
    return run_model(model, read_scenario(path), seed=seed, **options)


def monte_carlo(path: str | Path, model: str = "compromise", n: int = 1000, seed: int | None = 0,
                spread: Spread | None = None, with_tornado: bool = True, **options: Any) -> MonteCarloResult:
    """Monte Carlo of ``model`` on the scenario at ``path`` (see :mod:`parley.models.montecarlo`)."""
    return _monte_carlo(read_scenario(path), model, n=n, seed=seed, spread=spread, with_tornado=with_tornado,
                        **options)


def whatif(path: str | Path, model: str, changes: Sequence[str], seed: int | None = None,
           combined: bool = False, **options: Any) -> WhatIfResult:
    """Baseline and changed scenarios side by side (changes like ``drop:A``, ``capability:A*2``)."""
    return _whatif(read_scenario(path), model, list(changes), seed=seed, combined=combined, **options)


def _read_mapping(path: str | Path) -> Any:
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    try:
        if path.suffix.lower() == ".json":
            return json.loads(path.read_text(encoding="utf-8"))
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, yaml.YAMLError) as err:
        raise InputError(path, f"not valid JSON/YAML ({err})") from None


def fair_division(path: str | Path, method: str = "auto", top: int = 3) -> dict:
    """Divide the items of a points table (JSON/YAML ``{points: {item: {party: points}}}``).

    ``method``: ``adjusted-winner`` (two parties), ``nash`` (n parties, divisible
    issues) or ``auto`` (Adjusted Winner for two parties, else Nash).
    """
    data = _read_mapping(path)
    points = data.get("points", data) if isinstance(data, dict) else None
    if not isinstance(points, dict) or not all(isinstance(v, dict) for v in points.values()):
        raise InputError(path, "expected {points: {item: {party: points}}}")
    parties = {p for v in points.values() for p in v}
    if method == "auto":
        method = "adjusted-winner" if len(parties) == 2 else "nash"
    if method == "adjusted-winner":
        aw = fd.adjusted_winner(points)
        return {"method": "adjusted-winner", "parties": list(aw.parties), "shares": aw.shares,
                "points": aw.points, "split_item": aw.split_item}
    if method == "nash":
        by_party = {p: {i: v[p] for i, v in points.items() if p in v} for p in sorted(parties)}
        return {"method": "nash", **fd.nash_division(by_party, top=top).as_dict()}
    raise ConfigError(f"fair-division method must be auto, adjusted-winner or nash; got {method!r}")


def backtest_deu(path: str | Path, scored: str | Path | None = None, forecasts: Sequence[str] | None = None,
                 n_boot: int = 2000, seed: int | None = 0, baseline: str = "compromise_council") -> BacktestResult:
    """Backtest the models on the DEU table at ``path`` (only the issues listed in ``scored``, if given).

    ``forecasts`` picks labels of :data:`parley.models.backtest.DEFAULT_FORECASTS`.
    """
    chosen = DEFAULT_FORECASTS if not forecasts else {k: DEFAULT_FORECASTS[k] for k in _known(forecasts)}
    ids = scored_issue_ids(scored) if scored else None
    return _backtest(path, ids, forecasts=chosen, n_boot=n_boot, seed=seed, baseline=baseline)


def _known(labels: Sequence[str]) -> list[str]:
    unknown = [k for k in labels if k not in DEFAULT_FORECASTS]
    if unknown:
        raise ConfigError(f"unknown forecast(s) {', '.join(unknown)}; known: {', '.join(DEFAULT_FORECASTS)}")
    return list(labels)


def read_capabilities(path: str | Path | None) -> dict[str, float]:
    """Capability table: YAML/JSON mapping actor → number, or CSV with columns actor,capability."""
    if path is None:
        return {}
    if Path(path).suffix.lower() == ".csv":
        with Path(path).open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
        try:
            return {r["actor"]: float(r["capability"]) for r in rows}
        except (KeyError, ValueError):
            raise InputError(path, "expected columns actor,capability with numbers") from None
    data = _read_mapping(path)
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping actor: capability")
    try:
        return {str(k): float(v) for k, v in data.items()}
    except (TypeError, ValueError):
        raise InputError(path, "every capability must be a number") from None


def scenario_from_project(store_target: Any, codebook: Any = None,
                          capabilities: Mapping[str, float] | str | Path | None = None,
                          out: str | Path | None = None, reviewed_weight: float = 3.0) -> Scenario:
    """Build a scenario from a project's stances (see :mod:`parley.models.from_evidence`).

    ``store_target`` is a path/URL or an open store (anything with ``.positions()``);
    ``codebook`` a :class:`~parley.core.types.Codebook`, a path, or None for the
    project's own. Writes the scenario to ``out`` (YAML/CSV) when given.
    """
    from contextlib import nullcontext

    caps = capabilities if isinstance(capabilities, Mapping) else read_capabilities(capabilities)
    if hasattr(store_target, "positions"):
        context = nullcontext(store_target)
    else:
        from parley.store import Store

        context = Store.open(store_target)
    with context as store:
        book = _codebook(store, codebook)
        positions = store.positions()
    scenario = scenario_from_evidence(positions, book, caps, reviewed_weight=reviewed_weight)
    if out is not None:
        write_scenario(scenario, out)
    return scenario


def _codebook(store: Any, codebook: Any):
    if codebook is not None and not isinstance(codebook, (str, Path)):
        return codebook
    if codebook is not None:
        from parley.ingest.codebook import load_codebook

        return load_codebook(codebook)
    from parley.api.project import project_codebook

    try:
        return project_codebook(store)
    except AttributeError:
        raise ScenarioError("pass a codebook: this store has no project codebook") from None
