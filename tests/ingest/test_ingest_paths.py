"""Folders, the twenty kinds of bad input, and the promise that readers raise only InputError."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_builders import pdf_bytes, write_docx, write_encrypted_pdf, write_pdf

from parley.core import Document, InputError
from parley.ingest import SUPPORTED_SUFFIXES, read_file, read_paths


def test_folders_are_read_recursively_in_sorted_order_skipping_hidden_and_sidecars(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed text.")
    (tmp_path / "a" / "y.md").write_text("Why text.")
    (tmp_path / "a" / "x.txt").write_text("Ex text.")
    (tmp_path / "a" / "x.txt.meta.json").write_text('{"title": "X"}')
    (tmp_path / ".git" / "HEAD.txt").write_text("hidden folder")
    (tmp_path / ".hidden.txt").write_text("hidden file")
    (tmp_path / "~$lock.docx").write_bytes(b"lock")
    items = list(read_paths([tmp_path]))
    assert [(d.name, d.title) for d in items] == [("x", "X"), ("y", None), ("z", None)]
    assert list(read_paths([str(tmp_path)])) == items  # deterministic, strings accepted


def test_a_missing_path_yields_an_error_and_the_rest_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text("Fine text.")
    items = list(read_paths([tmp_path / "missing", tmp_path / "ok.txt"]))
    assert isinstance(items[0], InputError) and items[0].reason == "no such file or folder"
    assert isinstance(items[1], Document)


def test_unknown_suffix_lists_the_supported_ones(tmp_path):
    path = tmp_path / "notes.xyz"
    path.write_text("text")
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert caught.value.reason == f"unsupported file type '.xyz'; supported: {', '.join(SUPPORTED_SUFFIXES)}"


def _zip_without_document(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:  # a sparse file: 52.4 MB on paper, instant to make
        handle.truncate(size)


BAD_FILES = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty file"),
    "blank.md": (lambda p: p.write_text(" \n\t\n"), "empty file"),
    "binary.txt": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20), "binary file, expected text"),
    "latin1.txt": (lambda p: p.write_bytes("Café au lait".encode("latin-1")), "not UTF-8 text (undecodable bytes at offset 3)"),
    "truncated.pdf": (lambda p: p.write_bytes(pdf_bytes(["Some text"])[:200]), "not a readable PDF"),
    "fake.pdf": (lambda p: p.write_text("I am plain text."), "not a valid PDF (no %PDF header)"),
    "scanned.pdf": (lambda p: write_pdf(p, []), "PDF has no extractable text (scanned?)"),
    "locked.pdf": (lambda p: write_encrypted_pdf(p, ["Secret"]), "PDF is encrypted"),
    "fake.docx": (lambda p: p.write_text("plain text"), "not a valid DOCX (not a ZIP package)"),
    "zip.docx": (_zip_without_document, "not a readable DOCX"),
    "huge.txt": (lambda p: _sparse(p, 52_400_000), "too large: 52.4 MB of text, limit 10 MB"),
    "bad-line.jsonl": (lambda p: p.write_text('{"text": "Good."}\n{"text": \n'), "not valid JSON"),
    "no-text.jsonl": (lambda p: p.write_text('{"title": "Only a title"}\n'), "record has no text"),
    "no-column.csv": (lambda p: p.write_text("title,body\nA,B\n"), "CSV has no 'text' column"),
    "notes.xyz": (lambda p: p.write_text("text"), "unsupported file type '.xyz'"),
    "bad-front.md": (lambda p: p.write_text("---\ntitle: [unclosed\n---\nBody.\n"), "front matter is not valid YAML at line"),
    "only-front.md": (lambda p: p.write_text("---\ntitle: T\n---\n\n"), "no text after the front matter"),
    "bad-date.md": (lambda p: p.write_text("---\ndate: next week\n---\nBody.\n"), "'next week' is not a date"),
    "scripts.html": (lambda p: p.write_text("<html><body><script>var a = 1;</script></body></html>"), "HTML has no text"),
    "bad-utf16.txt": (lambda p: p.write_bytes(b"\xff\xfeA\x00\x00\xd8"), "not UTF-16 text"),
}


def test_twenty_bad_files_each_yield_exactly_one_clear_error(tmp_path):
    assert len(BAD_FILES) == 20
    for name, (make, _) in BAD_FILES.items():
        make(tmp_path / name)
    items = list(read_paths([tmp_path]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 20
    by_file = {Path(e.path.split(":")[0]).name: e for e in errors}
    assert sorted(by_file) == sorted(BAD_FILES)
    for name, (_, reason) in BAD_FILES.items():
        assert reason in by_file[name].reason, (name, str(by_file[name]))
        assert str(by_file[name]).startswith(str(tmp_path / name))
    assert [d.text for d in items if isinstance(d, Document)] == ["Good."]  # bad-line.jsonl keeps its good record


def test_a_broken_sidecar_is_an_error_naming_the_sidecar(tmp_path):
    (tmp_path / "doc.txt").write_text("Body.")
    (tmp_path / "doc.txt.meta.json").write_text("{not json")
    [error] = list(read_paths([tmp_path]))
    assert isinstance(error, InputError) and error.path.endswith("doc.txt.meta.json")
    assert "metadata sidecar cannot be read" in error.reason


_STARTS = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"---\n", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe", b'{"text": "']


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.sampled_from(_STARTS), data=st.binary(max_size=400))
def test_any_bytes_give_documents_or_an_input_error(tmp_path, suffix, start, data):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(start + data)
    try:
        docs = read_file(path)
    except InputError as err:
        assert err.path.startswith(str(path))
        return
    assert docs and all(isinstance(d, Document) for d in docs)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=2000), flip=st.integers(min_value=0, max_value=4000))
def test_damaged_pdf_and_docx_give_documents_or_an_input_error(tmp_path, cut, flip):
    pdf = bytearray(pdf_bytes(["Damaged text here", "More"], {"Title": "T"}))
    docx = bytearray(write_docx(tmp_path / "src.docx", ["Damaged docx"]).read_bytes())
    for name, data in (("x.pdf", pdf), ("x.docx", docx)):
        data[flip % len(data)] ^= 0x5A
        path = tmp_path / name
        path.write_bytes(bytes(data[: len(data) - cut % len(data)]))
        try:
            assert all(isinstance(d, Document) for d in read_file(path))
        except InputError:
            pass


def test_a_nul_byte_far_into_a_text_file_makes_it_binary(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(b"plain words " * 2000 + b"\x00tail")
    with pytest.raises(InputError, match="binary file, expected text"):
        read_file(path)


def test_a_sidecar_given_on_its_own_is_refused_clearly(tmp_path):
    path = tmp_path / "doc.txt.meta.json"
    path.write_text(json.dumps({"title": "T"}))
    [error] = list(read_paths([path]))
    assert "is a metadata sidecar" in error.reason


def test_a_folder_given_to_read_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        read_file(tmp_path)


def test_the_shipped_example_corpus_reads_with_its_titles_and_dates():
    example = Path(__file__).resolve().parents[2] / "parley" / "data" / "example"
    if not (example / "docs").is_dir():
        pytest.skip("no example corpus shipped")
    items = list(read_paths([example / "docs"]))
    assert items and not [i for i in items if isinstance(i, InputError)]
    agree = total = 0
    for doc in items:
        gold = example / "gold" / f"{doc.name}.json"
        if gold.exists():
            source = json.loads(gold.read_text(encoding="utf-8"))["source"]
            date = doc.published.iso() if doc.published else None
            agree += int(doc.title == source["title"]) + int(date == source["date"])
            total += 2
    assert total and agree / total >= 0.9
