"""Write the binary documents of the bundled example corpus from the text kept here.

    python scripts/make_example_binaries.py [target_docs_folder]

The example corpus (``parley/data/example``) is fictional and written for Parley.
Two of its documents are binary formats, so their source text lives in this
script and the files are regenerated from it byte for byte:

* ``haven-watch-displaced-statement.docx`` (python-docx; zip timestamps pinned)
* ``aurent-institute-commentary.pdf`` (a one-page PDF written by hand: Helvetica,
  WinAnsi encoding, one text stream, proper xref table; no extra dependency)

The answer keys' evidence sentences are checked against ``DOCX_DOC`` and
``PDF_DOC`` by ``tests/data/test_example_corpus.py``.
"""

from __future__ import annotations

import io
import sys
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

DEFAULT_TARGET = Path(__file__).resolve().parents[1] / "parley" / "data" / "example" / "docs"
PINNED_ZIP_TIME = (2025, 3, 12, 9, 0, 0)


@dataclass(frozen=True)
class SourceDoc:
    """The text of a binary document: header lines, then body paragraphs."""

    doc_id: str
    title: str
    header: tuple[str, ...]
    paragraphs: tuple[str, ...]
    author: str
    date: str

    def plain_text(self) -> str:
        """The text a reader should get back, paragraphs separated by blank lines."""
        return "\n\n".join([self.title, "\n".join(self.header), *self.paragraphs]) + "\n"


DOCX_DOC = SourceDoc(
    doc_id="haven-watch-displaced-statement",
    title="Brenna Valley: displaced families must be part of any peace deal",
    header=("Haven Watch", "Press statement", "12 March 2025"),
    author="Haven Watch",
    date="2025-03-12",
    paragraphs=(
        "Haven Watch calls on the negotiators meeting in Castelmar to put the right of return "
        "of people displaced from the Brenna Valley at the centre of any peace agreement.",
        "More than 30,000 people, most of them Kestreli and Tessarine villagers, fled the valley "
        "during and after the fighting of October 2023. Eighteen months later, fewer than 900 "
        "have been able to return, according to figures collected by Haven Watch researchers "
        "in both countries.",
        "“Return has to be voluntary, safe and unconditional,” said Clara Voss, Haven Watch’s "
        "director for the region. “A family should not have to change its passport to go back "
        "to its own house,” she added.",
        "Our researchers documented the demolition of at least forty houses in the village of "
        "Merrow after their owners fled. Haven Watch also found that the old cemetery at "
        "Dunmere was damaged by heavy machinery in January. The Velorian authorities have not "
        "responded to our requests for comment.",
        "Haven Watch calls on the Velorian authorities to protect the cemetery and to allow an "
        "independent assessment of the damage.",
        "Haven Watch urges the Velorian government to adopt the promised law on Tessarine "
        "language rights and to restore funding for the three Tessarine-language secondary "
        "schools it closed in 2024.",
        "We also call on the governments of Veloria and Kestrel to allow independent monitors "
        "into the valley. The monitoring mission proposed by the Organisation for Continental "
        "Cooperation would give displaced families the information they need to decide whether "
        "to go home.",
        "Haven Watch has documented displacement and return in the region since 2009.",
    ),
)

PDF_DOC = SourceDoc(
    doc_id="aurent-institute-commentary",
    title="A monitoring mission would freeze the Brenna conflict, not solve it",
    header=(
        "By Marta Quill, Senior Fellow, Aurent Institute for Strategic Studies",
        "Aurent Institute for Strategic Studies",
        "11 March 2025",
    ),
    author="Marta Quill",
    date="2025-03-11",
    paragraphs=(
        "The talks in Castelmar have started better than most observers expected. Both "
        "delegations stayed at the table, and the agenda agreed last week finally puts the "
        "border, the railway and the displaced on the same page. Veloria should now use this "
        "moment to close the remaining gaps and sign a peace treaty.",
        "The proposal of the Organisation for Continental Cooperation to send 200 monitors into "
        "the Brenna Valley is well meant, but it is the wrong answer. Monitoring missions have a "
        "habit of becoming permanent. Once foreign observers are stationed along a line, that "
        "line starts to look like a border, and the incentive to settle disappears. Veloria "
        "should decline the mission and offer instead a bilateral incident hotline between the "
        "two defence ministries.",
        "The railway is a different matter, because farmers on both sides have lost their "
        "markets since 2023. Aurent should offer to reopen the Brenna line on a fixed timetable "
        "as soon as the troops on the Corran Heights are pulled back.",
        "On the Tessarine question, Veloria has more to gain from generosity than from caution. "
        "Veloria should pass a law guaranteeing Tessarine schooling and local self-government; "
        "it would cost little and would answer critics abroad.",
        "Tarvik, for its part, insists on a right of return that would apply to everyone who "
        "lived in the valley at any point in the last century. A realistic arrangement would "
        "allow individual returns, with property claims settled by a joint commission.",
        "A peace treaty this year is possible. It requires both capitals to accept that the "
        "perfect settlement does not exist.",
    ),
)


