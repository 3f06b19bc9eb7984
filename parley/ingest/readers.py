"""One reader per single-document format: each returns the text and the file's own metadata.

Readers take a path and a text limit in bytes and return ``(text, layer)``, where
``layer`` holds what the file itself says about the document (front matter, HTML
meta, PDF info, DOCX core properties). They raise only :class:`InputError`: the
exceptions of the parsing libraries are wrapped with a reason.
"""

from __future__ import annotations

import logging
import re
import zipfile
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any, Callable, Iterator

from parley.core.errors import InputError, ParleyError

from .dates import parse_date_value
from .metadata import Layer, metadata_from_mapping
from .text import (
    MAX_FILE_BYTES,
    check_file_size,
    check_text_size,
    decode_text,
    normalise_newlines,
    read_bytes,
    require_text,
)

Reader = Callable[[Path, int], tuple[str, Layer]]
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<name>[\w.:-]+)""", re.IGNORECASE)
_HTML_NOISE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
_PDF_DATE = re.compile(r"^(?:D:)?(?P<year>\d{4})(?P<month>\d{2})?(?P<day>\d{2})?")
# Parsers warn about every damaged file on stderr; the InputError says it once. A NullHandler
# keeps Python's last-resort printing off while applications that configure logging still see them.
for _library in ("pypdf", "trafilatura", "htmldate", "courlan"):
    logging.getLogger(_library).addHandler(logging.NullHandler())
# python-docx's blank template carries these; they say nothing about the document.
_DOCX_TEMPLATE_AUTHOR = "python-docx"


@contextmanager
def library_errors(path: Path, what: str) -> Iterator[None]:
    """Turn any exception of a parsing library into an InputError saying ``what`` failed."""
    try:
        yield
    except ParleyError:
        raise
    except Exception as err:  # parsers of untrusted files raise all kinds of errors
        detail = " ".join(str(err).split())[:160] or type(err).__name__
        raise InputError(path, f"{what} ({detail})") from None


def read_plain(path: Path, max_bytes: int) -> tuple[str, Layer]:
    """A ``.txt`` file: all of its text, no in-file metadata."""
    check_file_size(path, max_bytes)
    text = decode_text(path, read_bytes(path, max_bytes))
    return require_text(path, text), {}


def read_markdown(path: Path, max_bytes: int) -> tuple[str, Layer]:
    """A ``.md`` file: the text after its YAML front matter, which gives the metadata."""
    text, _ = read_plain(path, max_bytes)
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    data = _front_matter(path, match["yaml"] or "")
    if not isinstance(data, dict):  # "---" was a rule, not front matter
        return text, {}
    body = require_text(path, text[match.end() :], "no text after the front matter")
    return body, metadata_from_mapping(path, data)


def _front_matter(path: Path, block: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(block)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""  # +1 for the '---' line
        problem = getattr(err, "problem", None) or "syntax error"
        raise InputError(path, f"front matter is not valid YAML{where}: {problem}") from None


def read_html(path: Path, max_bytes: int) -> tuple[str, Layer]:
    """An HTML page: its main text (no menus, navigation or footers) and its metadata."""
    data = read_bytes(path, MAX_FILE_BYTES, "HTML")
    html = decode_text(path, data, fallback=_declared_charset(data))
    require_text(path, html)
    text, layer = _trafilatura_text(path, html)
    if not text.strip():
        text, layer = _plain_html_text(path, html), layer or _html_title(path, html)
    text = require_text(path, normalise_newlines(text).strip(), "HTML has no text")
    check_text_size(path, text, max_bytes)
    return text, layer


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match["name"].decode("ascii", "replace") if match else None


def _trafilatura_text(path: Path, html: str) -> tuple[str, Layer]:
    import trafilatura  # imported late: loading it takes a while

    with library_errors(path, "HTML main text cannot be extracted"):
        found = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if found is None:
        return "", {}
    meta = {"title": found.title, "author": found.author, "date": found.date,
            "outlet": found.sitename, "url": found.url}
    return found.text or "", _lenient_layer(path, meta)


def _lenient_layer(path: Path, meta: dict[str, Any]) -> Layer:
    """Metadata a library guessed: a date it got wrong is dropped, not an error."""
    if meta.get("date") and parse_date_value(meta["date"]) is None:
        meta = {**meta, "date": None}
    return metadata_from_mapping(path, meta)


def _plain_html_text(path: Path, html: str) -> str:
    """Fallback: the body's text without scripts, styles, navigation, headers and footers."""
    import lxml.html

    with library_errors(path, "not readable HTML"):
        root = lxml.html.document_fromstring(html)
        for element in root.xpath("|".join(f"//{tag}" for tag in _HTML_NOISE)):
            element.drop_tree()
        body = root.find("body")
        text = (body if body is not None else root).text_content()
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _html_title(path: Path, html: str) -> Layer:
    match = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    return metadata_from_mapping(path, {"title": match.group(1)}) if match else {}


