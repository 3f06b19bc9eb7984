"""The dashboard application: ``create_app(project)`` → a FastAPI app.

Pages are rendered on the server with Jinja2 (autoescaping on: document text is
untrusted and always shown as text); each has a JSON twin under ``/api/…``. See
:mod:`parley.web.security` for binding, tokens, CSRF and size limits.

>>> app = create_app("example.db")          # doctest: +SKIP
>>> import uvicorn; uvicorn.run(app)        # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley.api.review import LiveProject
from parley.core import errors

from . import json_api, pages
from .highlight import anchor
from .security import MAX_BODY, SecurityConfig, csrf_token, security_middleware

HERE = Path(__file__).resolve().parent
STATUS = ((errors.NotFoundError, 404), (errors.ReviewConflictError, 409),
          (errors.ValidationError, 422), (errors.ScenarioError, 422), (errors.ModelError, 422),
          (errors.ConfigError, 400), (errors.InputError, 400))


@dataclass
class AppState:
    """What every request of one app shares."""

    project: LiveProject
    templates: Jinja2Templates


def status_of(err: errors.ParleyError) -> int:
    """The HTTP status of a Parley error (500 for store and other failures)."""
    return next((code for kind, code in STATUS if isinstance(err, kind)), 500)


def templates() -> Jinja2Templates:
    """The page templates; autoescaping is on for every ``.html`` template."""
    found = Jinja2Templates(directory=str(HERE / "templates"))
    found.env.globals["csrf_token"] = csrf_token
    found.env.globals["anchor"] = anchor  # used inside imported macros, which see globals only
    return found


@functools.lru_cache(maxsize=1)
def plotly_js() -> str:
    """Plotly's JavaScript, shipped inside the ``plotly`` package (no download)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_page(request: Request, status: int, message: str, details: Any = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": details if details is not None else message}, status_code=status)
    state: AppState = request.app.state.parley
    return state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "nav": pages.NAV,
                                "path": request.url.path, "book": None}, status_code=status)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(errors.ParleyError)
    async def parley_error(request: Request, err: errors.ParleyError) -> Response:
        return _error_page(request, status_of(err), str(err))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, err: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}"
                             for e in err.errors())
        return _error_page(request, 422, f"invalid request: {problems}",
                           details=json_api.jsonable_encoder(err.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> Response:
        message = err.detail if isinstance(err.detail, str) else "request refused"
        return _error_page(request, err.status_code, message, details=err.detail)


def create_app(project: Any, token: str | None = None, loopback: bool = True,
               max_body: int = MAX_BODY) -> FastAPI:
    """The dashboard of ``project`` (a path, URL, open store or :class:`LiveProject`).

    ``token``: required from every client (see :mod:`parley.web.security`);
    ``loopback``: answer only Host headers of this machine.
    """
    live = project if isinstance(project, LiveProject) else LiveProject(project)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        live.close()

    app = FastAPI(lifespan=lifespan, title="Parley dashboard", version="1", docs_url="/api/docs", redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Evidence, analysis and review of a Parley project. Every page "
                              "has a JSON twin under /api/; POSTs need X-CSRF-Token (GET /api/session).")
    app.state.parley = AppState(live, templates())
    app.middleware("http")(security_middleware(SecurityConfig(token, loopback, max_body)))
    _handlers(app)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/static-lib/plotly.js", include_in_schema=False)
    def plotly() -> Response:
        return Response(plotly_js(), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.include_router(json_api.router)
    app.include_router(pages.router)
    return app
