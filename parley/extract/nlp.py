"""Loading spaCy once per process, with only the pipes a run needs.

The statistical parser is the cost of a run (see the offline NLP notes), so the
pipeline asks for what its components read and everything else is disabled.
``line_breaks`` adds a small rule before the parser: a line break starts a new
sentence unless the next line opens in lower case (a sentence broken across
lines), so title, outlet and date lines never merge into one sentence.
"""

from __future__ import annotations

import importlib.metadata
from functools import lru_cache
from typing import Any

from parley.core.errors import ExtractionError

STATISTICAL_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")
LINE_BREAKS = "parley_line_breaks"


def model_version(model: str) -> str:
    """The installed version of a spaCy model package ('missing' when not installed)."""
    try:
        return importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


@lru_cache(maxsize=4)
def load_nlp(model: str, needs: frozenset[str] = frozenset({"parser", "ner"})) -> Any:
    """The spaCy pipeline ``model`` with only ``needs`` (and what they listen to) enabled.

    Raises :class:`ExtractionError` naming the package to install when the model is missing.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ExtractionError(
            f"spaCy model {model!r} is not installed ({err.__class__.__name__}); install it with "
            f"`pip install {model.replace('_', '-')}` or set [pipeline] spacy_model in the "
            "configuration to an installed model"
        ) from None
    _keep_only(nlp, needs)
    if "line_breaks" in needs and nlp.pipe_names:
        _register_line_breaks()
        first_structural = next(
            (p for p in ("parser", "senter") if p in nlp.pipe_names), nlp.pipe_names[-1]
        )
        nlp.add_pipe(LINE_BREAKS, before=first_structural)
    return nlp


def _keep_only(nlp: Any, needs: frozenset[str]) -> None:
    wanted = {p for p in needs if p in nlp.pipe_names}
    if wanted & {"parser", "ner", "tagger", "senter"}:
        wanted.add("tok2vec")
    if "parser" in wanted and "senter" in nlp.pipe_names:
        wanted.discard("senter")
    for name in list(nlp.pipe_names):
        if name not in wanted:
            nlp.disable_pipe(name)


def _register_line_breaks() -> None:
    from spacy.language import Language

    if LINE_BREAKS not in Language.factories:
        Language.component(LINE_BREAKS, func=mark_line_breaks)


def mark_line_breaks(doc: Any) -> Any:
    """Set sentence starts at line breaks (a spaCy pipe; see the module docstring)."""
    text = doc.user_data["parley_text"] = doc.text  # cached for segment.text_of: spaCy rebuilds it per access
    previous_end = 0
    for token in doc:
        if token.is_space:
            continue
        if token.i > 0 and "\n" in text[previous_end : token.idx]:
            token.is_sent_start = not token.text[0].islower()
        previous_end = token.idx + len(token.text)
    return doc
