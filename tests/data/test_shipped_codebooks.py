"""The codebooks shipped in ``parley/data``: well-formed, unambiguous, loadable.

Structure is checked with PyYAML and Parley's core types, so these tests do not
depend on the ingest layer; where ``parley.ingest.load_codebook`` exists, every
codebook must also load with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import parley
from parley.core.types import Actor, Codebook, Issue, check_identifier

REPO = Path(__file__).resolve().parents[2]
DATA = Path(parley.__file__).resolve().parent / "data"
CODEBOOKS = {
    "armenia-azerbaijan": DATA / "codebooks" / "armenia-azerbaijan.yaml",
    "starter-pax": DATA / "codebooks" / "starter-pax.yaml",
    "example": DATA / "example" / "codebook.yaml",
}
SHARED_DEV_CODEBOOK = REPO / ".." / "shared" / "eval" / "dev" / "codebook.yaml"
SURFACE_KEYS = ("aliases", "members", "metonyms", "demonyms")
ACTOR_KEYS = {"id", "name", "kind", "description", "camp", *SURFACE_KEYS}
ISSUE_KEYS = {"id", "label", "description", "keywords", "family", "poles"}


def _load(name: str) -> dict:
    return yaml.safe_load(CODEBOOKS[name].read_text("utf-8"))


def _surface_forms(actor: dict) -> list[str]:
    return [actor["name"], *(form for key in SURFACE_KEYS for form in actor.get(key) or [])]


def _families() -> set[str]:
    """The family vocabulary, defined by the starter codebook."""
    return {issue["family"] for issue in _load("starter-pax")["issues"]}


@pytest.mark.parametrize("name", sorted(CODEBOOKS))
def test_required_keys_and_no_unknown_keys(name):
    book = _load(name)
    check_identifier("codebook", book["name"])
    assert book["actors"] and book["issues"]
    for actor in book["actors"]:
        assert {"id", "name"} <= set(actor) <= ACTOR_KEYS, actor
    for issue in book["issues"]:
        assert set(issue) == ISSUE_KEYS, issue["id"]
        assert issue["keywords"] and len(issue["poles"]) == 2
        assert issue["family"] in _families(), issue["family"]


@pytest.mark.parametrize("name", sorted(CODEBOOKS))
def test_builds_core_codebook_with_unique_ids(name):
    book = _load(name)
    actors = tuple(
        Actor(**{k: tuple(v) if isinstance(v, list) else v for k, v in a.items()}) for a in book["actors"]
    )
    issues = tuple(
        Issue(**{k: tuple(v) if isinstance(v, list) else v for k, v in i.items()}) for i in book["issues"]
    )
    built = Codebook(name=book["name"], actors=actors, issues=issues, title=book.get("title"))
    assert len(built.actor_ids) == len(book["actors"])


@pytest.mark.parametrize("name", sorted(CODEBOOKS))
def test_no_surface_form_is_claimed_by_two_actors(name):
    owner: dict[str, str] = {}
    for actor in _load(name)["actors"]:
        for form in set(_surface_forms(actor)):
            key = form.casefold()
            assert owner.setdefault(key, actor["id"]) == actor["id"], f"{form!r} in {owner[key]} and {actor['id']}"


@pytest.mark.parametrize("name", sorted(CODEBOOKS))
def test_camps_and_sources_point_at_known_actors(name):
    book = _load(name)
    ids = {a["id"] for a in book["actors"]}
    independent = book["sources"]["independent"]
    for actor in book["actors"]:
        assert actor.get("camp", actor["id"]) in ids
    for table in ("outlets", "affiliations"):
        for source, camp in (book["sources"][table] or {}).items():
            assert camp in ids | {independent}, f"{table}: {source} -> {camp}"


@pytest.mark.parametrize("name", sorted(CODEBOOKS))
def test_loads_with_the_ingest_loader(name):
    ingest = pytest.importorskip("parley.ingest")
    if not hasattr(ingest, "load_codebook"):
        pytest.skip("parley.ingest.load_codebook is not available yet")
    book = ingest.load_codebook(CODEBOOKS[name])
    raw = _load(name)
    assert book.actor_ids == tuple(a["id"] for a in raw["actors"])
    assert book.issue_ids == tuple(i["id"] for i in raw["issues"])


def test_starter_has_placeholder_roles_and_several_issues_per_family():
    book = _load("starter-pax")
    roles = {"party_a", "party_b", "mediator", "guarantor", "civil_society", "displaced_population"}
    assert {a["id"] for a in book["actors"]} == roles
    per_family: dict[str, int] = {}
    for issue in book["issues"]:
        per_family[issue["family"]] = per_family.get(issue["family"], 0) + 1
    assert len(per_family) >= 10
    assert min(per_family.values()) >= 2


def test_armenia_azerbaijan_covers_the_shared_dev_codebook():
    if not SHARED_DEV_CODEBOOK.exists():
        pytest.skip(f"{SHARED_DEV_CODEBOOK} is not available (../shared is absent)")
    dev = yaml.safe_load(SHARED_DEV_CODEBOOK.read_text("utf-8"))
    ours = {a["id"]: a for a in _load("armenia-azerbaijan")["actors"]}
    assert {i["id"] for i in dev["issues"]} <= {i["id"] for i in _load("armenia-azerbaijan")["issues"]}
    for actor in dev["actors"]:
        assert actor["id"] in ours, actor["id"]
        forms = {f.casefold() for f in _surface_forms(ours[actor["id"]])}
        for form in _surface_forms(actor):
            assert form.casefold() in forms, f"{actor['id']}: {form}"
