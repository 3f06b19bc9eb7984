"""Dates as other outlets write them: header lines, datelines, relative phrases, whose date is whose.

Every text here is our own writing; the publication dates are chosen so that each rule
can be checked against a calendar (2024-05-16 is a Thursday, 2024-03-05 a Tuesday).
"""

from __future__ import annotations

import pytest

from parley.core.dates import PartialDate
from parley.core.types import Document
from parley.extract import DocState
from parley.extract.dates import document_date
from parley.extract.dates_document import header_line_date
from parley.extract.dates_phrases import DateAnchor, find_phrases

BODY = "The envoys met again and agreed to continue the talks."


def doc_date(text: str, **metadata) -> tuple[str | None, str]:
    found, source = document_date(DocState(Document.from_text(text, **metadata)))
    return (found.iso() if found else None, source)


def said(extract, phrase: str, published: str) -> tuple[str | None, str]:
    result = extract(f"“We are ready for talks,” Kurvi Tasch said {phrase}.", published=published)
    [quote] = [q for q in result.quotes if q.direct]
    return (quote.date.iso() if quote.date else None, quote.date_source)


# -- the document's date from its leading lines ------------------------------------------------
@pytest.mark.parametrize(
    "line, iso",
    [
        ("16 November 2023", "2023-11-16"),
        ("Nov. 16, 2023", "2023-11-16"),
        ("16.11.2023", "2023-11-16"),
        ("2023/11/16", "2023-11-16"),
        ("16/11/2023", "2023-11-16"),
        ("11/16/2023 02:05 PM EST", "2023-11-16"),
        ("Thursday, 16 November 2023 14:05", "2023-11-16"),
        ("16 Nov 2023, 14:05 GMT", "2023-11-16"),
        ("14:05 | 16.11.2023", "2023-11-16"),
        ("Published: 16 November 2023", "2023-11-16"),
        ("Updated 17.11.2023 | Published 16.11.2023", "2023-11-16"),
        ("*Strelsau, 16 November 2023*", None),  # a place beside the date: a dateline, not a date line
    ],
)
def test_date_line_in_the_header(line, iso):
    assert doc_date(f"Envoys meet again\n\n{line}\n\n{BODY}")[0] == iso


def test_publication_line_beats_an_update_line_above_it():
    text = f"Envoys meet again\nUpdated 17 Nov 2023 09:10\nPublished 16 Nov 2023 14:05\n\n{BODY}"
    assert doc_date(text) == ("2023-11-16", "publication")


def test_only_an_update_date_is_used_when_there_is_nothing_else():
    assert doc_date(f"Envoys meet again\nLast updated 17 Nov 2023\n\n{BODY}") == ("2023-11-17", "publication")


@pytest.mark.parametrize(
    "text",
    [
        "Envoys meet again\n\nThe accord was signed on 10 November 2020 in the capital.\n\nMore text.",
        "The accord of 10 November 2020 still holds, the minister said on Thursday.",
        "Envoys meet again\n\nBy Ana Petrova\n\nOn 16 November 2023 the envoys met again.",
    ],
)
def test_a_date_in_a_body_sentence_is_not_the_publication_date(text):
    assert doc_date(text) == (None, "unknown")


def test_an_ambiguous_numeric_date_keeps_only_the_year():
    assert doc_date(f"Envoys meet again\n\n05/11/2023\n\n{BODY}") == ("2023", "publication")


def test_a_dateline_settles_an_ambiguous_numeric_date():
    text = f"Envoys meet again\n\n05/11/2023\n\nSTRELSAU, May 11 (Wire) - {BODY}"
    assert doc_date(text) == ("2023-05-11", "dateline")


# -- datelines -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "dateline",
    [
        "STRELSAU, November 16 (Wire) -",
        "STRELSAU, NOVEMBER 16, AGENCYPRESS.",
        "Strelsau, 16 November /NEWSWIRE/.",
        "Strelsau, 16 November, AGENCY",
        "UNITED PROVINCES, November 16. /NEWSWIRE/.",
    ],
)
def test_dateline_takes_the_year_of_the_file_name(dateline):
    text = f"Envoys meet again\n\n{dateline} {BODY}"
    assert doc_date(text, source_path="/corpus/envoys-2023.txt") == ("2023-11-16", "dateline")


