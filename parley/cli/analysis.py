"""Analysis commands: positions, network, polarisation, timeline, balance, reliability, DNA files.

Each is a thin wrapper over :mod:`parley.api.analysis`; the statement filters
(``--actor``, ``--issue``, ``--camp``, ``--via``, ``--start``, ``--end``,
``--duplicates`` …) are shared by every command that reads statements.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import pandas as pd
import typer
from rich.table import Table

from parley.analysis import StatementFilter
from parley.api import analysis as api
from parley.core.errors import ValidationError

from .app import app, console, err_console, project_of

ROWS_SHOWN = 30
ACTOR = typer.Option([], "--actor", help="Only statements of these actors (repeatable).")
NOT_ACTOR = typer.Option([], "--exclude-actor", help="Leave out these actors.")
ISSUE = typer.Option([], "--issue", help="Only these issues (repeatable).")
NOT_ISSUE = typer.Option([], "--exclude-issue", help="Leave out these issues.")
CAMP = typer.Option([], "--camp", help="Only actors of these camps.")
NOT_CAMP = typer.Option([], "--exclude-camp", help="Leave out actors of these camps.")
SOURCE = typer.Option([], "--source-camp", help="Only documents of these camps.")
NOT_SOURCE = typer.Option([], "--exclude-source-camp", help="Leave out documents of these camps.")
VIA = typer.Option([], "--via", help="Only these vias: quote, reported, author.")
NOT_VIA = typer.Option([], "--exclude-via", help="Leave out these vias.")
START = typer.Option(None, "--start", help="First day (YYYY-MM-DD).")
END = typer.Option(None, "--end", help="Last day (YYYY-MM-DD).")
DUPLICATES = typer.Option("none", "--duplicates",
                          help="One statement per actor–issue–stance per: none, document, week, month.")
OUT = typer.Option(None, "--out", "-o", help="Write to this file (format from its suffix).")


def _day(value: Optional[str], option: str) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{option} must be a date YYYY-MM-DD; got {value!r}") from None


def statement_filter(actor, exclude_actor, issue, exclude_issue, camp, exclude_camp, source_camp,
                     exclude_source_camp, via, exclude_via, start, end, duplicates) -> StatementFilter:
    """The :class:`StatementFilter` of the shared options."""
    return StatementFilter(
        tuple(actor), tuple(exclude_actor), tuple(issue), tuple(exclude_issue), tuple(camp),
        tuple(exclude_camp), tuple(source_camp), tuple(exclude_source_camp), tuple(via),
        tuple(exclude_via), _day(start, "--start"), _day(end, "--end"), duplicates)


def print_frame(frame: pd.DataFrame, title: str, columns: list[str] | None = None) -> None:
    """A Rich table of the first rows of ``frame``."""
    columns = columns or list(frame.columns)
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(str(column))
    for row in frame[columns].head(ROWS_SHOWN).itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    console.print(table)
    if len(frame) > ROWS_SHOWN:
        console.print(f"… {len(frame) - ROWS_SHOWN} more rows (use --out to write them all)")


def _cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _wrote(out: Optional[Path]) -> None:
    if out is not None:
        console.print(f"wrote {out}")


@app.command()
def positions(
    ctx: typer.Context, out: Optional[Path] = OUT,
    actor: list[str] = ACTOR, exclude_actor: list[str] = NOT_ACTOR, issue: list[str] = ISSUE,
    exclude_issue: list[str] = NOT_ISSUE, camp: list[str] = CAMP, exclude_camp: list[str] = NOT_CAMP,
    source_camp: list[str] = SOURCE, exclude_source_camp: list[str] = NOT_SOURCE,
    via: list[str] = VIA, exclude_via: list[str] = NOT_VIA, start: Optional[str] = START,
    end: Optional[str] = END, duplicates: str = DUPLICATES,
) -> None:
    """The actor × issue position matrix (net stance, counts, dates, evidence)."""
    rule = statement_filter(actor, exclude_actor, issue, exclude_issue, camp, exclude_camp,
                            source_camp, exclude_source_camp, via, exclude_via, start, end, duplicates)
    matrix = api.positions(project_of(ctx), out, rule)
    print_frame(matrix.to_frame(), "positions",
                ["actor", "issue", "stance", "net", "support", "oppose", "first", "last"])
    _wrote(out)


@app.command()
def network(
    ctx: typer.Context, out: Optional[Path] = OUT,
    kind: str = typer.Option("actor", "--kind", help="actor, issue or two-mode."),
    mode: str = typer.Option("congruence", "--mode",
                             help="congruence, conflict, subtract (two-mode: combine, subtract)."),
    normalisation: str = typer.Option("none", "--normalisation", "--norm",
                                      help="none, average, jaccard, cosine (two-mode: none, activity, prominence)."),
    weighting: str = typer.Option("binary", "--weighting", help="binary (DNA) or count."),
    window: Optional[str] = typer.Option(None, "--window", help="Moving windows: 30d (days) or 200s (statements)."),
    step: Optional[str] = typer.Option(None, "--step", help="Window step (default one day / statement)."),
    kernel: str = typer.Option("uniform", "--kernel", help="uniform, gaussian, epanechnikov, triangular."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="gexf, graphml or csv (default: --out suffix)."),
    actor: list[str] = ACTOR, exclude_actor: list[str] = NOT_ACTOR, issue: list[str] = ISSUE,
    exclude_issue: list[str] = NOT_ISSUE, camp: list[str] = CAMP, exclude_camp: list[str] = NOT_CAMP,
    source_camp: list[str] = SOURCE, exclude_source_camp: list[str] = NOT_SOURCE,
    via: list[str] = VIA, exclude_via: list[str] = NOT_VIA, start: Optional[str] = START,
    end: Optional[str] = END, duplicates: str = DUPLICATES,
) -> None:
    """A discourse network (DNA standard), optionally one per moving time window."""
    rule = statement_filter(actor, exclude_actor, issue, exclude_issue, camp, exclude_camp,
                            source_camp, exclude_source_camp, via, exclude_via, start, end, duplicates)
    if kind == "two-mode" and mode == "congruence":
        mode = "combine"
    if out is None and fmt is not None:
        out = Path(f"network.{fmt}")
    request = api.NetworkRequest(kind, mode, normalisation, weighting, window, step, kernel)
    built = api.network(project_of(ctx), out, request, rule, fmt)
    edges = sum(len(n.edges()) for n in built)
    console.print(f"{len(built)} network(s), {len(built[0].nodes)} nodes, {edges} edges in all")
    _wrote(out)


@app.command()
def polarisation(
    ctx: typer.Context, out: Optional[Path] = OUT,
    window: Optional[str] = typer.Option(None, "--window", help="Moving windows: 30d or 200s."),
    step: Optional[str] = typer.Option(None, "--step", help="Window step."),
    kernel: str = typer.Option("uniform", "--kernel", help="Kernel of the windows."),
    camps: int = typer.Option(2, "--camps", "-k", min=1, help="Number of camps."),
    seed: int = typer.Option(0, "--seed", help="Seed of the camp search."),
    actor: list[str] = ACTOR, exclude_actor: list[str] = NOT_ACTOR, issue: list[str] = ISSUE,
    exclude_issue: list[str] = NOT_ISSUE, start: Optional[str] = START, end: Optional[str] = END,
    duplicates: str = DUPLICATES,
) -> None:
    """Polarisation of the actor network into camps, overall or per window."""
    rule = statement_filter(actor, exclude_actor, issue, exclude_issue, [], [], [], [], [], [],
                            start, end, duplicates)
    frame = api.polarisation(project_of(ctx), out, window, step, kernel, camps, seed, rule)
    print_frame(frame, "polarisation")
    _wrote(out)


@app.command()
def timeline(
    ctx: typer.Context, out: Optional[Path] = OUT,
    period: str = typer.Option("month", "--period", help="week, month, quarter or year."),
    by: list[str] = typer.Option(["actor", "issue"], "--by", help="Group by actor and/or issue."),
    actor: list[str] = ACTOR, exclude_actor: list[str] = NOT_ACTOR, issue: list[str] = ISSUE,
    exclude_issue: list[str] = NOT_ISSUE, camp: list[str] = CAMP, exclude_camp: list[str] = NOT_CAMP,
    source_camp: list[str] = SOURCE, exclude_source_camp: list[str] = NOT_SOURCE,
    via: list[str] = VIA, exclude_via: list[str] = NOT_VIA, start: Optional[str] = START,
    end: Optional[str] = END, duplicates: str = DUPLICATES,
) -> None:
    """Statements per period and the position shifts between periods, with evidence."""
    rule = statement_filter(actor, exclude_actor, issue, exclude_issue, camp, exclude_camp,
                            source_camp, exclude_source_camp, via, exclude_via, start, end, duplicates)
    counts, shifts = api.timeline(project_of(ctx), out, period, tuple(by), rule)
    print_frame(counts, "statements per period")
    for s in shifts[:ROWS_SHOWN]:
        console.print(f"shift: {s.actor} on {s.issue}: {s.from_stance} ({s.before}) → "
                      f"{s.to_stance} ({s.after})", highlight=False)
    _wrote(out)


@app.command()
def balance(
    ctx: typer.Context, out: Optional[Path] = OUT,
    share: float = typer.Option(0.75, "--one-sided-share", min=0.5, max=1.0,
                                help="Warn when one camp supplies this share of party sources."),
    actor: list[str] = ACTOR, issue: list[str] = ISSUE, start: Optional[str] = START,
    end: Optional[str] = END,
) -> None:
    """Perspective balance: whose account each position rests on, and one-sidedness."""
    rule = statement_filter(actor, [], issue, [], [], [], [], [], [], [], start, end, "none")
    report = api.balance(project_of(ctx), out, share, rule)
    print_frame(report.camps, "camps")
    print_frame(report.cells, "sources per position",
                ["actor", "issue", "statements", "own_words", "own_camp", "adversary",
                 "independent", "unknown"])
    for warning in report.warnings:
        err_console.print(f"[yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    _wrote(out)


@app.command()
def reliability(
    ctx: typer.Context, out: Optional[Path] = OUT,
    other: Optional[str] = typer.Option(None, "--other", help="Compare with this project's coding "
                                        "(default: machine vs reviewed in this project)."),
    absent: str = typer.Option("none", "--absent", help="A position one coding lacks: none (a "
                               "category) or missing."),
) -> None:
    """Inter-coder reliability of stance: Krippendorff's alpha, Cohen's kappa, disagreements."""
    report = api.reliability(project_of(ctx), other, out, absent)
    console.print(f"units {report.units}  agreement {report.agreement:.3f}  "
                  f"alpha {report.alpha:.3f}  kappa {report.kappa:.3f}")
    print_frame(report.disagreements_frame(), "disagreements",
                ["doc_id", "actor", "issue", "first", "second"])
    _wrote(out)


@app.command("import-dna")
def import_dna(ctx: typer.Context, path: Path = typer.Argument(..., help="A DNA 3 .dna file.")) -> None:
    """Import a Discourse Network Analyzer 3 file: documents and statements as positions."""
    report = api.import_dna(project_of(ctx), path)
    console.print(f"{report.documents} documents, {report.positions} positions from {report.path}")


@app.command("export-dna")
def export_dna(
    ctx: typer.Context, path: Path = typer.Argument(..., help="The .dna file to write (new)."),
    password: str = typer.Option("parley", "--password", help="Admin password of a fresh file."),
) -> None:
    """Write the project as a Discourse Network Analyzer 3 file."""
    report = api.export_dna(project_of(ctx), path, password)
    console.print(f"wrote {report.path}: {report.documents} documents, {report.positions} statements")
