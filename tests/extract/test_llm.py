"""llm.openai.v1 against a fake OpenAI-compatible server on 127.0.0.1 (no network, no model)."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from parley.core.config import PipelineConfig
from parley.core.errors import ConfigError, ExtractionError
from parley.core.types import Document
from parley.extract import COMPONENTS, DocState, build_pipeline
from parley.extract.llm import answer_schema, chunks, locate, parse_answer

TEXT = (
    "Strelsau, 3 May. Talks resumed on Monday.\n\n"
    "“We are ready to sign a treaty this year,” Kurvi Tasch said.\n\n"
    "Flavia Elphberg rejected any deal that divides the valley."
)


class FakeServer:
    """Answers every POST with ``self.reply`` (status, body) after ``self.delay`` seconds; records requests."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.reply: tuple[int, bytes] = (200, b"{}")
        self.delay = 0.0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", 0))
                server.requests.append({
                    "path": self.path, "headers": dict(self.headers),
                    "body": json.loads(self.rfile.read(length)),
                })
                time.sleep(server.delay)
                status, body = server.reply
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # keep the test output quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def answer(self, content: dict | str, status: int = 200) -> None:
        text = content if isinstance(content, str) else json.dumps(content)
        body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}
        self.reply = (status, json.dumps(body).encode())

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server():
    fake = FakeServer()
    yield fake
    fake.close()


def extractor(codebook, server, tmp_path, **settings):
    values = {"base_url": server.url, "model": "tiny-test-model", "cache_dir": str(tmp_path / "cache"), **settings}
    return COMPONENTS.get("llm.openai.v1")(codebook, values)


def run(component, text: str = TEXT) -> DocState:
    return component(DocState(Document.from_text(text)))


GOOD = {
    "quotes": [
        {"text": "We are ready to sign a treaty this year", "direct": True, "speaker": "Kurvi Tasch",
         "speaker_actor": "borduria", "confidence": 0.9},
        {"text": "words that are nowhere in the text", "direct": True, "speaker": "Nobody",
         "speaker_actor": None, "confidence": 0.9},
    ],
    "positions": [
        {"actor": "borduria", "issue": "peace", "stance": "support", "via": "quote", "modality": "intended",
         "evidence": "“We are ready to sign a treaty this year,” Kurvi Tasch said.", "speaker": "Kurvi Tasch",
         "confidence": 0.8},
        {"actor": "ruritania", "issue": "peace", "stance": "oppose", "via": "reported", "modality": "asserted",
         "evidence": "flavia elphberg rejected  any deal that divides the valley", "speaker": None,
         "confidence": 1.7},
        {"actor": "atlantis", "issue": "peace", "stance": "support", "via": "reported", "modality": "asserted",
         "evidence": "Talks resumed on Monday.", "speaker": None, "confidence": 0.5},
    ],
}


