"""extract layer: the pipeline that turns a Document into an ExtractionResult.

Components are registered under versioned names (``segment.spacy.v1``,
``actors.codebook.v1``, ``quotes.rules.v1``, ``speakers.rules.v1``,
``dates.rules.v1``, ``camp.codebook.v1``, ``issues.hybrid.v1``, ``stance.rules.v1``) and configured from TOML; see
:mod:`parley.extract.pipeline` and :mod:`parley.extract.state`.
"""

from . import actors, camp, dates, quotes, segment, speakers  # noqa: F401  (register components)
from . import issues, stance  # noqa: F401  (register components)
from . import llm  # noqa: F401  (optional component, off by default)
from .pipeline import Pipeline, build_pipeline, codebook_hash, default_config
from .state import COMPONENTS, Attribution, Component, DocState, Person, register_component

__all__ = [
    "COMPONENTS", "Attribution", "Component", "DocState", "Person", "Pipeline", "build_pipeline",
    "codebook_hash", "default_config", "register_component",
]
