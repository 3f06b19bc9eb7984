"""issues.hybrid.v1: codebook cues, label-derived cues, polarity, and the offline embedding loader."""

from __future__ import annotations

import pytest
from extract_contract import ComponentContract

from parley.core.errors import ExtractionError
from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import DocState, build_pipeline, default_config
from parley.extract.issues import HybridIssues, IssueVocabulary, actor_stems, body_start
from parley.extract.stance_lexicon import stem

ACTORS = (
    Actor("ruritania", "Ruritania", "state", ("Strelsau",)),
    Actor("borduria", "Borduria", "state", ("Szohod",)),
    Actor("nato", "North Atlantic Treaty Organization", "organisation"),
)
ISSUES = (
    Issue("peace", "Conclude a peace treaty between Ruritania and Borduria"),
    Issue("force", "Refrain from the threat or use of force"),
    Issue("balance", "Mediators treat both sides evenly (a one-sided approach is criticised)"),
    Issue("rail", "Reopen the railway line", keywords=("Brenna line",)),
    Issue("people", "Return of displaced people to their homes"),
)
BOOK = Codebook("issues", ACTORS, ISSUES)


class TestIssuesContract(ComponentContract):
    component_name = "issues.hybrid.v1"
    samples = [
        "“We want a peace treaty now,” Rudolf Rassendyll said in Szohod on Friday.",
        "Strelsau and Szohod agreed. The Bordurian side said “a peace treaty will follow”.",
    ]


@pytest.fixture(scope="module")
def vocabulary() -> IssueVocabulary:
    return IssueVocabulary.from_codebook(BOOK)


def issues_of(vocabulary, text):
    return {h.issue: h for h in vocabulary.match(text)}


def test_stems_join_inflections_and_derivations():
    assert stem("treaties") == stem("treaty")
    assert stem("demarcated") == stem("demarcation")
    assert stem("Azerbaijanis") == stem("Azerbaijani")
    assert stem("crisis") != stem("cris")


def test_label_words_work_without_keywords(vocabulary):
    assert "peace" in issues_of(vocabulary, "Both sides want a peace agreement this year.")
    assert "rail" in issues_of(vocabulary, "The railways will reopen next month.")


def test_actor_names_in_a_label_are_not_cues(vocabulary):
    assert issues_of(vocabulary, "Ruritania met Borduria in Strelsau.") == {}
    assert "ruritania" in actor_stems(BOOK) and stem("treaty") not in actor_stems(BOOK)


def test_related_vocabulary_carries_the_label(vocabulary):
    hit = issues_of(vocabulary, "The ceasefire held for a week.")["force"]
    assert [c.polarity for c in hit.cues] == [1]


def test_words_under_a_refusal_in_the_label_are_the_opposite_pole(vocabulary):
    war = issues_of(vocabulary, "Endless war helps nobody.")["force"]
    assert [c.polarity for c in war.cues] == [-1]
    one_sided = issues_of(vocabulary, "They keep a one-sided approach.")["balance"]
    assert -1 in [c.polarity for c in one_sided.cues]


def test_capitalised_names_do_not_match_lower_case_cues(vocabulary):
    assert "force" not in issues_of(vocabulary, "The Armed Forces paraded on Monday.")
    assert "force" in issues_of(vocabulary, "They renounced the use of force.")


def test_keyword_phrase_needs_its_words_in_order(vocabulary):
    in_order = issues_of(vocabulary, "Trains on the Brenna line stopped.")["rail"]
    assert "keyword" in [c.source for c in in_order.cues]
    apart = issues_of(vocabulary, "Brenna is the line they drew.").get("rail")
    assert apart is None or "keyword" not in [c.source for c in apart.cues]


def test_generic_label_words_alone_are_not_enough(vocabulary):
    assert "people" not in issues_of(vocabulary, "Many people watched.")
    assert "people" in issues_of(vocabulary, "Displaced people want to return.")


def test_cue_offsets_point_into_the_text(vocabulary):
    text = "After years, a peace treaty is close."
    hit = issues_of(vocabulary, text)["peace"]
    assert [text[c.start : c.end] for c in hit.cues] == ["peace treaty"]


def test_header_lines_speak_to_no_issue():
    pipeline = build_pipeline(default_config(), BOOK)
    text = "Peace treaty talks\n\nMay 3, 2024\n\nThe two sides met in Strelsau on Monday to discuss the railway line."
    state = _state_after(pipeline, text, "issues.hybrid.v1")
    assert body_start(state) == text.index("The two sides")
    assert {h.issue for h in state.issue_hits} == {"rail"}


def _state_after(pipeline, text, name):
    document = Document.from_text(text)
    state = DocState(document, pipeline.nlp(text))
    for component in pipeline.components:
        state = component(state)
        if component.name == name:
            return state
    raise AssertionError(name)


# -- embeddings: optional, offline ----------------------------------------------------------

def test_encoder_loads_from_the_package_without_any_download(monkeypatch):
    pytest.importorskip("wordllama")
    import requests

    from parley.extract import embeddings

    def refuse(*args, **kwargs):
        raise AssertionError("no download may happen")

    monkeypatch.setattr(requests, "get", refuse)
    embeddings.load_encoder.cache_clear()
    encoder = embeddings.load_encoder()
    sims = encoder.similarity(["trains will run again between the two capitals"],
                              ["Refrain from the threat or use of force", "Reopen the railway line between the two capitals"])
    assert sims.shape == (1, 2) and sims[0, 1] > sims[0, 0]
    assert encoder.embed([""]).shape == (1, 256)


def test_missing_model_is_a_clear_error():
    pytest.importorskip("wordllama")
    from parley.extract.embeddings import load_encoder

    with pytest.raises(ExtractionError, match="not in the installed package"):
        load_encoder("no_such_model_v0", 256)


def test_embeddings_add_similarity_to_hits():
    pytest.importorskip("wordllama")
    component = HybridIssues(BOOK, {"use_embeddings": True, "min_similarity": 0.99})
    pipeline = build_pipeline(default_config(), BOOK)
    text = "Both sides want a peace treaty this year, the envoy said after the talks."
    state = _state_after(pipeline, text, "camp.codebook.v1")
    hits = component(state).issue_hits
    assert [h.issue for h in hits] == ["peace"]
    assert hits[0].method == "lexical+embedding" and hits[0].similarity is not None
