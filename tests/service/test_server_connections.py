"""Connection hygiene of ``waspada serve`` (service.server), over raw sockets.

Each test starts a real uvicorn subprocess. The model is not needed for any
of this (``/healthz`` answers while it loads), so the servers point at a
missing artifact and start in a second.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.service.conftest import LiveServer

NO_MODEL = {"WASPADA_MODEL_PATH": "/nonexistent/waspada-model"}


def _connect(server: LiveServer) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    return sock


@contextmanager
def _sockets(server: LiveServer, count: int) -> Iterator[list[socket.socket]]:
    opened = [_connect(server) for _ in range(count)]
    try:
        yield opened
    finally:
        for sock in opened:
            sock.close()


def _read_response(sock: socket.socket, timeout: float = 15.0) -> bytes:
    sock.settimeout(timeout)
    data = b""
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    except (ConnectionResetError, TimeoutError):
        pass
    return data


def _status_and_json(raw: bytes) -> tuple[int, dict[str, object]]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    assert b"application/json" in head.lower(), head
    return status, json.loads(body)


def _rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _is_closed_by_server(sock: socket.socket) -> bool:
    sock.settimeout(3.0)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


@pytest.fixture(scope="module")
def default_server(server_factory: Callable[..., LiveServer]) -> LiveServer:
    return server_factory("conn-default", **NO_MODEL)


def test_260_idle_sockets_do_not_make_a_request_fail(
    default_server: LiveServer,
) -> None:
    with _sockets(default_server, 260):
        time.sleep(0.5)
        for path in ("/healthz", "/readyz"):
            response = httpx.get(default_server.url + path, timeout=10)
            # /readyz is 503 MODEL_NOT_READY-style "loading" (no model), never
            # uvicorn's plain-text "Service Unavailable".
            assert response.status_code in (200, 503)
            assert response.headers["content-type"].startswith("application/json")
        assert httpx.get(default_server.url + "/healthz").status_code == 200


def test_endless_header_line_is_cut_off_without_memory_growth(
    default_server: LiveServer,
) -> None:
    pid = default_server.process.pid
    before = _rss_kib(pid)
    sock = _connect(default_server)
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Endless: ")
    sent = 0
    chunk = b"a" * 65536
    try:
        while sent < 50 * 1024 * 1024:
            sock.sendall(chunk)
            sent += len(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    raw = _read_response(sock)
    sock.close()
    assert sent < 50 * 1024 * 1024, "the server kept reading an endless header"
    grown_mib = (_rss_kib(pid) - before) / 1024
    assert grown_mib < 16, f"server memory grew {grown_mib:.0f} MiB"
    if raw:  # the 431 may be lost to a reset while we were still sending
        status, body = _status_and_json(raw)
        assert status == 431
        assert body["error"]["code"] == "HEADERS_TOO_LARGE"  # type: ignore[index]
    assert httpx.get(default_server.url + "/healthz").status_code == 200


def test_large_but_allowed_headers_pass(default_server: LiveServer) -> None:
    response = httpx.get(
        default_server.url + "/healthz", headers={"X-Big": "b" * 12_000}
    )
    assert response.status_code == 200
    too_big = httpx.get(
        default_server.url + "/healthz", headers={"X-Big": "b" * 40_000}
    )
    assert too_big.status_code == 431
    assert too_big.json()["error"]["code"] == "HEADERS_TOO_LARGE"


def test_body_after_an_early_answer_is_not_counted_as_headers(
    default_server: LiveServer,
) -> None:
    """A 413 ends the response while the client still sends its body: those
    bytes are body, and the next request on the connection is answered."""
    size = 2_200_000
    with _connect(default_server) as sock:
        sock.sendall(
            b"POST /v1/score HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/json\r\n"
            + f"Content-Length: {size}\r\n\r\n".encode()
        )
        sock.sendall(b"a" * 65536)
        sock.settimeout(15)
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 413 "), first[:80]
        if b"connection: close" in first.lower():
            return  # the server may also hang up: never a 431 either way
        try:
            sock.sendall(b"a" * (size - 65536))
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            return
        rest = _read_response(sock, timeout=5)
    assert b" 431 " not in rest[:20], rest[:200]


@pytest.mark.parametrize(
    ("request_bytes", "status", "code"),
    [
        (b"BLAH\x00 / HTTP/1.1\r\n\r\n", 400, "BAD_REQUEST"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", 400, "BAD_REQUEST"),
    ],
)
def test_malformed_http_gets_the_json_error_shape(
    default_server: LiveServer, request_bytes: bytes, status: int, code: str
) -> None:
    with _connect(default_server) as sock:
        sock.sendall(request_bytes)
        got_status, body = _status_and_json(_read_response(sock))
    assert got_status == status
    assert body["error"]["code"] == code  # type: ignore[index]


@pytest.fixture(scope="module")
def tight_server(server_factory: Callable[..., LiveServer]) -> LiveServer:
    return server_factory(
        "conn-tight",
        **NO_MODEL,
        WASPADA_HEADER_TIMEOUT_SECONDS="1",
        WASPADA_BODY_TIMEOUT_SECONDS="4",
        WASPADA_MAX_CONCURRENCY="1",
    )


def test_slow_headers_get_408_and_silent_sockets_are_closed(
    tight_server: LiveServer,
) -> None:
    with _connect(tight_server) as slow, _connect(tight_server) as silent:
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        started = time.monotonic()
        status, body = _status_and_json(_read_response(slow))
        assert status == 408
        assert body["error"]["code"] == "REQUEST_TIMEOUT"  # type: ignore[index]
        assert _is_closed_by_server(silent)
        assert time.monotonic() - started < 10


def test_per_client_cap_closes_the_oldest_idle_connections(
    server_factory: Callable[..., LiveServer],
) -> None:
    # No header deadline here, so only the cap closes connections.
    server = server_factory(
        "conn-cap",
        **NO_MODEL,
        WASPADA_HEADER_TIMEOUT_SECONDS="0",
        WASPADA_MAX_CONNECTIONS_PER_CLIENT="10",
    )
    with _sockets(server, 30) as opened:
        time.sleep(0.3)
        response = httpx.get(server.url + "/healthz", timeout=10)
        assert response.status_code == 200
        closed = [_is_closed_by_server(sock) for sock in opened[:21]]
        assert all(closed)
        sock = opened[-1]
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert b" 200 " in _read_response(sock, timeout=3)[:20]


def test_busy_server_answers_json_503_and_slow_body_gets_408(
    tight_server: LiveServer,
) -> None:
    with _connect(tight_server) as holder:
        # Headers complete, body promised but never sent: one request in flight.
        holder.sendall(
            b"POST /v1/score HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        )
        time.sleep(0.3)
        busy = httpx.get(tight_server.url + "/healthz", timeout=10)
        assert busy.status_code == 503
        assert busy.json()["error"]["code"] == "SERVER_BUSY"
        assert busy.headers["retry-after"] == "1"
        status, body = _status_and_json(_read_response(holder))
    assert status == 408
    assert body["error"]["code"] == "REQUEST_TIMEOUT"  # type: ignore[index]
    assert httpx.get(tight_server.url + "/healthz").status_code == 200


def test_web_form_never_puts_the_ad_in_the_url(default_server: LiveServer) -> None:
    page = httpx.get(default_server.url + "/", timeout=10).text
    assert '<form id="ad-form" method="post" action="/"' in page
    # Without its script the form posts the ad in the body and is sent back.
    posted = httpx.post(
        default_server.url + "/", data={"text": "kerja di Kamboja"}, timeout=10
    )
    assert posted.status_code == 303
    assert posted.headers["location"] == "/"


def test_swagger_try_it_out_is_off_by_default(default_server: LiveServer) -> None:
    docs = httpx.get(default_server.url + "/docs", timeout=10)
    assert docs.status_code == 200
    assert '"supportedSubmitMethods": []' in docs.text
