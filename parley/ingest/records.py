"""Record files: ``.jsonl`` and ``.csv``, one document per record.

Each record has a ``text`` field plus metadata fields (title, author,
affiliation, outlet, date/published, url, language, camp, genre, id/name). A bad
record becomes an :class:`InputError` naming ``file:line`` *in the list*, beside
the documents of the good records, so one bad line never loses the others.
A sidecar's metadata applies to every record, under the record's own fields.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterator, Mapping

from parley.core.errors import InputError
from parley.core.types import Document

from .leading import leading_metadata
from .metadata import Layer, build_document, merge_layers, metadata_from_mapping
from .text import MAX_FILE_BYTES, check_text_size, decode_text, normalise_newlines, read_bytes, require_text

Item = Document | InputError
_DELIMITERS = ",;\t|"


def read_jsonl(path: Path, max_bytes: int, sidecar: tuple[str, Layer] | None = None) -> list[Item]:
    """The documents (and record errors) of a JSON Lines file."""
    text = _record_file_text(path)
    return list(_documents(path, _json_records(path, text), max_bytes, sidecar))


def read_csv(path: Path, max_bytes: int, sidecar: tuple[str, Layer] | None = None) -> list[Item]:
    """The documents (and record errors) of a CSV file with a header row and a ``text`` column."""
    text = _record_file_text(path)
    items = list(_documents(path, _csv_records(path, text, max_bytes), max_bytes, sidecar))
    if not items:
        raise InputError(path, "CSV has a header row but no records")
    return items


def _record_file_text(path: Path) -> str:
    return require_text(path, decode_text(path, read_bytes(path, MAX_FILE_BYTES, "records")))


def _json_records(path: Path, text: str) -> Iterator[tuple[int, Mapping[str, Any] | InputError]]:
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{line_number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield line_number, InputError(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield line_number, InputError(where, "expected a JSON object with a 'text' field")
            continue
        yield line_number, record


def _csv_records(path: Path, text: str, max_bytes: int) -> Iterator[tuple[int, Mapping[str, Any] | InputError]]:
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))  # long texts in one cell are normal
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_dialect(text))
    columns = [str(c).strip() for c in (reader.fieldnames or []) if c is not None]
    if "text" not in (c.lower() for c in columns):
        listed = ", ".join(columns) or "none"
        raise InputError(path, f"CSV has no 'text' column (columns: {listed})")
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield start, InputError(f"{path}:{start}", f"bad CSV row ({err})")
            return  # the reader cannot go on after a broken row
        yield start, {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        start = reader.line_num + 1


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel


def _documents(path: Path, records, max_bytes: int, sidecar: tuple[str, Layer] | None) -> Iterator[Item]:
    for number, (line_number, record) in enumerate(records, start=1):
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield _record_document(path, number, line_number, record, max_bytes, sidecar)
        except InputError as err:
            yield err


def _record_document(
    path: Path, number: int, line_number: int, record: Mapping[str, Any], max_bytes: int,
    sidecar: tuple[str, Layer] | None,
) -> Document:
    where = f"{path}:{line_number}"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "record has no text (expected a non-empty 'text' field)")
    text = normalise_newlines(text)
    check_text_size(where, text, max_bytes)
    own = metadata_from_mapping(where, {k: v for k, v in record.items() if k != "text"})
    layers = [("record", own)] + ([sidecar] if sidecar else []) + [("leading lines", leading_metadata(text))]
    return build_document(text, merge_layers(layers), name=f"{path.stem}-{number}", source_path=f"{path}#{number}")
