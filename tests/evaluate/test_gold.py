"""Reading answer keys and evaluation sets."""

from __future__ import annotations

import json

import pytest

from parley.core.dates import PartialDate
from parley.core.errors import InputError
from parley.evaluate import load_gold, load_gold_set

KEY = {
    "doc_id": "d1",
    "source": {"title": "T", "author": None, "affiliation": None, "outlet": "O", "date": "2023-10", "url": None},
    "perspective": "ruritania",
    "actors": ["ruritania", "borduria"],
    "quotes": [{"speaker": "K T", "speaker_actor": "borduria", "text": "We agree", "date": "2023-10-05"}],
    "positions": [{"actor": "borduria", "issue": "peace", "stance": "support", "evidence": "S.", "via": "quote"}],
}


def write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_gold(tmp_path):
    gold = load_gold(write(tmp_path / "d1.json", KEY))
    assert gold.doc_id == "d1" and gold.actors == ("ruritania", "borduria")
    assert gold.source.date == PartialDate(2023, 10)
    assert gold.quotes[0].date == PartialDate(2023, 10, 5) and gold.quotes[0].speaker_actor == "borduria"
    assert gold.positions[0].key == ("borduria", "peace", "support")


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", json.dumps({"quotes": [{"speaker": "x"}]})])
def test_bad_keys_name_the_file(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="bad.json"):
        load_gold(path)


def test_bad_date_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="d1.json"):
        load_gold(write(tmp_path / "d1.json", {**KEY, "quotes": [{"text": "x", "date": "Oct 2023"}]}))


def test_load_gold_set(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "codebook.yaml").write_text("name: x\n", encoding="utf-8")
    (tmp_path / "docs" / "d1.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "docs" / "more.jsonl").write_text("{}\n", encoding="utf-8")
    write(tmp_path / "gold" / "d1.json", KEY)
    write(tmp_path / "gold" / "d2.json", {**KEY, "doc_id": "d2"})
    gold_set = load_gold_set(tmp_path)
    assert sorted(gold_set.gold) == ["d1", "d2"]
    assert gold_set.document_path("d1").name == "d1.txt"
    assert gold_set.document_path("d2") is None
    assert [p.name for p in gold_set.files] == ["d1.txt", "more.jsonl"]


def test_not_a_set(tmp_path):
    with pytest.raises(InputError, match="codebook.yaml"):
        load_gold_set(tmp_path)
