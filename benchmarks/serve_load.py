"""Load benchmark of the dashboard on a generated project of 100,000 statements.

Starts ``parley serve`` on 127.0.0.1 (a separate process), then

1. **pages**: requests every main page (HTML and JSON) ``--rounds`` times, one after
   another, after one warm-up round; reports p50 / p95 / max per page (target p95 < 200 ms);
2. **reviewers**: ``--reviewers`` threads, each with its own session, decide items of
   the review queue at the same time (accept, correct, reject in turn); every reviewer
   also tries one item that all of them share, so conflicts happen on purpose. A write
   *fails* when it gets anything but 200 or 409; it is *lost* when a 200 decision is not
   in the item's history afterwards. Both must be 0.

Only 127.0.0.1 is contacted; the number of requests and the time are bounded and the
server is stopped at the end. Run::

    .venv/bin/python benchmarks/serve_load.py [--statements 100000] [--rounds 20] [--reviewers 20]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_project import build_project  # noqa: E402

TIME_LIMIT_S = 600
DECISIONS = ("accept", "correct", "reject")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(project: Path, port: int) -> subprocess.Popen:
    """``parley serve`` on 127.0.0.1:port; waits until it answers."""
    parley = Path(sys.executable).with_name("parley")
    server = subprocess.Popen([str(parley), "serve", str(project), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/session", timeout=2)
            return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"the server did not start: {server.stderr.read().decode()[:2000]}")


def main_pages(client: httpx.Client) -> dict[str, str]:
    """The pages measured: every dashboard page and the JSON twins of the heavy ones."""
    doc = client.get("/api/documents").json()["items"][0]["id"]
    pages = {"overview": "/", "documents": "/documents", "document": f"/documents/{doc}",
             "search": "/search?q=talks+round", "actors": "/actors", "issues": "/issues",
             "quotes": "/quotes", "matrix": "/matrix", "network": "/network",
             "network-window": "/network?window=90d&at=3", "timeline": "/timeline",
             "forecast": "/forecast", "review": "/review", "agreement": "/agreement"}
    pages |= {f"api-{k}": f"/api/{k}" for k in ("matrix", "review", "network", "timeline", "overview")}
    return pages


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure_pages(client: httpx.Client, pages: dict[str, str], rounds: int, stop_at: float) -> dict:
    cold = {}
    for name, url in pages.items():
        started = time.perf_counter()
        client.get(url).raise_for_status()
        cold[name] = time.perf_counter() - started
    times: dict[str, list[float]] = {name: [] for name in pages}
    for _ in range(rounds):
        for name, url in pages.items():
            if time.monotonic() > stop_at:
                break
            started = time.perf_counter()
            client.get(url).raise_for_status()
            times[name].append(time.perf_counter() - started)
    return {"cold": cold, "warm": times}


def reviewer(base: str, number: int, per_reviewer: int, shared: dict, results: list, stop_at: float) -> None:
    """One reviewer: its own session and CSRF token, its own slice of the queue plus the shared item."""
    with httpx.Client(base_url=base, timeout=60) as client:
        token = client.get("/api/session").json()["csrf_token"]
        queue = client.get("/api/review", params={"kind": "position", "offset": 1 + number * per_reviewer,
                                                  "limit": per_reviewer}).json()["items"]
        for k, item in enumerate([shared, *queue]):
            if time.monotonic() > stop_at:
                break
            decision = DECISIONS[(number + k) % 3]
            body = {"kind": item["kind"], "key": item["key"], "decision": decision,
                    "reviewer": f"reviewer{number:02d}", "expected_version": item["version"]}
            if decision == "correct":
                body["fields"] = {"stance": "oppose" if item["machine"]["stance"] == "support" else "support"}
            started = time.perf_counter()
            try:
                answer = client.post("/api/review/decisions", json=body, headers={"X-CSRF-Token": token})
                status = answer.status_code
                version = answer.json().get("version") if status == 200 else None
            except httpx.HTTPError as err:
                status, version = f"error {err}", None
            results.append({"reviewer": body["reviewer"], "key": item["key"], "kind": item["kind"],
                            "status": status, "version": version, "decision": decision,
                            "seconds": time.perf_counter() - started})


def run_reviewers(base: str, count: int, per_reviewer: int, stop_at: float) -> tuple[list, float]:
    with httpx.Client(base_url=base, timeout=60) as client:
        shared = client.get("/api/review", params={"kind": "position", "limit": 1}).json()["items"][0]
    results: list[dict] = []
    threads = [threading.Thread(target=reviewer, args=(base, n, per_reviewer, shared, results, stop_at))
               for n in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def lost_writes(base: str, results: list) -> int:
    """Decisions answered 200 that are not in their item's history."""
    lost = 0
    with httpx.Client(base_url=base, timeout=60) as client:
        for r in (r for r in results if r["status"] == 200):
            history = client.get("/api/review/item", params={"kind": r["kind"], "key": r["key"]}).json()["history"]
            if not any(h["version"] == r["version"] and h["reviewer"] == r["reviewer"]
                       and h["decision"] == r["decision"] for h in history):
                lost += 1
    return lost


def report(pages: dict, results: list, seconds: float, lost: int) -> None:
    print(f"{'page':<16} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    worst = 0.0
    for name, times in pages["warm"].items():
        p95 = percentile(times, 0.95) * 1000
        worst = max(worst, p95)
        print(f"{name:<16} {pages['cold'][name] * 1000:8.0f} {statistics.median(times) * 1000:8.1f} "
              f"{p95:8.1f} {max(times) * 1000:8.1f}")
    every = [t for times in pages["warm"].values() for t in times]
    print(f"all pages: {len(every)} requests, p95 {percentile(every, 0.95) * 1000:.1f} ms, "
          f"worst page p95 {worst:.1f} ms (target < 200 ms)")
    statuses: dict = {}
    for r in results:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    failed = sum(n for s, n in statuses.items() if s not in (200, 409))
    writes = [r["seconds"] for r in results]
    print(f"reviewers: {len(results)} decisions in {seconds:.1f} s; answers {statuses}; "
          f"failed {failed}, lost {lost}; write p50 {statistics.median(writes) * 1000:.0f} ms, "
          f"p95 {percentile(writes, 0.95) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--per-reviewer", type=int, default=10)
    parser.add_argument("--project", type=Path, help="reuse (or create) this project file")
    args = parser.parse_args()
    stop_at = time.monotonic() + TIME_LIMIT_S
    with tempfile.TemporaryDirectory(prefix="parley-load-") as tmp:
        project = args.project or Path(tmp) / "load.db"
        if not project.exists():
            started = time.perf_counter()
            build_project(project, args.statements)
            print(f"generated {args.statements:,} statements in {time.perf_counter() - started:.1f} s")
        port = free_port()
        server = start_server(project, port)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=120) as client:
                pages = measure_pages(client, main_pages(client), args.rounds, stop_at)
            results, seconds = run_reviewers(base, args.reviewers, args.per_reviewer, stop_at)
            lost = lost_writes(base, results)
        finally:
            server.terminate()
            server.wait(timeout=30)
    report(pages, results, seconds, lost)


if __name__ == "__main__":
    main()