def read_pdf(path: Path, max_bytes: int) -> tuple[str, Layer]:
    """A PDF's text, page after page, and its info dictionary (/Title, /Author, /CreationDate)."""
    data = read_bytes(path, MAX_FILE_BYTES, "PDF")
    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "not a valid PDF (no %PDF header)")
    from pypdf import PdfReader

    with library_errors(path, "not a readable PDF (damaged or truncated?)"):
        reader = PdfReader(BytesIO(data))
        _unlock(path, reader)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = dict(reader.metadata or {})
    text = normalise_newlines("\n\n".join(page.strip("\n") for page in pages if page.strip()))
    text = require_text(path, text, "PDF has no extractable text (scanned?)")
    check_text_size(path, text, max_bytes)
    return text, _pdf_layer(path, info)


def _unlock(path: Path, reader: Any) -> None:
    """Open an encrypted PDF with the empty user password, as viewers do; else refuse it."""
    if reader.is_encrypted and not reader.decrypt(""):
        raise InputError(path, "PDF is encrypted (a password is needed to read it)")


def _pdf_layer(path: Path, info: dict[str, Any]) -> Layer:
    created = _PDF_DATE.match(str(info.get("/CreationDate") or ""))
    date = "-".join(part for part in created.groups() if part) if created else None
    meta = {"title": info.get("/Title"), "author": info.get("/Author"), "date": date}
    return _lenient_layer(path, {k: _pdf_string(v) for k, v in meta.items()})


def _pdf_string(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def read_docx(path: Path, max_bytes: int) -> tuple[str, Layer]:
    """A Word document's paragraphs (and table rows) joined by blank lines, and its core properties."""
    data = read_bytes(path, MAX_FILE_BYTES, "DOCX")
    if not zipfile.is_zipfile(BytesIO(data)):
        raise InputError(path, "not a valid DOCX (not a ZIP package)")
    import docx

    with library_errors(path, "not a readable DOCX"):
        document = docx.Document(BytesIO(data))
        blocks = [_docx_block(item) for item in document.iter_inner_content()]
        layer = _docx_layer(path, document.core_properties)
    text = normalise_newlines("\n\n".join(block for block in blocks if block.strip()))
    text = require_text(path, text, "DOCX has no text")
    check_text_size(path, text, max_bytes)
    return text, layer


def _docx_block(item: Any) -> str:
    if hasattr(item, "rows"):  # a table: one line per row, cells separated by tabs
        return "\n".join("\t".join(cell.text for cell in row.cells) for row in item.rows)
    return item.text


def _docx_layer(path: Path, properties: Any) -> Layer:
    if properties.author == _DOCX_TEMPLATE_AUTHOR:
        return metadata_from_mapping(path, {"title": properties.title})
    meta = {"title": properties.title, "author": properties.author, "date": properties.created}
    return metadata_from_mapping(path, meta)
