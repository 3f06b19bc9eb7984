"""Several processes writing one SQLite project (WAL, busy timeout, write transactions)."""

from __future__ import annotations

import multiprocessing

from parley.core import Document
from parley.store import Store


def _run_all(target, jobs) -> list[int]:
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=target, args=args) for args in jobs]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    return [w.exitcode for w in workers]


def _add_many(path: str, start: int) -> None:
    with Store.open(path) as store:
        for n in range(start, start + 25):
            store.add_document(Document.from_text(f"document number {n}", name=str(n)))


def test_two_processes_can_write_one_project(tmp_path):
    path = str(tmp_path / "shared.db")
    Store.open(path).close()
    assert _run_all(_add_many, [(path, 0), (path, 100)]) == [0, 0]
    with Store.open(path) as store:
        assert store.counts()["documents"] == 50
        assert len(store.search("document")) == 20


def _edit_one_source(path: str, writer: str) -> None:
    with Store.open(path) as store:
        for n in range(15):
            store.add_document(Document.from_text(f"edit {n} by {writer}", source_path="shared.txt"))


def test_versions_of_one_source_from_two_processes_form_one_chain(tmp_path):
    path = str(tmp_path / "shared.db")
    Store.open(path).close()
    assert _run_all(_edit_one_source, [(path, "ana"), (path, "ben")]) == [0, 0]
    with Store.open(path) as store:
        rows = list(store.rows("documents"))
    assert sorted(r["version"] for r in rows) == list(range(1, 31))
    assert sum(r["is_current"] for r in rows) == 1
    by_version = {r["version"]: r for r in rows}
    assert all(by_version[v]["supersedes"] == by_version[v - 1]["id"] for v in range(2, 31))
    assert by_version[30]["is_current"]


def test_a_reader_sees_the_data_while_another_connection_writes(tmp_path):
    path = tmp_path / "p.db"
    with Store.open(path) as writer, Store.open(path) as reader:
        writer.add_document(Document.from_text("first", name="a"))
        rows = reader.rows("documents")
        assert next(rows)["name"] == "a"  # an open read …
        writer.add_document(Document.from_text("second", name="b"))  # … does not block a write
        assert list(rows) == []
        assert [d.name for d in reader.documents()] == ["a", "b"]
