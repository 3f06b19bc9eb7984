"""Backtests of the models on real outcomes: the DEU data (Thomson et al. 2006, 2012; DEU III).

For every scored issue each model forecasts the outcome from the actors'
positions and saliences (and the reference point, for Nash bargaining); the
score is the mean absolute error (MAE) on the 0–100 scale, and each model is
compared with the compromise model by a seeded paired bootstrap of the per-issue
differences (Efron & Tibshirani 1993): an interval that excludes zero means the
difference is not resampling noise.

Weightings of the compromise model: ``equal`` (unweighted mean), ``salience``
(salience-weighted mean, the DEU baseline), and ``council`` (capability = Council
votes of each member state under the treaty in force when the proposal was
introduced — Amsterdam for the EU-15 and Nice afterwards — with the Commission
and the Parliament weighted like the largest state; Thomson 2011, *Resolving
Controversy in the European Union*, ch. 3 and Achen 2006 use such weights).
The Council votes are public treaty figures, written here as data.

>>> import numpy as np
>>> paired_bootstrap(np.array([1.0, 2, 3]), np.array([1.0, 2, 3]), seed=0)["interval"]
(0.0, 0.0)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from parley.core.errors import ModelError, ScenarioError
from parley.models.readers import DeuIssue, read_deu
from parley.models.scenario import Scenario

# Council votes (Treaty of Amsterdam, EU-15; Treaty of Nice, from November 2004).
AMSTERDAM_VOTES = dict(de=10, fr=10, it=10, uk=10, es=8, be=5, el=5, nl=5, pt=5, at=4, se=4, dk=3, ie=3, fi=3, lu=2)
NICE_VOTES = dict(de=29, fr=29, it=29, uk=29, es=27, pl=27, ro=14, nl=13, be=12, cz=12, el=12, hu=12, pt=12,
                  at=10, se=10, bu=10, bg=10, dk=7, ie=7, lt=7, sk=7, fi=7, cr=7, hr=7, cy=5, ee=5, lv=5, lu=5,
                  si=5, mt=3)
INSTITUTIONS = ("com", "ep")

# The forecasts of the backtest: label -> (registered model alias, options, capability rule).
DEFAULT_FORECASTS: dict[str, tuple[str, dict, str]] = {
    "mean": ("compromise", {"weights": "equal"}, "equal"),
    "salience_mean": ("compromise", {}, "equal"),
    "compromise_council": ("compromise", {}, "council"),
    "median_council": ("median", {}, "council"),
    "nbs_council": ("nbs", {}, "council"),
    "eu_council": ("eu", {}, "council"),
}


def council_votes(actors: Sequence[str]) -> np.ndarray:
    """Council votes per actor code (Amsterdam when every state is an EU-15 member, else Nice).

    >>> council_votes(["com", "de", "lu"]).tolist()
    [10.0, 10.0, 2.0]
    """
    states = [a for a in actors if a not in INSTITUTIONS]
    table = AMSTERDAM_VOTES if all(a in AMSTERDAM_VOTES for a in states) else NICE_VOTES
    unknown = [a for a in states if a not in table]
    if unknown:
        raise ScenarioError(f"no Council votes for actor code(s) {', '.join(unknown)}")
    top = max(table.values())
    return np.array([float(top if a in INSTITUTIONS else table[a]) for a in actors])


def with_capability(scenario: Scenario, rule: str) -> Scenario:
    """The scenario with capability ``equal`` (1), ``council`` votes or ``gdp`` (from provenance)."""
    if rule == "equal":
        return scenario.replace(capability=np.ones(scenario.n_actors))
    if rule == "council":
        return scenario.replace(capability=council_votes(scenario.actors))
    if rule == "gdp":
        gdp = scenario.provenance.get("gdp", {})
        return scenario.replace(capability=np.array([gdp.get(a) or 0.0 for a in scenario.actors], dtype=float))
    raise ModelError(f"capability rule must be equal, council or gdp; got {rule!r}")


def paired_bootstrap(errors: np.ndarray, baseline: np.ndarray, n: int = 2000, seed: int | None = 0,
                     level: float = 0.95) -> dict:
    """Mean of ``errors - baseline`` and its percentile bootstrap interval (resampling issues)."""
    diff = np.asarray(errors, float) - np.asarray(baseline, float)
    if len(diff) == 0:
        return {"mean_difference": float("nan"), "interval": (float("nan"), float("nan")), "excludes_zero": False}
    rng = np.random.default_rng(seed)
    means = diff[rng.integers(0, len(diff), size=(n, len(diff)))].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - level) / 2, (1 + level) / 2])
    return {"mean_difference": float(diff.mean()), "interval": (float(lo), float(hi)),
            "excludes_zero": bool(lo > 0 or hi < 0)}


@dataclass(frozen=True)
class BacktestResult:
    """MAE per forecast, the paired comparison with the baseline, per-issue errors."""

    issues: tuple[str, ...]
    outcomes: np.ndarray
    forecasts: dict[str, np.ndarray]
    mae: dict[str, float]
    versus_baseline: dict[str, dict]
    baseline: str
    failures: dict[str, list[str]]

    def table(self) -> list[dict]:
        """One row per forecast, best first."""
        rows = [{"forecast": k, "mae": v, "n": int(np.isfinite(self.forecasts[k]).sum()), **self.versus_baseline[k]}
                for k, v in self.mae.items()]
        return sorted(rows, key=lambda r: r["mae"])


def scored_issue_ids(path: str | Path) -> list[str]:
    """Issue ids listed (first column ``issue_id``) in a CSV such as schelling_deu_paired_differences.csv."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("issue_id"):
        raise ScenarioError(f"{path}:1: expected a CSV whose first column is issue_id")
    return [line.split(",")[0] for line in lines[1:] if line.strip()]


