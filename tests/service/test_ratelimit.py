"""Rate limits (service.ratelimit): client identity, per-ad charging, Redis
shared between processes, and the defaults that close batch and /metrics."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from service.ratelimit import ClientIdentity, RateLimiter
from service.settings import Settings
from tests.service.conftest import LiveServer


def run_async(coroutine: Any) -> Any:
    """``asyncio.run`` in a thread of its own: the browser tests' Playwright
    session keeps an event loop running in the main thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


REDIS_URL = "redis://127.0.0.1:6379/0"
NO_MODEL = {"WASPADA_MODEL_PATH": "/nonexistent/waspada-model"}


def _redis_available() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping())
    except Exception:
        return False


needs_redis = pytest.mark.skipif(
    not _redis_available(), reason="no Redis on 127.0.0.1:6379 (make services)"
)


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of this test's own; its keys are deleted afterwards."""
    prefix = f"waspada-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    if _redis_available():
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{prefix}*"):
            client.delete(key)


def _scope(peer: str, forwarded: str | None) -> dict[str, object]:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return {"type": "http", "client": (peer, 5000), "headers": headers}


@pytest.mark.parametrize(
    ("trust", "peer", "forwarded", "expected"),
    [
        (False, "127.0.0.1", "6.6.6.6", "127.0.0.1"),  # not trusted: the peer
        (True, "127.0.0.1", "6.6.6.6", "6.6.6.6"),
        # The client wrote the left hop; the proxy appended the real address.
        (True, "127.0.0.1", "1.1.1.1, 203.0.113.7", "203.0.113.7"),
        (True, "127.0.0.1", "1.1.1.1, 203.0.113.7, 10.0.0.5", "203.0.113.7"),
        (True, "127.0.0.1", "spoof", "spoof"),
        (True, "127.0.0.1", "10.0.0.5", "10.0.0.5"),  # every hop trusted
        (True, "127.0.0.1", None, "127.0.0.1"),
        # A peer that is not one of our proxies cannot speak for others.
        (True, "198.51.100.9", "1.2.3.4", "198.51.100.9"),
    ],
)
def test_client_is_the_right_most_untrusted_hop(
    trust: bool, peer: str, forwarded: str | None, expected: str
) -> None:
    settings = Settings(
        trust_forwarded_for=trust, trusted_proxies=["127.0.0.1/32", "10.0.0.0/8"]
    )
    assert ClientIdentity(settings).of(_scope(peer, forwarded)) == expected


def test_trusted_proxies_must_be_networks() -> None:
    with pytest.raises(ValueError):
        Settings(trusted_proxies=["not-a-network"])


async def _charges(limiter: RateLimiter, costs: list[int]) -> list[bool]:
    assert limiter.ads is not None
    return [await limiter.charge(limiter.ads, "client", cost) == 0 for cost in costs]


@pytest.mark.parametrize(
    ("costs", "allowed"),
    [
        ([5, 5], [True, True]),
        ([8, 3], [True, False]),  # a batch costs its ads, not one token
        ([11], [False]),  # more than the whole budget at once
        ([1] * 12, [True] * 10 + [False] * 2),
    ],
)
def test_batches_are_charged_per_ad(costs: list[int], allowed: list[bool]) -> None:
    settings = Settings(rate_limit_ads_per_second=0.1, rate_limit_ads_burst=10)
    assert run_async(_charges(RateLimiter(settings), costs)) == allowed


@needs_redis
def test_redis_budget_is_shared_between_limiters(redis_prefix: str) -> None:
    settings = Settings(
        rate_limit_ads_per_second=0.1,
        rate_limit_ads_burst=10,
        redis_url=REDIS_URL,
        rate_limit_key_prefix=redis_prefix,
    )

    async def run() -> list[bool]:
        # Two limiters stand for two worker processes.
        first, second = RateLimiter(settings), RateLimiter(settings)
        return [
            *(await _charges(first, [6])),
            *(await _charges(second, [3, 3])),
            *(await _charges(first, [1])),
        ]

    assert run_async(run()) == [True, True, False, True]


def test_redis_outage_lets_requests_through() -> None:
    settings = Settings(
        rate_limit_ads_per_second=0.1,
        rate_limit_ads_burst=1,
        redis_url="redis://127.0.0.1:1/0",  # nothing listens there
    )
    assert run_async(_charges(RateLimiter(settings), [1, 1, 1])) == [True] * 3


