"""JSON Lines and CSV: one document per record; a bad record is an error beside the good ones."""

from __future__ import annotations

import json

import pytest

from parley.core import Document, InputError, PartialDate
from parley.ingest import read_file, read_items, read_paths


def write_jsonl(path, records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def test_jsonl_records_become_documents_with_their_metadata(tmp_path):
    path = write_jsonl(tmp_path / "wire.jsonl", [
        {"text": "North says yes.", "title": "Yes", "author": "A. Writer", "outlet": "Wire", "date": "2023-10-05",
         "url": "https://w.example/1", "language": "EN", "camp": "north", "genre": "news", "id": "wire-001"},
        {"text": "South says no.", "published": "November 2021", "affiliation": "Institute X"},
    ])
    first, second = read_file(path)
    assert (first.name, first.title, first.author, first.outlet, first.language) == ("wire-001", "Yes", "A. Writer", "Wire", "en")
    assert (first.published, first.url, first.camp, first.genre) == (PartialDate(2023, 10, 5), "https://w.example/1", "north", "news")
    assert (second.name, second.source_path, second.published) == ("wire-2", f"{path}#2", PartialDate(2021, 11))
    assert second.affiliation == "Institute X"


def test_a_bad_json_line_is_an_error_naming_the_line_and_the_rest_is_kept(tmp_path):
    path = write_jsonl(tmp_path / "mixed.jsonl", [{"text": "One."}, '{"text": "broken', {"title": "no text"}, {"text": "Four."}])
    items = read_items(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.text for d in docs] == ["One.", "Four."]
    assert [d.name for d in docs] == ["mixed-1", "mixed-4"]
    assert [e.path for e in errors] == [f"{path}:2", f"{path}:3"]
    assert "not valid JSON" in errors[0].reason and "no text" in errors[1].reason
    with pytest.raises(InputError, match=r"mixed\.jsonl:2: not valid JSON"):
        read_file(path)  # the strict reader raises the first bad record


def test_read_paths_yields_both_the_documents_and_the_record_errors(tmp_path):
    write_jsonl(tmp_path / "mixed.jsonl", [{"text": "One."}, "[1, 2]", {"text": "Three."}])
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert "expected a JSON object" in items[1].reason


def test_csv_records_with_metadata_columns_and_line_numbers(tmp_path):
    path = tmp_path / "items.csv"
    path.write_text(
        'id,Title,text,date,extra\n'
        'a1,First,"Line one\nline two",2023-10-05,x\n'
        'a2,Second,,2023-10-06,y\n'
        'a3,Third,Third text,17 November 2021,z\n'
    )
    items = read_items(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [(d.name, d.title, d.text) for d in docs] == [("a1", "First", "Line one\nline two"), ("a3", "Third", "Third text")]
    assert docs[1].published == PartialDate(2021, 11, 17)
    assert [e.path for e in errors] == [f"{path}:4"]  # the record starting after the two-line first record


def test_csv_with_semicolons_is_read(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text("title;text\nA;Some text, with a comma.\n")
    assert [d.text for d in read_file(path)] == ["Some text, with a comma."]


def test_csv_without_a_text_column_is_one_error_listing_the_columns(tmp_path):
    path = tmp_path / "cols.csv"
    path.write_text("title,body\nA,B\n")
    with pytest.raises(InputError, match=r"cols\.csv: CSV has no 'text' column \(columns: title, body\)"):
        read_file(path)


def test_a_bad_date_in_a_record_is_that_records_error(tmp_path):
    path = write_jsonl(tmp_path / "dates.jsonl", [{"text": "A.", "date": "soon"}, {"text": "B.", "date": "2020"}])
    items = read_items(path)
    assert isinstance(items[0], InputError) and "'soon' is not a date" in items[0].reason
    assert items[1].published == PartialDate(2020)


def test_a_sidecar_gives_defaults_to_every_record(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", [{"text": "A."}, {"text": "B.", "outlet": "Own"}])
    (tmp_path / "feed.jsonl.meta.json").write_text('{"outlet": "Feed outlet", "camp": "south"}')
    first, second = read_file(path)
    assert (first.outlet, second.outlet, second.camp) == ("Feed outlet", "Own", "south")