def test_dateline_with_its_own_year():
    text = f"Envoys meet again\n\nSTRELSAU, November 16, 2023 (Wire) - {BODY}"
    assert doc_date(text) == ("2023-11-16", "dateline")


def test_dateline_refines_a_publication_year_or_month():
    text = f"Envoys meet again\n\nStrelsau, 16 November /NEWSWIRE/. {BODY}"
    assert doc_date(text, published=PartialDate(2023)) == ("2023-11-16", "dateline")
    assert doc_date(text, published=PartialDate(2023, 11)) == ("2023-11-16", "dateline")


def test_dateline_that_disagrees_with_the_metadata_is_not_used():
    text = f"Envoys meet again\n\nStrelsau, 16 November /NEWSWIRE/. {BODY}"
    assert doc_date(text, published=PartialDate(2023, 10)) == ("2023-10", "publication")


def test_dateline_without_any_year_gives_no_date():
    assert doc_date(f"Envoys meet again\n\nSTRELSAU, November 16 (Wire) - {BODY}") == (None, "unknown")


def test_dateline_day_within_a_file_name_month():
    text = f"Envoys meet again\n\nSTRELSAU, November 16 (Wire) - {BODY}"
    assert doc_date(text, source_path="envoys-2023-11.txt") == ("2023-11-16", "dateline")


@pytest.mark.parametrize(
    "metadata, expected",
    [
        ({"url": "https://wire.example/world/2023/11/16/envoys-meet-again"}, ("2023-11-16", "url")),
        ({"source_path": "/corpus/envoys-meet-2023-11-16.txt"}, ("2023-11-16", "source_path")),
        ({"source_path": "/corpus/envoys-meet-2023-11.txt"}, ("2023-11", "source_path")),
    ],
)
def test_url_or_file_name(metadata, expected):
    assert doc_date(f"Envoys meet again\n\n{BODY}", **metadata) == expected


def test_header_line_date_reads_only_date_lines():
    assert header_line_date("Posted 16.11.2023, 14:05 (UTC +04:00)") == PartialDate(2023, 11, 16)
    assert header_line_date("Signed on 16 November 2023 by both sides") is None


# -- relative phrases in the attribution -----------------------------------------------------
@pytest.mark.parametrize(
    "phrase, published, expected",
    [
        ("yesterday", "2024-05-16", "2024-05-15"),
        ("today", "2024-05-16", "2024-05-16"),
        ("last night", "2024-03-01", "2024-02-29"),
        ("on Thursday", "2024-05-16", "2024-05-16"),       # the same day
        ("on Tuesday", "2024-05-16", "2024-05-14"),
        ("on Friday", "2024-05-16", "2024-05-10"),         # the latest Friday before
        ("last Thursday", "2024-05-16", "2024-05-09"),
        ("Thursday", "2024-05-16", "2024-05-16"),          # "said Thursday"
        ("on 25 September", "2024-10-20", "2024-09-25"),
        ("on Sept. 25", "2024-10-20", "2024-09-25"),
        ("on Wednesday, 25 September", "2024-10-20", "2024-09-25"),
        ("on September 25, 2022", "2024-10-20", "2022-09-25"),
        ("on 25-26 September", "2024-10-20", "2024-09"),   # a range: its month, not its first day
        ("on September 25–26", "2024-10-20", "2024-09"),
        ("in late October", "2024-11-16", "2024-10"),
        ("at the end of October", "2024-11-16", "2024-10"),
        ("in mid-October", "2024-11-16", "2024-10"),
        ("in December", "2024-01-16", "2023-12"),          # after January: the year before
        ("on 30 December", "2024-01-16", "2023-12-30"),
        ("last month", "2024-01-16", "2023-12"),
        ("earlier this month", "2024-03-20", "2024-03"),
        ("in 2022", "2024-11-16", "2022"),
        ("last year", "2024-11-16", "2023"),
        ("this week", "2024-05-16", "2024-05"),            # 13-16 May: one month
        ("this week", "2024-03-02", "2024"),               # 26 February - 2 March: only the year
        ("last week", "2024-05-16", "2024-05"),            # 6-12 May
        ("last week", "2024-03-05", "2024"),               # 26 February - 3 March
        ("over the weekend", "2024-03-04", "2024-03"),     # 2-3 March
        ("two weeks ago", "2024-03-20", "2024-03"),        # 4-10 March
        ("three days ago", "2024-03-02", "2024-02-28"),
    ],
)
def test_phrase_in_the_attribution(extract, phrase, published, expected):
    assert said(extract, phrase, published) == (expected, "text")


