"""API keys, rate limit, CORS allow-list and size limits, from settings."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

import httpx
import pytest

AD = {"text": "Lowongan customer service di Kamboja, tiket pesawat gratis."}
_clients = count()


@pytest.fixture
def strict(strict_server: Any) -> Iterator[httpx.Client]:
    """A client with its own rate-limit bucket (the server trusts X-Forwarded-For)."""
    headers = {"X-Forwarded-For": f"10.0.0.{next(_clients)}"}
    with httpx.Client(base_url=strict_server.url, headers=headers, timeout=30) as c:
        yield c


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"X-API-Key": "wrong"}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"X-API-Key": "key-one"}, 200),
        ({"X-API-Key": "key-two"}, 200),
        ({"Authorization": "Bearer key-two"}, 200),
    ],
)
def test_batch_needs_an_api_key_when_configured(
    strict: httpx.Client, headers: dict[str, str], status: int
) -> None:
    response = strict.post("/v1/score/batch", json={"ads": [AD]}, headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.json()["error"]["code"] == "UNAUTHORIZED"


def test_single_score_needs_no_key(strict: httpx.Client) -> None:
    assert strict.post("/v1/score", json=AD).status_code == 200


def test_openapi_documents_the_key(strict: httpx.Client) -> None:
    schema = strict.get("/openapi.json").json()
    assert schema["paths"]["/v1/score/batch"]["post"]["security"] == [{"ApiKey": []}]
    assert schema["components"]["securitySchemes"]["ApiKey"]["name"] == "X-API-Key"
    ads = schema["components"]["schemas"]["BatchRequest"]["properties"]["ads"]
    assert ads["maxItems"] == 5


def test_rate_limit_answers_429_with_retry_after(strict: httpx.Client) -> None:
    statuses = [strict.get("/v1/rules").status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200]
    assert 429 in statuses[3:]
    limited = strict.get("/v1/rules")
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "RATE_LIMITED"
    assert int(limited.headers["retry-after"]) >= 1
    # Health and metrics are never rate limited (probes must get through).
    assert strict.get("/healthz").status_code == 200
    metrics = strict.get("/metrics", headers={"X-API-Key": "key-one"})
    assert "waspada_rate_limited_total" in metrics.text


def test_batch_over_the_limit_is_413(strict: httpx.Client) -> None:
    response = strict.post(
        "/v1/score/batch", json={"ads": [AD] * 6}, headers={"X-API-Key": "key-one"}
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "BATCH_TOO_LARGE"


def test_configured_ad_and_body_limits(strict: httpx.Client) -> None:
    too_long = strict.post("/v1/score", json={"text": "kerja " * 60})
    assert too_long.status_code == 422
    assert too_long.json()["error"]["code"] == "AD_TOO_LONG"
    too_big = strict.post("/v1/score", json={"text": "a" * 9000})
    assert too_big.status_code == 413
    assert too_big.json()["error"]["code"] == "BODY_TOO_LARGE"


def test_cors_origin_list(strict: httpx.Client) -> None:
    allowed = "https://awareness.example.org"
    response = strict.get("/healthz", headers={"Origin": allowed})
    assert response.headers["access-control-allow-origin"] == allowed
    response = strict.get("/healthz", headers={"Origin": "https://other.example"})
    assert "access-control-allow-origin" not in response.headers
