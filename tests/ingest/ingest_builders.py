"""Small valid (and broken) PDF and DOCX files, built in the test's tmp_path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: list[str], info: dict[str, str] | None = None) -> bytes:
    """A one-page PDF (Helvetica text, one line per entry) with an optional info dictionary."""
    shown = " T* ".join(f"({_pdf_string(line)}) Tj" for line in lines)
    content = f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if info:
        entries = " ".join(f"/{key} ({_pdf_string(value)})" for key, value in info.items())
        objects.append(f"<< {entries} >>".encode("latin-1"))
    return _assemble(objects, has_info=bool(info))


def _assemble(objects: list[bytes], has_info: bool) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info = b" /Info %d 0 R" % len(objects) if has_info else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref)
    return bytes(out)


def write_pdf(path: Path, lines: list[str], info: dict[str, str] | None = None) -> Path:
    path.write_bytes(pdf_bytes(lines, info))
    return path


def write_encrypted_pdf(path: Path, lines: list[str], password: str = "secret") -> Path:
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf_bytes(lines))))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_docx(
    path: Path, paragraphs: list[str], title: str = "", author: str = "", created: dt.datetime | None = None
) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    properties = document.core_properties
    properties.title, properties.author = title, author
    if created:
        properties.created = created
    document.save(str(path))
    return path
