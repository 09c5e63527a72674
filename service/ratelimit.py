"""Per-client rate limits, shared by all worker processes through Redis.

Two budgets per client, both sliding-window counters from the ``limits``
library:

* **requests** to ``/v1/``: ``rate_limit_burst`` requests per
  ``burst / rate_limit_per_second`` seconds (10/s with bursts of 60 by
  default);
* **ads** in batches: a batch of *n* ads costs *n* from
  ``rate_limit_ads_burst`` per ``ads_burst / rate_limit_ads_per_second``
  seconds, so one request cannot buy a thousand verdicts for one token.

With ``WASPADA_REDIS_URL`` the counters live in Redis (every worker and
every replica sees the same budget); otherwise in this process's memory. If
Redis cannot be reached the request is let through (and logged): a cache
outage must not take the service down.

The client is the TCP peer, or with ``trust_forwarded_for`` the right-most
``X-Forwarded-For`` hop that is not one of ``trusted_proxies`` (hops to its
left were written by the client and prove nothing).
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time
from typing import TYPE_CHECKING, Any

from fastapi import Request
from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from service.errors import RATE_LIMITED, ApiError, error_response
from service.settings import Settings

if TYPE_CHECKING:
    from service.routes.deps import Runtime

log = logging.getLogger("waspada.ratelimit")

API_PREFIX = "/v1/"
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def _item(rate: float, burst: int) -> RateLimitItem:
    window = max(1, math.ceil(burst / rate))
    return RateLimitItemPerSecond(burst, window)


def _storage(settings: Settings) -> Storage:
    url = settings.redis_url.get_secret_value() if settings.redis_url else ""
    if not url:
        return MemoryStorage()
    if "://" in url and not url.startswith("async+"):
        url = "async+" + url
    return RedisStorage(
        url,
        implementation="redispy",
        key_prefix=settings.rate_limit_key_prefix,
        socket_timeout=0.5,
        socket_connect_timeout=0.5,
    )


class ClientIdentity:
    """Who is asking: the peer, or the right-most untrusted forwarded hop."""

    def __init__(self, settings: Settings) -> None:
        self.trust_forwarded = settings.trust_forwarded_for
        self.trusted: tuple[IPNetwork, ...] = tuple(
            ipaddress.ip_network(net, strict=False) for net in settings.trusted_proxies
        )

    def is_trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in net for net in self.trusted)

    def of(self, scope: Scope) -> str:
        client = scope.get("client")
        peer = client[0] if client else "unknown"
        if not self.trust_forwarded or not self.is_trusted(peer):
            return peer
        forwarded = Headers(scope=scope).getlist("x-forwarded-for")
        hops = [hop.strip() for value in forwarded for hop in value.split(",")]
        hops = [hop for hop in hops if hop]
        for hop in reversed(hops):
            if not self.is_trusted(hop):
                return hop[:64]
        # Every hop is one of ours: the left-most is the nearest we know.
        return hops[0][:64] if hops else peer


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        self.storage = _storage(settings)
        self.strategy = SlidingWindowCounterRateLimiter(self.storage)
        self.identity = ClientIdentity(settings)
        self.requests: RateLimitItem | None = (
            _item(settings.rate_limit_per_second, settings.rate_limit_burst)
            if settings.rate_limit_per_second > 0
            else None
        )
        self.ads: RateLimitItem | None = (
            _item(settings.rate_limit_ads_per_second, settings.rate_limit_ads_burst)
            if settings.rate_limit_ads_per_second > 0
            else None
        )
        self._warned = 0.0

    async def charge(self, item: RateLimitItem, client: str, cost: int = 1) -> float:
        """Deduct ``cost``; 0 when allowed, else seconds to wait."""
        try:
            if await self.strategy.hit(item, client, cost=cost):
                return 0.0
            if cost > item.amount:
                return float(item.get_expiry())
            stats = await self.strategy.get_window_stats(item, client)
            return max(1.0, stats.reset_time - time.time())
        except Exception as error:  # a storage outage must not become a 500
            now = time.monotonic()
            if now - self._warned > 60:
                self._warned = now
                log.warning(
                    "rate-limit storage unavailable; not limiting",
                    extra={"error": f"{type(error).__name__}: {error}"[:300]},
                )
            return 0.0


def _limited(wait: float, what: str) -> ApiError:
    return ApiError(
        429,
        RATE_LIMITED,
        f"Too many {what} from this client; wait and retry (see Retry-After).",
        headers={"Retry-After": str(max(1, math.ceil(wait)))},
    )


class RateLimitMiddleware:
    """The request budget on the API (/v1/): 429 RATE_LIMITED + Retry-After."""

    def __init__(self, app: ASGIApp, runtime: Runtime) -> None:
        self.app = app
        self.runtime = runtime
        self.limiter = runtime.rate_limiter = RateLimiter(runtime.settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        item = self.limiter.requests
        if (
            item is not None
            and scope["type"] == "http"
            and scope["path"].startswith(API_PREFIX)
        ):
            client = self.limiter.identity.of(scope)
            wait = await self.limiter.charge(item, client)
            if wait > 0:
                self.runtime.metrics.rate_limited.inc()
                error = _limited(wait, "requests")
                response = error_response(
                    error.status_code, error.code, error.message, error.headers
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def charge_batch_ads(request: Request) -> None:
    """Dependency of POST /v1/score/batch: each ad costs one from the ads budget.

    Runs after FastAPI has parsed the body (``request.json()`` is cached), so
    counting the ads costs nothing.
    """
    runtime: Any = request.app.state.runtime
    limiter: RateLimiter | None = getattr(runtime, "rate_limiter", None)
    if limiter is None or limiter.ads is None:
        return
    body = await request.json()
    ads = body.get("ads") if isinstance(body, dict) else None
    if not isinstance(ads, list) or not ads:
        return
    if len(ads) > runtime.settings.max_batch_size:
        return  # the route answers 413 BATCH_TOO_LARGE
    client = limiter.identity.of(request.scope)
    wait = await limiter.charge(limiter.ads, client, cost=len(ads))
    if wait > 0:
        runtime.metrics.rate_limited.inc()
        raise _limited(wait, "ads")
