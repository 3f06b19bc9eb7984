"""``llm.openai.v1``: quotes and positions from a language model (optional, off by default).

The component sends each document (in paragraph chunks of at most ``max_chars``)
with the codebook to an OpenAI-compatible chat endpoint and asks, through a JSON
schema (``response_format: json_schema``), for quotes and positions that each
copy their evidence exactly from the text. The answer is mapped back to spans by
finding that evidence in the document (exactly, else ignoring case and spacing);
items whose evidence is not in the text, or whose actor or issue is not in the
codebook, are dropped. Answers are cached by the hash of the request (prompt,
prompt version, model, schema), so a second run asks nothing.

Settings (``[components."llm.openai.v1"]``): ``base_url`` and ``model`` (or the
environment variables ``PARLEY_LLM_BASE_URL`` / ``PARLEY_LLM_MODEL``),
``api_key_env`` (the *name* of the variable that holds the key, never the key),
``timeout``, ``cache_dir`` (empty: ``~/.cache/parley/llm``; ``"off"``: no
cache), ``max_chars``, ``temperature`` and ``seed``. Nothing in the default
pipeline or the tests needs a server. Placed between ``speakers.rules.v1`` and
``dates.rules.v1``, its quotes keep the model's speakers and are dated like the others.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from parley.core.errors import ConfigError, ExtractionError
from parley.core.types import MODALITIES, STANCES, VIAS, Codebook, Position, Quote, Span

from .llm_client import ChatClient, default_cache_dir
from .state import Component, DocState, register_component

PROMPT_VERSION = "evidence-prompt-1"
_SYSTEM = (
    "You extract evidence about a negotiation from one document, for the codebook given. "
    "Return JSON only, following the schema. Rules: (1) quotes: words a speaker is reported to "
    "have said; `text` copies the quoted words exactly from the document without quotation marks; "
    "`direct` is true only for words inside quotation marks. (2) positions: what a codebook actor "
    "wants, calls for, commits to or rejects on a codebook issue; `evidence` copies exactly one "
    "sentence of the document that carries it; an accusation about another party is not that "
    "party's position; an assessment or a prediction is not a stance. (3) Use only actor and issue "
    "ids from the codebook. (4) `confidence` is your probability (0 to 1) that the item is right. "
    f"Prompt version: {PROMPT_VERSION}."
)


@register_component("llm.openai.v1")
class LLMExtractor(Component):
    """Quotes and positions from an OpenAI-compatible chat endpoint (see the module docstring)."""

    defaults = {
        "base_url": "", "model": "", "api_key_env": "PARLEY_LLM_API_KEY", "timeout": 120.0,
        "cache_dir": "", "max_chars": 12000, "temperature": 0.0, "seed": 0,
    }

    def __init__(self, codebook: Codebook, settings: dict[str, Any] | None = None) -> None:
        super().__init__(codebook, settings)
        url = self.settings["base_url"] or os.environ.get("PARLEY_LLM_BASE_URL", "")
        self.model = self.settings["model"] or os.environ.get("PARLEY_LLM_MODEL", "")
        if not url or not self.model:
            raise ConfigError(
                f"component {self.name}: needs base_url and model (settings of "
                f'[components."{self.name}"] or PARLEY_LLM_BASE_URL / PARLEY_LLM_MODEL)'
            )
        key = os.environ.get(self.settings["api_key_env"]) if self.settings["api_key_env"] else None
        self.client = ChatClient(url, key, float(self.settings["timeout"]), _cache_dir(self.settings["cache_dir"]))
        self.schema = answer_schema(codebook)

    def __call__(self, state: DocState) -> DocState:
        quotes, positions = [], []
        for start, end in chunks(state.text, int(self.settings["max_chars"])):
            answer = parse_answer(self.client.url, self.client.complete(self.request(state.text[start:end])))
            quotes += [q for q in (self._quote(state, item, start, end) for item in answer["quotes"]) if q]
            positions += [p for p in (self._position(state, item, start, end) for item in answer["positions"]) if p]
        known = {q.span for q in state.quotes}
        quotes = [q for q in _unique(quotes) if q.span not in known]
        return state.add(self.name, quotes=state.quotes + tuple(quotes), positions=state.positions + tuple(_unique(positions)))

    def request(self, text: str) -> dict[str, Any]:
        """The chat request for one chunk of text (also the cache key's content)."""
        user = f"Codebook:\n{codebook_prompt(self.codebook)}\n\nDocument:\n<<<\n{text}\n>>>"
        return {
            "model": self.model,
            "messages": [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": user}],
            "temperature": float(self.settings["temperature"]),
            "seed": int(self.settings["seed"]),
            "response_format": {"type": "json_schema", "json_schema": {
                "name": "parley_evidence", "strict": True, "schema": self.schema}},
        }

    def _quote(self, state: DocState, item: dict, start: int, end: int) -> Quote | None:
        found = locate(state.text, item["text"], start, end)
        if found is None:
            return None
        actor = item.get("speaker_actor") if item.get("speaker_actor") in self.codebook.actor_ids else None
        span = state.span(*found[:2])
        return Quote(
            span=span, text=span.text_in(state.text), speaker=item.get("speaker") or None, speaker_actor=actor,
            direct=bool(item.get("direct", True)), extractor=self.name,
            confidence=_confidence(item, found[2]),
        )

    def _position(self, state: DocState, item: dict, start: int, end: int) -> Position | None:
        book = self.codebook
        if item.get("actor") not in book.actor_ids or item.get("issue") not in book.issue_ids:
            return None
        if item.get("stance") not in STANCES:
            return None
        found = locate(state.text, item["evidence"], start, end)
        if found is None:
            return None
        return Position(
            actor=item["actor"], issue=item["issue"], stance=item["stance"],
            span=_sentence_around(state, Span(state.document.id, found[0], found[1])),
            via=item.get("via") if item.get("via") in VIAS else "reported",
            modality=item.get("modality") if item.get("modality") in MODALITIES else "asserted",
            speaker=item.get("speaker") or None, extractor=self.name, confidence=_confidence(item, found[2]),
        )


def _cache_dir(setting: str) -> Path | None:
    if setting == "off":
        return None
    return Path(setting).expanduser() if setting else default_cache_dir()


def codebook_prompt(codebook: Codebook) -> str:
    """The codebook as the model reads it: one line per actor and per issue."""
    lines = ["Actors (id: name; also called; people who speak for it):"]
    for a in codebook.actors:
        names = ", ".join((*a.aliases, *a.metonyms)) or "-"
        lines.append(f"- {a.id}: {a.name}; {names}; {', '.join(a.members) or '-'}")
    lines.append("Issues (id: what support means):")
    for i in codebook.issues:
        lines.append(f"- {i.id}: {i.label}" + (f" ({i.description})" if i.description else ""))
    return "\n".join(lines)


def answer_schema(codebook: Codebook) -> dict[str, Any]:
    """The JSON schema of an answer (strict: every field required, nothing else allowed)."""
    actors = [*codebook.actor_ids, None]
    quote = _object({
        "text": {"type": "string"}, "direct": {"type": "boolean"},
        "speaker": {"type": ["string", "null"]}, "speaker_actor": {"type": ["string", "null"], "enum": actors},
        "confidence": {"type": "number"},
    })
    position = _object({
        "actor": {"type": "string", "enum": list(codebook.actor_ids)},
        "issue": {"type": "string", "enum": list(codebook.issue_ids)},
        "stance": {"type": "string", "enum": list(STANCES)}, "via": {"type": "string", "enum": list(VIAS)},
        "modality": {"type": "string", "enum": list(MODALITIES)}, "evidence": {"type": "string"},
        "speaker": {"type": ["string", "null"]}, "confidence": {"type": "number"},
    })
    return _object({"quotes": {"type": "array", "items": quote}, "positions": {"type": "array", "items": position}})


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def parse_answer(url: str, content: str) -> dict[str, list[dict]]:
    """The model's JSON answer with its two lists; ``ExtractionError`` when it is not that.

    >>> parse_answer("u", '{"quotes": [], "positions": []}')
    {'quotes': [], 'positions': []}
    """
    try:
        answer = json.loads(_without_fence(content))
    except json.JSONDecodeError as err:
        raise ExtractionError(f"{url}: the model's answer is not valid JSON ({err.msg} at {err.pos})") from None
    if not isinstance(answer, dict):
        raise ExtractionError(f"{url}: expected a JSON object with quotes and positions in the answer")
    lists = {k: answer.get(k, []) for k in ("quotes", "positions")}
    if not all(isinstance(v, list) and all(isinstance(i, dict) for i in v) for v in lists.values()):
        raise ExtractionError(f"{url}: expected quotes and positions to be lists of objects in the answer")
    required = {"quotes": "text", "positions": "evidence"}
    return {k: [i for i in v if isinstance(i.get(required[k]), str)] for k, v in lists.items()}


def _without_fence(content: str) -> str:
    """Some servers wrap JSON in a Markdown code fence even when asked for a schema."""
    match = re.fullmatch(r"\s*```(?:json)?\s*(.*?)\s*```\s*", content, re.DOTALL)
    return match.group(1) if match else content


def chunks(text: str, max_chars: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of at most ``max_chars`` that end at paragraph breaks where possible.

    >>> chunks("aaa\\n\\nbbb\\n\\nccc", 8)
    [(0, 5), (5, 13)]
    """
    pieces, start = [], 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            end = cut + 2 if cut > start else end
        pieces.append((start, end))
        start = end
    return pieces


def locate(text: str, evidence: str, start: int = 0, end: int | None = None) -> tuple[int, int, bool] | None:
    """Where ``evidence`` stands in ``text[start:end]``: (start, end, exact) or ``None``.

    Exact first; else ignoring case, runs of spaces and the kind of quotation marks.

    >>> locate("He said: “We  are ready.”", "we are ready")
    (10, 23, False)
    """
    end = len(text) if end is None else end
    needle = evidence.strip().strip('"“”‘’«»').strip()
    if not needle:
        return None
    at = text.find(needle, start, end)
    if at >= 0:
        return at, at + len(needle), True
    pattern = re.compile(r"\s+".join(re.escape(_plain_marks(w)) for w in needle.split()), re.IGNORECASE)
    match = pattern.search(_plain_marks(text), start, end)
    return (match.start(), match.end(), False) if match else None


def _plain_marks(text: str) -> str:
    """Quotation marks of every kind as straight ones (same length, so offsets hold)."""
    return text.translate(str.maketrans("“”„‘’", "\"\"\"''"))


def _sentence_around(state: DocState, span: Span) -> Span:
    """The sentence holding the evidence (when sentences are known), else the evidence itself."""
    for sentence in state.sentences:
        if sentence.start <= span.start and span.end <= sentence.end:
            return sentence
    return span


def _confidence(item: dict, exact: bool) -> float:
    """The model's own confidence (clamped to [0, 1]; 0.5 when missing), lowered for a loose match."""
    try:
        value = float(item.get("confidence", 0.5))
    except (TypeError, ValueError):
        value = 0.5
    value = min(max(value, 0.0), 1.0)
    return round(value if exact else value * 0.9, 3)


def _unique(items: list) -> list:
    """Items in order, without repeats (the same answer from overlapping chunks)."""
    return list(dict.fromkeys(items))
