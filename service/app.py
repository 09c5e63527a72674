"""The HTTP service: ``create_app()`` builds it; ``service.server.serve()`` runs it.

Nothing happens at import time. The model loads in the lifespan, in a
background task and a worker thread, so the server answers ``/healthz`` at
once and ``/readyz`` turns 200 when the model is in (a missing model is
retried, not fatal: the operator can copy it in later).

Middleware, outermost first: request context (request id, access log,
metrics, security headers), CORS, the per-client rate limit, then the body
guard (size, media type, UTF-8) before FastAPI parses anything.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from model.errors import WaspadaError
from service.errors import (
    BODY_TOO_LARGE,
    INVALID_ENCODING,
    NOT_FOUND,
    UNSUPPORTED_MEDIA_TYPE,
    ApiError,
    error_response,
    install_error_handlers,
)
from service.logging import new_request_id, request_id_var
from service.ratelimit import RateLimitMiddleware
from service.reload import install_sighup
from service.routes import admin, cases, health, image, model, rules, score
from service.routes.deps import Runtime, freeze_heap
from service.settings import Settings

log = logging.getLogger("waspada.service")
access_log = logging.getLogger("waspada.access")

API_PREFIX = "/v1/"
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

# The page has no external resources, so everything is 'self'. Swagger UI and
# ReDoc load their scripts from a CDN with inline bootstrapping: they get a
# looser policy of their own.
PAGE_CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# Swagger UI's page starts itself with an inline script; everything else is
# served locally from /docs-static.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
_DOCS_PATHS = ("/docs",)
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-site"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
)

DESCRIPTION = """
Waspada flags online job ads that are likely fronts for scam-compound and
online-gambling recruitment.

* `POST /v1/score` scores one ad and explains why (flags with evidence
  offsets, highlighted phrases).
* `POST /v1/score/batch` scores up to 1,000 ads, results in input order.
* `POST /v1/score/image` reads an ad posted as a picture (PNG, JPEG, WebP;
  multipart field `file`) and answers the verdict with `ocr_text` and boxes
  on the picture for every flag's evidence and highlight.
* Errors are always `{"error": {"code": "STABLE_CODE", "message": "..."}}`:
  400 `INVALID_JSON`, `INVALID_ENCODING`; 401 `UNAUTHORIZED`; 404
  `NOT_FOUND`; 405 `METHOD_NOT_ALLOWED`; 413 `BODY_TOO_LARGE`,
  `BATCH_TOO_LARGE`; 415 `UNSUPPORTED_MEDIA_TYPE`; 422 `EMPTY_AD`,
  `AD_TOO_LONG`, `AD_TOO_COSTLY`, `INVALID_AD`, `UNKNOWN_FIELD`,
  `VALIDATION_ERROR`; 429
  `RATE_LIMITED` (with `Retry-After`); 503 `MODEL_NOT_READY`; from the
  connection layer: 400 `BAD_REQUEST`, 408 `REQUEST_TIMEOUT`, 431
  `HEADERS_TOO_LARGE`, 503 `SERVER_BUSY`, `TOO_MANY_CONNECTIONS`.
