"""Core types, errors, registries and configuration (standard library only)."""

from .dates import PartialDate, parse_optional_date
from .errors import (
    CodebookError,
    ConfigError,
    ExtractionError,
    InputError,
    ModelError,
    NotFoundError,
    ParleyError,
    ReviewConflictError,
    ScenarioError,
    StoreError,
    ValidationError,
)
from .types import (
    Actor,
    CandidateActor,
    Codebook,
    Document,
    ExtractionResult,
    Issue,
    Mention,
    Position,
    Quote,
    Span,
    content_hash,
)

__all__ = [
    "Actor", "CandidateActor", "Codebook", "CodebookError", "ConfigError", "Document",
    "ExtractionError", "ExtractionResult", "InputError", "Issue", "Mention", "ModelError",
    "NotFoundError", "ParleyError", "PartialDate", "Position", "Quote", "ReviewConflictError",
    "ScenarioError", "Span", "StoreError", "ValidationError", "content_hash",
    "parse_optional_date",
]