def docx_bytes(doc: SourceDoc) -> bytes:
    """The document as .docx, with pinned metadata and zip times so builds are identical."""
    import datetime as dt

    import docx

    document = docx.Document()
    document.add_heading(doc.title, level=1)
    for line in doc.header:
        document.add_paragraph(line)
    for paragraph in doc.paragraphs:
        document.add_paragraph(paragraph)
    when = dt.datetime.fromisoformat(doc.date + "T09:00:00")
    props = document.core_properties
    props.title, props.author, props.last_modified_by = doc.title, doc.author, doc.author
    props.created = props.modified = when
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _pin_zip_times(buffer.getvalue())


def _pin_zip_times(data: bytes) -> bytes:
    """Rewrite a zip with fixed member times (python-docx stamps the current time)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=PINNED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


# --- PDF ----------------------------------------------------------------------------------
# Page geometry in points (A4). Lines are wrapped on spaces only, never hyphenated, so
# joining the extracted lines with spaces gives back the source sentences.
PAGE_W, PAGE_H, MARGIN = 595, 842, 64
BODY_SIZE, BODY_LEADING, WRAP = 10, 13, 88


def _pdf_string(text: str) -> str:
    """A PDF literal string in WinAnsi encoding (curly quotes and dashes included)."""
    raw = text.encode("cp1252")
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return "(" + escaped.decode("latin-1") + ")"


def _text_ops(doc: SourceDoc) -> list[str]:
    ops = ["BT", f"/F1 15 Tf 18 TL {MARGIN} {PAGE_H - MARGIN} Td"]
    ops += [f"{_pdf_string(line)} Tj T*" for line in textwrap.wrap(doc.title, 60)]
    ops.append(f"/F1 {BODY_SIZE} Tf {BODY_LEADING} TL T*")
    ops += [f"{_pdf_string(line)} Tj T*" for line in doc.header]
    for paragraph in doc.paragraphs:
        ops.append("T*")
        ops += [f"{_pdf_string(line)} Tj T*" for line in textwrap.wrap(paragraph, WRAP)]
    ops.append("ET")
    return ops


def pdf_bytes(doc: SourceDoc) -> bytes:
    """A minimal one-page PDF 1.4 whose text stream holds the document."""
    stream = "\n".join(_text_ops(doc)).encode("latin-1")
    info = (
        f"<< /Title {_pdf_string(doc.title)} /Author {_pdf_string(doc.author)} "
        f"/Producer (Parley make_example_binaries) "
        f"/CreationDate (D:{doc.date.replace('-', '')}090000Z) >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        info.encode("latin-1"),
    ]
    return _assemble_pdf(objects)


def _assemble_pdf(objects: list[bytes]) -> bytes:
    """Number the objects, write them with a cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def build(target: Path = DEFAULT_TARGET) -> list[Path]:
    """Write both binary documents into ``target``; returns the paths written."""
    target.mkdir(parents=True, exist_ok=True)
    written = [target / f"{DOCX_DOC.doc_id}.docx", target / f"{PDF_DOC.doc_id}.pdf"]
    written[0].write_bytes(docx_bytes(DOCX_DOC))
    written[1].write_bytes(pdf_bytes(PDF_DOC))
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TARGET):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
