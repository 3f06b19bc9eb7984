"""Security of the dashboard: where it listens, who may use it, what it accepts.

* **Binding**: loopback (127.0.0.1) by default; any other address needs a token
  (:func:`check_binding`), given as ``Authorization: Bearer …``, once as ``?token=…``
  (kept in an HttpOnly cookie), or in that cookie.
* **Host header**: on loopback only ``localhost`` / ``127.0.0.1`` / ``[::1]`` are
  answered, so a web page cannot reach the dashboard by DNS rebinding.
* **CSRF**: every state-changing request carries the session's token (header
  ``X-CSRF-Token`` or form field ``csrf_token``) equal to the ``parley_csrf``
  cookie (SameSite=Strict), and a foreign ``Origin`` is refused.
* **Sizes**: request bodies over ``max_body`` bytes get 413, chunked bodies without
  a length 411.
* **Headers**: a strict Content-Security-Policy (scripts only from the dashboard
  itself), ``nosniff``, no referrer, no framing.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from dataclasses import dataclass
from typing import Awaitable, Callable
from urllib.parse import parse_qs, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response

from parley.core.errors import ConfigError

CSRF_COOKIE = "parley_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
FORM_TYPE = "application/x-www-form-urlencoded"
TOKEN_COOKIE = "parley_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_BODY = 64 * 1024
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_binding(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token."""
    if not is_loopback(host) and not token:
        raise ConfigError(f"listening on {host} lets other machines in: pass --token TOKEN "
                          "(or set PARLEY_TOKEN), or keep the default 127.0.0.1")
    if token is not None and len(token) < 16:
        raise ConfigError("the token must have at least 16 characters")


@dataclass(frozen=True)
class SecurityConfig:
    """What the middleware enforces."""

    token: str | None = None
    loopback: bool = True
    max_body: int = MAX_BODY


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    return PlainTextResponse(message, status_code=status)


def _host_ok(request: Request, config: SecurityConfig) -> bool:
    if not config.loopback:
        return True
    host = request.url.hostname or ""
    return host == "testserver" or is_loopback(host)


def _token_given(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    for given in (header[7:] if header.lower().startswith("bearer ") else "",
                  request.cookies.get(TOKEN_COOKIE, ""), request.query_params.get("token", "")):
        if given and hmac.compare_digest(given.encode(), token.encode()):
            return True
    return False


def _without_token(request: Request) -> str:
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
    return request.url.path + (f"?{urlencode(query)}" if query else "")


def _origin_ok(request: Request) -> bool:
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host")


async def _csrf_ok(request: Request) -> bool:
    expected = request.cookies.get(CSRF_COOKIE, "")
    given = request.headers.get(CSRF_HEADER, "")
    if not given and request.headers.get("content-type", "").startswith(FORM_TYPE):
        # The body (not the parsed form) is read here, so the endpoint can read it again.
        fields = parse_qs((await request.body()).decode("utf-8", "replace"))
        given = (fields.get(CSRF_FIELD) or [""])[0]
    return bool(expected) and bool(given) and hmac.compare_digest(expected.encode(), given.encode())


def csrf_token(request: Request) -> str:
    """The session's CSRF token (a new one when the browser has none yet)."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if not token:
        token = secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


def _headers(response: Response, request: Request, config: SecurityConfig) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    new = getattr(request.state, "new_csrf", None)
    if new:
        response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict", secure=False)
    return response


def _body_problem(request: Request, config: SecurityConfig) -> Response | None:
    length = request.headers.get("content-length")
    if length is not None:
        if not length.isdigit():
            return _error(request, 400, "Content-Length must be a number")
        if int(length) > config.max_body:
            return _error(request, 413, f"request body over {config.max_body} bytes")
    elif "chunked" in request.headers.get("transfer-encoding", "").lower():
        return _error(request, 411, "send a Content-Length (chunked bodies are not accepted)")
    return None


def security_middleware(config: SecurityConfig) -> Callable[..., Awaitable[Response]]:
    """An ``http`` middleware function enforcing :class:`SecurityConfig` (see module doc)."""

    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not _host_ok(request, config):
            return _error(request, 400, "unexpected Host header; use http://127.0.0.1:PORT/")
        if config.token and not _token_given(request, config.token):
            return _error(request, 401, "a token is needed: open the address printed by "
                                        "'parley serve' (…?token=…) or send Authorization: Bearer")
        if config.token and "token" in request.query_params and request.method == "GET":
            response: Response = RedirectResponse(_without_token(request), status_code=303)
            response.set_cookie(TOKEN_COOKIE, config.token, httponly=True, samesite="strict")
            return _headers(response, request, config)
        problem = _body_problem(request, config)
        if problem is not None:
            return problem
        if request.method not in SAFE_METHODS:
            if not _origin_ok(request):
                return _error(request, 403, "cross-origin request refused")
            if not await _csrf_ok(request):
                return _error(request, 403, "missing or wrong CSRF token; reload the page "
                                            "(API clients: GET /api/session first)")
        return _headers(await call_next(request), request, config)

    return guard

