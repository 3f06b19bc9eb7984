"""Light sentence embeddings that load offline: the WordLlama model shipped inside its PyPI package.

``wordllama`` keeps its 16 MB weights and tokenizer in the installed package, but its
loader looks for the tokenizer in a folder the package does not have and then tries to
download it. :func:`load_encoder` points the loader's cache at the package's own folder
and disables downloads, so nothing is fetched at run time; a missing package or file
raises :class:`ExtractionError` naming what to install.

>>> encoder = load_encoder()                                        # doctest: +SKIP
>>> float(encoder.similarity(["a ceasefire"], ["stop the war"])[0, 0]) > 0.2  # doctest: +SKIP
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from parley.core.errors import ExtractionError

DEFAULT_MODEL = "l2_supercat"
DEFAULT_DIM = 256


@dataclass(frozen=True)
class Encoder:
    """A loaded sentence encoder: texts → unit-length vectors (``numpy`` arrays)."""

    model: Any
    name: str

    def embed(self, texts: Sequence[str]) -> Any:
        """One normalised row per text (an all-zero row for an empty text)."""
        import numpy as np

        if not texts:
            return np.zeros((0, DEFAULT_DIM), dtype="float32")
        with np.errstate(invalid="ignore", divide="ignore"):  # an all-unknown text has no direction
            vectors = np.asarray(self.model.embed(list(texts), norm=True), dtype="float32")
        return np.nan_to_num(vectors)

    def similarity(self, left: Sequence[str], right: Sequence[str]) -> Any:
        """Cosine similarities, ``len(left) × len(right)``."""
        return self.embed(left) @ self.embed(right).T


@lru_cache(maxsize=2)
def load_encoder(model: str = DEFAULT_MODEL, dim: int = DEFAULT_DIM) -> Encoder:
    """The WordLlama ``model`` from the installed package, never downloaded (once per process)."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as err:
        raise ExtractionError(
            f"sentence embeddings need the 'wordllama' package ({err}); install it with "
            "`pip install wordllama` or set use_embeddings = false for issues.hybrid.v1"
        ) from None
    package_dir = Path(wordllama.__file__).resolve().parent
    try:
        loaded = WordLlama.load(model, dim=dim, cache_dir=package_dir, disable_download=True)
    except (FileNotFoundError, ValueError, AttributeError) as err:
        raise ExtractionError(
            f"{package_dir}: WordLlama model {model!r} ({dim} dims) is not in the installed "
            f"package ({err}); reinstall wordllama or choose a model it ships"
        ) from None
    return Encoder(loaded, f"wordllama-{model}-{dim}")
