"""The classroom web app (Starlette): the phone page, its assets and four JSON endpoints.

Routes: ``GET /`` (the page, with its texts in both languages), ``GET /static/app.js`` and
``/static/app.css``, ``GET /image/<sha256>`` (an image that the session's questions show, and no
other), and ``POST /api/checkin``, ``/api/event``, ``/api/ping``, ``/api/submit``.
Every POST is checked before anything else: JSON of a bounded size, the CSRF token (the
page's cookie repeated in a header, and an Origin, when sent, naming this server), the
session's join code; then the room checks the attempt and its secret. Failed check-ins
are rate-limited per address. Every response carries security headers: nothing may be
cached or framed, scripts and styles only from this server.
"""

from __future__ import annotations

import html
import json
import secrets
import time
from collections import defaultdict, deque
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from assessor.classroom.room import PhoneRefused, Room
from assessor.classroom.texts import catalogue
from assessor.errors import AssessorError

STATIC = Path(__file__).resolve().parent / "static"
CSRF_COOKIE = "assessor_csrf"
CSRF_HEADER = "x-assessor-csrf"
MAX_BODY = 16 * 1024
FAILS_PER_MINUTE = 10
FAILURES = ("unknown_code", "resume_locked", "already_submitted", "bad_join", "csrf")

HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
                                 b"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"permissions-policy", b"geolocation=(), microphone=()"),
]


class SecurityHeaders:
    """Pure ASGI middleware: the same headers on every response (cheaper than a per-request wrapper)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class FailureLimit:
    """At most ``limit`` failed check-ins per address per minute."""

    def __init__(self, limit: int = FAILS_PER_MINUTE, window_s: float = 60.0, clock=time.monotonic):
        self.limit, self.window_s, self.clock = limit, window_s, clock
        self._fails: dict[str, deque] = defaultdict(deque)

    def blocked(self, who: str) -> bool:
        """Whether ``who`` has failed too often within the window and must wait."""
        fails = self._fails.get(who)
        if not fails:
            return False
        cutoff = self.clock() - self.window_s
        while fails and fails[0] < cutoff:
            fails.popleft()
        return len(fails) >= self.limit

    def failed(self, who: str) -> None:
        """Count one failure for ``who`` now."""
        self._fails[who].append(self.clock())


def _refusal(code: str, status: int, **extra) -> JSONResponse:
    return JSONResponse({"error": code, **extra}, status_code=status)


def create_app(room: Room, writer, *, lifespan=None, limit: FailureLimit | None = None) -> Starlette:
    """The ASGI app for ``room``; every database call goes through ``writer`` (see writer.py)."""
    limit = limit or FailureLimit()
    texts_json = json.dumps(catalogue(), ensure_ascii=False).replace("<", "\\u003c")
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    page = page.replace("{{TEXTS}}", texts_json).replace("{{TITLE}}", html.escape(room.assessment_name))
    assets = {"app.js": ((STATIC / "app.js").read_bytes(), "text/javascript; charset=utf-8"),
              "app.css": ((STATIC / "app.css").read_bytes(), "text/css; charset=utf-8")}

    async def index(request: Request) -> Response:
        response = Response(page, media_type="text/html; charset=utf-8")
        token = request.cookies.get(CSRF_COOKIE)
        if not token or len(token) > 64:
            token = secrets.token_urlsafe(18)
        response.set_cookie(CSRF_COOKIE, token, samesite="strict", httponly=False, path="/")
        return response

    async def asset(request: Request) -> Response:
        found = assets.get(request.path_params["name"])
        if found is None:
            return Response(status_code=404)
        return Response(found[0], media_type=found[1])

    async def image(request: Request) -> Response:
        """An image of the session's questions, by its SHA-256 (only those; checked PNG/JPEG, at most 2 MB)."""
        try:
            data, mime = await writer.run(room.image, request.path_params["sha256"])
        except PhoneRefused as exc:
            return Response(status_code=exc.status)
        except AssessorError:
            return Response(status_code=404)
        return Response(data, media_type=mime)

    async def no_icon(request: Request) -> Response:
        return Response(status_code=204)

    async def read(request: Request) -> dict:
        """The request's JSON after the CSRF and join-code checks, or PhoneRefused."""
        cookie = request.cookies.get(CSRF_COOKIE, "")
        header = request.headers.get(CSRF_HEADER, "")
        if not cookie or not secrets.compare_digest(cookie.encode(), header.encode()):
            raise PhoneRefused("csrf", 403)
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
            raise PhoneRefused("csrf", 403)
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise PhoneRefused("bad_request", 415)
        body = await request.body()
        if len(body) > MAX_BODY:
            raise PhoneRefused("too_large", 413)
        try:
            data = json.loads(body)
        except ValueError:
            raise PhoneRefused("bad_request", 400) from None
        if not isinstance(data, dict):
            raise PhoneRefused("bad_request", 400)
        if not room.join_ok(data.get("join")):
            raise PhoneRefused("bad_join", 403)
        return data

    def who(request: Request) -> str:
        return request.client.host if request.client else "?"

    def endpoint(handler, counts_failures: bool = False):
        async def run(request: Request) -> Response:
            if counts_failures and limit.blocked(who(request)):
                return _refusal("too_many", 429)
            try:
                return JSONResponse(await handler(request, await read(request)))
            except PhoneRefused as exc:
                if counts_failures and exc.code in FAILURES:
                    limit.failed(who(request))
                return _refusal(exc.code, exc.status, **exc.extra)
            except AssessorError as exc:  # the engine refused: nothing was stored
                return _refusal(exc.code, 409)
        return run

    async def checkin(request: Request, data: dict) -> dict:
        return await writer.run(room.check_in, data.get("code"), data.get("lang"), data.get("attempt"),
                                data.get("secret"))

    async def event(request: Request, data: dict) -> dict:
        return await writer.run(room.event, data.get("attempt"), data.get("secret"), data.get("id"),
                                data.get("question"), data.get("kind"), data.get("value"))

    async def ping(request: Request, data: dict) -> dict:
        return await writer.run(room.ping, data.get("attempt"), data.get("secret"), data.get("position"),
                                data.get("lang"))

    async def submit(request: Request, data: dict) -> dict:
        return await writer.run(room.submit, data.get("attempt"), data.get("secret"))

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/static/{name}", asset, methods=["GET"]),
        Route("/image/{sha256}", image, methods=["GET"]),
        Route("/favicon.ico", no_icon, methods=["GET"]),
        Route("/api/checkin", endpoint(checkin, counts_failures=True), methods=["POST"]),
        Route("/api/event", endpoint(event), methods=["POST"]),
        Route("/api/ping", endpoint(ping), methods=["POST"]),
        Route("/api/submit", endpoint(submit), methods=["POST"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(SecurityHeaders)
    return app
