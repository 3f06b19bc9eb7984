"""dates.rules.v1: the document date and when each quote was said."""

from __future__ import annotations

import pytest
from extract_contract import ComponentContract

from parley.core.dates import PartialDate
from parley.core.types import Document
from parley.extract import DocState
from parley.extract.dates import document_date


class TestDatesContract(ComponentContract):
    component_name = "dates.rules.v1"


def dates(result):
    return [(q.date.iso() if q.date else None, q.date_source) for q in result.quotes if q.direct]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("on Friday", "2024-05-10"),        # 2024-05-16 is a Thursday
        ("on Thursday", "2024-05-16"),      # the same day counts
        ("last Thursday", "2024-05-09"),
        ("on May 3", "2024-05-03"),
        ("on 3 May", "2024-05-03"),
        ("on December 30", "2023-12-30"),   # after the publication date: the year before
        ("in early May", "2024-05"),
        ("in late October", "2023-10"),
        ("in March 2021", "2021-03"),
        ("yesterday", "2024-05-15"),
        ("last week", "2024-05"),
        ("last month", "2024-04"),
        ("two days ago", "2024-05-14"),
    ],
)
def test_date_phrases_in_the_attribution(extract, phrase, expected):
    result = extract(f"“We are ready for talks,” Kurvi Tasch said {phrase}.", published="2024-05-16")
    assert dates(result) == [(expected, "text")]


def test_no_phrase_takes_the_publication_date(extract):
    result = extract("“We are ready for talks,” Kurvi Tasch said.", published="2024-05-16")
    assert dates(result) == [("2024-05-16", "publication")]


def test_dates_inside_the_quote_are_ignored(extract):
    text = "“We stopped on September 20 and will stay,” Kurvi Tasch said on September 29."
    assert dates(extract(text, published="2023-10-02")) == [("2023-09-29", "text")]


def test_continuing_quote_takes_the_earlier_date(extract):
    text = (
        "“The first point is settled now,” Kurvi Tasch said in early October. "
        "“The second point will follow soon,” he added."
    )
    assert dates(extract(text, published="2023-11-20")) == [("2023-10", "text"), ("2023-10", "previous_quote")]


def test_another_speaker_does_not_continue_the_date(extract):
    text = (
        "“The first point is settled now,” Kurvi Tasch said in early October. "
        "“Nothing is settled at all,” Flavia Elphberg said."
    )
    assert dates(extract(text, published="2023-11-20"))[1] == ("2023-11-20", "publication")


def test_weekday_without_document_date_is_unknown(extract):
    assert dates(extract("“We are ready for talks,” Kurvi Tasch said on Friday.")) == [(None, "unknown")]


def test_undated_document_uses_the_latest_year_it_names(extract):
    text = "By the end of 2023 the talks resumed. “We are close,” Kurvi Tasch said on September 25."
    assert dates(extract(text)) == [("2023-09-25", "text")]


@pytest.mark.parametrize(
    "header, expected, source",
    [
        ("Talks resume\n\n06 November 2021 10:29 (UTC +04:00)\n\nBody.", "2021-11-06", "publication"),
        ("Talks resume\n\n2023-03-19 18:52:00\n\nBody.", "2023-03-19", "publication"),
        ("Talks resume\n\n04/28/2024 01:32 PM EDT\n\nBody.", "2024-04-28", "publication"),
        ("February 19, 2023\n\nBody.", "2023-02-19", "publication"),
        ("Agency, Ruritania\nNov 17 2021\n\nBody.", "2021-11-17", "publication"),
        ("Talks resume\n\nSTRELSAU, November 17. Body text from 2021 here.", "2021-11-17", "dateline"),
        ("Talks resume\n\nBody without any date.", None, "unknown"),
    ],
)
def test_document_date_from_the_leading_lines(header, expected, source):
    found, where = document_date(DocState(Document.from_text(header)))
    assert (found.iso() if found else None, where) == (expected, source)


