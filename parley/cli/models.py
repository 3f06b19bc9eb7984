"""Model commands: ``parley model run|mc|whatif|from-project``, ``parley fair-division``,
``parley backtest deu``. Thin wrappers over :mod:`parley.api.models`; Rich tables,
or ``--json`` for machines.
"""

from __future__ import annotations

import json
from typing import Any, Optional

import numpy as np
import typer
from rich.table import Table

from parley.api import models as api
from parley.models.montecarlo import Spread

from .app import app, console, project_of

model_app = typer.Typer(help="Negotiation models: forecasts, Monte Carlo, what-if.", no_args_is_help=True)
backtest_app = typer.Typer(help="Backtests of the models on real outcomes.", no_args_is_help=True)
app.add_typer(model_app, name="model")
app.add_typer(backtest_app, name="backtest")

MODEL = typer.Option("compromise", "--model", "-m",
                     help="smp, eu, nbs, compromise, median, exchange (or a versioned name).")
SEED = typer.Option(None, "--seed", help="Seed of anything random (recorded in the outcome).")
JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _plain(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (np.floating, np.integer)):
        return value.item()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _print_json(data: Any) -> None:
    console.print_json(json.dumps(_plain(data)))


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=title)
    for col in columns:
        table.add_column(col, justify="right" if col not in ("issue", "actor", "change", "forecast", "input", "item")
                         else "left")
    for row in rows:
        table.add_row(*[f"{v:.2f}" if isinstance(v, float) else str(v) for v in row])
    console.print(table)


@model_app.command("run")
def run_cmd(scenario: str = typer.Argument(..., help="Scenario file (YAML, CSV, KTAB, Decide, BDM)."),
            model: str = MODEL, seed: Optional[int] = SEED, as_json: bool = JSON) -> None:
    """Forecast each issue's outcome with one model."""
    out = api.run_model_file(scenario, model, seed=seed)
    if as_json:
        _print_json({"model": out.model, "scenario": out.scenario, "seed": out.seed, "outcome": out.as_dict()})
        return
    _table(f"{out.model} on {out.scenario}", ["issue", "outcome"], [[i, float(v)] for i, v in out.as_dict().items()])


@model_app.command("mc")
def mc_cmd(scenario: str = typer.Argument(..., help="Scenario file."), model: str = MODEL,
           n: int = typer.Option(1000, "--draws", "-n", help="Number of draws."),
           seed: int = typer.Option(0, "--seed", help="Seed of the draws."),
           position: float = typer.Option(0.1, "--position-spread", help="± fraction of each issue's scale."),
           salience: float = typer.Option(0.1, "--salience-spread", help="± on saliences (0-1)."),
           capability: float = typer.Option(0.2, "--capability-spread", help="± fraction of capabilities."),
           distribution: str = typer.Option("triangular", "--distribution", help="triangular or beta."),
           top: int = typer.Option(10, "--top", help="Tornado rows shown."),
           as_json: bool = JSON) -> None:
    """Monte Carlo over uncertain inputs: 80 % interval per issue and a tornado of inputs."""
    spread = Spread(position=position, salience=salience, capability=capability, distribution=distribution)
    result = api.monte_carlo(scenario, model, n=n, seed=seed, spread=spread)
    if as_json:
        _print_json(result.as_dict())
        return
    _table(f"{result.model}: {n} draws (seed {seed})", ["issue", "baseline", "mean", "p10", "p90"],
           [[i, float(b), float(m), float(lo), float(hi)]
            for i, b, m, (lo, hi) in zip(result.issues, result.baseline, result.mean, result.interval)])
    _table("what moves the outcome most (one input at a time)", ["actor", "input", "issue", "low", "high", "swing"],
           [[r["actor"], r["input"], r["issue"], r["low"], r["high"], r["swing"]] for r in result.tornado[:top]])


