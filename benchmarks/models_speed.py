"""Model speed: SMP to convergence on 160 actors, and 1,000 Monte Carlo draws of the
expected-utility model on a 30-actor DEU issue — each against a baseline in the same process.

* SMP (``smp.ktab.v1``) on ``ktab-smp/inputs/dummyData-a160.csv`` to convergence
  (target < 10 s); baseline: the compromise model on the same scenario.
* 1,000 Monte Carlo draws of ``eu.scholz.v1`` on the first DEU issue with 30 actors
  (target < 5 s); baseline: 1,000 draws of the compromise model (batched).
* the Nash social-welfare division of 17 issues among 40 parties with sparse points
  (the report's settlement check; target < 2 s); baseline: the same division polished
  by SLSQP over all 680 shares, as the first version always did.

Reads ../shared/benchmarks/negotiation (falls back to generated scenarios of the
same size when absent)::

    .venv/bin/python benchmarks/models_speed.py
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from parley.models import MODELS, run_model
from parley.models.montecarlo import monte_carlo
from parley.models.scenario import Scenario

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks" / "negotiation"


def generated(n_actors: int, seed: int = 0) -> Scenario:
    rng = np.random.default_rng(seed)
    return Scenario.from_arrays([f"a{i}" for i in range(n_actors)], ["x"], rng.uniform(1, 100, n_actors),
                                rng.uniform(0, 100, (n_actors, 1)), rng.uniform(0.1, 0.99, (n_actors, 1)),
                                name=f"generated-{n_actors}")


def smp_scenario() -> Scenario:
    from parley.models.readers import read_ktab_csv

    path = SHARED / "ktab-smp" / "inputs" / "dummyData-a160.csv"
    return read_ktab_csv(path) if path.exists() else generated(160)


def deu_scenario() -> Scenario:
    from parley.models.readers import read_deu

    path = SHARED / "deu" / "deu_I_II_III_combined_with_gdp_row.tsv"
    if not path.exists():
        return generated(30)
    return next(i.scenario for i in read_deu(path) if i.scenario.n_actors == 30)


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def report(label: str, seconds: float, baseline: float, target: float) -> None:
    verdict = "ok" if seconds < target else "OVER TARGET"
    print(f"{label:<48} {seconds:8.3f} s  baseline {baseline:8.4f} s  ratio {seconds / baseline:9.1f}x  "
          f"target < {target:g} s: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    s160 = smp_scenario()
    base, _ = timed(lambda: run_model("compromise", s160))
    if "smp.ktab.v1" in MODELS:
        took, out = timed(lambda: run_model("smp", s160, seed=args.seed))
        report(f"SMP {s160.name} ({s160.n_actors} actors, {out.details.get('converged_after')} turns)",
               took, base, 10)
    else:
        print("SMP: the smp.ktab.v1 model is not registered yet; skipped")

    s30 = deu_scenario()
    base, _ = timed(lambda: monte_carlo(s30, "compromise", n=args.draws, seed=args.seed, with_tornado=False))
    took, _ = timed(lambda: monte_carlo(s30, "eu", n=args.draws, seed=args.seed, with_tornado=False))
    report(f"EU Monte Carlo {args.draws} draws ({s30.name}, {s30.n_actors} actors)", took, base, 5)
    nash_division_speed(args.seed)


def nash_division_speed(seed: int, parties: int = 40, issues: int = 17) -> None:
    """Certified proportional response against the always-polished first version."""
    from parley.models import fair_division as fd

    rng = np.random.default_rng(seed)
    v = rng.uniform(0, 1, (parties, issues)) * (rng.uniform(0, 1, (parties, issues)) < 0.4)
    v[np.arange(parties), rng.integers(0, issues, parties)] += 0.5
    values = {f"p{k}": {f"i{j}": float(v[k, j]) for j in range(issues)} for k in range(parties)}
    took, out = timed(lambda: fd.nash_division(values))
    vn = 100 * v / v.sum(axis=1, keepdims=True)
    base, polished = timed(lambda: fd._polish(vn, fd._proportional_response(vn, 1e-10, 3000)[0]))
    welfare = lambda x: float(np.log((vn * x).sum(axis=1)).sum())  # noqa: E731
    print(f"{'Nash division ' + f'{parties} parties x {issues} issues':<48} {took:8.3f} s  "
          f"first version {base:8.3f} s  ratio {took / base:6.3f}x  target < 2 s: "
          f"{'ok' if took < 2 else 'OVER TARGET'}  (log-welfare {welfare(out.shares):.9f} vs "
          f"{welfare(polished):.9f}, gap {fd.equilibrium_gap(vn, out.shares):.1e})")


if __name__ == "__main__":
    main()