@needs_redis
def test_two_workers_share_one_budget_through_redis(
    server_factory: Callable[..., LiveServer], redis_prefix: str
) -> None:
    server = server_factory(
        "rl-workers",
        **NO_MODEL,
        WASPADA_WORKERS="2",
        WASPADA_REDIS_URL=REDIS_URL,
        WASPADA_RATE_LIMIT_KEY_PREFIX=redis_prefix,
        WASPADA_RATE_LIMIT_PER_SECOND="0.05",
        WASPADA_RATE_LIMIT_BURST="6",
    )
    statuses = []
    for _ in range(12):
        # A fresh connection each time, so both workers answer some.
        with httpx.Client(base_url=server.url, timeout=10) as client:
            statuses.append(client.get("/v1/no-such-route").status_code)
    assert statuses.count(404) == 6, statuses
    assert statuses.count(429) == 6, statuses


def test_metrics_add_up_all_workers(
    server_factory: Callable[..., LiveServer],
) -> None:
    server = server_factory("metrics-workers", **NO_MODEL, WASPADA_WORKERS="2")
    sent = 40
    for _ in range(sent):
        with httpx.Client(base_url=server.url, timeout=10) as client:
            assert client.get("/healthz").status_code == 200
    text = httpx.get(server.url + "/metrics", timeout=10).text
    total = sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith("waspada_http_requests_total{")
        and 'route="/healthz"' in line
    )
    # The server_factory's own readiness probes add a few /healthz requests;
    # one worker's count alone would be about half.
    assert sent <= total <= sent + 50
    # Multiprocess mode: per-process collectors are left out.
    assert "process_cpu_seconds_total" not in text


@pytest.mark.parametrize(
    ("settings", "headers", "status"),
    [
        ({}, {}, 401),  # the default: batch needs a key, none configured
        ({"WASPADA_API_KEYS": "k1"}, {}, 401),
        ({"WASPADA_API_KEYS": "k1"}, {"X-API-Key": "k1"}, 503),  # past the key
        ({"WASPADA_OPEN_BATCH": "true"}, {}, 503),
    ],
)
def test_batch_needs_a_key_by_default(
    server_factory: Callable[..., LiveServer],
    settings: dict[str, str],
    headers: dict[str, str],
    status: int,
) -> None:
    env = {**NO_MODEL, "WASPADA_OPEN_BATCH": "false", **settings}
    server = server_factory("batch-key", **env)
    response = httpx.post(
        server.url + "/v1/score/batch",
        json={"ads": [{"text": "kerja"}]},
        headers=headers,
        timeout=10,
    )
    assert response.status_code == status
    assert response.json()["error"]["code"] in ("UNAUTHORIZED", "MODEL_NOT_READY")


def test_batch_ads_budget_on_a_live_server(
    server_factory: Callable[..., LiveServer],
) -> None:
    server = server_factory(
        "batch-ads",
        **NO_MODEL,
        WASPADA_RATE_LIMIT_ADS_PER_SECOND="0.1",
        WASPADA_RATE_LIMIT_ADS_BURST="10",
    )
    ads = {"ads": [{"text": "kerja"}] * 8}
    first = httpx.post(server.url + "/v1/score/batch", json=ads, timeout=10)
    second = httpx.post(server.url + "/v1/score/batch", json=ads, timeout=10)
    assert first.status_code == 503  # charged, then no model to score with
    assert second.status_code == 429
    assert second.json()["error"]["code"] == "RATE_LIMITED"
    assert int(second.headers["retry-after"]) >= 1


@pytest.mark.parametrize(
    ("settings", "headers", "status"),
    [
        ({}, {}, 200),  # no keys configured: a loopback client may scrape
        ({}, {"X-Forwarded-For": "203.0.113.7"}, 401),  # via a local proxy
        ({"WASPADA_API_KEYS": "k1"}, {}, 401),
        ({"WASPADA_API_KEYS": "k1"}, {"Authorization": "Bearer k1"}, 200),
        ({"WASPADA_API_KEYS": "k1", "WASPADA_OPEN_METRICS": "true"}, {}, 200),
    ],
)
def test_metrics_need_a_key_or_loopback(
    server_factory: Callable[..., LiveServer],
    settings: dict[str, str],
    headers: dict[str, str],
    status: int,
) -> None:
    server = server_factory("metrics-key", **NO_MODEL, **settings)
    response = httpx.get(server.url + "/metrics", headers=headers, timeout=10)
    assert response.status_code == status
