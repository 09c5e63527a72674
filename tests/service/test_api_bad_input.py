"""Bad input is never a 5xx: each case gets a 4xx and the error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

JSON = {"Content-Type": "application/json"}
MB = 1024 * 1024


def body(data: Any) -> bytes:
    return json.dumps(data).encode()


def chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    """A streamed body: sent chunked, without a Content-Length."""
    sent = 0
    yield b'{"text": "'
    while sent < total:
        yield b"a" * size
        sent += size
    yield b'"}'


NESTED_DEEP = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
NESTED_SHALLOW = body({"text": json.loads("[" * 200 + "]" * 200)})

# (id, method, path, raw body, headers, status, code)
CASES: list[tuple[str, str, str, Any, dict[str, str], int, str]] = [
    ("empty text", "POST", "/v1/score", body({"text": ""}), JSON, 422, "EMPTY_AD"),
    ("no fields", "POST", "/v1/score", body({}), JSON, 422, "EMPTY_AD"),
    (
        "whitespace",
        "POST",
        "/v1/score",
        body({"text": " \n\t "}),
        JSON,
        422,
        "EMPTY_AD",
    ),
    (
        "blank fields",
        "POST",
        "/v1/score",
        body({"title": "  ", "company": ""}),
        JSON,
        422,
        "EMPTY_AD",
    ),
    (
        "1 MB ad",
        "POST",
        "/v1/score",
        body({"text": "a" * MB}),
        JSON,
        422,
        "AD_TOO_LONG",
    ),
    (
        "ad over 20,000 chars",
        "POST",
        "/v1/score",
        body({"text": "kerja " * 3_400}),
        JSON,
        422,
        "AD_TOO_LONG",
    ),
    (
        "number text",
        "POST",
        "/v1/score",
        body({"text": 42}),
        JSON,
        422,
        "VALIDATION_ERROR",
    ),
    ("null body", "POST", "/v1/score", b"null", JSON, 422, "VALIDATION_ERROR"),
    ("list body", "POST", "/v1/score", body(["a"]), JSON, 422, "VALIDATION_ERROR"),
    ("string body", "POST", "/v1/score", body("an ad"), JSON, 422, "VALIDATION_ERROR"),
    (
        "string explain",
        "POST",
        "/v1/score",
        body({"text": "kerja", "explain": "yes"}),
        JSON,
        422,
        "VALIDATION_ERROR",
    ),
    (
        "unknown lang",
        "POST",
        "/v1/score",
        body({"text": "kerja", "lang": "fr"}),
        JSON,
        422,
        "VALIDATION_ERROR",
    ),
    (
        "unknown field",
        "POST",
        "/v1/score",
        body({"text": "kerja", "salry": "10"}),
        JSON,
        422,
        "UNKNOWN_FIELD",
    ),
    ("empty body", "POST", "/v1/score", b"", JSON, 422, "VALIDATION_ERROR"),
    ("invalid JSON", "POST", "/v1/score", b'{"text": "a"', JSON, 400, "INVALID_JSON"),
    (
        "trailing garbage",
        "POST",
        "/v1/score",
        b'{"text": "a"} x',
        JSON,
        400,
        "INVALID_JSON",
    ),
    (
        "non-UTF-8",
        "POST",
        "/v1/score",
        b'{"text": "gaji \xff\xfe tinggi"}',
        JSON,
        400,
        "INVALID_ENCODING",
    ),
    (
        "latin-1 body",
        "POST",
        "/v1/score",
        '{"text": "caf\xe9 kerja"}'.encode("latin-1"),
        JSON,
        400,
        "INVALID_ENCODING",
    ),
    (
        "escaped NUL",
        "POST",
        "/v1/score",
        body({"text": "kerja\u0000 di Kamboja"}),
        JSON,
        422,
        "INVALID_AD",
    ),
    (
        "escape char in field",
        "POST",
        "/v1/score",
        body({"title": "kerja \u001b[31m"}),
        JSON,
        422,
        "INVALID_AD",
    ),
    (
        "raw control char",
        "POST",
        "/v1/score",
        b'{"text": "kerja \x01 di Kamboja"}',
        JSON,
        400,
        "INVALID_JSON",
    ),
    (
        "lone surrogate",
        "POST",
        "/v1/score",
        b'{"text": "kerja \\ud800 di Kamboja"}',
        JSON,
        422,
        "INVALID_AD",
    ),
    ("deeply nested", "POST", "/v1/score", NESTED_DEEP, JSON, 400, "INVALID_JSON"),
    ("nested", "POST", "/v1/score", NESTED_SHALLOW, JSON, 422, "VALIDATION_ERROR"),
    (
        "10 MB body",
        "POST",
        "/v1/score",
        body({"text": "a" * (10 * MB)}),
        JSON,
        413,
        "BODY_TOO_LARGE",
    ),
    (
        "no content type",
        "POST",
        "/v1/score",
        body({"text": "kerja"}),
        {},
        415,
        "UNSUPPORTED_MEDIA_TYPE",
    ),
    (
        "form content type",
        "POST",
        "/v1/score",
        b"text=kerja",
        {"Content-Type": "application/x-www-form-urlencoded"},
        415,
        "UNSUPPORTED_MEDIA_TYPE",
    ),
    (
        "10,000 ads",
        "POST",
        "/v1/score/batch",
        body({"ads": [{"text": "a"}] * 10_000}),
        JSON,
        413,
        "BATCH_TOO_LARGE",
    ),
    (
        "ads not a list",
        "POST",
        "/v1/score/batch",
        body({"ads": {"text": "a"}}),
        JSON,
        422,
        "VALIDATION_ERROR",
    ),
    ("no ads", "POST", "/v1/score/batch", body({}), JSON, 422, "VALIDATION_ERROR"),
    (
        "batch unknown field",
        "POST",
        "/v1/score/batch",
        body({"ads": [], "limit": 3}),
        JSON,
        422,
        "UNKNOWN_FIELD",
    ),
    (
        "batch explain string",
        "POST",
        "/v1/score/batch",
        body({"ads": [], "explain": "false"}),
        JSON,
        422,
        "VALIDATION_ERROR",
    ),
    ("batch invalid JSON", "POST", "/v1/score/batch", b"{", JSON, 400, "INVALID_JSON"),
    ("GET score", "GET", "/v1/score", None, {}, 405, "METHOD_NOT_ALLOWED"),
    ("POST rules", "POST", "/v1/rules", body({}), JSON, 405, "METHOD_NOT_ALLOWED"),
    ("unknown path", "GET", "/v1/nothing", None, {}, 404, "NOT_FOUND"),
    ("unknown static", "GET", "/static/nothing.js", None, {}, 404, "NOT_FOUND"),
]


@pytest.mark.parametrize(
    ("method", "path", "content", "headers", "status", "code"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_bad_input_is_a_4xx_with_error_shape(
    client: httpx.Client,
    method: str,
    path: str,
    content: bytes | None,
    headers: dict[str, str],
    status: int,
    code: str,
) -> None:
    response = client.request(method, path, content=content, headers=headers)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"code", "message"}
    assert error["code"] == code
    assert error["message"]


def test_streamed_body_without_content_length_is_bounded(client: httpx.Client) -> None:
    response = client.post("/v1/score", content=chunks(4 * MB), headers=JSON)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "BODY_TOO_LARGE"


def test_streamed_small_body_is_scored(client: httpx.Client) -> None:
    response = client.post("/v1/score", content=chunks(1000, 100), headers=JSON)
    assert response.status_code == 200, response.text


def test_error_messages_do_not_echo_the_ad(client: httpx.Client) -> None:
    response = client.post("/v1/score", json={"text": 123456789, "zzz_secret": "x"})
    assert "123456789" not in response.text


def test_server_survives_the_abuse(client: httpx.Client) -> None:
    assert client.get("/healthz").status_code == 200
    response = client.post("/v1/score", json={"text": "Lowongan kerja di Kamboja"})
    assert response.status_code == 200
