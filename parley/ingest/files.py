"""Files and folders to documents: the reader for each suffix, metadata merged by priority.

Metadata priority: a sidecar file (``<file>.meta.json`` / ``.meta.yaml``) over the
file's own metadata over its leading title/byline/date block. ``Document.text``
is always the whole text (only Markdown front matter is left out), so offsets
into it are offsets into what the author wrote.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from parley.core.errors import InputError
from parley.core.types import Document

from .leading import leading_metadata
from .metadata import build_document, is_sidecar, merge_layers, read_sidecar
from .readers import Reader, read_docx, read_html, read_markdown, read_pdf, read_plain
from .records import read_csv, read_jsonl
from .text import MAX_TEXT_BYTES

Item = Document | InputError
_SINGLE: dict[str, Reader] = {
    ".txt": read_plain, ".text": read_plain,
    ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
_RECORDS = {".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv}
#: Every suffix a reader exists for (lower case).
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted({**_SINGLE, **_RECORDS}))


def read_file(path: str | Path, max_bytes: int = MAX_TEXT_BYTES) -> list[Document]:
    """The documents of one file (one, or one per record); any bad input raises InputError.

    A record file with a bad record raises that record's error (naming ``file:line``);
    use :func:`read_items` or :func:`read_paths` to keep the good records.

    >>> import tempfile, pathlib
    >>> note = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
    >>> _ = note.write_text("Talks resume\\n\\nBy Jane Doe\\n\\nThe two sides met.")
    >>> [(d.name, d.title, d.author) for d in read_file(note)]
    [('note', 'Talks resume', 'Jane Doe')]
    """
    items = read_items(path, max_bytes)
    errors = [item for item in items if isinstance(item, InputError)]
    if errors:
        raise errors[0]
    return [item for item in items if isinstance(item, Document)]


def read_items(path: str | Path, max_bytes: int = MAX_TEXT_BYTES) -> list[Item]:
    """The documents of one file, with an InputError in place of each bad record.

    An error with the whole file (missing, unsupported, undecodable…) is raised.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file or folder")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file (read folders with read_paths)")
    if is_sidecar(path):
        raise InputError(path, "is a metadata sidecar; it is read with the file it describes")
    suffix = path.suffix.lower()
    if suffix in _RECORDS:
        return _RECORDS[suffix](path, max_bytes, read_sidecar(path))
    if suffix not in _SINGLE:
        raise InputError(path, _unsupported(suffix))
    return [_single_document(path, _SINGLE[suffix], max_bytes)]


def _unsupported(suffix: str) -> str:
    kind = f"'{suffix}'" if suffix else "(no suffix)"
    return f"unsupported file type {kind}; supported: {', '.join(SUPPORTED_SUFFIXES)}"


def _single_document(path: Path, reader: Reader, max_bytes: int) -> Document:
    text, own = reader(path, max_bytes)
    sidecar = read_sidecar(path)
    own_label = "front matter" if reader is read_markdown else "file's metadata"
    layers = ([sidecar] if sidecar else []) + [(own_label, own), ("leading lines", leading_metadata(text))]
    return build_document(text, merge_layers(layers), name=path.stem, source_path=str(path))


def read_paths(paths: Iterable[str | Path], max_bytes: int = MAX_TEXT_BYTES) -> Iterator[Item]:
    """Documents from files and folders (recursively, in sorted order), errors yielded, not raised.

    Hidden files and folders, metadata sidecars and editor lock files (``~$…``) in
    folders are skipped. Each bad file or record yields one InputError, so the caller
    can go on and count failures.
    """
    for given in paths:
        for found in _files(Path(given)):
            if isinstance(found, InputError):
                yield found
                continue
            try:
                yield from read_items(found, max_bytes)
            except InputError as err:
                yield err


def _files(path: Path) -> Iterator[Path | InputError]:
    if not path.exists():
        yield InputError(path, "no such file or folder")
    elif path.is_dir():
        yield from _folder_files(path)
    else:
        yield path


def _folder_files(folder: Path) -> Iterator[Path | InputError]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as err:
        yield InputError(folder, f"cannot read folder ({err.strerror or err})")
        return
    for entry in entries:
        path = folder / entry.name
        if _skipped(path):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _folder_files(path)
        elif entry.is_file():
            yield path


def _skipped(path: Path) -> bool:
    return path.name.startswith((".", "~$")) or is_sidecar(path)
