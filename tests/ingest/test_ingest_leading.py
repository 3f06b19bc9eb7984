"""The leading title/byline/date block and the date forms it reads (hand-written examples)."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.core import PartialDate
from parley.ingest import leading_metadata
from parley.ingest.dates import date_line, parse_date_value


def meta(text: str) -> dict:
    return {k: (v.iso() if isinstance(v, PartialDate) else v) for k, v in leading_metadata(text).items()}


@pytest.mark.parametrize(
    "line, iso",
    [
        ("2023-10-05", "2023-10-05"),
        ("17 November 2021", "2021-11-17"),
        ("Nov 17 2021", "2021-11-17"),
        ("February 19, 2023", "2023-02-19"),
        ("06 November 2021 10:29 (UTC +04:00)", "2021-11-06"),
        ("2023-03-19 18:52:00", "2023-03-19"),
        ("04/28/2024 01:32 PM EDT", "2024-04-28"),
        ("Published: Monday, 5 Oct. 2023", "2023-10-05"),
        ("October 2023", "2023-10"),
        ("2023", "2023"),
    ],
)
def test_date_lines_with_their_precision(line, iso):
    assert date_line(line).iso() == iso


@pytest.mark.parametrize("line", ["The vote was on 5 May 2020.", "Office of the Spokesperson", "02/30/2021", "Baku, March 19"])
def test_lines_that_are_not_only_a_date(line):
    assert date_line(line) is None


@pytest.mark.parametrize(
    "value, expected",
    [(dt.date(2022, 9, 19), PartialDate(2022, 9, 19)), (2021, PartialDate(2021)), ("5th of October 2023", PartialDate(2023, 10, 5)),
     ("2023 October 5", PartialDate(2023, 10, 5)), ("yesterday", None), ("", None), (None, None)],
)
def test_metadata_date_values(value, expected):
    assert parse_date_value(value) == expected


def test_title_byline_with_role_and_date():
    text = "Why the corridor matters\n\nJane Doe, Senior Fellow at the Caspian Policy Centre\n2023-10-05\n\nThe corridor is..."
    assert meta(text) == {"title": "Why the corridor matters", "author": "Jane Doe",
                          "affiliation": "Caspian Policy Centre", "published": "2023-10-05"}


def test_outlet_line_beside_the_date_line():
    text = "Envoy says talks go on\n\nWIRE, Northland\nNov 17 2021\n\nThe envoy said on Tuesday that talks go on."
    assert meta(text) == {"title": "Envoy says talks go on", "outlet": "WIRE", "published": "2021-11-17"}


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_date_first_then_title(gap):
    text = f"February 19, 2023{gap}Ministers meet in Munich\n\nThe ministers met today to advance the talks."
    assert meta(text) == {"published": "2023-02-19", "title": "Ministers meet in Munich"}


def test_lower_case_by_line_and_agency_dateline():
    assert meta("by Ana Petrova\n\nThe talks went on.") == {"author": "Ana Petrova"}
    text = "Talks go on, says minister\n\n2023-03-19 18:52:00\n\nCapital, March 19, AGENCY\n\n“Quote,” he said."
    assert meta(text)["outlet"] == "AGENCY"


def test_attribution_line_names_the_author_without_the_role():
    assert meta("As stated by Spokesperson John Q. Smith:\nThe Secretary spoke today.")["author"] == "John Q. Smith"


def test_markdown_heading_bold_name_and_footnote_role():
    text = ("# Borders and Bridges\n\n**Ana Petrova**\n\n*ana@example.org*\n\n---\n\n"
            "*\\* Lecturer, Head of Department of History, Northland University and Fellow at Some Forum*\n\nBody.")
    assert meta(text) == {"title": "Borders and Bridges", "author": "Ana Petrova", "affiliation": "Northland University"}


@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed on Monday after a long pause.",
        "SECRETARY SMITH:  Well, good afternoon, everyone.  I want to thank my colleagues.",
        "Armenian and Azerbaijani ministers met in Geneva, the ministry said in a statement on 5 May 2020.",
    ],
)
def test_body_text_gives_nothing(text):
    assert meta(text) == {}


def test_the_block_ends_at_the_first_body_line():
    text = "Headline here\n\nThe first paragraph is body text, ending with a stop.\n\nBy Late Name\n2021-01-01"
    assert meta(text) == {"title": "Headline here"}


def test_role_words_are_not_names():
    assert "author" not in meta("Headline here\n\nSecretary Blinken\n\nBody text follows here.")


def _dev_set():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "dev"
    if not (root / "docs").is_dir():
        pytest.skip(f"{root} is not available (../shared is absent)")
    for path in sorted((root / "docs").glob("*.txt")):
        gold = root / "gold" / f"{path.stem}.json"
        if gold.exists():
            yield path, json.loads(gold.read_text(encoding="utf-8"))["source"]


def test_leading_metadata_on_the_dev_documents_is_never_wrong():
    from parley.ingest import read_file

    found = wrong = 0
    for path, source in _dev_set():
        [doc] = read_file(path)
        for field, value in (("title", doc.title), ("author", doc.author), ("affiliation", doc.affiliation),
                             ("date", doc.published and doc.published.iso()), ("outlet", doc.outlet)):
            if value is None:
                continue
            found += 1
            expected = source.get(field) or ""
            wrong += not (value == expected or (field == "outlet" and expected.startswith(value)))
    assert wrong == 0
    assert found >= 15  # titles, dates, authors: most of what the leading lines say is read


def test_outlet_line_under_a_byline_even_when_it_looks_like_a_name():
    text = "Talks stall\n\nInterview by Jane Doe\nNorthland Courier\n7 March 2025\n\nThe minister said on Friday..."
    assert meta(text) == {"title": "Talks stall", "author": "Jane Doe", "outlet": "Northland Courier", "published": "2025-03-07"}


def test_a_name_shaped_line_beside_the_date_without_a_byline_is_left_alone():
    text = "Talks stall\n\nNorthland Courier\n7 March 2025\n\nThe minister said on Friday that talks stall."
    assert meta(text) == {"title": "Talks stall", "published": "2025-03-07"}


def test_a_body_sentence_with_a_role_word_gives_no_affiliation():
    text = ("Talks stall\n\nBy Jane Doe\n\nPresident Smith rejected the demand, calling it an attempt to win "
            "at the table what could not be won on the ground.")
    assert meta(text) == {"title": "Talks stall", "author": "Jane Doe"}
