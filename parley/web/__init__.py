"""Web dashboard and HTML report: the two faces of Parley over :mod:`parley.api`.

``create_app(project)`` builds the FastAPI dashboard (:mod:`parley.web.app`);
``write_report(project, out)`` writes the self-contained HTML (or Markdown) report
(:mod:`parley.web.report`). This package imports only ``parley.api`` and ``parley.core``.
"""

from .app import create_app
from .report import REPORT_FORMATS, render_report, write_report

__all__ = ["REPORT_FORMATS", "create_app", "render_report", "write_report"]
