"""The codebook loader: the mapping into core types, and every validation error with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.core import CodebookError
from parley.ingest import codebook_from_text, load_codebook

BASE = """\
name: demo
title: Demo peace process
actors:
  - id: north
    name: North
    kind: state
    aliases: [Northern government, Nordville]
    members: [Ann Leader]
    metonyms: [Nordburg]
    demonyms: [Northern]
  - id: south
    name: South
    kind: community
    camp: north
    description: The southern community
issues:
  - id: treaty
    label: Sign a peace treaty
    keywords: [treaty, agreement]
    family: Peace process
    poles: [no treaty, full treaty]
sources:
  independent: independent
  outlets: {"North Times": north, "Free Press": independent}
  affiliations:
    South Institute: south
"""


def error_of(text: str) -> CodebookError:
    with pytest.raises(CodebookError) as caught:
        codebook_from_text(text, "book.yaml")
    return caught.value


def test_the_base_codebook_maps_into_core_types():
    book = codebook_from_text(BASE, "book.yaml")
    north, south = book.actors
    assert (book.name, book.title, book.source_path) == ("demo", "Demo peace process", "book.yaml")
    assert north.aliases == ("Northern government", "Nordville") and north.members == ("Ann Leader",)
    assert (north.metonyms, north.demonyms, north.kind) == (("Nordburg",), ("Northern",), "state")
    assert (south.side, south.description, south.kind) == ("north", "The southern community", "community")
    [treaty] = book.issues
    assert (treaty.keywords, treaty.family, treaty.poles) == (("treaty", "agreement"), "Peace process", ("no treaty", "full treaty"))
    assert book.outlet_camps == (("North Times", "north"), ("Free Press", "independent"))
    assert book.affiliation_camps == (("South Institute", "south"),)


def test_text_values_are_read_as_written():
    book = codebook_from_text(BASE.replace("[Ann Leader]", "[No, 1991, Ann Leader]"), "b.yaml")
    assert book.actor("north").members == ("No", "1991", "Ann Leader")


@pytest.mark.parametrize(
    "old, new, line, message",
    [
        ("title: Demo peace process", "title: [unclosed", 3, "YAML syntax error"),
        ("name: demo\n", "", 1, "the codebook is missing the required key 'name'"),
        ("    name: North\n", "", 4, "an actor is missing the required key 'name'"),
        ("    label: Sign a peace treaty\n", "", 17, "an issue is missing the required key 'label'"),
        ("    kind: state", "    kind: state\n    colour: red", 7, "unknown key 'colour' in an actor; allowed: aliases, camp, demonyms,"),
        ("title: Demo", "tittle: Demo", 2, "unknown key 'tittle' in the codebook; allowed: actors, issues, name, sources, title"),
        ("    kind: state", "    kind: country", 6, "kind of actor 'north' must be one of state, organisation"),
        ("    members: [Ann Leader]", "    members: Ann Leader", 8, "members of actor 'north' must be a list of texts"),
        ("  - id: south", "  - id: north", 11, "duplicate actor id 'north' (first at line 4)"),
        ("    label: Sign a peace treaty", "    label: Sign\n  - id: treaty\n    label: Again", 19, "duplicate issue id 'treaty' (first at line 17)"),
        ("    description: The southern", "    aliases: [nordville]\n    description: The southern", 15, "'nordville' names two actors: 'north' (line 7) and 'south'"),
        ("    camp: north", "    camp: east", 14, "camp 'east' of actor 'south' is not an actor id"),
        ("  outlets: {\"North Times\": north", "  outlets: {\"North Times\": west", 24, "camp 'west' of 'North Times' in sources: outlets is not an actor id"),
        ("    South Institute: south", "    South Institute: nobody", 26, "in sources: affiliations is not an actor id"),
        ("  - id: north", "  - id: North Side", 4, "actor id must be a lower-case slug"),
        ("    poles: [no treaty, full treaty]", "    poles: [only one]", 21, "poles of issue 'treaty' must be two labels"),
        ("    name: South\n", "    name: South\n    name: Other\n", 13, "duplicate key 'name' in an actor (first at line 12)"),
        ("  affiliations:\n    South Institute: south\n", "  affiliations: [South Institute]\n", 25, "sources: affiliations must be a mapping"),
        ("name: demo", "name: Demo Book", 1, "the codebook name must be a lower-case slug"),
        ("    South Institute: south", "    South Institute: south\n    South Institute: north", 27, "'South Institute' is listed twice"),
        ("actors:\n", "actors:\n  - id: east\n    name: East\n    members: [ann leader]\n", 11, "'Ann Leader' names two actors: 'east' (line 6) and 'north'"),
    ],
)
def test_each_error_names_the_line_and_what_was_expected(old, new, line, message):
    assert old in BASE
    error = error_of(BASE.replace(old, new, 1))
    assert message in error.reason
    assert error.line == line
    assert str(error).startswith(f"book.yaml:{line}: ")


def test_empty_actor_and_issue_lists():
    text = BASE.split("actors:")[0] + "actors: []\nissues:\n  - {id: t, label: T}\n"
    error = error_of(text)
    assert (error.line, error.reason) == (3, "actors must be a non-empty list")
    error = error_of(BASE.split("issues:")[0] + "issues:\n")
    assert (error.line, error.reason) == (16, "the required key 'issues' of the codebook has no value")


def test_actors_given_as_a_mapping():
    error = error_of("name: x\nactors:\n  north: {name: North}\nissues: [{id: t, label: T}]\n")
    assert error.line == 3 and "actors must be a non-empty list" in error.reason and "got a mapping" in error.reason


def test_empty_and_non_mapping_codebooks():
    assert "empty codebook" in error_of("# only a comment\n").reason
    assert error_of("- a\n- b\n").reason.startswith("the codebook must be a mapping with keys name, title, actors")


def test_load_codebook_errors_name_the_file(tmp_path):
    with pytest.raises(CodebookError, match="no such codebook file"):
        load_codebook(tmp_path / "none.yaml")
    bad = tmp_path / "latin.yaml"
    bad.write_bytes("name: caf\xe9\n".encode("latin-1"))
    with pytest.raises(CodebookError, match=r"latin\.yaml: not UTF-8 text \(undecodable bytes at offset 9\)"):
        load_codebook(bad)
    good = tmp_path / "good.yaml"
    good.write_text(BASE)
    assert load_codebook(good).source_path == str(good)


def test_the_dev_codebook_loads():
    path = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "dev" / "codebook.yaml"
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is absent)")
    book = load_codebook(path)
    assert len(book.actors) >= 2 and len(book.issues) >= 2
    assert all(actor.name for actor in book.actors) and len(set(book.actor_ids)) == len(book.actors)


def test_an_own_independent_camp_name_is_accepted_in_source_tables():
    text = BASE.replace("independent: independent", "independent: neutral").replace("\"Free Press\": independent", "\"Free Press\": neutral")
    book = codebook_from_text(text, "b.yaml")
    assert book.independent_camp == "neutral" and ("Free Press", "neutral") in book.outlet_camps
    assert "'independent' of 'Free Press'" in error_of(text.replace("\"Free Press\": neutral", "\"Free Press\": independent")).reason


def _keywords_of(flow: str) -> tuple[str, ...]:
    text = f"name: d\nactors:\n  - {{id: n, name: North}}\nissues:\n  - {{id: t, label: T, keywords: {flow}}}\n"
    return codebook_from_text(text, "k.yaml").issues[0].keywords


def test_a_number_with_thousands_separators_stays_one_keyword_in_a_flow_list():
    # YAML splits "[29,800 square kilometres]" at the comma; the loader puts the number back together
    assert _keywords_of("[area, 29,800 square kilometres, 1,234,567 people]") == (
        "area", "29,800 square kilometres", "1,234,567 people")


def test_separate_numbers_in_a_flow_list_stay_separate():
    assert _keywords_of("[1, 2, 400 men, 12,34, \"5\", 600]") == ("1", "2", "400 men", "12", "34", "5", "600")


def test_the_shipped_codebook_has_no_bare_number_keywords():
    path = Path(__file__).resolve().parents[2] / "parley" / "data" / "codebooks" / "armenia-azerbaijan.yaml"
    keywords = [k for issue in load_codebook(path).issues for k in issue.keywords]
    assert "29,800 square kilometres" in keywords and not any(k.isdigit() for k in keywords)
