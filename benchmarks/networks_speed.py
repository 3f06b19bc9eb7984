"""Benchmark: every one-mode network over 30-day moving windows of 100,000 statements.

Generates a seeded synthetic corpus (actors with latent preferences, dated
statements spread over two years), then times

* building the statement table from ``Position`` objects,
* all six one-mode networks (actor and issue × congruence, conflict, subtract) for
  every 30-day window moved by one day (DNA's default step),

against a baseline in the same process: a plain pandas ``groupby`` count of the
statements per actor–issue–stance. Run::

    .venv/bin/python benchmarks/networks_speed.py [--statements 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

import numpy as np
import pandas as pd

from parley.analysis.networks import ONE_MODE
from parley.analysis.statements import build_statements
from parley.analysis.windows import WindowSpec, network_series
from parley.core.dates import PartialDate
from parley.core.types import Position, Span

START = dt.date(2022, 1, 1)


def synthetic_positions(n: int, actors: int = 200, issues: int = 40, days: int = 730,
                        seed: int = 7) -> list[Position]:
    """``n`` seeded positions: actors lean one way per issue, 80 % of statements agree."""
    rng = np.random.default_rng(seed)
    lean = rng.random((actors, issues)) < 0.5
    actor = np.minimum(rng.zipf(1.6, n) - 1, actors - 1)
    issue = rng.integers(0, issues, n)
    flip = rng.random(n) < 0.2
    stance = np.where(lean[actor, issue] ^ flip, "support", "oppose")
    day = rng.integers(0, days, n)
    doc = rng.integers(0, n // 5, n)
    dates = [PartialDate.from_date(START + dt.timedelta(days=int(d))) for d in range(days)]
    return [
        Position(f"actor{a}", f"issue{i}", s, Span(f"doc{d}", 0, 10), date=dates[t])
        for a, i, s, t, d in zip(actor.tolist(), issue.tolist(), stance.tolist(), day.tolist(),
                                 doc.tolist())
    ]


def run_networks(table, spec: WindowSpec, normalisation: str = "none") -> tuple[int, float]:
    """Build every one-mode network per window; returns (networks built, checksum)."""
    count, checksum = 0, 0.0
    for kind in ("actor", "issue"):
        for networks in network_series(table, spec, kind, ONE_MODE, normalisation):
            count += len(networks)
            checksum += sum(float(n.weights.sum()) for n in networks)
    return count, checksum


def baseline(table) -> float:
    """A plain pandas groupby count over the same statements (seconds)."""
    frame = pd.DataFrame({"actor": table.actor, "issue": table.issue, "stance": table.stance})
    started = time.perf_counter()
    frame.groupby(["actor", "issue", "stance"]).size()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--step", default="1d", help="window step (default 1d)")
    parser.add_argument("--kernel", default="uniform")
    parser.add_argument("--normalisation", default="none")
    args = parser.parse_args()
    positions = synthetic_positions(args.statements, seed=args.seed)
    started = time.perf_counter()
    table = build_statements(positions)
    table_s = time.perf_counter() - started
    spec = WindowSpec.parse("30d", step=args.step, kernel=args.kernel)
    started = time.perf_counter()
    count, checksum = run_networks(table, spec, args.normalisation)
    networks_s = time.perf_counter() - started
    base_s = baseline(table)
    print(f"statements: {len(table):,}  actors: {len(table.actors)}  issues: {len(table.issues)}")
    print(f"statement table from positions: {table_s:.2f} s")
    print(f"{count:,} one-mode networks (30-day windows, step {args.step}, kernel {args.kernel}, "
          f"normalisation {args.normalisation}): {networks_s:.2f} s "
          f"(checksum {checksum:.0f})")
    print(f"total: {table_s + networks_s:.2f} s")
    print(f"baseline pandas groupby count: {base_s:.4f} s; ratio networks/baseline: "
          f"{networks_s / base_s:,.0f}x")


if __name__ == "__main__":
    main()
