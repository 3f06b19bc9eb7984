"""The forecast (with its interval), what-if scenarios and the settlement check.

The scenario is built from the project's evidence by
:func:`parley.api.models.scenario_from_project`; the forecast is a seeded Monte
Carlo of the chosen model (mean and 80 % interval per issue), the what-if compares
the baseline with changed scenarios (by default: each of the most vocal actors
leaves), and the settlement check divides the issues among the (up to 40) most vocal actors
by their salience (Nash division) and reports each one's share of its top concerns. When the models
API or the evidence it needs is missing, the view says why instead of failing.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from parley.core.errors import ParleyError, ValidationError

from ..review import check_choice, memo
from .corpus import actors_view

FORECAST_MODELS = ("compromise", "median", "eu", "smp", "exchange", "nbs")
MAX_CHANGES = 5
MAX_CHANGE_TEXT = 100
DRAWS = 200
TOP_CONCERNS = 3
# The settlement check divides among the most vocal actors (40 parties × 17 issues take
# well under a second since the division stops at a certified optimum).
SETTLEMENT_PARTIES = 40
WHATIF_DROPS = 3


@dataclass(frozen=True)
class ForecastView:
    """Forecast rows (issue, baseline, mean, p10, p90), what-if rows, settlement shares."""

    available: bool
    reason: str | None
    model: str
    seed: int
    draws: int
    issues: list[dict] = field(default_factory=list)
    whatif: list[dict] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    settlement: list[dict] = field(default_factory=list)
    settlement_note: str | None = None
    assumptions: list[str] = field(default_factory=list)


def _models_api():
    try:
        from .. import models as models_api
    except ImportError as err:  # the models API came later than the rest
        return None, f"this Parley has no models API ({err})"
    return models_api, None


def check_changes(changes: Sequence[str]) -> list[str]:
    """What-if changes (``drop:ACTOR``, ``capability:ACTOR*2`` …), checked for size and syntax."""
    if len(changes) > MAX_CHANGES:
        raise ValidationError(f"at most {MAX_CHANGES} what-if changes; got {len(changes)}")
    cleaned = [c.strip() for c in changes if c and c.strip()]
    for change in cleaned:
        if len(change) > MAX_CHANGE_TEXT:
            raise ValidationError(f"a what-if change has at most {MAX_CHANGE_TEXT} characters")
        from parley.models.whatif import parse_change

        parse_change(change)  # ScenarioError names the expected forms
    return cleaned


def _vocal(target: Any, actors: Sequence[str], n: int) -> list[str]:
    """The ``n`` actors of ``actors`` with the most statements."""
    ranked = sorted(actors_view(target), key=lambda r: -r.statements)
    return [r.id for r in ranked if r.id in actors][:n]


def _settlement(models_api: Any, scenario: Any, parties: list[str], folder: Path) -> tuple[list[dict], str | None]:
    points = {issue: {actor: float(scenario.salience[a, k]) * 100
                      for a, actor in enumerate(scenario.actors)
                      if actor in parties and scenario.salience[a, k] > 0}
              for k, issue in enumerate(scenario.issue_ids)}
    points = {i: p for i, p in points.items() if p}
    path = folder / "points.json"
    path.write_text(json.dumps({"points": points}), encoding="utf-8")
    try:
        found = models_api.fair_division(path, "nash", top=TOP_CONCERNS)
    except (ParleyError, ValueError, ZeroDivisionError) as err:
        return [], f"settlement check not available: {err}"
    shares = found.get("top_concern_share", {})
    gains = found.get("gains", {})
    return [{"party": p, "top_concern_share": float(shares[p]), "gain": gains.get(p)}
            for p in sorted(shares, key=lambda p: -shares[p])], None


def _forecast(target: Any, model: str, changes: list[str] | None, seed: int, draws: int) -> ForecastView:
    models_api, missing = _models_api()
    if models_api is None:
        return ForecastView(False, f"not available: {missing}", model, seed, draws)
    with tempfile.TemporaryDirectory(prefix="parley-forecast-") as tmp:
        path = Path(tmp) / "scenario.csv"  # CSV: quick to read back, no evidence list
        try:
            scenario = models_api.scenario_from_project(target, out=path)
            carlo = models_api.monte_carlo(path, model, n=draws, seed=seed, with_tornado=False)
            parties = _vocal(target, scenario.actors, SETTLEMENT_PARTIES)
            chosen = changes if changes else [f"drop:{a}" for a in parties[:WHATIF_DROPS]]
            what = models_api.whatif(path, model, chosen, seed=seed) if chosen else None
        except ParleyError as err:
            return ForecastView(False, f"not available: {err}", model, seed, draws)
        settlement, note = _settlement(models_api, scenario, parties, Path(tmp))
    labels = {i.id: i.high_label for i in scenario.issues}
    issues = [{"issue": i, "label": labels.get(i), **v} for i, v in carlo.as_dict()["issues"].items()]
    assumptions = [str(a) for a in scenario.provenance.get("assumptions", [])][:50]
    return ForecastView(True, None, carlo.model, seed, draws, issues, what.rows if what else [],
                        chosen, settlement, note, assumptions)


def forecast_view(target: Any, model: str = "compromise", changes: Sequence[str] = (),
                  seed: int = 0, draws: int = DRAWS) -> ForecastView:
    """Forecast of ``model`` from the project's evidence, what-if ``changes``, settlement check."""
    check_choice("model", model, FORECAST_MODELS)
    if not 10 <= draws <= 5000:
        raise ValidationError(f"draws must be in 10–5000; got {draws}")
    chosen = check_changes(changes)
    return memo(target, ("forecast", model, tuple(chosen), seed, draws),
                lambda: _forecast(target, model, chosen, seed, draws))
