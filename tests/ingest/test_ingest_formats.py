"""Each single-document reader: text, in-file metadata, sidecars and normalisation."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from ingest_builders import write_docx, write_encrypted_pdf, write_pdf

from parley.core import Document, InputError, PartialDate
from parley.ingest import read_file


def one(path: Path) -> Document:
    docs = read_file(path)
    assert len(docs) == 1
    return docs[0]


def test_plain_text_keeps_the_whole_text_and_reads_the_leading_block(tmp_path):
    text = "Talks resume in Brussels\n\nBy Jane Doe\n17 November 2021\n\nThe two sides met on Monday.\n"
    (tmp_path / "talks.txt").write_text(text)
    doc = one(tmp_path / "talks.txt")
    assert doc.text == text  # title and byline stay in the text: offsets are into the full file
    assert (doc.title, doc.author, doc.published) == ("Talks resume in Brussels", "Jane Doe", PartialDate(2021, 11, 17))
    assert (doc.name, doc.source_path, doc.language, doc.camp) == ("talks", str(tmp_path / "talks.txt"), "en", None)


def test_newlines_are_normalised_and_a_bom_is_accepted(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line\r\nsecond\rthird\r\n")
    assert one(path).text == "First line\nsecond\nthird\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
    path.write_bytes(bom + "Friede – peace\r\nnow".encode(encoding))
    assert one(path).text == "Friede – peace\nnow"


def test_markdown_front_matter_gives_metadata_and_is_left_out_of_the_text(tmp_path):
    path = tmp_path / "op-ed.md"
    path.write_text(
        "---\ntitle: A fair peace\nauthor: Jane Doe\naffiliation: Centre for Peace\n"
        "outlet: The Daily\ndate: 2023-10-05\ncamp: north\nurl: https://example.org/a\n---\n"
        "# Heading in the body\n\nThe text *as written*.\n"
    )
    doc = one(path)
    assert doc.text == "# Heading in the body\n\nThe text *as written*.\n"
    assert (doc.title, doc.author, doc.affiliation, doc.outlet) == ("A fair peace", "Jane Doe", "Centre for Peace", "The Daily")
    assert (doc.published, doc.url, doc.camp) == (PartialDate(2023, 10, 5), "https://example.org/a", "north")
    assert "front matter" in doc.camp_evidence


def test_markdown_without_front_matter_keeps_a_leading_rule(tmp_path):
    path = tmp_path / "rule.md"
    path.write_text("---\n\nJust text after a rule.\n")
    assert one(path).text == "---\n\nJust text after a rule.\n"


def test_markdown_heading_and_bold_byline_give_title_and_author(tmp_path):
    path = tmp_path / "paper.md"
    path.write_text("# Borders and Bridges\n\n**Ana Petrova**\n\nThe delimitation talks have moved on.\n")
    doc = one(path)
    assert (doc.title, doc.author) == ("Borders and Bridges", "Ana Petrova")


def test_sidecar_overrides_in_file_metadata(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: In-file title\nauthor: In-file author\n---\nBody text here.\n")
    (tmp_path / "note.md.meta.json").write_text(json.dumps({"title": "Sidecar title", "camp": "south", "published": "2022-03"}))
    doc = one(path)
    assert (doc.title, doc.author, doc.camp) == ("Sidecar title", "In-file author", "south")
    assert doc.published == PartialDate(2022, 3) and doc.published.precision == "month"
    assert "note.md.meta.json" in doc.camp_evidence


def test_yaml_sidecar_overrides_the_leading_block(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("Headline from the text\n\nNov 17 2021\n\nBody.\n")
    (tmp_path / "wire.txt.meta.yaml").write_text("title: Given title\nname: wire-item-7\ngenre: news\n")
    doc = one(path)
    assert (doc.title, doc.published, doc.name, doc.genre) == ("Given title", PartialDate(2021, 11, 17), "wire-item-7", "news")


HTML = """<html><head><title>Peace talks resume | The Daily</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2023-10-05">
<link rel="canonical" href="https://daily.example/peace"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<article><h1>Peace talks resume</h1>
<p>The two sides met in Brussels on Thursday to discuss the draft treaty. Officials said progress
had been made on several points of the border.</p>
<p>"We are ready," the minister said, adding that a deal could come within months.</p></article>
<footer>Copyright 2023 The Daily. All rights reserved.</footer></body></html>"""


def test_html_main_text_without_menus_and_footers_plus_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML)
    doc = one(path)
    assert "draft treaty" in doc.text and "We are ready" in doc.text
    assert "World news menu" not in doc.text and "All rights reserved" not in doc.text
    assert (doc.author, doc.outlet, doc.published, doc.url) == (
        "Jane Doe", "The Daily", PartialDate(2023, 10, 5), "https://daily.example/peace")
    assert doc.title.startswith("Peace talks resume")


def test_html_declared_charset_is_used_when_not_utf8(tmp_path):
    path = tmp_path / "old.htm"
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 talks on the border question went on all night.</p></body></html>'
    path.write_bytes(page.encode("cp1252"))
    assert "Café talks" in one(path).text


def test_pdf_text_and_info(tmp_path):
    info = {"Title": "Joint statement", "Author": "Jane Doe", "CreationDate": "D:20231005120000Z"}
    path = write_pdf(tmp_path / "statement.pdf", ["Joint statement", "The parties (both) agree."], info)
    doc = one(path)
    assert "The parties (both) agree." in doc.text
    assert (doc.title, doc.author, doc.published) == ("Joint statement", "Jane Doe", PartialDate(2023, 10, 5))


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"), "not a readable PDF"),
        (lambda p: p.write_bytes(b"Hello, I am not a PDF."), "no %PDF header"),
        (lambda p: write_pdf(p, []), "PDF has no extractable text (scanned?)"),
        (lambda p: write_encrypted_pdf(p, ["Secret text here"]), "encrypted"),
    ],
)
def test_bad_pdfs_are_input_errors_with_a_reason(tmp_path, make, reason):
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(InputError, match=rf"bad\.pdf: .*{re.escape(reason)}"):
        read_file(path)


def test_truncated_pdf_is_an_input_error(tmp_path):
    data = (write_pdf(tmp_path / "ok.pdf", ["Some words"])).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="cut.pdf"):
        read_file(path)


def test_docx_paragraphs_joined_by_blank_lines_and_core_properties(tmp_path):
    path = write_docx(tmp_path / "memo.docx", ["First paragraph.", "", "Second paragraph."],
                      title="Memo", author="Jane Doe", created=dt.datetime(2022, 9, 19, 8, 30))
    doc = one(path)
    assert doc.text == "First paragraph.\n\nSecond paragraph."
    assert (doc.title, doc.author, doc.published) == ("Memo", "Jane Doe", PartialDate(2022, 9, 19))


def test_docx_template_defaults_are_not_taken_for_metadata(tmp_path):
    path = write_docx(tmp_path / "plain.docx", ["Only words here."], author="python-docx")
    doc = one(path)
    assert (doc.author, doc.published) == (None, None)


def test_fake_docx_is_an_input_error(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("just text")
    with pytest.raises(InputError, match="fake.docx: not a valid DOCX"):
        read_file(path)


def test_size_limit_is_a_parameter(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 1000)
    assert read_file(path, max_bytes=10_000)
    with pytest.raises(InputError, match=r"too large: 0\.0 MB of text, limit 0\.001 MB"):
        read_file(path, max_bytes=1000)


def test_html_that_trafilatura_cannot_use_falls_back_to_the_body_text(tmp_path):
    path = tmp_path / "bare.html"
    path.write_text("Plain words saved with an .html name")
    assert one(path).text == "Plain words saved with an .html name"
