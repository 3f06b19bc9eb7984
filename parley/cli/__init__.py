"""Parley's command line: ``parley --help``.

Command modules register themselves on :data:`parley.cli.app.app`; this package
imports them all. Add one import line per command module.
"""

from __future__ import annotations

import sys

from .app import app, main


def register_commands() -> None:
    """Import every command module so its commands are on the app."""
    from . import documents  # noqa: F401
    from . import analysis  # noqa: F401
    from . import web  # noqa: F401
    from . import models  # noqa: F401


def run() -> None:  # pragma: no cover - console script
    sys.exit(main())


__all__ = ["app", "main", "register_commands", "run"]