* Every response carries `X-Request-ID` (yours, if you sent a plain one).
"""


# -- middleware ----------------------------------------------------------------


class RequestContextMiddleware:
    """Request id, JSON access log, Prometheus metrics and security headers."""

    def __init__(self, app: ASGIApp, runtime: Runtime) -> None:
        self.app = app
        self.runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        request_id = new_request_id(headers.get("x-request-id"))
        token = request_id_var.set(request_id)
        path: str = scope["path"]
        csp = DOCS_CSP if path.startswith(_DOCS_PATHS) else PAGE_CSP
        status = 500
        started = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                response_headers = MutableHeaders(scope=message)
                response_headers["x-request-id"] = request_id
                response_headers.setdefault("content-security-policy", csp)
                for name, value in SECURITY_HEADERS:
                    response_headers.setdefault(name, value)
                if path.startswith(API_PREFIX):
                    # Verdicts are about one ad at one moment: never cache them.
                    response_headers.setdefault("cache-control", "no-store")
            await send(message)

        metrics = self.runtime.metrics
        metrics.in_progress.inc()
        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            elapsed = time.perf_counter() - started
            metrics.in_progress.dec()
            route = getattr(scope.get("route"), "path", None) or (
                path if path in self.runtime.route_paths else "unmatched"
            )
            method = scope["method"]
            metrics.requests.labels(
                method=method, route=route, status=str(status)
            ).inc()
            metrics.latency.labels(method=method, route=route).observe(elapsed)
            extra: dict[str, Any] = {
                "method": method,
                "path": path[:200],
                "route": route,
                "status": status,
                "duration_ms": round(elapsed * 1000, 2),
            }
            client = scope.get("client")
            if self.runtime.settings.log_client_ip and client:
                extra["client"] = client[0]
            access_log.info("request", extra=extra)
            request_id_var.reset(token)


class BodyGuardMiddleware:
    """Bound, then check, every request body before FastAPI parses it.

    The body is read here (at most ``max_body_bytes``, whether or not a
    Content-Length was sent) and replayed to the app. Buffering costs at most
    the limit per request and lets one place answer 413, 415 and non-UTF-8
    with the right code instead of FastAPI's generic 400/422.
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int, uploads: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # File uploads (path -> byte limit): multipart, not JSON.
        self.uploads = uploads or {}

    def _too_large(self, limit: int) -> Response:
        return error_response(
            413,
            BODY_TOO_LARGE,
            f"The request body is larger than {limit:,} bytes. Send fewer "
            "or shorter ads, or a smaller picture.",
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        upload = scope["path"] in self.uploads
        limit = self.uploads.get(scope["path"], self.max_bytes)
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await error_response(
                    400, "BAD_REQUEST", "Invalid Content-Length header."
                )(scope, receive, send)
                return
            if int(declared) > limit:
                await self._too_large(limit)(scope, receive, send)
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await self._too_large(limit)(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)

        if upload:
            problem = _check_multipart(headers.get("content-type"))
            if problem is not None:
                await problem(scope, receive, send)
                return
        elif scope["path"].startswith(API_PREFIX):
            problem = _check_json_body(headers.get("content-type"), body)
            if problem is not None:
                await problem(scope, receive, send)
                return

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            # After the body, the only thing left to hear is the disconnect.
            return await receive()

        await self.app(scope, replay, send)


def _check_multipart(content_type: str | None) -> Response | None:
    media = (content_type or "").split(";")[0].strip().lower()
    if media != "multipart/form-data" or "boundary=" not in (content_type or ""):
        return error_response(
            415,
            UNSUPPORTED_MEDIA_TYPE,
            "Send the picture as multipart/form-data in the field 'file' "
            "(curl -F file=@flyer.png).",
        )
    return None


def _check_json_body(content_type: str | None, body: bytes) -> Response | None:
    media = (content_type or "").split(";")[0].strip().lower()
    if media != "application/json" and not (
        media.startswith("application/") and media.endswith("+json")
    ):
        # Requiring JSON also stops cross-site HTML forms (which cannot send
        # application/json without a CORS preflight) from using the API.
        return error_response(
            415,
            UNSUPPORTED_MEDIA_TYPE,
            "Send the body as JSON with the header Content-Type: application/json.",
        )
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as error:
        return error_response(
            400,
            INVALID_ENCODING,
            f"The body is not valid UTF-8 (byte {error.start}); encode the JSON "
            "as UTF-8.",
        )
    return None


# -- lifespan -----------------------------------------------------------------


async def _load_until_ready(runtime: Runtime) -> None:
    """Load the model in a thread; on failure keep /readyz 503 and retry."""
    settings = runtime.settings
    while runtime.detector is None:
        try:
            # abandon_on_cancel: a shutdown during a long load must not wait.
            detector = await anyio.to_thread.run_sync(
                runtime.load_model, abandon_on_cancel=True
            )
        except WaspadaError as error:
            runtime.load_error = error
            log.error(
                "model not loaded; retrying",
                extra={
                    "code": error.code,
                    "error": error.message,
                    "model_path": str(settings.model_path),
                    "retry_s": settings.model_retry_seconds,
                },
            )
        except Exception as error:  # a broken artifact must not kill the server
            runtime.load_error = WaspadaError(
                f"The model could not be loaded: {type(error).__name__}",
                code="MODEL_LOAD_FAILED",
            )
            log.exception("model load failed; retrying")
        else:
            # Before the model is announced: the one long collection happens
            # while nothing is being served yet.
            await anyio.to_thread.run_sync(freeze_heap, abandon_on_cancel=True)
            runtime.detector = detector
            runtime.load_error = None
            log.info(
                "model loaded",
                extra={
                    "model_version": detector.version,
                    "model_path": str(settings.model_path),
                },
            )
            return
        await anyio.sleep(settings.model_retry_seconds)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    runtime: Runtime = app.state.runtime
    previous_switch = sys.getswitchinterval()
    sys.setswitchinterval(runtime.settings.gil_switch_interval_ms / 1000)
    runtime.limiter = anyio.CapacityLimiter(runtime.settings.score_threads)
    runtime.batch_limiter = anyio.CapacityLimiter(runtime.settings.batch_threads)
    install_sighup(runtime)  # SIGHUP swaps to a new model (service.reload)
    async with anyio.create_task_group() as group:
        group.start_soon(_load_until_ready, runtime)
        if runtime.cases is not None:
            group.start_soon(runtime.cases.keep_open)
        yield
        group.cancel_scope.cancel()
    if runtime.cases is not None:
        await anyio.to_thread.run_sync(runtime.cases.close)
    sys.setswitchinterval(previous_switch)


# -- the app ------------------------------------------------------------------


def _openapi(app: FastAPI, settings: Settings) -> Callable[[], dict[str, Any]]:
    """OpenAPI that states this server's actual limits and authentication."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
        )
        components = schema.setdefault("components", {})
        schemas = components.get("schemas", {})
        batch = schemas.get("BatchRequest")
        if batch is not None:
            batch["properties"]["ads"]["maxItems"] = settings.max_batch_size
        for name in ("Ad", "ScoreRequest"):
            for prop in schemas.get(name, {}).get("properties", {}).values():
                for branch in prop.get("anyOf", []):
                    if "pattern" in branch:  # the ad's text fields
                        branch["maxLength"] = settings.max_ad_chars
        secured = [] if settings.open_batch else ["/v1/score/batch"]
        if settings.api_key_values() and settings.require_api_key_for_single:
            secured.append("/v1/score")
        if secured:
            components.setdefault("securitySchemes", {})["ApiKey"] = {
                "type": "apiKey",
                "in": "header",
                "name": "X-API-Key",
            }
            for path in secured:
                schema["paths"][path]["post"]["security"] = [{"ApiKey": []}]
        app.openapi_schema = schema
        return schema

    return build


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service. Cheap: the model loads later, in the lifespan."""
    settings = settings or Settings()
    runtime = Runtime(settings)
    app = FastAPI(
        title="Waspada",
        version="1",
        summary="Flag job ads that are likely scam-compound recruitment fronts.",
        description=DESCRIPTION,
        lifespan=_lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.runtime = runtime
    install_error_handlers(app)

    routers = (
        score.router,
        image.router,
        cases.router,
        cases.page_router,
        rules.router,
        model.router,
        health.router,
        admin.router,
    )
    for router in routers:
        app.include_router(router)
    _add_web_page(app, settings.resolved_web_dir())
    _add_offline_docs(app, try_it=settings.docs_try_it)
    # Read from the routers: FastAPI keeps included routers nested.
    runtime.route_paths = frozenset(
        str(getattr(route, "path", ""))
        for route in (*app.routes, *(r for router in routers for r in router.routes))
    )
    app.openapi = _openapi(app, settings)  # type: ignore[method-assign]

    # add_middleware wraps: the last added runs first.
    app.add_middleware(
        BodyGuardMiddleware,
        max_bytes=settings.max_body_bytes,
        uploads={image.PATH: settings.max_image_bytes + image.FORM_OVERHEAD},
    )
    if settings.rate_limit_per_second > 0 or settings.rate_limit_ads_per_second > 0:
        app.add_middleware(RateLimitMiddleware, runtime=runtime)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_origin_regex=settings.cors_origin_regex,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "X-API-Key", "Authorization", "X-Request-ID"],
        expose_headers=["X-Request-ID", "Retry-After"],
        allow_credentials=False,
        max_age=600,
    )
    app.add_middleware(RequestContextMiddleware, runtime=runtime)
    return app


