"""Publication dates as outlets print them in a text's leading lines (our own made-up headers)."""

from __future__ import annotations

import pytest

from parley.core import PartialDate
from parley.ingest import leading_metadata
from parley.ingest.dates import date_line, labelled_date_line, numeric_month_day, parse_date_value

HEADLINE = "Envoys meet again in Strelsau"
BODY = "The envoys met again on Thursday and agreed to continue the talks next month."


def published(text: str) -> str | None:
    date = leading_metadata(text).get("published")
    return date.iso() if date else None


# Date lines as outlets print them, each under a headline and above the body.
@pytest.mark.parametrize(
    "line, iso",
    [
        ("16 November 2023", "2023-11-16"),
        ("November 16, 2023", "2023-11-16"),
        ("Nov. 16, 2023", "2023-11-16"),
        ("Nov 16 2023", "2023-11-16"),
        ("16th November, 2023", "2023-11-16"),
        ("16.11.2023", "2023-11-16"),
        ("2023-11-16", "2023-11-16"),
        ("2023/11/16", "2023-11-16"),
        ("16/11/2023", "2023-11-16"),        # 16 cannot be a month: day first
        ("11/16/2023", "2023-11-16"),        # 16 cannot be a month: month first
        ("16-11-2023", "2023-11-16"),
        ("05.11.2023", "2023-11-05"),        # dotted dates are written day-first
        ("05/11/2023 02:05 PM EDT", "2023-05-11"),  # US clock: month first
        ("05/11/2023", "2023"),              # ambiguous without a hint: only the year
        ("Thursday, 16 November 2023 14:05", "2023-11-16"),
        ("Thu 16 Nov 2023", "2023-11-16"),
        ("16 Nov 2023, 14:05 GMT", "2023-11-16"),
        ("16 November 2023 14:05 CET", "2023-11-16"),
        ("November 16, 2023 at 2:05 p.m. ET", "2023-11-16"),
        ("2023-11-16T14:05:00+04:00", "2023-11-16"),
        ("Thu, 16 Nov 2023 14:05:00 +0000", "2023-11-16"),
        ("14:05 | 16.11.2023", "2023-11-16"),
        ("16.11.2023 14.05", "2023-11-16"),
        ("Published: 16 November 2023", "2023-11-16"),
        ("Published on Thursday, November 16, 2023", "2023-11-16"),
        ("First published 16 Nov 2023", "2023-11-16"),
        ("Date published: 16/11/2023", "2023-11-16"),
        ("Publication date: 2023-11-16", "2023-11-16"),
        ("Posted 16.11.2023, 14:05 (UTC +04:00)", "2023-11-16"),
        ("Published 16 Nov 2023, updated 17 Nov 2023 10:00", "2023-11-16"),
        ("Updated: 17.11.2023 | Published: 16.11.2023", "2023-11-16"),
        ("Last updated 17 November 2023", "2023-11-17"),  # the only date there is
        ("November 2023", "2023-11"),
    ],
)
def test_date_line_under_a_headline(line, iso):
    assert published(f"{HEADLINE}\n\n{line}\n\n{BODY}") == iso


@pytest.mark.parametrize(
    "lines, iso",
    [
        ("Updated 17 Nov 2023 09:10\nPublished 16 Nov 2023 14:05", "2023-11-16"),
        ("Published 16 Nov 2023 14:05\nUpdated 17 Nov 2023 09:10", "2023-11-16"),
        ("Strelsau Herald\n16 November 2023", "2023-11-16"),
        ("By Ana Petrova\nThursday, 16 November 2023", "2023-11-16"),
    ],
)
def test_publication_date_beats_an_update_on_another_line(lines, iso):
    assert published(f"{HEADLINE}\n\n{lines}\n\n{BODY}") == iso


@pytest.mark.parametrize(
    "dateline, outlet, iso",
    [
        ("STRELSAU, November 16 (Wire) - The envoys met again on Thursday.", "Wire", None),
        ("STRELSAU, NOVEMBER 16, AGENCYPRESS. The envoys met again on Thursday.", "AGENCYPRESS", None),
        ("Strelsau, 16 November /NEWSWIRE/. The envoys met again on Thursday.", "NEWSWIRE", None),
        ("Strelsau, 16 November, AGENCY", "AGENCY", None),
        ("STRELSAU, November 16, 2023 (Wire) - The envoys met again on Thursday.", "Wire", "2023-11-16"),
        ("Strelsau, 16 November 2023 /NEWSWIRE/. The envoys met.", "NEWSWIRE", "2023-11-16"),
    ],
)
def test_datelines_give_the_outlet_and_only_a_date_with_a_year(dateline, outlet, iso):
    meta = leading_metadata(f"{HEADLINE}\n\n{dateline}\n\n{BODY}")
    assert meta.get("outlet") == outlet
    assert (meta["published"].iso() if "published" in meta else None) == iso


def test_a_dateline_without_a_year_keeps_the_date_line_above_it():
    text = f"{HEADLINE}\n\n14:05 | 16.11.2023\n\nSTRELSAU, November 16 (Wire) - {BODY}"
    assert published(text) == "2023-11-16"


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\n\nThe accord was signed on 10 November 2020 in the capital.\n\n16 November 2023",
        f"{HEADLINE}\n\nBy Ana Petrova\n\n{BODY} It was first signed on 10 November 2020.",
        "The accord of 10 November 2020 still holds, the minister said.",
        f"{HEADLINE}\n\nThe vote was on 5 May 2020.",
    ],
)
def test_body_dates_are_not_the_publication_date(text):
    assert published(text) is None


@pytest.mark.parametrize(
    "line",
    ["Strelsau, March 19", "The vote was on 5 May 2020.", "16 November 2023 17 November 2023",
     "16.11.2023 17.11.2023", "Published 16 Nov 2023 in the Herald", "02/30/2021"],
)
def test_lines_that_are_more_than_a_date(line):
    assert date_line(line) is None


def test_update_lines_are_labelled():
    assert labelled_date_line("Last updated 17.11.2023") == (PartialDate(2023, 11, 17), "updated")
    assert labelled_date_line("Published 16.11.2023") == (PartialDate(2023, 11, 16), "published")


@pytest.mark.parametrize(
    "first, second, separator, us_clock, expected",
    [(16, 11, "/", False, (11, 16)), (11, 16, "-", False, (11, 16)), (5, 11, ".", False, (11, 5)),
     (5, 11, "/", False, (None, None)), (5, 11, "/", True, (5, 11)), (7, 7, "/", False, (7, 7))],
)
def test_numeric_month_and_day(first, second, separator, us_clock, expected):
    assert numeric_month_day(first, second, separator, us_clock) == expected


@pytest.mark.parametrize(
    "value, expected",
    [("16/11/2023", PartialDate(2023, 11, 16)), ("05/11/2023", PartialDate(2023)),
     ("2023-11-16T14:05:00Z", PartialDate(2023, 11, 16)), ("Nov. 16, 2023", PartialDate(2023, 11, 16))],
)
def test_metadata_values_follow_the_same_rules(value, expected):
    assert parse_date_value(value) == expected
