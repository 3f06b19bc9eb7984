"""The bundled example corpus: every answer key agrees with its document and codebook.

The documents are read the way a reader sees them (front matter stripped, HTML main
text by trafilatura, DOCX paragraphs, PDF text by pypdf, JSONL records by ``id``),
independently of Parley's ingest layer, so a wrong key fails here rather than as a
low score.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

import parley
from parley.core.dates import PartialDate
from parley.core.types import STANCES, VIAS

REPO = Path(__file__).resolve().parents[2]
DATA = Path(parley.__file__).resolve().parent / "data"
EXAMPLE = DATA / "example"
GENERATOR = REPO / "scripts" / "make_example_binaries.py"
FORMATS = {"txt", "md", "html", "docx", "pdf", "jsonl"}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _strip_front_matter(text: str) -> str:
    match = re.match(r"^---\n.*?\n---\n", text, flags=re.S)
    return text[match.end():] if match else text


def _file_texts(path: Path) -> dict[str, tuple[str, str]]:
    """doc_id -> (reader-visible text, title) for one file of ``docs/``."""
    ext = path.suffix.lstrip(".")
    if ext == "jsonl":
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        return {r["id"]: (r["title"] + "\n\n" + r["text"], r["title"]) for r in records}
    if ext == "html":
        import trafilatura

        text = trafilatura.extract(path.read_text("utf-8"))
    elif ext == "docx":
        import docx

        text = "\n\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    elif ext == "pdf":
        import pypdf

        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    else:
        text = _strip_front_matter(path.read_text("utf-8"))
    return {path.stem: (text, _first_line(text))}


def _first_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.strip()).lstrip("# ").strip()


@lru_cache(maxsize=1)
def corpus() -> dict[str, tuple[str, str, str]]:
    """doc_id -> (text, title, format) for every document of the example."""
    docs: dict[str, tuple[str, str, str]] = {}
    for path in sorted((EXAMPLE / "docs").iterdir()):
        for doc_id, (text, title) in _file_texts(path).items():
            assert doc_id not in docs, f"doc id {doc_id} used twice"
            docs[doc_id] = (text, title, path.suffix.lstrip("."))
    return docs


@lru_cache(maxsize=1)
def golds() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted((EXAMPLE / "gold").glob("*.json"))}


@lru_cache(maxsize=1)
def codebook() -> dict:
    return yaml.safe_load((EXAMPLE / "codebook.yaml").read_text("utf-8"))


def _surface_forms(actor: dict) -> list[str]:
    keys = ("aliases", "members", "metonyms", "demonyms")
    return [actor["name"], *(form for key in keys for form in actor.get(key) or [])]


def _searchable(doc_id: str) -> str:
    """The text evidence is looked up in; PDF lines are wrapped, so whitespace is squashed."""
    text, _, fmt = corpus()[doc_id]
    return _squash(text) if fmt == "pdf" else text


def _quote_pieces(quote: str, text: str) -> int:
    """How many pieces of ``text``, joined by single spaces, make up ``quote`` (0: none do).

    Split quotes ("A," she said, "B") give 2; a quote over three paragraphs gives 3.
    """
    words, start, pieces = quote.split(" "), 0, 0
    while start < len(words):
        end = len(words)
        while end > start and " ".join(words[start:end]) not in text:
            end -= 1
        if end == start:
            return 0
        start, pieces = end, pieces + 1
    return pieces


def _starts_a_sentence(text: str, at: int) -> bool:
    """True when position ``at`` follows the start of the text, a line break or a full stop."""
    before = text[:at]
    return not before.strip() or before.endswith("\n") or bool(re.search(r"[.!?”\"]\s+$", before))


DOC_IDS = sorted(golds())


def test_every_document_has_an_answer_key_and_every_key_a_document():
    assert sorted(corpus()) == DOC_IDS
    for doc_id, gold in golds().items():
        assert gold["doc_id"] == doc_id


def test_corpus_shape_formats_camps_and_size():
    docs = corpus()
    assert 12 <= len(docs) <= 14
    assert {fmt for _, _, fmt in docs.values()} == FORMATS
    assert len({g["perspective"] for g in golds().values()}) >= 4
    for doc_id, (text, _, fmt) in docs.items():
        low = 80 if fmt == "jsonl" else 150
        assert low <= len(text.split()) <= 450, doc_id
    total = sum(p.stat().st_size for p in DATA.rglob("*") if p.is_file())
    assert total < 300_000


def test_jsonl_records_have_the_expected_fields():
    lines = (EXAMPLE / "docs" / "wire-briefs.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert len(records) == 2
    for record in records:
        assert {"id", "title", "outlet", "date", "text"} <= set(record)
        PartialDate.parse(record["date"])


def test_answer_keys_load_with_the_evaluation_reader():
    evaluate = pytest.importorskip("parley.evaluate")
    for doc_id in DOC_IDS:
        assert evaluate.load_gold(EXAMPLE / "gold" / f"{doc_id}.json").doc_id == doc_id


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_ids_and_choices_exist_in_the_codebook(doc_id):
    gold = golds()[doc_id]
    actor_ids = {a["id"] for a in codebook()["actors"]}
    issue_ids = {i["id"] for i in codebook()["issues"]}
    assert gold["perspective"] in actor_ids | {codebook()["sources"]["independent"]}
    assert set(gold["actors"]) <= actor_ids
    assert len(gold["actors"]) == len(set(gold["actors"]))
    for quote in gold["quotes"]:
        assert quote["speaker_actor"] in gold["actors"]
    for position in gold["positions"]:
        assert position["actor"] in gold["actors"]
        assert position["issue"] in issue_ids
        assert position["stance"] in STANCES and position["via"] in VIAS


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_perspective_follows_the_codebook_source_camps(doc_id):
    source, sources = golds()[doc_id]["source"], codebook()["sources"]
    camp = sources["affiliations"].get(source["affiliation"]) or sources["outlets"].get(source["outlet"])
    assert camp == golds()[doc_id]["perspective"]


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_quotes_occur_in_the_document(doc_id):
    text = _squash(corpus()[doc_id][0])
    for quote in golds()[doc_id]["quotes"]:
        words = quote["text"]
        assert words == words.strip() and words[-1] not in ",." and words[0] not in "\"“'‘"
        assert 1 <= _quote_pieces(words, text) <= 3, words
        assert quote["speaker"].split()[-1] in text


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_each_quote_is_listed_once(doc_id):
    texts = [q["text"].lower() for q in golds()[doc_id]["quotes"]]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_evidence_is_an_exact_body_sentence(doc_id):
    text, title = _searchable(doc_id), corpus()[doc_id][1]
    for position in golds()[doc_id]["positions"]:
        evidence = position["evidence"]
        assert evidence in text, evidence
        assert _starts_a_sentence(text, text.index(evidence)), evidence
        assert evidence not in title
        assert evidence[-1] in ".!?”\"", evidence


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_one_position_per_actor_issue_stance_and_via(doc_id):
    gold = golds()[doc_id]
    keys = [(p["actor"], p["issue"], p["stance"], p["via"]) for p in gold["positions"]]
    assert len(keys) == len(set(keys))
    for actor, _, _, via in keys:
        assert via != "author" or actor == gold["perspective"]


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_dates_are_partial_iso_dates_not_after_publication(doc_id):
    gold = golds()[doc_id]
    published = PartialDate.parse(gold["source"]["date"])
    for quote in gold["quotes"]:
        # ISO strings of any precision sort chronologically ("2025-03" <= "2025-03-07").
        assert PartialDate.parse(quote["date"]).iso() <= published.iso(), quote


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_every_listed_actor_is_named_in_the_text(doc_id):
    text = corpus()[doc_id][0]
    actors = {a["id"]: a for a in codebook()["actors"]}
    for actor_id in golds()[doc_id]["actors"]:
        forms = _surface_forms(actors[actor_id])
        assert any(re.search(rf"\b{re.escape(f)}\b", text) for f in forms), actor_id


def _generator():
    if not GENERATOR.exists():
        pytest.skip(f"{GENERATOR} is not part of this installation")
    spec = importlib.util.spec_from_file_location("make_example_binaries", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_binary_documents_are_reproducible_from_the_generator(tmp_path):
    generator = _generator()
    for built in generator.build(tmp_path):
        assert built.read_bytes() == (EXAMPLE / "docs" / built.name).read_bytes(), built.name


def test_binary_documents_give_back_the_generator_text():
    generator = _generator()
    pdf_text, _, _ = corpus()[generator.PDF_DOC.doc_id]
    assert _squash(pdf_text) == _squash(generator.PDF_DOC.plain_text())
    docx_text, _, _ = corpus()[generator.DOCX_DOC.doc_id]
    assert _squash(docx_text) == _squash(generator.DOCX_DOC.plain_text())