def _add_offline_docs(app: FastAPI, try_it: bool = False) -> None:
    """Swagger UI at /docs from the swagger-ui-bundle package, not a CDN.

    The service may run where there is no internet; FastAPI's default page
    would load its scripts from a CDN and render blank.
    """
    from fastapi.openapi.docs import get_swagger_ui_html
    from swagger_ui_bundle import swagger_ui_path

    app.mount(
        "/docs-static",
        StaticFiles(directory=swagger_ui_path),
        name="docs-static",
    )

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Response:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Waspada API",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/docs-static/favicon-32x32.png",
            # No "Try it out" (a public demo console) unless the operator asks.
            swagger_ui_parameters=None if try_it else {"supportedSubmitMethods": []},
        )


def _add_web_page(app: FastAPI, web_dir: Path) -> None:
    """GET / serves the awareness page; /static serves its files."""

    @app.get("/", include_in_schema=False)
    async def index() -> Response:
        page = web_dir / "index.html"
        if not page.is_file():
            raise ApiError(404, NOT_FOUND, "The web page is not installed.")
        return FileResponse(page, media_type="text/html; charset=utf-8")

    @app.post("/", include_in_schema=False)
    async def index_post() -> Response:
        # The form posts here only if its script failed: never a GET with the
        # ad in the URL (and so in logs and history); back to the page.
        return RedirectResponse("/", status_code=303)

    # check_dir=False: the page is optional, the API works without it.
    app.mount(
        "/static",
        StaticFiles(directory=web_dir, check_dir=False),
        name="static",
    )
