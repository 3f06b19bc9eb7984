"""``parley report`` and ``parley serve``: the HTML/Markdown report and the web dashboard."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from parley.core.errors import ConfigError

from .app import app, console, project_of

TOKEN_ENV = "PARLEY_TOKEN"


def _project(ctx: typer.Context, project: Optional[str]) -> str:
    return project or project_of(ctx)


@app.command()
def report(
    ctx: typer.Context,
    project: Optional[str] = typer.Argument(None, help="Project file or URL (default: --project)."),
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="File to write."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="html (self-contained, opens offline) or md; default from -o."),
    seed: int = typer.Option(0, "--seed", help="Seed of the forecast's Monte Carlo draws."),
) -> None:
    """Write the report: corpus, positions, network, timeline, quotes, forecast."""
    from parley.web import write_report

    written = write_report(_project(ctx, project), out, fmt, seed)
    console.print(f"wrote {written} ({written.stat().st_size:,} bytes)")


@app.command()
def serve(
    ctx: typer.Context,
    project: Optional[str] = typer.Argument(None, help="Project file or URL (default: --project)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (others need --token)."),
    port: int = typer.Option(8765, "--port", min=1, max=65535),
    token: Optional[str] = typer.Option(None, "--token", envvar=TOKEN_ENV,
                                        help="Token every client must give (needed off 127.0.0.1)."),
) -> None:
    """Run the dashboard with the review queue (Ctrl-C stops it)."""
    import uvicorn

    from parley.web import create_app
    from parley.web.security import check_binding, is_loopback

    check_binding(host, token)
    target = _project(ctx, project)
    if "://" not in target and not Path(target).exists():
        raise ConfigError(f"{target}: no such project (create one with: parley init)")
    dashboard = create_app(target, token=token, loopback=is_loopback(host))
    shown = f"http://{host}:{port}/" + (f"?token={token}" if token else "")
    console.print(f"Parley dashboard of [bold]{target}[/] at {shown}", highlight=False, soft_wrap=True)
    uvicorn.run(dashboard, host=host, port=port, log_level=os.environ.get("PARLEY_LOG", "warning"))
