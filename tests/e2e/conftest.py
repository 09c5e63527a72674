"""Browser tests: Debian's chromium, driven by Playwright, against a real server.

* The server is the real app (``service.app.create_app``) with the real small
  model from ``tiny_model_dir``, run by uvicorn in a thread on a free loopback
  port. Set ``WASPADA_E2E_URL`` to test an already running server instead.
* The browser is ``/usr/bin/chromium`` (``make test`` installs it with apt-get;
  override with ``WASPADA_CHROMIUM``). Playwright's own browser downloads are
  never used. Without chromium or Playwright the tests are skipped, loudly.
* Screenshots go to ``test-artifacts/`` at the project root (gitignored).
"""

from __future__ import annotations

import os
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("WASPADA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
READY_TIMEOUT_S = 90.0


def _skip_loudly(reason: str) -> None:
    banner = f"\n{'!' * 72}\n!! BROWSER TESTS SKIPPED: {reason}\n{'!' * 72}\n"
    warnings.warn(banner, stacklevel=2)
    pytest.skip(f"BROWSER TESTS SKIPPED: {reason}")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        _skip_loudly(
            f"{CHROMIUM} is missing. Install Debian's chromium "
            "(`apt-get install chromium`, done by `make browser-deps` as root) "
            "or point WASPADA_CHROMIUM at a Chromium binary."
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _skip_loudly(
            "the Python package `playwright` is not installed (`make install-dev`)."
        )
    return str(CHROMIUM)


class _ThreadedServer:
    """uvicorn serving an ASGI app on a pre-bound loopback socket, in a thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run,
            kwargs={"sockets": [self.sock]},
            name="e2e-uvicorn",
            daemon=True,
        )

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + READY_TIMEOUT_S
        last = "no answer"
        while time.monotonic() < deadline:
            if not self.thread.is_alive():
                raise RuntimeError("the e2e server thread died during start-up")
            if self.server.started:
                try:
                    response = httpx.get(f"{self.url}/readyz", timeout=2)
                    if response.status_code == 200:
                        return
                    last = f"/readyz {response.status_code}: {response.text[:300]}"
                except httpx.HTTPError as error:
                    last = repr(error)
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(
            f"the e2e server was not ready in {READY_TIMEOUT_S}s ({last})"
        )

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="session")
def live_server(request: pytest.FixtureRequest, chromium_path: str) -> Iterator[str]:
    """Base URL of a real Waspada server (no trailing slash)."""
    external = os.environ.get("WASPADA_E2E_URL")
    if external:
        yield external.rstrip("/")
        return
    model_dir: Path = request.getfixturevalue("tiny_model_dir")
    from service.app import create_app
    from service.settings import Settings

    settings = Settings(
        _env_file=None,
        model_path=model_dir,
        host="127.0.0.1",
        rate_limit_per_second=0,  # tests must not race the limiter
        log_level="warning",
    )
    server = _ThreadedServer(create_app(settings))
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def browser(
    chromium_path: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """One headless chromium for the session; each test gets a fresh context.

    ``launch`` gives chromium a fresh temporary profile (user data dir) of its
    own; HOME points at an empty folder so nothing from the machine leaks in.
    """
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("chromium-home")
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path,
            args=CHROMIUM_ARGS,
            headless=True,
            env=env,
        )
        try:
            yield browser
        finally:
            browser.close()


class PageErrors:
    """Console errors, uncaught exceptions and CSP violations of one page."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def console(self, message: Any) -> None:
        if message.type == "error":
            text = message.text
            # The browser logs every 4xx/5xx fetch; the error tests cause some
            # on purpose and the page handles them.
            if "Failed to load resource" not in text:
                self.messages.append(f"console: {text}")

    def page_error(self, error: Any) -> None:
        self.messages.append(f"pageerror: {error}")


@pytest.fixture
def new_page(browser: Any, live_server: str) -> Iterator[Any]:
    """Factory: ``new_page(viewport=..., locale=...)`` opens the page at ``/``.

    Pages fail their test on any console error, uncaught exception or
    Content-Security-Policy violation.
    """
    contexts: list[Any] = []
    errors: list[PageErrors] = []

    def open_page(
        viewport: dict[str, int] | None = None,
        locale: str = "en-US",
        clipboard: bool = False,
        goto: bool = True,
    ) -> Any:
        context = browser.new_context(
            viewport=viewport or DESKTOP,
            locale=locale,
            base_url=live_server,
            permissions=["clipboard-read", "clipboard-write"] if clipboard else [],
            service_workers="block",
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        collected = PageErrors()
        errors.append(collected)
        page.on("console", collected.console)
        page.on("pageerror", collected.page_error)
        if goto:
            page.goto("/")
            page.wait_for_selector("html.js-ready")
        return page

    yield open_page
    try:
        problems = [message for collected in errors for message in collected.messages]
        assert not problems, "browser errors:\n" + "\n".join(problems)
    finally:
        for context in contexts:
            context.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
