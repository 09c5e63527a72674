"""What the routes share: the loaded model, the scoring threadpool, metrics.

The ``Runtime`` lives on ``app.state.runtime``; the lifespan fills in the
detector once it has loaded, so routes only ever read it.
"""

from __future__ import annotations

import gc
import hmac
import json
import logging
import math
import re
import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Depends, Request

from model.ad import CONTROL_CHARS
from model.errors import InvalidAdError, WaspadaError
from model.verdict import verdict_record
from service.errors import MODEL_NOT_READY, UNAUTHORIZED, ApiError
from service.metrics import Metrics
from service.settings import Settings

if TYPE_CHECKING:
    from model.detector import Detector
    from model.verdict import Verdict
    from service.store.service import CaseService

log = logging.getLogger("waspada.service")

T = TypeVar("T")

# C0 controls other than tab, newline and carriage return, DEL, and lone
# surrogates (which JSON can smuggle in as "\ud800" and which no UTF-8 output
# can carry). None of them belongs in an ad.
# The ad contract's control characters, plus lone surrogates (which JSON
# can carry but no text encoding can write back).
_BAD_CHARS = re.compile(f"[{CONTROL_CHARS}\\ud800-\\udfff]")


class Runtime:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.metrics = Metrics()
        self.detector: Detector | None = None
        self.load_error: WaspadaError | None = None
        # Two lanes, filled in by the lifespan: single ads and batches.
        self.limiter: anyio.CapacityLimiter | None = None
        self.batch_limiter: anyio.CapacityLimiter | None = None
        # Rendered once per model: they never change while it is loaded.
        self.rules_body: bytes | None = None
        self.model_body: bytes | None = None
        # Route templates, so that requests answered by middleware before
        # routing (413, 415, 429) are still counted under their route.
        self.route_paths: frozenset[str] = frozenset()
        # model.ocr.OcrReader, built on the first picture (service/routes/image.py).
        self.ocr_reader: Any = None
        # Cases and reviews (service/store), when the deployment keeps them.
        self.cases: CaseService | None = None
        if settings.store_cases:
            from service.store.service import CaseService

            self.cases = CaseService(settings, self.metrics.registry)
        # service.ratelimit.RateLimiter, set by its middleware when limits are on.
        self.rate_limiter: Any = None

    @property
    def retry_after(self) -> str:
        return str(max(1, math.ceil(self.settings.model_retry_seconds)))

    # -- the model ---------------------------------------------------------

    def load_model(self) -> Detector:
        """Blocking: load and verify the artifact (runs in a worker thread)."""
        from model.detector import Detector

        started = time.perf_counter()
        detector = Detector.load(
            self.settings.model_path,
            verify=self.settings.verify_model,
            max_chars=self.settings.max_ad_chars,
            max_seconds=self.settings.max_ad_seconds,
            key=(
                self.settings.artifact_key.get_secret_value()
                if self.settings.artifact_key is not None
                else None
            ),
            pipeline_sha256=self.settings.pipeline_sha256,
        )
        # Warm up once so the first client does not pay for lazy imports.
        detector.score_batch(["warm up"], explain=True)
        self.metrics.model_loaded(detector.version, time.perf_counter() - started)
        return detector

    def require_detector(self) -> Detector:
        if self.detector is None:
            raise ApiError(
                503,
                MODEL_NOT_READY,
                "The model is still loading (or could not be loaded); retry shortly. "
                "GET /readyz says when it is ready.",
                headers={"Retry-After": self.retry_after},
            )
        return self.detector

    async def run(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run CPU-bound ``func`` in the threadpool, never on the event loop."""
        return await anyio.to_thread.run_sync(
            partial(func, *args, **kwargs), limiter=self.limiter
        )

    async def run_batch(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Like ``run``, in the batch lane.

        A 1,000-ad batch scores for about a second; in a lane of its own it
        never holds up single ads (the browser extension, the web page).
        """
        return await anyio.to_thread.run_sync(
            partial(func, *args, **kwargs), limiter=self.batch_limiter
        )

    # -- ads ---------------------------------------------------------------

    def check_ad(self, fields: Mapping[str, str]) -> None:
        """Reject what the model must not see; raises InvalidAdError (422)."""
        for name, value in fields.items():
            found = _BAD_CHARS.search(value)
            if found is not None:
                raise InvalidAdError(
                    f"Field '{name}' contains the control character "
                    f"U+{ord(found.group()):04X} at position {found.start()}; "
                    "send plain text (tabs and newlines are fine)."
                )

    def log_verdict(self, endpoint: str, verdict: Verdict) -> None:
        extra: dict[str, Any] = {
            "endpoint": endpoint,
            "score": verdict.score,
            "risk": verdict.risk,
            "flags": [flag.rule_id for flag in verdict.flags],
            "chars": len(verdict.text),
        }
        if self.settings.log_ad_text:
            extra["ad_text"] = verdict.text
        log.info("scored", extra=extra)


def freeze_heap(thaw: bool = False) -> None:
    """Collect once, then hide every object alive now from the cyclic collector.

    The loaded model and the libraries behind it are some 370,000 tracked
    objects that live as long as the process. A full (generation 2)
    collection walks all of them while holding the GIL: about 180 ms of CPU
    (more on a busy machine), every 20 s or so under steady traffic, and the
    event loop cannot answer even ``/healthz`` meanwhile. Frozen, they are
    never walked again: a full collection only visits what requests and
    caches made since (under 1 ms). Objects freed by reference counting are
    still freed; only reference cycles among frozen objects would stay, which
    is why a reload thaws everything first (``thaw=True``, ``service.reload``).
    At start nothing needs thawing, and what an earlier app in the same
    process froze (tests) is not walked again.
    """
    if thaw:
        gc.unfreeze()
    gc.collect()
    gc.freeze()


# The dependencies are ``async def`` although they never await: FastAPI runs a
# plain ``def`` dependency in the threadpool, and two thread hops per request
# cost more than the checks themselves.


async def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def check_api_key(request: Request) -> None:
    """When API keys are configured, the caller must present one.

    Keys come in ``X-API-Key`` or ``Authorization: Bearer``; comparison is
    constant-time so a key cannot be guessed byte by byte from timings.
    """
    runtime: Runtime = request.app.state.runtime
    keys = runtime.settings.api_key_values()
    if not keys:
        return
    if not key_matches(request, keys):
        raise ApiError(
            401,
            UNAUTHORIZED,
            "This endpoint needs an API key: send it in the X-API-Key header.",
            headers={"WWW-Authenticate": 'ApiKey header="X-API-Key"'},
        )


async def require_api_key(request: Request) -> None:
    """POST /v1/score/batch needs a key unless WASPADA_OPEN_BATCH."""
    settings: Settings = request.app.state.runtime.settings
    if settings.open_batch:
        return
    if not settings.api_key_values():
        raise ApiError(
            401,
            UNAUTHORIZED,
            "Batch scoring needs an API key and this server has none configured: "
            "the operator can set WASPADA_API_KEYS (or WASPADA_OPEN_BATCH=true).",
            headers={"WWW-Authenticate": 'ApiKey header="X-API-Key"'},
        )
    check_api_key(request)


_LOOPBACK = frozenset({"127.0.0.1", "::1"})


async def require_metrics_access(request: Request) -> None:
    """/metrics: open with WASPADA_OPEN_METRICS, else a key (or, with no keys
    configured, a direct loopback client: a local Prometheus or an operator)."""
    settings: Settings = request.app.state.runtime.settings
    if settings.open_metrics:
        return
    if settings.api_key_values():
        check_api_key(request)
        return
    client = request.client.host if request.client else ""
    if client in _LOOPBACK and "x-forwarded-for" not in request.headers:
        return
    raise ApiError(
        401,
        UNAUTHORIZED,
        "/metrics needs an API key (WASPADA_API_KEYS) or WASPADA_OPEN_METRICS=true.",
        headers={"WWW-Authenticate": 'ApiKey header="X-API-Key"'},
    )


async def require_api_key_for_single(request: Request) -> None:
    """POST /v1/score needs a key only if WASPADA_REQUIRE_API_KEY_FOR_SINGLE."""
    runtime: Runtime = request.app.state.runtime
    if runtime.settings.require_api_key_for_single:
        check_api_key(request)


def dumps(data: Any) -> bytes:
    # ensure_ascii=False keeps non-Latin ads compact; check_ad has already
    # refused lone surrogates, the one thing that could not be encoded.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def dumps_batch(results: Sequence[Any], model_version: str) -> bytes:
    """``dumps({"results": results, "model_version": ...})``, a result at a time.

    ``json.dumps`` is one C call that keeps the GIL to the end: for a
    1,000-ad answer with explanations (3–5 MB) that is 60–90 ms in which the
    event loop, and ``/healthz``, cannot run. Encoded one result at a time
    (under 0.1 ms each) the loop gets its turns in between; the bytes are
    the same.
    """
    encoded = b",".join(dumps(result) for result in results)
    version = dumps(model_version)
    return b'{"results":[' + encoded + b'],"model_version":' + version + b"}"


def verdict_payload(verdict: Verdict) -> dict[str, Any]:
    """A ScoreResponse as plain data (the one shape: ``model.verdict``)."""
    return verdict_record(verdict, include_text=True)


def key_matches(request: Request, keys: Sequence[str]) -> bool:
    """The request carries one of ``keys`` (X-API-Key, or Authorization: Bearer)."""
    supplied = request.headers.get("x-api-key", "")
    if not supplied:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            supplied = token.strip()
    given = supplied.encode("utf-8", "surrogateescape")
    matched = False
    for key in keys:
        # No early exit: every key is compared whatever the outcome.
        matched |= hmac.compare_digest(given, key.encode("utf-8"))
    return bool(supplied) and matched
