"""Parley's Python API: the workflows behind the CLI and the web app.

>>> import parley.api as api          # doctest: +SKIP
>>> api.ingest("my.db", ["corpus/"])  # doctest: +SKIP
>>> api.extract("my.db", codebook="codebook.yaml")  # doctest: +SKIP

Submodules: ``project`` (init, ingest, extract), ``tables`` (show, export),
``evaluation`` (eval, demo), ``analysis`` and ``models``.
"""

from .evaluation import DemoReport, EvalRun, demo, evaluate, example_dir
from .project import (
    ExtractReport,
    IngestReport,
    ProjectInfo,
    extract,
    find_document,
    ingest,
    init_project,
    open_project,
    project_codebook,
    set_codebook,
)
from .tables import EXPORT_FORMATS, SHOW_KINDS, export, show

__all__ = [
    "DemoReport", "EXPORT_FORMATS", "EvalRun", "ExtractReport", "IngestReport", "ProjectInfo",
    "SHOW_KINDS", "demo", "evaluate", "example_dir", "export", "extract", "find_document",
    "ingest", "init_project", "open_project", "project_codebook", "set_codebook", "show",
]