@model_app.command("whatif")
def whatif_cmd(scenario: str = typer.Argument(..., help="Scenario file."),
               changes: list[str] = typer.Argument(..., help="drop:A, capability:A=2, capability:A*1.5, "
                                                              "salience:A:ISSUE+0.2, position:A:ISSUE=40, coalition:A+B"),
               model: str = MODEL, seed: Optional[int] = SEED,
               combined: bool = typer.Option(False, "--combined", help="Apply all changes together."),
               as_json: bool = JSON) -> None:
    """Change one thing at a time and compare with the baseline."""
    result = api.whatif(scenario, model, changes, seed=seed, combined=combined)
    if as_json:
        _print_json(result.as_dict())
        return
    _table(f"what-if with {result.model}", ["change", "issue", "baseline", "variant", "delta"],
           [[r["change"], r["issue"], r["baseline"], r["variant"], r["delta"]] for r in result.rows])


@model_app.command("from-project")
def from_project_cmd(ctx: typer.Context, out: str = typer.Argument(..., help="Scenario file to write (.yaml/.csv)."),
                     codebook: Optional[str] = typer.Option(None, "--codebook", help="Codebook (default: the project's)."),
                     capabilities: Optional[str] = typer.Option(None, "--capabilities",
                                                                help="YAML/JSON actor: capability, or CSV actor,capability."),
                     as_json: bool = JSON) -> None:
    """Build a scenario from the project's stances, with provenance and assumptions."""
    scenario = api.scenario_from_project(project_of(ctx), codebook, capabilities, out=out)
    notes = list(scenario.provenance.get("assumptions", []))
    if as_json:
        _print_json({"out": out, "actors": scenario.actors, "issues": scenario.issue_ids, "assumptions": notes})
        return
    console.print(f"wrote {out}: {scenario.n_actors} actors × {scenario.n_issues} issues")
    for note in notes:
        console.print(f"  assumed: {note}", highlight=False)


@app.command("fair-division")
def fair_division_cmd(points: str = typer.Argument(..., help="JSON/YAML {points: {item: {party: points}}}."),
                      method: str = typer.Option("auto", "--method", help="auto, adjusted-winner or nash."),
                      top: int = typer.Option(3, "--top", help="Top concerns per party for the all-inclusive check."),
                      as_json: bool = JSON) -> None:
    """Divide items fairly: Adjusted Winner (two parties) or Nash social welfare (n parties)."""
    result = api.fair_division(points, method=method, top=top)
    if as_json:
        _print_json(result)
        return
    parties = list(result["shares"])
    items = list(result["shares"][parties[0]])
    _table(f"fair division ({result['method']})", ["item", *parties],
           [[i, *[result["shares"][p][i] for p in parties]] for i in items])
    gains = result.get("points") or result.get("gains")
    console.print("points: " + ", ".join(f"{p} {gains[p]:.3f}" for p in parties))
    if result["method"] == "nash":
        console.print("share of own top concerns: " + ", ".join(
            f"{p} {v:.0%}" for p, v in result["top_concern_share"].items())
            + ("  (all-inclusive)" if result["all_inclusive"] else "  (NOT all-inclusive)"))
    elif result.get("split_item"):
        console.print(f"split item: {result['split_item']}")


@backtest_app.command("deu")
def backtest_deu_cmd(path: str = typer.Argument(..., help="The DEU table (tab-separated)."),
                     scored: Optional[str] = typer.Option(None, "--scored", help="CSV whose issue_id column lists the issues to score."),
                     forecast: list[str] = typer.Option([], "--forecast", help="Only these forecasts (repeatable)."),
                     n_boot: int = typer.Option(2000, "--bootstrap", help="Bootstrap resamples."),
                     seed: int = typer.Option(0, "--seed", help="Seed of the bootstrap."),
                     as_json: bool = JSON) -> None:
    """Mean absolute error of every model on the DEU outcomes, paired with the compromise model."""
    result = api.backtest_deu(path, scored, forecast or None, n_boot=n_boot, seed=seed)
    rows = result.table()
    if as_json:
        _print_json({"baseline": result.baseline, "n_issues": len(result.issues), "rows": rows,
                     "failures": {k: len(v) for k, v in result.failures.items()}})
        return
    _table(f"DEU backtest: {len(result.issues)} issues; difference vs {result.baseline} (95 % bootstrap)",
           ["forecast", "n", "MAE", "diff", "low", "high"],
           [[r["forecast"], r["n"], r["mae"], r["mean_difference"], *r["interval"]] for r in rows])
