"""Run the app under uvicorn with connection hygiene that uvicorn lacks.

uvicorn counts every open connection against ``limit_concurrency`` and reads
request headers with no deadline and no size limit, so a few hundred idle
sockets answer everyone 503 and one endless header line grows memory without
bound. Here:

* ``WaspadaHttpProtocol`` (uvicorn's httptools protocol, extended) gives each
  request ``header_timeout_seconds`` to deliver its headers (then 408, or a
  plain close when nothing was sent), cuts headers off at
  ``max_header_bytes`` (431), caps connections per process and per client
  address (the oldest *idle* connection is closed to make room; a new
  connection is refused only when every one is busy), and answers malformed
  HTTP with our JSON error shape instead of uvicorn's plain text.
* ``RequestLimitMiddleware`` bounds *requests* in flight (not connections) at
  ``max_concurrency``: more get 503 ``SERVER_BUSY`` in JSON with
  ``Retry-After``; a body that does not arrive within ``body_timeout_seconds``
  gets 408 ``REQUEST_TIMEOUT``.

uvicorn's own ``limit_concurrency`` is left off, so its plain-text 503 never
appears.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
from uvicorn.server import ServerState

from service.settings import Settings

log = logging.getLogger("waspada.server")

SERVER_BUSY = "SERVER_BUSY"
REQUEST_TIMEOUT = "REQUEST_TIMEOUT"
HEADERS_TOO_LARGE = "HEADERS_TOO_LARGE"
BAD_REQUEST = "BAD_REQUEST"
TOO_MANY_CONNECTIONS = "TOO_MANY_CONNECTIONS"


def error_bytes(code: str, message: str) -> bytes:
    return json.dumps(
        {"error": {"code": code, "message": message}}, separators=(",", ":")
    ).encode()


# -- the connection layer ----------------------------------------------------


class _Rejected(Exception):
    """Raised in a parser callback to stop parsing a rejected request."""


class ConnectionLimits:
    """The per-process connection settings, read once from the environment."""

    def __init__(self, settings: Settings) -> None:
        self.header_timeout = settings.header_timeout_seconds
        self.max_header_bytes = settings.max_header_bytes
        self.max_connections = settings.max_connections
        self.max_per_client = settings.max_connections_per_client


_limits: ConnectionLimits | None = None


def _connection_limits() -> ConnectionLimits:
    global _limits
    if _limits is None:
        _limits = ConnectionLimits(Settings())
    return _limits


class WaspadaHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with header deadlines, sizes and caps."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.limits = _connection_limits()
        self.opened = time.monotonic()
        self.header_bytes = 0
        self.headers_pending = True
        self.request_started = False
        self.header_timer: asyncio.TimerHandle | None = None

    # -- state ----------------------------------------------------------------

    def is_idle(self) -> bool:
        """No request is being served (reading headers counts as idle)."""
        return self.cycle is None or self.cycle.response_complete

    def _arm_header_timer(self) -> None:
        if self.header_timer is None and self.limits.header_timeout > 0:
            self.header_timer = self.loop.call_later(
                self.limits.header_timeout, self._header_timeout
            )

    def _disarm_header_timer(self) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
            self.header_timer = None

    def _header_timeout(self) -> None:
        self.header_timer = None
        if self.transport.is_closing() or not self.headers_pending:
            return
        if self.request_started or self.header_bytes:
            self._reject(408, REQUEST_TIMEOUT, "The request headers took too long.")
        else:
            self.transport.close()

    def _reject(self, status: int, code: str, message: str) -> None:
        """Write a JSON error and close the connection (before any app runs)."""
        body = error_bytes(code, message)
        head = [STATUS_LINE[status]]
        for name, value in self.server_state.default_headers:
            head.extend([name, b": ", value, b"\r\n"])
        head.extend(
            [
                b"content-type: application/json\r\n",
                b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
                b"connection: close\r\n",
                b"\r\n",
                body,
            ]
        )
        if not self.transport.is_closing():
            self.transport.write(b"".join(head))
            self.transport.close()
        # Stop parsing whatever else arrives.
        self.headers_pending = False

    # -- connection admission ---------------------------------------------------

    def _make_room(self) -> bool:
        """Enforce the caps; True when this connection may stay."""
        limits = self.limits
        peers = [
            c
            for c in self.connections
            if c is not self and isinstance(c, WaspadaHttpProtocol)
        ]
        checks: list[tuple[int, list[WaspadaHttpProtocol]]] = []
        if limits.max_per_client > 0 and self.client is not None:
            host = self.client[0]
            same = [c for c in peers if c.client is not None and c.client[0] == host]
            checks.append((limits.max_per_client, same))
        if limits.max_connections > 0:
            checks.append((limits.max_connections, peers))
        for cap, group in checks:
            while len(group) >= cap:
                idle = [c for c in group if c.is_idle()]
                if not idle:
                    return False
                oldest = min(idle, key=lambda c: c.opened)
                oldest.transport.close()
                self.connections.discard(oldest)
                for _cap, other in checks:
                    if oldest in other:
                        other.remove(oldest)
        return True

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if not self._make_room():
            self._reject(
                503,
                TOO_MANY_CONNECTIONS,
                "Too many open connections; retry shortly.",
            )
            return
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    # -- parsing ------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        if self.transport.is_closing():
            return
        pending_before = self.headers_pending
        super().data_received(data)
        if pending_before and self.headers_pending and not self.transport.is_closing():
            # Everything fed since the request began is still header bytes.
            self.header_bytes += len(data)
            if self.header_bytes > self.limits.max_header_bytes:
                self._reject(
                    431,
                    HEADERS_TOO_LARGE,
                    f"The request line and headers are over "
                    f"{self.limits.max_header_bytes:,} bytes.",
                )

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.headers_pending = True
        self.request_started = True
        self.header_bytes = 0
        self._arm_header_timer()

    def on_headers_complete(self) -> None:
        self.headers_pending = False
        self._disarm_header_timer()
        # Headers that arrived in one piece were never counted in
        # data_received: measure what was parsed.
        size = len(self.url) + sum(len(n) + len(v) + 4 for n, v in self.headers)
        if size > self.limits.max_header_bytes:
            self._reject(
                431,
                HEADERS_TOO_LARGE,
                f"The request line and headers are over "
                f"{self.limits.max_header_bytes:,} bytes.",
            )
            # Stops the parser; uvicorn's handler then finds the connection
            # closing and writes nothing more.
            raise _Rejected
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        # Between requests the keep-alive timeout applies, not the header one.
        # Header counting restarts at the parser's next message, not here: a
        # response can end (413) while the client is still sending its body.
        self.request_started = False
        super().on_response_complete()

    def send_400_response(self, msg: str) -> None:
        self._reject(400, BAD_REQUEST, "The request is not valid HTTP/1.1.")


# -- the request layer ---------------------------------------------------------


class RequestLimitMiddleware:
    """Bound requests in flight; time out bodies that never finish arriving."""

    def __init__(
        self, app: ASGIApp, max_requests: int, body_timeout: float | None
    ) -> None:
        self.app = app
        self.max_requests = max_requests
        self.body_timeout = body_timeout if body_timeout and body_timeout > 0 else None
        self.in_flight = 0

    async def _send_error(
        self, send: Send, status: int, code: str, message: str, retry: bool
    ) -> None:
        body = error_bytes(code, message)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"connection", b"close"),
            (b"cache-control", b"no-store"),
        ]
        if retry:
            headers.append((b"retry-after", b"1"))
        await send(
            {"type": "http.response.start", "status": status, "headers": headers}
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.max_requests:
            await self._send_error(
                send,
                503,
                SERVER_BUSY,
                "The server is busy; retry shortly (see Retry-After).",
                retry=True,
            )
            return
        self.in_flight += 1
        started = False
        timed_out = False
        body_done = False
        timeout = self.body_timeout

        async def timed_receive() -> Message:
            nonlocal timed_out, body_done
            if body_done or timeout is None:
                return await receive()
            try:
                with anyio.fail_after(timeout):
                    message = await receive()
            except TimeoutError:
                timed_out = True
                return {"type": "http.disconnect"}
            if message["type"] != "http.request" or not message.get("more_body"):
                body_done = True
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, timed_receive, tracked_send)
            if timed_out and not started:
                await self._send_error(
                    send,
                    408,
                    REQUEST_TIMEOUT,
                    "The request body took too long to arrive.",
                    retry=False,
                )
        finally:
            self.in_flight -= 1


# -- building and running ------------------------------------------------------


def wrap(app: ASGIApp, settings: Settings) -> ASGIApp:
    return RequestLimitMiddleware(
        app, settings.max_concurrency, settings.body_timeout_seconds
    )


def create_served_app() -> ASGIApp:
    """The uvicorn factory for worker processes (settings from the environment)."""
    from service.app import create_app

    settings = Settings()
    return wrap(create_app(settings), settings)


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    from service.logging import log_config

    return {
        "host": settings.host,
        "port": settings.port,
        "log_config": log_config(settings.log_level),
        "access_log": False,
        "server_header": False,
        # Requests in flight are bounded by RequestLimitMiddleware; uvicorn's
        # own limit counts idle connections and answers in plain text.
        "limit_concurrency": None,
        "timeout_keep_alive": settings.keep_alive_seconds,
        "http": WaspadaHttpProtocol,
        # Client identity behind a proxy is WASPADA_TRUST_FORWARDED_FOR's job.
        "proxy_headers": False,
        "timeout_graceful_shutdown": 20,
    }


def serve(
    host: str | None = None, port: int | None = None, model_path: str | None = None
) -> None:
    """Run the service with uvicorn (``waspada serve``)."""
    import uvicorn

    overrides: dict[str, Any] = {}
    if host is not None:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    if model_path is not None:
        overrides["model_path"] = Path(model_path)
    # Worker processes (and the protocol's limits) read the environment, so
    # the command-line overrides travel there too.
    for key, value in overrides.items():
        os.environ[f"WASPADA_{key.upper()}"] = str(value)
    settings = Settings(**overrides)
    global _limits
    _limits = ConnectionLimits(settings)
    options = uvicorn_options(settings)
    if settings.workers > 1:
        from service.metrics import (
            multiprocess_dir,
            prepare_multiprocess_dir,
            remove_multiprocess_dir,
        )

        ours = multiprocess_dir() is None
        folder = prepare_multiprocess_dir()
        try:
            _run_workers(settings, options)
        finally:
            if ours:
                remove_multiprocess_dir(folder)
        return
    from service.app import create_app

    uvicorn.run(wrap(create_app(settings), settings), **options)


def _run_workers(settings: Settings, options: dict[str, Any]) -> None:
    """uvicorn.run's multi-worker path, with SIGHUP forwarded to the workers.

    uvicorn's supervisor answers SIGHUP by replacing every worker; a fresh
    worker answers 503 until its model has loaded. Forwarding the signal
    instead makes each worker swap its model in place (service.reload).
    """
    import signal

    from uvicorn.config import Config
    from uvicorn.supervisors.multiprocess import Multiprocess, logger

    class ForwardingMultiprocess(Multiprocess):
        def handle_hup(self) -> None:
            logger.info("Received SIGHUP, asking every worker to reload the model.")
            for process in self.processes:
                if process.pid is not None:
                    os.kill(process.pid, signal.SIGHUP)

    config = Config(
        "service.server:create_served_app",
        factory=True,
        workers=settings.workers,
        **options,
    )
    sock = config.bind_socket()
    ForwardingMultiprocess(config, sockets=[sock]).run()
