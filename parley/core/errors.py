"""The one exception hierarchy of Parley.

Every error Parley raises on purpose is a :class:`ParleyError`. The CLI turns it
into one clean line and the error's ``exit_code``; anything else is a bug.

>>> try:
...     raise InputError("notes.pdf", "not a valid PDF (no %PDF header)")
... except ParleyError as err:
...     print(err)
notes.pdf: not a valid PDF (no %PDF header)
"""

from __future__ import annotations

from pathlib import Path


class ParleyError(Exception):
    """Base of every error Parley raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(ParleyError, ValueError):
    """A value given to a core type is out of its allowed range."""

    exit_code = 2


class InputError(ParleyError):
    """A file (or record inside it) that cannot be read as a document."""

    exit_code = 3

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class CodebookError(ParleyError):
    """A codebook that does not follow the codebook format.

    ``line`` is 1-based where known, so editors can jump to it.
    """

    exit_code = 4

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class ConfigError(ParleyError):
    """A pipeline or project configuration that cannot be used."""

    exit_code = 5


class StoreError(ParleyError):
    """The project store cannot be opened, migrated or written."""

    exit_code = 6


class NotFoundError(ParleyError):
    """A named thing (document, component, model, actor…) does not exist."""

    exit_code = 7


class ExtractionError(ParleyError):
    """A component failed on a document, or a language model is missing."""

    exit_code = 8


class ScenarioError(ParleyError):
    """A negotiation scenario that a model cannot run on."""

    exit_code = 9


class ModelError(ParleyError):
    """A model that is undefined for its input (for example Nash bargaining without a status quo)."""

    exit_code = 10


class ReviewConflictError(ParleyError):
    """Two reviewers changed the same item; the later write must be resolved by a person."""

    exit_code = 11
