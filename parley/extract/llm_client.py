"""A small client for OpenAI-compatible chat endpoints, with an on-disk answer cache.

Only the standard library: ``urllib.request`` posts the JSON body to
``<base_url>/chat/completions`` (a local llama.cpp or vLLM server, or a hosted
API); answers are cached as JSON files named by the SHA-256 of the request body,
so the same prompt to the same model is asked once. Every failure (no server,
timeout, an HTTP error, a body that is not the expected JSON) is an
:class:`ExtractionError` that names the endpoint and what was expected.

>>> endpoint("http://127.0.0.1:8080/v1")
'http://127.0.0.1:8080/v1/chat/completions'
>>> request_key({"model": "m", "messages": []}) == request_key({"messages": [], "model": "m"})
True
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from parley.core.errors import ExtractionError

_BODY_SNIPPET = 300


def endpoint(base_url: str) -> str:
    """The chat-completions URL for a base URL (given with or without the final path)."""
    base = base_url.rstrip("/")
    return base if base.endswith("/chat/completions") else base + "/chat/completions"


def request_key(body: dict[str, Any]) -> str:
    """The cache key of a request: the SHA-256 of its canonical JSON."""
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/parley/llm`` (``~/.cache/parley/llm`` when unset)."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "parley" / "llm"


class ChatClient:
    """Posts chat requests and returns the assistant message's content, cached on disk."""

    def __init__(self, url: str, api_key: str | None, timeout: float, cache_dir: Path | None) -> None:
        self.url, self.api_key, self.timeout, self.cache_dir = endpoint(url), api_key, timeout, cache_dir

    def complete(self, body: dict[str, Any]) -> str:
        """The content of the first choice for ``body`` (from the cache when asked before)."""
        key = request_key(body)
        cached = self._cached(key)
        if cached is not None:
            return cached
        content = _content(self.url, self._post(body))
        self._store(key, body, content)
        return content

    def _post(self, body: dict[str, Any]) -> Any:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as err:
            detail = err.read()[:_BODY_SNIPPET].decode("utf-8", "replace")
            raise ExtractionError(f"{self.url}: HTTP {err.code} from the language model server ({detail})") from None
        except (socket.timeout, TimeoutError):
            raise ExtractionError(f"{self.url}: no answer within {self.timeout:g} s (timeout)") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise ExtractionError(f"{self.url}: cannot reach the language model server ({reason})") from None
        try:
            return json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            snippet = raw[:_BODY_SNIPPET].decode("utf-8", "replace")
            raise ExtractionError(f"{self.url}: expected a JSON chat completion, got {snippet!r}") from None

    def _cache_file(self, key: str) -> Path | None:
        return None if self.cache_dir is None else self.cache_dir / f"{key}.json"

    def _cached(self, key: str) -> str | None:
        path = self._cache_file(key)
        if path is None or not path.is_file():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))["content"]
        except (OSError, json.JSONDecodeError, KeyError, TypeError):
            return None  # a damaged cache entry is asked again, then overwritten

    def _store(self, key: str, body: dict[str, Any], content: str) -> None:
        path = self._cache_file(key)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {"model": body.get("model"), "content": content}
        # written to a temporary file first so a crash never leaves half an entry
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as tmp:
            json.dump(entry, tmp, ensure_ascii=False)
        os.replace(tmp.name, path)


def _content(url: str, answer: Any) -> str:
    """``choices[0].message.content`` of a chat completion."""
    try:
        content = answer["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise ExtractionError(f"{url}: expected choices[0].message.content in the answer") from None
    if not isinstance(content, str):
        raise ExtractionError(f"{url}: expected the message content to be text, got {type(content).__name__}")
    return content
