"""Commands for building a project: init, ingest, extract, show, export, eval, demo."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from parley import api

from .app import app, console, err_console, project_of

INGEST_FAILED_EXIT = 3


@contextmanager
def progress_bar(label: str) -> Iterator:
    """A Rich progress bar whose callback matches ``api``'s ``progress(n, total, name)``."""
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.fields[item]}"))
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=None, item="")

        def update(n: int, total: int, item: str) -> None:
            bar.update(task, completed=n, total=total or None, item=item[:40])

        yield update


@app.command()
def init(
    ctx: typer.Context,
    codebook: Optional[Path] = typer.Option(None, "--codebook", "-c", help="Codebook YAML to keep in the project."),
) -> None:
    """Create the project store (safe to repeat) and optionally set its codebook."""
    info = api.init_project(project_of(ctx), codebook)
    console.print(f"project [bold]{info.target}[/] (schema v{info.schema_version})")
    if info.codebook:
        console.print(f"codebook: {info.codebook}")


@app.command()
def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Files or folders (read recursively)."),
) -> None:
    """Read documents into the project: txt, md, html, pdf, docx, jsonl, csv."""
    with progress_bar("ingesting") as update:
        report = api.ingest(project_of(ctx), paths, progress=update)
    for failure in report.failures:
        err_console.print(f"[red]failed:[/] {failure}", highlight=False, soft_wrap=True)
    console.print(
        f"{len(report.added)} added, {len(report.versions)} new versions, "
        f"{len(report.unchanged)} unchanged, {len(report.failures)} failed"
    )
    if report.failures:
        raise typer.Exit(INGEST_FAILED_EXIT)


@app.command()
def extract(
    ctx: typer.Context,
    codebook: Optional[Path] = typer.Option(None, "--codebook", "-c", help="Codebook YAML (kept in the project)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Pipeline configuration TOML."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
    redo: bool = typer.Option(False, "--redo", help="Extract documents already done again."),
) -> None:
    """Extract actors, quotes and positions from every document not yet extracted."""
    with progress_bar("extracting") as update:
        report = api.extract(project_of(ctx), codebook, config, jobs=jobs, redo=redo, progress=update)
    for where, message in report.failures:
        err_console.print(f"[red]failed:[/] {where}: {message}", highlight=False)
    console.print(
        f"{len(report.extracted)} extracted, {len(report.skipped)} already done "
        f"({report.words} words, {report.words_per_second:,.0f} words/s)"
    )
    if report.failures:
        raise typer.Exit(1)


@app.command()
def show(
    ctx: typer.Context,
    kind: str = typer.Argument("documents", help="documents, quotes, positions, mentions or candidates"),
    doc: Optional[str] = typer.Option(None, "--doc", "-d", help="Only this document (id or name)."),
    limit: int = typer.Option(50, "--limit", "-n", help="At most this many rows (0 = all)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Show what the project holds as a table."""
    rows = api.show(project_of(ctx), kind, doc, limit)
    if as_json:
        console.print_json(json.dumps(rows, ensure_ascii=False))
        return
    print_table(kind, rows)


def print_table(title: str, rows: list[dict]) -> None:
    """Print rows (dicts with the same keys) as a Rich table."""
    if not rows:
        console.print(f"no {title}")
        return
    table = Table(title=f"{title} ({len(rows)})", show_lines=False)
    for key in rows[0]:
        table.add_column(key, overflow="fold")
    for row in rows:
        table.add_row(*(str(v) for v in row.values()))
    console.print(table)


@app.command()
def export(
    ctx: typer.Context,
    outdir: Path = typer.Argument(Path("export"), help="Folder for the files."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet"),
) -> None:
    """Write every table of the project as JSONL, CSV or Parquet."""
    for path in api.export(project_of(ctx), outdir, fmt):
        console.print(str(path))


@app.command("eval")
def eval_command(
    setdir: Path = typer.Argument(..., help="An evaluation set: codebook.yaml, docs/, gold/."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON."),
    config: Optional[Path] = typer.Option(None, "--config", help="Pipeline configuration TOML."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss: actors, quotes, speakers, dates, positions."),
) -> None:
    """Score extraction on an evaluation set against its answer keys."""
    with progress_bar("evaluating") as update:
        run = api.evaluate(setdir, json_path, config, jobs=jobs, progress=update)
    if errors:
        console.print(run.scores.error_report() or "no errors", markup=False, highlight=False)
    print_scores(run.to_json())
    for name in run.missing_gold:
        err_console.print(f"no answer key for {name}")


METRICS = ("actors", "quotes", "quotes_speaker", "positions")


def print_scores(scores: dict) -> None:
    """One row per document and the micro-averaged total."""
    table = Table(title="extraction scores (F1; dates: exact)")
    longest = max((len(name) for name in scores["documents"]), default=8)
    table.add_column("document", overflow="fold", min_width=max(12, min(longest, console.width - 62)))
    for column in (*METRICS, "dates"):
        table.add_column(column.replace("_", " "), justify="right", overflow="fold")
    for name, figures in sorted(scores["documents"].items()):
        table.add_row(name, *_score_cells(figures))
    table.add_row("[bold]total (micro)[/]", *_score_cells(scores["total"]), end_section=True)
    console.print(table)


def _score_cells(figures: dict) -> list[str]:
    cells = [f"{figures[m]['f1']:.2f}" for m in METRICS]
    accuracy = figures["dates"].get("accuracy")
    return cells + ["–" if accuracy is None else f"{accuracy:.2f}"]


@app.command()
def demo(
    ctx: typer.Context,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1),
) -> None:
    """Build a project from the bundled example corpus and summarise it."""
    root = ctx.find_root().obj or {}
    target = root.get("project") if root.get("project") != "parley.db" else None
    with progress_bar("demo") as update:
        report = api.demo(target, jobs=jobs, progress=update)
    counts = report.counts
    console.print(f"[bold]Parley demo[/] — project file: [cyan]{report.project}[/]")
    console.print(
        f"documents {counts.get('documents', 0)}, quotes {counts.get('quotes', 0)}, "
        f"positions {counts.get('positions', 0)}, actor mentions {counts.get('mentions', 0)}"
    )
    console.print("documents per camp: " + ", ".join(f"{k} {v}" for k, v in report.camps.items()))
    console.print("actors: " + ", ".join(f"{a} ({n})" for a, n in report.actors))
    print_scores(report.scores)
    console.print(f"next: parley --project {report.project} show quotes")
