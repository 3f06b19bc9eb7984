"""The Typer application object, the project option and the error boundary.

Each command module (``documents``, ``analysis``, ``models`` …) registers its
commands on :data:`app`; every command is a thin wrapper over one ``parley.api``
function. :func:`main` turns any :class:`ParleyError` into one clean line and the
error's exit code — never a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from rich.console import Console

from parley.core.errors import ParleyError

DEFAULT_PROJECT = "parley.db"
PROJECT_ENV = "PARLEY_PROJECT"

app = typer.Typer(
    name="parley",
    help="Evidence, analysis and models for peace-negotiation corpora.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


@app.callback()
def _global_options(
    ctx: typer.Context,
    project: str = typer.Option(
        None,
        "--project",
        "-p",
        envvar=PROJECT_ENV,
        help="Project store: a file path or a database URL (default ./parley.db).",
    ),
) -> None:
    ctx.obj = {"project": project or DEFAULT_PROJECT}


def project_of(ctx: typer.Context) -> str:
    """The project target chosen by ``--project``, ``PARLEY_PROJECT`` or the default."""
    obj = ctx.find_root().obj or {}
    return obj.get("project") or os.environ.get(PROJECT_ENV) or DEFAULT_PROJECT


def fail(message: str, code: int = 1) -> None:
    """Print one error line and leave with ``code``."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: run the app, turn Parley errors into clean exits."""
    from parley.cli import register_commands

    register_commands()

    try:
        code = app(args=argv, standalone_mode=False)
    except ParleyError as err:
        err_console.print(f"[bold red]error:[/] {err}", highlight=False, soft_wrap=True)
        return err.exit_code
    except typer.Exit as done:
        return done.exit_code
    except typer.Abort:
        err_console.print("aborted")
        return 130
    except KeyboardInterrupt:
        err_console.print("interrupted; the store keeps every document finished so far")
        return 130
    except _click_usage_errors() as err:
        err.show()
        return err.exit_code
    return code if isinstance(code, int) else 0


def _click_usage_errors() -> tuple[type[BaseException], ...]:
    import click

    return (click.ClickException,)


def existing_path(value: str) -> Path:
    """A path that must exist (clean error otherwise)."""
    path = Path(value)
    if not path.exists():
        raise ParleyError(f"{value}: no such file or folder")
    return path


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
