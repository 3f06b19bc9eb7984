"""The JSON twins of the dashboard's pages under ``/api/…`` (described by ``/openapi.json``).

Each route calls one :mod:`parley.api` function and returns its dataclass; the
HTML page of the same name renders the very same object.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Annotated, Any, Iterator, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field

from parley.api import report, review
from parley.core.errors import ReviewConflictError

from .security import csrf_token

router = APIRouter(prefix="/api", tags=["dashboard"])

REF = r"^[A-Za-z0-9_.:-]{1,200}$"
KEY = r"^[^\x00-\x1f]{1,600}$"
WINDOW = r"^\d{1,5}[ds]?$"
Kind = Literal["position", "quote"]


def project(request: Request) -> review.LiveProject:
    """The open project of this app."""
    return request.app.state.parley.project


Project = Annotated[review.LiveProject, Depends(project)]
Page = Annotated[int, Query(ge=1, le=100_000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


class Session(BaseModel):
    """The CSRF token to send as ``X-CSRF-Token`` with every POST (its cookie is set too)."""

    csrf_token: str


class Decision(BaseModel):
    """A reviewer's decision on one item; ``expected_version`` is the item's version as seen."""

    kind: Kind
    key: str = Field(min_length=1, max_length=600)
    decision: Literal["accept", "correct", "reject"]
    reviewer: str = Field(min_length=1, max_length=100)
    expected_version: int = Field(ge=0, le=1_000_000)
    fields: dict[str, str | None] | None = Field(default=None, max_length=8)


class Undo(BaseModel):
    """Take back the latest decision on an item."""

    kind: Kind
    key: str = Field(min_length=1, max_length=600)
    reviewer: str = Field(min_length=1, max_length=100)
    expected_version: int = Field(ge=1, le=1_000_000)


@router.get("/session", response_model=Session)
def session(request: Request) -> Session:
    """A CSRF token for API clients (keep the cookie that comes with it)."""
    return Session(csrf_token=csrf_token(request))


@router.get("/codebook")
def codebook(live: Project) -> report.CodebookView:
    """Actor and issue names, camps, stances and modalities."""
    return report.codebook_view(live)


@router.get("/overview")
def overview(live: Project) -> report.Overview:
    """Counts, date range, camps and perspective-balance warnings."""
    return report.overview(live)


@router.get("/documents")
def documents(live: Project, page: Page = 1, per_page: Annotated[int, Query(ge=1, le=500)] = 50,
              camp: Annotated[str | None, Query(max_length=200)] = None) -> report.DocumentPage:
    """Current documents, newest first, one page."""
    return report.documents_page(live, page, per_page, camp)


@router.get("/documents/{ref}")
def document(live: Project, ref: Annotated[str, Path(pattern=REF)]) -> report.DocumentView:
    """One document with its quotes, mentions and positions (character offsets)."""
    return report.document_view(live, ref)


@router.get("/search")
def search(live: Project, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=200)] = 20) -> report.SearchView:
    """Full-text search of the documents."""
    return report.search(live, q, limit)


@router.get("/actors")
def actors(live: Project) -> list[report.EntityRow]:
    """Actors with their statements, quotes and mentions."""
    return report.actors_view(live)


@router.get("/issues")
def issues(live: Project) -> list[report.EntityRow]:
    """Issues with their statements."""
    return report.issues_view(live)


@router.get("/quotes")
def quotes(live: Project, offset: Offset = 0, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
           actor: Annotated[str | None, Query(max_length=200)] = None) -> report.QuoteTable:
    """Quotes with speakers and dates."""
    return report.quotes_view(live, limit, offset, actor)


@router.get("/matrix")
def matrix(live: Project) -> report.MatrixView:
    """The actor × issue position matrix with evidence."""
    return report.matrix_view(live)


@router.get("/network")
def network(live: Project, kind: Literal["actor", "issue"] = "actor",
            mode: Literal["congruence", "conflict", "subtract"] = "congruence",
            window: Annotated[str | None, Query(pattern=WINDOW)] = None,
            at: Annotated[int | None, Query(ge=0, le=100_000)] = None) -> report.NetworkView:
    """A discourse network; with ``window`` (``30d``, ``200s``) the one of window ``at``."""
    return report.network_view(live, kind, mode, window, None, at)


@router.get("/timeline")
def timeline(live: Project,
             period: Literal["week", "month", "quarter", "year"] = "month") -> report.TimelineView:
    """Statements per period and position shifts."""
    return report.timeline_view(live, period)


@router.get("/forecast")
def forecast(live: Project, model: Literal[report.FORECAST_MODELS] = "compromise",  # type: ignore[valid-type]
             change: Annotated[list[str], Query(max_length=5)] = [],  # noqa: B006  (FastAPI reads it)
             seed: Annotated[int, Query(ge=0, le=2**31)] = 0,
             draws: Annotated[int, Query(ge=10, le=2000)] = 200) -> report.ForecastView:
    """Forecast with its interval, what-if ``change`` s (``drop:ACTOR`` …), settlement check."""
    return report.forecast_view(live, model, change, seed, draws)


@router.get("/review")
def review_queue(live: Project, kind: Literal["all", "position", "quote"] = "all",
                 status: Literal["pending", "reviewed", "all"] = "pending", offset: Offset = 0,
                 limit: Annotated[int, Query(ge=1, le=200)] = 20) -> review.ReviewQueue:
    """Extracted items, least certain first."""
    return review.review_queue(live, kind, status, limit, offset)


@router.get("/review/item")
def review_item(live: Project, kind: Kind,
                key: Annotated[str, Query(pattern=KEY)]) -> review.ReviewItem:
    """One item with its review history."""
    return review.review_item(live, kind, key)


@router.post("/review/decisions", responses={409: {"description": "decided by someone else meanwhile"}})
def decide(live: Project, body: Decision) -> review.ReviewItem:
    """Record a decision (needs ``X-CSRF-Token``); 409 when the item changed meanwhile."""
    with conflicts(live, body.kind, body.key):
        return review.decide(live, body.kind, body.key, body.decision, body.reviewer,
                             body.expected_version, body.fields)


@router.post("/review/undo", responses={409: {"description": "decided by someone else meanwhile"}})
def undo(live: Project, body: Undo) -> review.ReviewItem:
    """Take back the latest decision (recorded as a newer one)."""
    with conflicts(live, body.kind, body.key):
        return review.undo(live, body.kind, body.key, body.reviewer, body.expected_version)


@router.get("/agreement")
def agreement(live: Project) -> report.Agreement:
    """Agreement between reviewers and between the machine and reviewers."""
    return report.agreement(live)


@contextmanager
def conflicts(live: Any, kind: str, key: str) -> Iterator[None]:
    """Turn a review conflict into 409 with the item as it now stands, to decide again."""
    try:
        yield
    except ReviewConflictError as err:
        current = jsonable_encoder(review.review_item(live, kind, key))
        raise HTTPException(409, detail={"message": str(err), "current": current}) from None