def test_request_shape(codebook, server, tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_LLM_API_KEY", "sk-test-123")
    server.answer({"quotes": [], "positions": []})
    run(extractor(codebook, server, tmp_path))
    (request,) = server.requests
    body = request["body"]
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer sk-test-123"
    assert body["model"] == "tiny-test-model"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "Kurvi Tasch said" in body["messages"][1]["content"]
    assert "- borduria: Borduria" in body["messages"][1]["content"]
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == answer_schema(codebook)


def test_no_key_no_authorization_header(codebook, server, tmp_path, monkeypatch):
    monkeypatch.delenv("PARLEY_LLM_API_KEY", raising=False)
    server.answer({"quotes": [], "positions": []})
    run(extractor(codebook, server, tmp_path))
    assert "Authorization" not in server.requests[0]["headers"]


def test_answers_map_back_to_spans(codebook, server, tmp_path):
    server.answer(GOOD)
    state = run(extractor(codebook, server, tmp_path))
    (quote,) = state.quotes
    assert quote.span.text_in(TEXT) == "We are ready to sign a treaty this year"
    assert (quote.speaker_actor, quote.direct, quote.extractor) == ("borduria", True, "llm.openai.v1")
    assert [(p.actor, p.stance) for p in state.positions] == [("borduria", "support"), ("ruritania", "oppose")]
    loose = state.positions[1]
    assert loose.span.text_in(TEXT) == "Flavia Elphberg rejected any deal that divides the valley"
    assert loose.confidence == 0.9  # clamped to 1, lowered for a loose match


def test_second_run_is_answered_from_the_cache(codebook, server, tmp_path):
    server.answer(GOOD)
    first = run(extractor(codebook, server, tmp_path))
    second = run(extractor(codebook, server, tmp_path))
    assert len(server.requests) == 1
    assert first.quotes == second.quotes and first.positions == second.positions
    run(extractor(codebook, server, tmp_path), TEXT + " More.")
    assert len(server.requests) == 2  # another prompt is asked


def test_cache_off_asks_every_time(codebook, server, tmp_path):
    server.answer(GOOD)
    component = extractor(codebook, server, tmp_path, cache_dir="off")
    run(component)
    run(component)
    assert len(server.requests) == 2


def test_long_documents_go_in_chunks(codebook, server, tmp_path):
    server.answer({"quotes": [], "positions": []})
    run(extractor(codebook, server, tmp_path, max_chars=80))
    assert len(server.requests) == len(chunks(TEXT, 80)) > 1


@pytest.mark.parametrize(
    "status, content, message",
    [
        (500, {"quotes": [], "positions": []}, "HTTP 500"),
        (200, "this is not json", "not valid JSON"),
        (200, {"quotes": "none", "positions": []}, "lists of objects"),
    ],
)
def test_bad_answers_raise_extraction_errors(codebook, server, tmp_path, status, content, message):
    server.answer(content, status)
    with pytest.raises(ExtractionError, match=message):
        run(extractor(codebook, server, tmp_path))


def test_not_a_chat_completion(codebook, server, tmp_path):
    server.reply = (200, b'{"unexpected": true}')
    with pytest.raises(ExtractionError, match="choices"):
        run(extractor(codebook, server, tmp_path))


def test_timeout(codebook, server, tmp_path):
    server.answer({"quotes": [], "positions": []})
    server.delay = 1.0
    with pytest.raises(ExtractionError, match="timeout"):
        run(extractor(codebook, server, tmp_path, timeout=0.2))


def test_no_server(codebook, tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    component = COMPONENTS.get("llm.openai.v1")(
        codebook, {"base_url": f"http://127.0.0.1:{port}/v1", "model": "m", "cache_dir": "off", "timeout": 2}
    )
    with pytest.raises(ExtractionError, match="cannot reach"):
        run(component)


def test_needs_url_and_model(codebook, monkeypatch):
    monkeypatch.delenv("PARLEY_LLM_BASE_URL", raising=False)
    monkeypatch.delenv("PARLEY_LLM_MODEL", raising=False)
    with pytest.raises(ConfigError, match="base_url and model"):
        COMPONENTS.get("llm.openai.v1")(codebook, {})


def test_runs_in_a_pipeline_after_segmentation(codebook, server, tmp_path):
    server.answer(GOOD)
    settings = {"base_url": server.url, "model": "m", "cache_dir": str(tmp_path)}
    config = PipelineConfig(("segment.spacy.v1", "llm.openai.v1"), {"llm.openai.v1": settings})
    result = build_pipeline(config, codebook).run(Document.from_text(TEXT))
    sentence = result.positions[0].span
    assert sentence in result.sentences  # evidence widened to its sentence


def test_locate_and_parse_helpers():
    assert locate("a “b”  c", 'B" C') == (3, 8, False)
    assert locate("abc", "zzz") is None
    assert parse_answer("u", '```json\n{"quotes": [], "positions": []}\n```') == {"quotes": [], "positions": []}
