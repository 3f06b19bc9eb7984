"""DNA 3 files: the sample round trip (skips without ../shared), fresh exports, errors."""

from __future__ import annotations

import base64
import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from parley.core import Actor, Codebook, Document, Issue, PartialDate, Position, Span
from parley.core.errors import InputError, ValidationError
from parley.ingest.dna import SCHEMA, dna_password_hash, read_dna, slug, write_dna

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="module")
def sample() -> Path:
    path = (SHARED / "interop" / "dna" / "sample.dna").resolve()
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    return path


def table_rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in SCHEMA}


def schema_of(path: Path) -> dict[str, str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))


def test_our_schema_is_exactly_dnas(sample):
    assert schema_of(sample) == SCHEMA


def test_sample_maps_to_parley_objects(sample):
    found = read_dna(sample)
    rows = table_rows(sample)
    assert len(found.documents) == len(rows["DOCUMENTS"]) == 7
    assert len(found.positions) == 40  # 41 statements, one is an "Annotation"
    sierra = next(a for a in found.codebook.actors if a.name == "Sierra Club")
    assert sierra.id == "sierra_club"
    first = found.positions[0]
    doc = next(d for d in found.documents if d.id == first.span.doc_id)
    assert (first.span.start, first.span.end) == (6351, 7213)
    assert first.speaker == "Joel Bluestein" and first.stance == "oppose"
    assert first.date == doc.published == PartialDate(2005, 1, 26)
    assert first.review_state == "accepted"
    json.dumps(found.extra)  # storable as a project setting


def test_sample_round_trip_keeps_every_document_statement_and_value(sample, tmp_path):
    found = read_dna(sample)
    extra = json.loads(json.dumps(found.extra))  # as it comes back from the store
    out = write_dna(tmp_path / "back.dna", found.documents, found.positions, found.codebook, extra)
    assert schema_of(out) == schema_of(sample)
    assert table_rows(out) == table_rows(sample)
    again = read_dna(out)
    assert again.positions == found.positions
    assert again.codebook.actors == found.codebook.actors
    assert again.codebook.issues == found.codebook.issues
    strip = lambda d: dataclasses.replace(d, source_path=None, name=None)  # noqa: E731
    assert [strip(d) for d in again.documents] == [strip(d) for d in found.documents]


def test_corrections_in_parley_reach_the_dna_file(sample, tmp_path):
    found = read_dna(sample)
    flipped = dataclasses.replace(found.positions[0], stance="support")
    doc = found.documents[0]
    added = Position(found.positions[0].actor, found.positions[1].issue, "oppose",
                     Span(doc.id, 10, 50), speaker="New Speaker")
    positions = (flipped, *found.positions[2:], added)  # the second statement was deleted
    out = write_dna(tmp_path / "edited.dna", found.documents, positions, found.codebook, found.extra)
    again = read_dna(out)
    assert set(again.positions) == {dataclasses.replace(p, review_state="accepted", date=doc.published,
                                                        extractor="dna.import.v1")
                                    if p is added else p for p in positions}
    rows = table_rows(out)
    assert len(rows["STATEMENTS"]) == len(table_rows(sample)["STATEMENTS"])  # -1 +1
    assert any(e[2] == "New Speaker" for e in rows["ENTITIES"])


def test_password_hash_matches_dnas_scheme(sample):
    with sqlite3.connect(f"file:{sample}?mode=ro", uri=True) as db:
        stored = db.execute("SELECT Password FROM CODERS WHERE Name = 'Admin'").fetchone()[0]
    salt = base64.b64decode(stored)[:16]
    assert dna_password_hash("sample", salt) == stored  # DNA's sample password is "sample"
    assert dna_password_hash("other", salt) != stored


def test_fresh_export_from_parley_objects(tmp_path):
    doc = Document.from_text("Baku wants the corridor. Yerevan refuses it.", title="Talks",
                             outlet="Wire", published=PartialDate(2023, 10, 5))
    book = Codebook("t", actors=(Actor("aze", "Azerbaijan"), Actor("arm", "Armenia")),
                    issues=(Issue("corridor", "The corridor should open."),))
    positions = [Position("aze", "corridor", "support", Span(doc.id, 0, 24), speaker="Aliyev"),
                 Position("arm", "corridor", "oppose", Span(doc.id, 25, 44))]
    out = write_dna(tmp_path / "fresh.dna", [doc], positions, book, password="secret")
    assert schema_of(out) == SCHEMA
    rows = table_rows(out)
    assert rows["DOCUMENTS"][0][1:4] == ("Talks", doc.text, 1)
    assert {e[2] for e in rows["ENTITIES"]} >= {"Azerbaijan", "Armenia", "The corridor should open.",
                                                  "Aliyev", ""}
    back = read_dna(out)
    assert {(p.actor, p.issue, p.stance, p.span) for p in back.positions} == {
        ("azerbaijan", "the_corridor_should_open", "support", positions[0].span),
        ("armenia", "the_corridor_should_open", "oppose", positions[1].span)}
    assert back.documents[0].published == doc.published and back.documents[0].outlet == "Wire"
    with pytest.raises(InputError, match="already exists"):
        write_dna(out, [doc], positions, book)


def test_positions_outside_the_written_documents_are_refused(tmp_path):
    doc = Document.from_text("Some words.")
    with pytest.raises(ValidationError, match="non-empty span"):
        write_dna(tmp_path / "x.dna", [doc], [Position("a", "x", "support", Span("other", 0, 3))])


def test_reading_something_else_fails_cleanly(tmp_path):
    with pytest.raises(InputError, match="no such"):
        read_dna(tmp_path / "missing.dna")
    junk = tmp_path / "junk.dna"
    junk.write_text("not sqlite at all " * 20)
    with pytest.raises(InputError, match="not a DNA 3 database"):
        read_dna(junk)
    empty = tmp_path / "empty.dna"
    sqlite3.connect(empty).execute("CREATE TABLE T(x)").connection.close()
    with pytest.raises(InputError, match="missing tables"):
        read_dna(empty)


def test_slug():
    assert slug("U.S. Public Interest Research Group") == "u_s_public_interest_research_group"
    assert slug("  ") == ""
