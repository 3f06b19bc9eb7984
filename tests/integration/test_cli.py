"""The `parley` command end to end: clean errors, bad files, resumable extraction."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parley import api
from parley.cli import main

PARLEY = [sys.executable, "-c", "import sys; from parley.cli import main; sys.exit(main())"]


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_lists_every_foundation_command(capsys):
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0
    for command in ("init", "ingest", "extract", "show", "export", "eval", "demo"):
        assert command in out


def test_extract_without_codebook_is_one_clean_error(capsys, project):
    code, out, err = run_cli(capsys, "--project", str(project), "extract")
    assert code != 0
    assert "codebook" in err and "Traceback" not in err + out


def test_bad_codebook_names_file_and_line(capsys, project, tmp_path):
    book = tmp_path / "book.yaml"
    book.write_text("name: x\nactors:\n  - id: a\n    name: A\n    colour: red\nissues: []\n")
    code, _, err = run_cli(capsys, "--project", str(project), "init", "--codebook", str(book))
    assert code != 0
    assert "book.yaml:5" in err.replace("\n", "") and "Traceback" not in err


def make_bad_files(folder: Path) -> list[Path]:
    """Twenty files that no reader can turn into a document."""
    folder.mkdir()
    pdf_head = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"
    files = {
        "empty.txt": b"", "spaces.txt": b"   \n\t\n", "binary.txt": bytes(range(256)) * 8,
        "latin1.txt": "caf\xe9 cr\xe8me".encode("latin-1") + b"\xff\xfe\xfa", "nul.md": b"abc\x00def\x00",
        "truncated.pdf": pdf_head, "text.pdf": b"this is not a pdf", "empty.pdf": b"",
        "zip.docx": b"PK\x03\x04 not really a zip", "text.docx": b"plain text in a docx",
        "empty.docx": b"", "bad.jsonl": b"{not json\n", "notext.jsonl": b'{"title": "no text"}\n',
        "array.jsonl": b"[1, 2, 3]\n", "notext.csv": b"title,author\nA,B\n", "empty.csv": b"",
        "image.png": b"\x89PNG\r\n\x1a\n", "data.xyz": b"what is this", "empty.html": b"",
        "huge.txt": None,
    }
    for name, content in files.items():
        path = folder / name
        if content is None:  # 50 MB of text, over the size limit
            with path.open("w") as handle:
                handle.write(("word " * 200_000 + "\n") * 52)
        else:
            path.write_bytes(content)
    return sorted(folder.iterdir())


def test_twenty_bad_files_give_twenty_clear_messages(capsys, project, tmp_path):
    bad = make_bad_files(tmp_path / "bad")
    assert len(bad) == 20
    code, out, err = run_cli(capsys, "--project", str(project), "ingest", str(tmp_path / "bad"))
    failures = [line for line in err.splitlines() if line.startswith("failed:")]
    assert code == 3, err
    assert len(failures) == 20, err
    for path in bad:
        assert sum(path.name in line for line in failures) == 1, path.name
    assert "Traceback" not in out + err
    assert "0 added" in out and "20 failed" in out


def test_ingest_keeps_going_and_is_idempotent(capsys, project, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Title\n\nThe minister said \"we agree\".\n")
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    code, out, _ = run_cli(capsys, "--project", str(project), "ingest", str(tmp_path / "in"))
    assert code == 3 and "1 added" in out
    code, out, _ = run_cli(capsys, "--project", str(project), "ingest", str(tmp_path / "in" / "good.txt"))
    assert code == 0 and "1 unchanged" in out


def row_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("documents", "mentions", "quotes", "positions", "extractions")}


def many_documents(folder: Path, copies: int) -> None:
    """The example corpus's text documents, copied with distinct first lines."""
    folder.mkdir()
    sources = sorted((api.example_dir() / "docs").glob("*.txt"))
    for n in range(copies):
        for source in sources:
            text = source.read_text(encoding="utf-8")
            (folder / f"{source.stem}-{n}.txt").write_text(f"Copy {n}. {text}", encoding="utf-8")


@pytest.mark.slow
def test_killed_extract_resumes_without_duplicates(tmp_path):
    many_documents(tmp_path / "docs", copies=4)
    codebook = api.example_dir() / "codebook.yaml"
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    for target in (killed, clean):
        api.ingest(target, [tmp_path / "docs"])
    env = dict(os.environ, PARLEY_PROJECT=str(killed))
    proc = subprocess.Popen([*PARLEY, "extract", "--codebook", str(codebook)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and row_counts(killed)["extractions"] < 2:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = row_counts(killed)["extractions"]
    assert 0 < partial < row_counts(killed)["documents"], "the kill did not land midway"
    api.extract(killed, codebook)
    api.extract(clean, codebook)
    assert row_counts(killed) == row_counts(clean)