def test_metadata_date_wins(extract):
    from parley.core.dates import PartialDate

    doc = Document.from_text("February 19, 2023\n\nBody.", published=PartialDate(2024, 1, 1))
    assert document_date(DocState(doc)) == (PartialDate(2024, 1, 1), "publication")


def test_date_inside_the_reported_clause_is_not_when_it_was_said(extract):
    text = 'Kurvi Tasch said the shelling near the village on Sunday showed "a lack of seriousness".'
    assert dates(extract(text, published="2025-03-06")) == [("2025-03-06", "publication")]


def test_date_of_the_speech_act_in_an_earlier_sentence(extract):
    text = (
        "Flavia Elphberg chairs the council. She spoke to the Herald on Monday, a day after the vote.\n\n"
        "“We are not a bargaining chip,” Elphberg said at the start of the conversation."
    )
    assert dates(extract(text, published="2025-03-19")) == [("2025-03-17", "text")]


# -- undated documents: sources of the year, honestly ---------------------------------------
def test_history_year_is_not_the_publication_year(extract):
    text = "The line follows the 1991 Alma Declaration. “We are close,” Kurvi Tasch said in late October."
    assert dates(extract(text)) == [(None, "unknown")]


def test_latest_time_year_of_the_text(extract):
    text = "The war ended in 2020. “We are close,” Kurvi Tasch said in late October."
    assert dates(extract(text)) == [("2020-10", "text")]


def test_future_year_is_not_the_publication_year(extract):
    text = (
        "The war ended in 2020. Szohod will sign a treaty by 2031. "
        "“We are close,” Kurvi Tasch said in late October."
    )
    assert dates(extract(text)) == [("2020-10", "text")]


@pytest.mark.parametrize(
    "metadata, expected, source",
    [
        ({"url": "https://news.example/en/2023/11/16/talks-9912"}, ("2023-11-16", "publication"), "url"),
        ({"source_path": "/corpus/herald-talks-2023-11.txt"}, ("2023-11", "publication"), "source_path"),
        ({"source_path": "/corpus/2023_11_16_talks.txt"}, ("2023-11-16", "publication"), "source_path"),
    ],
)
def test_date_from_url_or_file_name(pipeline, metadata, expected, source):
    text = "“We are close,” Kurvi Tasch said."
    doc = Document.from_text(text, **metadata)
    found, where = document_date(DocState(doc))
    assert where == source
    result = pipeline.run(doc)
    assert dates(result) == [expected]


def test_weekday_resolves_against_a_url_date(extract):
    text = "“We are close,” Kurvi Tasch said on Thursday."
    result = extract(text, url="https://news.example/2023/11/16/talks")
    assert dates(result) == [("2023-11-16", "text")]


def test_weekday_with_only_a_month_is_not_invented(extract):
    text = "“We are close,” Kurvi Tasch said on Thursday."
    assert dates(extract(text, source_path="talks-2023-11.txt")) == [("2023-11", "publication")]


def test_month_phrase_resolved_with_a_file_name_month(extract):
    text = "In late October, Kurvi Tasch said a deal would come “in the coming months”."
    assert dates(extract(text, source_path="talks-2023-11.txt")) == [("2023-10", "text")]


def test_file_name_date_older_than_the_text_is_ignored(extract):
    text = "Talks resumed in March 2024. “We are close,” Kurvi Tasch said."
    assert dates(extract(text, source_path="archive-2019-05.txt")) == [(None, "unknown")]


@pytest.mark.parametrize("path", ["tasch-2022-interview.txt", "/in/tasch_2022_interview.txt"])
def test_year_alone_in_a_file_name_anchors_day_and_month(extract, path):
    text = "“We are close,” Kurvi Tasch said on September 25."
    assert dates(extract(text, source_path=path)) == [("2022-09-25", "text")]


def test_dateline_takes_the_year_of_the_file_name(pipeline):
    doc = Document.from_text("Talks resume\n\nSTRELSAU, November 17. Body text.", source_path="x-2021.txt")
    assert document_date(DocState(doc)) == (PartialDate(2021, 11, 17), "dateline")
