"""The layer rules of docs/DEVELOPERS.md, checked by import-linter on every test run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_layers_are_kept():
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_modules_stay_under_500_lines():
    long = [str(p.relative_to(REPO)) for p in (REPO / "parley").rglob("*.py")
            if len(p.read_text(encoding="utf-8").splitlines()) > 500]
    assert not long, f"modules over 500 lines: {long}"
