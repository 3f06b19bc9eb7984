"""The review queue over HTTP: order, decisions, corrections, undo, conflicts, agreement."""

from __future__ import annotations

from web_helpers import csrf_of


def _queue(client, **params) -> dict:
    return client.get("/api/review", params=params).json()


def _post(client, url: str, body: dict, token: str | None = None):
    return client.post(url, json=body, headers={"X-CSRF-Token": token or csrf_of(client)})


def _decide(client, item: dict, decision: str, reviewer: str = "ana", fields=None, version=None):
    body = {"kind": item["kind"], "key": item["key"], "decision": decision, "reviewer": reviewer,
            "expected_version": item["version"] if version is None else version}
    if fields is not None:
        body["fields"] = fields
    return _post(client, "/api/review/decisions", body)


def _cell(client, actor: str, issue: str) -> dict | None:
    cells = client.get("/api/matrix").json()["cells"]
    return next((c for c in cells if c["actor"] == actor and c["issue"] == issue), None)


def test_queue_is_least_certain_first_and_counts_pending(client):
    queue = _queue(client)
    confidences = [i["confidence"] for i in queue["items"]]
    assert confidences == sorted(confidences) and confidences[0] == 0.30
    assert queue["pending"] == queue["total"] == 9 and queue["reviewed"] == 0


def test_accept_correct_reject_change_the_matrix(client):
    first = _queue(client, kind="position")["items"][0]  # veloria supports peace_treaty (0.30)
    assert first["machine"]["actor"] == "veloria"
    assert _decide(client, first, "reject").status_code == 200
    assert _cell(client, "veloria", "peace_treaty")["support"] == 1  # the hostile doc's one is left

    second = _queue(client, kind="position")["items"][0]  # kestrel supports peace_treaty (0.40)
    fixed = _decide(client, second, "correct", fields={"stance": "oppose", "modality": "conditional"})
    assert fixed.json()["current"]["stance"] == "oppose"
    cell = _cell(client, "kestrel", "peace_treaty")
    assert (cell["support"], cell["oppose"], cell["reviewed"]) == (0, 1, 1)

    third = _queue(client, kind="position")["items"][0]
    accepted = _decide(client, third, "accept").json()
    assert accepted["decision"] == "accept" and accepted["reviewer"] == "ana" and accepted["version"] == 1
    queue = _queue(client)
    assert (queue["pending"], queue["reviewed"]) == (6, 3)
    assert len(_queue(client, status="reviewed")["items"]) == 3


def test_undo_restores_the_earlier_decision_and_keeps_history(client):
    item = _queue(client, kind="position")["items"][0]
    rejected = _decide(client, item, "reject").json()
    assert _cell(client, "veloria", "peace_treaty")["support"] == 1
    undone = _post(client, "/api/review/undo", {"kind": item["kind"], "key": item["key"],
                                                "reviewer": "ana", "expected_version": rejected["version"]})
    assert undone.status_code == 200, undone.text
    assert undone.json()["decision"] in (None, "reset")  # back to the machine: unreviewed
    assert _cell(client, "veloria", "peace_treaty")["support"] == 2
    assert _cell(client, "veloria", "peace_treaty")["reviewed"] == 0
    history = client.get("/api/review/item", params={"kind": item["kind"], "key": item["key"]}).json()["history"]
    assert [h["decision"] for h in history] == ["reject", "reset"]


def test_two_reviewers_on_one_item_get_a_conflict_not_an_overwrite(client):
    item = _queue(client)["items"][0]
    assert _decide(client, item, "accept", reviewer="ana").status_code == 200
    late = _decide(client, item, "reject", reviewer="ben")  # ben still saw version 0
    assert late.status_code == 409
    detail = late.json()["detail"]
    assert "meanwhile" in detail["message"] and detail["current"]["decision"] == "accept"
    again = _decide(client, item, "reject", reviewer="ben", version=detail["current"]["version"])
    assert again.status_code == 200 and again.json()["version"] == 2


def test_quote_correction_changes_the_quote_table(client):
    quote = _queue(client, kind="quote")["items"][0]
    fixed = _decide(client, quote, "correct", fields={"speaker": "Someone Else", "actor": "kestrel"})
    assert fixed.status_code == 200, fixed.text
    speakers = {q["speaker"] for q in client.get("/api/quotes").json()["items"]}
    assert "Someone Else" in speakers


def test_invalid_decisions_are_422(client):
    item = _queue(client, kind="position")["items"][0]
    for fields in ({"stance": "maybe"}, {"actor": "atlantis"}, {"colour": "red"}, {"date": "someday"}, {}):
        response = _decide(client, item, "correct", fields=fields)
        assert response.status_code == 422, fields
    assert _decide(client, item, "shrug").status_code == 422
    assert _decide(client, item, "accept", reviewer="").status_code == 422
    missing = dict(item, key=item["key"] + "x")
    assert _decide(client, missing, "accept").status_code == 404


def test_agreement_between_reviewers_and_machine(client):
    items = _queue(client, kind="position")["items"][:3]
    for item in items:
        _decide(client, item, "accept", reviewer="ana")
    done = [client.get("/api/review/item", params={"kind": i["kind"], "key": i["key"]}).json() for i in items]
    _decide(client, done[0], "accept", reviewer="ben")
    _decide(client, done[1], "reject", reviewer="ben")
    report = client.get("/api/agreement").json()
    assert report["reviewers"] == ["ana", "ben"] and report["items_shared"] == 2
    pair = report["pairs"][0]
    assert (pair["items"], pair["agreement"]) == (2, 0.5)
    assert report["decisions"]["position"] == {"accept": 2, "correct": 0, "reject": 1}
    assert report["machine"]["units"] >= 1


def test_form_post_without_javascript_records_the_decision(client):
    item = _queue(client)["items"][0]
    token = csrf_of(client)
    response = client.post("/review/decide", data={
        "csrf_token": token, "kind": item["kind"], "key": item["key"], "decision": "reject",
        "reviewer": "carla", "expected_version": "0"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/review?")
    assert client.get("/api/review/item", params={"kind": item["kind"], "key": item["key"]}).json()["reviewer"] == "carla"
    page = client.get(response.headers["location"]).text
    assert "reject: saved" in page
