"""The dashboard's HTML pages: each renders the object its JSON twin returns."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from parley.api import report, review
from parley.core.errors import ReviewConflictError

from . import charts
from .highlight import segments
from .json_api import KEY, REF, WINDOW, Kind, Offset, Page, Project

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

NAV = (("/", "Overview"), ("/documents", "Documents"), ("/search", "Search"),
       ("/actors", "Actors"), ("/issues", "Issues"), ("/quotes", "Quotes"), ("/matrix", "Matrix"),
       ("/network", "Network"), ("/timeline", "Timeline"), ("/forecast", "Forecast"),
       ("/review", "Review"), ("/agreement", "Agreement"))


def render(request: Request, template: str, **context: Any) -> Response:
    """A page with the navigation, the codebook's names and the CSRF token."""
    state = request.app.state.parley
    names = report.codebook_view(state.project)
    return state.templates.TemplateResponse(request, template, {
        "nav": NAV, "path": request.url.path, "book": names, **context})


@router.get("/")
def overview_page(request: Request, live: Project) -> Response:
    view = report.overview(live)
    return render(request, "overview.html", view=view, figure=charts.camps_figure(view))


@router.get("/documents")
def documents_page(request: Request, live: Project, page: Page = 1,
                   camp: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    return render(request, "documents.html", view=report.documents_page(live, page, 50, camp),
                  camp=camp)


@router.get("/documents/{ref}")
def document_page(request: Request, live: Project, ref: Annotated[str, Path(pattern=REF)]) -> Response:
    view = report.document_view(live, ref)
    return render(request, "document.html", view=view, segments=segments(view.text, view.items))


@router.get("/search")
def search_page(request: Request, live: Project,
                q: Annotated[str, Query(max_length=200)] = "") -> Response:
    view = report.search(live, q) if q.strip() else None
    return render(request, "search.html", view=view, q=q)


@router.get("/actors")
def actors_page(request: Request, live: Project) -> Response:
    return render(request, "entities.html", rows=report.actors_view(live), title="Actors",
                  detail="camp", twin="/api/actors")


@router.get("/issues")
def issues_page(request: Request, live: Project) -> Response:
    return render(request, "entities.html", rows=report.issues_view(live), title="Issues",
                  detail="description", twin="/api/issues")


@router.get("/quotes")
def quotes_page(request: Request, live: Project, offset: Offset = 0,
                actor: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    return render(request, "quotes.html", view=report.quotes_view(live, 100, offset, actor),
                  actor=actor)


@router.get("/matrix")
def matrix_page(request: Request, live: Project) -> Response:
    view = report.matrix_view(live)
    return render(request, "matrix.html", view=view, figure=charts.matrix_figure(view))


@router.get("/network")
def network_page(request: Request, live: Project, kind: Literal["actor", "issue"] = "actor",
                 mode: Literal["congruence", "conflict", "subtract"] = "congruence",
                 window: Annotated[str | None, Query(pattern=WINDOW)] = None,
                 at: Annotated[int | None, Query(ge=0, le=100_000)] = None) -> Response:
    view = report.network_view(live, kind, mode, window or None, None, at)
    return render(request, "network.html", view=view, figure=charts.network_figure(view))


@router.get("/timeline")
def timeline_page(request: Request, live: Project,
                  period: Literal["week", "month", "quarter", "year"] = "month") -> Response:
    view = report.timeline_view(live, period)
    return render(request, "timeline.html", view=view, figure=charts.timeline_figure(view))


@router.get("/forecast")
def forecast_page(request: Request, live: Project,
                  model: Literal[report.FORECAST_MODELS] = "compromise",  # type: ignore[valid-type]
                  change: Annotated[list[str], Query(max_length=5)] = [],  # noqa: B006
                  seed: Annotated[int, Query(ge=0, le=2**31)] = 0) -> Response:
    view = report.forecast_view(live, model, change, seed)
    figures = ({"forecast": charts.forecast_figure(view),
                "settlement": charts.settlement_figure(view)} if view.available else {})
    return render(request, "forecast.html", view=view, figures=figures,
                  models=report.FORECAST_MODELS)


@router.get("/review")
def review_page(request: Request, live: Project, kind: Literal["all", "position", "quote"] = "all",
                status: Literal["pending", "reviewed", "all"] = "pending", offset: Offset = 0,
                message: Annotated[str | None, Query(max_length=300)] = None) -> Response:
    view = review.review_queue(live, kind, status, 20, offset)
    return render(request, "review.html", view=view, message=message,
                  reviewer=request.cookies.get("parley_reviewer", ""))


@router.get("/review/item")
def review_item_page(request: Request, live: Project, kind: Kind,
                     key: Annotated[str, Query(pattern=KEY)]) -> Response:
    item = review.review_item(live, kind, key)
    return render(request, "review_item.html", item=item)


FIELD_NAMES = ("speaker", "actor", "issue", "stance", "modality", "date")


@router.post("/review/decide")
async def decide_form(request: Request, live: Project, kind: Annotated[Kind, Form()],
                      key: Annotated[str, Form(max_length=600)],
                      decision: Annotated[Literal["accept", "correct", "reject", "undo"], Form()],
                      reviewer: Annotated[str, Form(min_length=1, max_length=100)],
                      expected_version: Annotated[int, Form(ge=0, le=1_000_000)]) -> Response:
    """The no-JavaScript path of the review queue: a form post, then back to the queue."""
    form = await request.form()
    fields = {n: str(form[n]) for n in FIELD_NAMES if str(form.get(n, "")).strip()}
    try:
        if decision == "undo":
            review.undo(live, kind, key, reviewer, expected_version)
        else:
            review.decide(live, kind, key, decision, reviewer, expected_version,
                          fields if decision == "correct" else None)
        message = f"{decision}: saved"
    except ReviewConflictError as err:
        message = str(err)
    back = RedirectResponse(f"/review?{_query(message=message)}", status_code=303)
    back.set_cookie("parley_reviewer", reviewer, samesite="strict", httponly=True)
    return back


def _query(**values: str) -> str:
    from urllib.parse import urlencode

    return urlencode(values)


@router.get("/agreement")
def agreement_page(request: Request, live: Project) -> Response:
    return render(request, "agreement.html", view=report.agreement(live))
