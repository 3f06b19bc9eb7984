"""Every dashboard route, HTML and JSON, in process (FastAPI's TestClient)."""

from __future__ import annotations

import pytest

HTML_PAGES = ["/", "/documents", "/documents?page=1&camp=veloria", "/search", "/search?q=treaty",
              "/actors", "/issues", "/quotes", "/quotes?actor=veloria", "/matrix", "/network",
              "/network?kind=issue&mode=conflict", "/network?window=30d", "/network?window=30d&at=0",
              "/timeline", "/timeline?period=week", "/forecast", "/forecast?model=median&change=drop:veloria",
              "/review", "/review?kind=quote&status=all", "/agreement"]
JSON_TWINS = ["/api/overview", "/api/documents", "/api/search?q=treaty", "/api/actors",
              "/api/issues", "/api/quotes", "/api/matrix", "/api/network", "/api/network?window=30d&at=0",
              "/api/timeline", "/api/forecast", "/api/review", "/api/agreement", "/api/codebook",
              "/api/session"]


@pytest.mark.parametrize("url", HTML_PAGES)
def test_html_page_renders(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert '<meta name="csrf-token"' in response.text


@pytest.mark.parametrize("url", JSON_TWINS)
def test_json_twin_answers(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    assert isinstance(response.json(), (dict, list))


def test_every_json_route_is_in_the_openapi_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    for url in JSON_TWINS:
        assert url.split("?")[0] in paths
    for route in ("/api/documents/{ref}", "/api/review/item", "/api/review/decisions", "/api/review/undo"):
        assert route in paths
    assert not any(not p.startswith("/api/") for p in paths)


def test_every_html_page_names_its_json_twin(client):
    for url in ("/", "/documents", "/matrix", "/network", "/timeline", "/review", "/agreement"):
        twin = "/api" + (url if url != "/" else "/overview")
        assert f'href="{twin}' in client.get(url).text


def _doc(client, name: str) -> dict:
    return next(d for d in client.get("/api/documents").json()["items"] if d["name"] == name)


def test_document_page_and_twin_show_the_same_items(client):
    doc = _doc(client, "veloria-one")
    data = client.get(f"/api/documents/{doc['id']}").json()
    kinds = sorted({i["kind"] for i in data["items"]})
    assert kinds == ["mention", "position", "quote"]
    quote = next(i for i in data["items"] if i["kind"] == "quote")
    page = client.get(f"/documents/{doc['id']}").text
    assert f'id="s-{quote["start"]}-{quote["end"]}"' in page
    assert '<mark class="hl-position hl-quote' in page or '<mark class="hl-quote' in page
    assert client.get("/documents/veloria-one").status_code == 200  # by name too


def test_unknown_document_is_404_in_html_and_json(client):
    assert client.get("/documents/ffffffffffffffff").status_code == 404
    assert client.get("/api/documents/ffffffffffffffff").json()["detail"].startswith("no document")


@pytest.mark.parametrize("url", ["/api/documents?page=0", "/api/documents?per_page=100000",
                                 "/api/network?kind=people", "/api/network?window=thirty",
                                 "/api/timeline?period=decade", "/api/forecast?model=oracle",
                                 "/api/review?limit=0", "/api/review?status=maybe",
                                 "/api/search?q=" + "x" * 201, "/api/search",
                                 "/api/documents/bad%20ref", "/api/review/item?kind=position&key=",
                                 "/api/forecast?change=teleport:veloria"])
def test_bad_query_parameters_are_clear_4xx(client, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


def test_bad_query_on_a_page_is_an_html_error_page(client):
    response = client.get("/timeline?period=decade")
    assert response.status_code == 422
    assert "period" in response.text and "<h1>Error 422</h1>" in response.text


def test_search_finds_the_hostile_document_and_shows_its_snippet_as_text(client):
    hits = client.get("/api/search?q=onerror").json()["hits"]
    assert [h["name"] for h in hits] == ["hostile"]
    page = client.get("/search?q=onerror").text
    assert "<img" not in page and "&lt;img" in page


def test_matrix_cells_carry_evidence(client):
    matrix = client.get("/api/matrix").json()
    cell = next(c for c in matrix["cells"] if c["actor"] == "kestrel" and c["issue"] == "border_delimitation")
    assert (cell["oppose"], cell["stance"]) == (2, "oppose")
    assert {e["document"] for e in cell["evidence"]} == {"veloria-one", "kestrel-one"}


def test_forecast_runs_on_positions(client):
    forecast = client.get("/api/forecast").json()
    assert forecast["available"], forecast["reason"]
    assert {r["issue"] for r in forecast["issues"]} == {"peace_treaty", "border_delimitation", "refugee_return"}
    assert all(r["p10"] <= r["mean"] <= r["p90"] for r in forecast["issues"])


def test_static_files_and_plotly_are_served_locally(client):
    assert client.get("/static/parley.js").status_code == 200
    plotly = client.get("/static-lib/plotly.js")
    assert plotly.status_code == 200 and len(plotly.content) > 1_000_000
