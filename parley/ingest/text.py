"""Bytes to clean text: decoding, binary and size checks, newline normalisation.

Every check raises :class:`InputError` with a reason a person can act on.

>>> decode_text("notes.txt", "\\ufeffPeace\\r\\nnow".encode("utf-8"))
'Peace\\nnow'
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from parley.core.errors import InputError

#: Largest text one document may have, in bytes (``read_file(..., max_bytes=)`` overrides it).
MAX_TEXT_BYTES = 10_000_000
#: Largest file a reader loads at all (PDF, DOCX and record files hold more than text).
MAX_FILE_BYTES = 200_000_000
_BINARY_SAMPLE = 8192
_CONTROL_RATIO = 0.10  # share of control bytes above which a file is binary, not text
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


def megabytes(size: int) -> str:
    """A byte count as MB for messages: ``megabytes(52_400_000) == '52.4 MB'``."""
    return f"{size / 1_000_000:.1f} MB"


def limit_label(limit: int) -> str:
    """A limit as MB without needless decimals: ``'10 MB'``."""
    return f"{limit / 1_000_000:g} MB"


def too_large(size: int, limit: int, what: str = "text") -> str:
    """The reason for a file or text over its limit."""
    return f"too large: {megabytes(size)} of {what}, limit {limit_label(limit)}"


def check_file_size(path: str | Path, limit: int, what: str = "text") -> None:
    """Refuse a file over ``limit`` bytes before reading it (stat only, so it is fast)."""
    try:
        size = os.stat(path).st_size
    except OSError as err:
        raise InputError(path, f"cannot read file ({err.strerror or err})") from None
    if size > limit:
        raise InputError(path, too_large(size, limit, what))


def check_text_size(path: str | Path, text: str, limit: int) -> None:
    """Refuse text whose UTF-8 form is over ``limit`` bytes."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise InputError(path, too_large(size, limit))


def read_bytes(path: str | Path, limit: int = MAX_FILE_BYTES, what: str = "data") -> bytes:
    """The bytes of a file, refusing files over ``limit``; OS errors become InputError."""
    check_file_size(path, limit, what)
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read file ({err.strerror or err})") from None


def decode_text(path: str | Path, data: bytes, fallback: str | None = None) -> str:
    """UTF-8 (a BOM is accepted) or BOM-marked UTF-16 to text with ``\\n`` newlines.

    ``fallback`` is an encoding to try when the bytes are not UTF-8 (an HTML
    page's declared charset). Binary and undecodable data are refused.
    """
    if data.startswith(_UTF16_BOMS):
        return normalise_newlines(_decode_utf16(path, data))
    check_not_binary(path, data)
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return normalise_newlines(data[bom:].decode("utf-8"))
    except UnicodeDecodeError as err:
        reason = f"not UTF-8 text (undecodable bytes at offset {err.start + bom})"
        if fallback:
            return normalise_newlines(_decode_fallback(path, data, fallback, reason))
        raise InputError(path, reason) from None


def _decode_utf16(path: str | Path, data: bytes) -> str:
    try:
        return data.decode("utf-16")  # the BOM tells the byte order; it is dropped
    except UnicodeDecodeError as err:
        raise InputError(path, f"not UTF-16 text despite its byte-order mark (bad bytes at offset {err.start})") from None


def _decode_fallback(path: str | Path, data: bytes, encoding: str, reason: str) -> str:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        raise InputError(path, f"{reason}; the declared charset {encoding!r} fails too") from None


def check_not_binary(path: str | Path, data: bytes) -> None:
    """Refuse data with NUL bytes or many control characters (images, archives, executables)."""
    sample = data[:_BINARY_SAMPLE]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if b"\x00" in data or (sample and controls / len(sample) > _CONTROL_RATIO):
        raise InputError(path, "binary file, expected text")


def normalise_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r`` and Unicode line separators become ``\\n``."""
    return _NEWLINES.sub("\n", text)


def require_text(path: str | Path, text: str, what: str = "empty file") -> str:
    """Refuse empty or whitespace-only text."""
    if not text.strip():
        raise InputError(path, what)
    return text