def _forecast(issue: DeuIssue, spec: tuple[str, dict, str], seed) -> float:
    from parley.models import run_model

    alias, options, rule = spec
    return float(run_model(alias, with_capability(issue.scenario, rule), seed=seed, **options).positions[0])


def run_backtest(issues: Sequence[DeuIssue], forecasts: dict[str, tuple[str, dict, str]] | None = None,
                 baseline: str = "salience_mean", n_boot: int = 2000, seed: int | None = 0,
                 progress: Callable[[str], None] | None = None) -> BacktestResult:
    """Run every forecast on every issue that has an outcome; score MAE and bootstrap."""
    forecasts = dict(forecasts or DEFAULT_FORECASTS)
    scored = [i for i in issues if i.scenario.issues[0].outcome is not None]
    if not scored:
        raise ScenarioError("no DEU issue with an outcome to score")
    outcomes = np.array([i.scenario.issues[0].outcome for i in scored])
    values, failures = {}, {}
    for label, spec in forecasts.items():
        if progress:
            progress(label)
        values[label], failures[label] = _run_one(scored, spec, seed)
    errors = {k: np.abs(v - outcomes) for k, v in values.items()}
    mae = {k: float(np.nanmean(e)) if np.isfinite(e).any() else float("nan") for k, e in errors.items()}
    base = baseline if baseline in errors else next(iter(errors))
    versus = {}
    for k, e in errors.items():  # paired over the issues both forecasts could score
        both = np.isfinite(e) & np.isfinite(errors[base])
        versus[k] = {**paired_bootstrap(e[both], errors[base][both], n_boot, seed), "n_paired": int(both.sum())}
    return BacktestResult(tuple(i.scenario.name for i in scored), outcomes, values, mae, versus, base, failures)


def _run_one(scored: Sequence[DeuIssue], spec, seed) -> tuple[np.ndarray, list[str]]:
    out, failed = [], []
    for issue in scored:
        try:
            out.append(_forecast(issue, spec, seed))
        except (ModelError, ScenarioError) as err:
            failed.append(f"{issue.scenario.name}: {err}")
            out.append(np.nan)
    return np.array(out), failed


def backtest_deu(path: str | Path, scored_ids: Sequence[str] | None = None, **kwargs) -> BacktestResult:
    """Read the DEU table at ``path`` and backtest (optionally only the issues ``scored_ids``)."""
    issues = read_deu(path)
    if scored_ids is not None:
        wanted = set(scored_ids)
        issues = [i for i in issues if i.scenario.name in wanted]
        missing = wanted - {i.scenario.name for i in issues}
        if missing:
            raise ScenarioError(f"{path}: {len(missing)} scored issue(s) not in the table, e.g. {sorted(missing)[0]}")
    return run_backtest(issues, **kwargs)
