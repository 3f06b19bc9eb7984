"""Security of the dashboard: escaping, CSRF, Host, token, sizes, binding."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from web_helpers import csrf_of
from parley.core.errors import ConfigError
from parley.web import create_app
from parley.web.security import check_binding, is_loopback

DECISION = {"kind": "position", "key": "x", "decision": "accept", "reviewer": "ana", "expected_version": 0}


def _hostile_id(client) -> str:
    return next(d["id"] for d in client.get("/api/documents").json()["items"] if d["name"] == "hostile")


@pytest.mark.parametrize("url", ["/documents/{id}", "/review?kind=all&status=all", "/quotes",
                                 "/matrix", "/search?q=onerror", "/documents"])
def test_hostile_document_text_is_never_markup(client, url):
    page = client.get(url.format(id=_hostile_id(client))).text
    assert "<script>window" not in page and "<img src=x" not in page and "<b>sign</b>" not in page
    assert "<i>Arvelin</i>" not in page and "<em>x</em>" not in page


def test_hostile_text_is_kept_as_text(client):
    page = client.get(f"/documents/{_hostile_id(client)}").text
    assert "&lt;script&gt;window.__pwned = 1;" in page


def test_post_without_csrf_token_is_refused(client):
    client.get("/api/session")
    assert client.post("/api/review/decisions", json=DECISION).status_code == 403
    wrong = client.post("/api/review/decisions", json=DECISION, headers={"X-CSRF-Token": "guess"})
    assert wrong.status_code == 403


def test_post_from_another_origin_is_refused(client):
    token = csrf_of(client)
    response = client.post("/api/review/decisions", json=DECISION,
                           headers={"X-CSRF-Token": token, "Origin": "http://evil.example"})
    assert response.status_code == 403


def test_foreign_host_header_is_refused_on_loopback(client):
    assert client.get("/api/overview", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/api/overview", headers={"Host": "localhost:8765"}).status_code == 200


def test_oversized_and_chunked_bodies_are_refused(client):
    token = csrf_of(client)
    big = dict(DECISION, key="k" * 70_000)
    assert client.post("/api/review/decisions", json=big, headers={"X-CSRF-Token": token}).status_code == 413

    def chunks():
        yield b'{"kind": "position"}'

    chunked = client.post("/api/review/decisions", content=chunks(),
                          headers={"X-CSRF-Token": token, "Content-Type": "application/json"})
    assert chunked.status_code == 411


def test_token_is_required_when_configured(web_project):
    token = "t" * 24
    with TestClient(create_app(web_project, token=token, loopback=False),
                    base_url="http://10.0.0.5:8765") as remote:
        assert remote.get("/api/overview").status_code == 401
        assert remote.get("/api/overview", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        first = remote.get(f"/matrix?token={token}", follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"] == "/matrix"
        assert remote.get("/matrix").status_code == 200  # the cookie carries the token now
        assert remote.get("/api/overview", headers={"Authorization": "Bearer wrong"}).status_code == 200


def test_wrong_token_is_refused(web_project):
    with TestClient(create_app(web_project, token="s" * 20, loopback=False),
                    base_url="http://10.0.0.5:8765") as remote:
        assert remote.get("/api/overview", headers={"Authorization": "Bearer " + "x" * 20}).status_code == 401


def test_binding_beyond_loopback_needs_a_token():
    check_binding("127.0.0.1", None)
    check_binding("::1", None)
    with pytest.raises(ConfigError, match="--token"):
        check_binding("0.0.0.0", None)
    with pytest.raises(ConfigError, match="16 characters"):
        check_binding("0.0.0.0", "short")
    check_binding("0.0.0.0", "a-long-enough-token")
    assert is_loopback("localhost") and is_loopback("127.0.0.2") and not is_loopback("10.1.2.3")