@pytest.mark.parametrize(
    "phrase, published",
    [
        ("last week", "2025-01-06"),  # 30 December 2024 - 5 January 2025: no month, no year
        ("on Friday", "2024-05"),     # a weekday needs the publication day
        ("this week", "2024-05"),
    ],
)
def test_phrase_that_cannot_be_resolved_leaves_the_publication_date(extract, phrase, published):
    assert said(extract, phrase, published) == (published, "publication")


def test_phrases_resolve_against_a_dateline(pipeline):
    text = "Envoys meet again\n\nSTRELSAU, May 16 (Wire) - “We are ready for talks,” Kurvi Tasch said on Monday."
    result = pipeline.run(Document.from_text(text, source_path="envoys-2024.txt"))
    assert [(q.date.iso(), q.date_source) for q in result.quotes if q.direct] == [("2024-05-13", "text")]


def test_find_phrases_drops_a_phrase_inside_a_longer_one():
    found = find_phrases("He spoke on September 25-26 in the capital.")
    assert [(p.kind, p.match.group()) for p in found] == [("range", "on September 25-26")]


def test_anchor_without_a_day_resolves_months_but_not_weekdays():
    anchor = DateAnchor(PartialDate(2024, 5), 2024)
    resolved = [anchor.resolve(p) for p in find_phrases("He spoke on Monday and last month.")]
    assert resolved == [None, PartialDate(2024, 4)]


# -- which date phrase is the quote's --------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("“The accord is dead,” said Kurvi Tasch, who signed it on 10 November 2020, on Friday.", "2024-05-10"),
        ("“The accord is dead,” Kurvi Tasch said on Friday of the deal signed on 10 November 2020.", "2024-05-10"),
        ("On Tuesday, Kurvi Tasch told reporters: “We are ready for talks.”", "2024-05-14"),
        ("Speaking in Strelsau on Monday, Kurvi Tasch said: “We are ready for talks.”", "2024-05-13"),
        ("“We are ready for talks,” Kurvi Tasch said in a statement on Monday.", "2024-05-13"),
        ("“We are ready for talks,” Kurvi Tasch told reporters Tuesday.", "2024-05-14"),
        ("On Tuesday, Kurvi Tasch spoke to reporters in Strelsau.\n\n“We are ready for talks,” he said.", "2024-05-14"),
    ],
)
def test_the_attribution_date_is_the_quotes(extract, text, expected):
    dated = [(q.date.iso(), q.date_source) for q in extract(text, published="2024-05-16").quotes if q.direct]
    assert dated == [(expected, "text")]


def test_a_date_of_another_event_in_the_reported_clause_is_not_the_quotes(extract):
    text = "Kurvi Tasch said the talks that began on 3 May were “going well”."
    dated = [(q.date.iso(), q.date_source) for q in extract(text, published="2024-05-16").quotes if q.direct]
    assert dated == [("2024-05-16", "publication")]


def test_a_continuing_quote_takes_the_date_of_the_one_before(extract):
    text = (
        "“The first point is settled,” Kurvi Tasch said on Tuesday. "
        "“The second point will follow soon,” he added."
    )
    dated = [(q.date.iso(), q.date_source) for q in extract(text, published="2024-05-16").quotes if q.direct]
    assert dated == [("2024-05-14", "text"), ("2024-05-14", "previous_quote")]
