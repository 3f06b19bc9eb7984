"""Moving time windows with kernel smoothing: one network per window.

A window covers ``size`` days (``unit="days"``) or ``size`` consecutive statements in
time order (``unit="statements"``); the next window starts ``step`` units later, and
windows are added until the last statement is covered. Inside a window each
statement is weighted by a kernel of its distance ``u`` from the window's centre,
scaled so that ``u`` runs from −1 to 1 across the window and the centre weighs 1:

* ``uniform`` 1, ``triangular`` 1 − |u|, ``epanechnikov`` 1 − u²,
* ``gaussian`` exp(−u² / (2 σ²)) with σ = ½ (the window's edge is two σ away).

Undated statements are in no window. With a uniform kernel and ``step == size``
every dated statement is in exactly one window.

>>> spec = WindowSpec.parse("30d", step="7d", kernel="gaussian")
>>> (spec.size, spec.unit, spec.step, spec.kernel)
(30, 'days', 7, 'gaussian')
>>> kernel_weights(np.array([-1.0, 0.0, 0.5]), "triangular").tolist()
[0.0, 1.0, 0.5]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

import numpy as np

from parley.core.errors import ValidationError

from .networks import ONE_MODE, Network, check_choice, one_mode_networks, two_mode_network
from .statements import Statements, day_date

KERNELS = ("uniform", "gaussian", "epanechnikov", "triangular")
UNITS = {"d": "days", "s": "statements"}
_SIZE = re.compile(r"^\s*(\d+)\s*([ds]?)\s*$")


def _parse_size(text: str | int, default_unit: str) -> tuple[int, str]:
    if isinstance(text, int):
        return text, default_unit
    match = _SIZE.match(str(text).lower())
    if not match or int(match.group(1)) < 1:
        raise ValidationError(
            f"a window size looks like '30d' (days) or '200s' (statements); got {text!r}"
        )
    return int(match.group(1)), UNITS.get(match.group(2), default_unit)


@dataclass(frozen=True)
class WindowSpec:
    """Size, unit, step and kernel of moving windows."""

    size: int
    unit: str = "days"
    step: int = 1
    kernel: str = "uniform"

    def __post_init__(self) -> None:
        check_choice("window unit", self.unit, tuple(UNITS.values()))
        check_choice("kernel", self.kernel, KERNELS)
        if self.size < 1 or self.step < 1:
            raise ValidationError(f"window size and step must be at least 1; got {self.size}, {self.step}")

    @classmethod
    def parse(cls, size: str | int, step: str | int | None = None,
              kernel: str = "uniform") -> "WindowSpec":
        """Read ``"30d"`` / ``"500s"`` sizes; ``step`` defaults to one unit."""
        n, unit = _parse_size(size, "days")
        if step is None:
            return cls(n, unit, 1, kernel)
        k, step_unit = _parse_size(step, unit)
        if step_unit != unit:
            raise ValidationError(f"window and step must use the same unit; got {size!r}, {step!r}")
        return cls(n, unit, k, kernel)


def kernel_weights(u: np.ndarray, kernel: str) -> np.ndarray:
    """Kernel weight at relative distance ``u`` ∈ [−1, 1] from a window's centre."""
    check_choice("kernel", kernel, KERNELS)
    u = np.clip(np.abs(np.asarray(u, dtype=np.float64)), 0.0, 1.0)
    if kernel == "uniform":
        return np.ones_like(u)
    if kernel == "triangular":
        return 1.0 - u
    if kernel == "epanechnikov":
        return 1.0 - u**2
    return np.exp(-(u**2) / (2 * 0.5**2))


@dataclass(frozen=True, eq=False)
class Window:
    """One window: its number, first and last day, and each statement's kernel weight."""

    index: int
    start: dt.date
    end: dt.date
    kernel: np.ndarray


def _starts(first: int, last: int, size: int, step: int) -> np.ndarray:
    """Window starts from ``first`` until a window reaches ``last``."""
    count = max(0, -(-(last - first - size + 1) // step)) + 1
    return first + step * np.arange(count, dtype=np.int64)


def windows(table: Statements, spec: WindowSpec) -> Iterator[Window]:
    """The windows over ``table``'s dated statements, in time order."""
    dated = np.flatnonzero(table.dated)
    if dated.size == 0:
        return
    order = dated[np.argsort(table.day[dated], kind="stable")]
    days = table.day[order]
    if spec.unit == "days":
        yield from _day_windows(len(table), order, days, spec)
    else:
        yield from _statement_windows(len(table), order, days, spec)


def _day_windows(n: int, order: np.ndarray, days: np.ndarray, spec: WindowSpec) -> Iterator[Window]:
    half = spec.size / 2.0
    for index, start in enumerate(_starts(int(days[0]), int(days[-1]), spec.size, spec.step)):
        lo, hi = np.searchsorted(days, [start, start + spec.size])
        kernel = np.zeros(n)
        u = (days[lo:hi] + 0.5 - (start + half)) / half
        kernel[order[lo:hi]] = kernel_weights(u, spec.kernel)
        yield Window(index, day_date(start), day_date(start + spec.size - 1), kernel)


def _statement_windows(n: int, order: np.ndarray, days: np.ndarray,
                       spec: WindowSpec) -> Iterator[Window]:
    half = spec.size / 2.0
    for index, lo in enumerate(_starts(0, len(order) - 1, spec.size, spec.step)):
        hi = min(lo + spec.size, len(order))
        kernel = np.zeros(n)
        u = (np.arange(hi - lo) + 0.5 - half) / half
        kernel[order[lo:hi]] = kernel_weights(u, spec.kernel)
        yield Window(index, day_date(days[lo]), day_date(days[hi - 1]), kernel)


def _window_fields(window: Window) -> dict:
    return {"start": window.start, "end": window.end, "window": window.index}


def network_series(
    table: Statements,
    spec: WindowSpec,
    kind: str = "actor",
    modes: Sequence[str] = ONE_MODE,
    normalisation: str = "none",
    weighting: str = "binary",
) -> Iterator[tuple[Network, ...]]:
    """Per window, the one-mode networks of ``modes`` (lazily: one window at a time).

    With ``weighting="binary"`` a cell's value is the largest kernel weight among its
    statements (1 for a uniform kernel), so uniform windows give DNA's networks.
    """
    for window in windows(table, spec):
        yield one_mode_networks(table, kind, modes, normalisation, weighting,
                                kernel=window.kernel, **_window_fields(window))


def two_mode_series(table: Statements, spec: WindowSpec, aggregation: str = "combine",
                    normalisation: str = "none") -> Iterator[Network]:
    """Per window, the (kernel-weighted) two-mode actor–issue network."""
    for window in windows(table, spec):
        yield two_mode_network(table, aggregation, normalisation, kernel=window.kernel,
                               **_window_fields(window))
