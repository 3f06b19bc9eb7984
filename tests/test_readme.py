"""The README is documentation that is tested: its commands exist and its set-up is CI's."""

from __future__ import annotations

import re
from pathlib import Path

from parley.cli import app, register_commands

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def command_names() -> set[str]:
    register_commands()
    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    return names | {g.name for g in app.registered_groups}


def readme_commands() -> list[str]:
    """The sub-command of every `parley …` line in the README's code blocks."""
    found = []
    for block in re.findall(r"```bash\n(.*?)```", README, re.S):
        for line in block.splitlines():
            for call in re.findall(r"(?:^|&& )parley ((?:-\S+ \S+ )*)(\S+)", line.strip()):
                found.append(call[1])
    return found


def test_every_readme_command_exists():
    used = readme_commands()
    assert len(used) >= 8
    missing = sorted(set(used) - command_names())
    assert not missing, f"README names commands the CLI lacks: {missing}"


def test_the_two_setup_commands_are_make_targets_and_ci_runs_the_test_one():
    assert "make demo" in README and "make test" in README
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (REPO / ".ci" / "run").read_text()
