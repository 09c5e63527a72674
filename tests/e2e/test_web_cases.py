"""Cases in the browser: "Was this right?" under a verdict and the /review page.

A server of its own (fresh SQLite case database, bound to loopback so the
review endpoints need no key), desktop and phone sizes, English and
Indonesian. Pages fail on any console error or CSP violation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import DESKTOP, PHONE, PageErrors, _ThreadedServer

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]
pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: the Python package `playwright` is not installed "
    "(`make install-dev`).",
)

SCAM = (
    "Lowongan customer service di Kamboja, gaji 15 juta per bulan, tiket pesawat "
    "gratis, tidak perlu pengalaman. Hubungi WhatsApp +62 812 0000 0000."
)
ADS = (
    SCAM,
    "Dicari admin online di Myawaddy, gaji USD 1500, visa dan tiket ditanggung, "
    "hubungi Telegram @hr_asia.",
    "Dicari barista untuk kafe di Bandung, pengalaman 1 tahun, gaji UMR.",
)


@pytest.fixture(scope="module")
def cases_server(
    chromium_path: str, tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Any]]:
    from service.app import create_app
    from service.settings import Settings

    settings = Settings(
        _env_file=None,
        model_path=tiny_model_dir,
        host="127.0.0.1",
        rate_limit_per_second=0,
        log_level="warning",
        state_dir=tmp_path_factory.mktemp("cases-state"),
    )
    app = create_app(settings)
    server = _ThreadedServer(app)
    server.start()
    try:
        yield server.url, app.state.runtime
    finally:
        server.stop()


@pytest.fixture
def open_page(browser: Any, cases_server: tuple[str, Any]) -> Iterator[Any]:
    url, _runtime = cases_server
    contexts: list[Any] = []
    errors: list[PageErrors] = []

    def make(path: str, viewport: dict[str, int], locale: str) -> Any:
        context = browser.new_context(
            viewport=viewport, locale=locale, base_url=url, service_workers="block"
        )
        # The first verdict loads lazy parts of the model; the machine is shared.
        context.set_default_timeout(60_000)
        contexts.append(context)
        page = context.new_page()
        collected = PageErrors()
        errors.append(collected)
        page.on("console", collected.console)
        page.on("pageerror", collected.page_error)
        page.goto(path)
        page.wait_for_selector("html.js-ready")
        return page

    yield make
    try:
        problems = [message for collected in errors for message in collected.messages]
        assert not problems, "browser errors:\n" + "\n".join(problems)
    finally:
        for context in contexts:
            context.close()


def _case(url: str, runtime: Any, case_id: str) -> dict[str, Any]:
    runtime.cases.recorder.flush()
    response = httpx.get(f"{url}/v1/cases/{case_id}", timeout=10)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    ("viewport", "locale", "question", "answer", "correct"),
    [
        (DESKTOP, "en-GB", "Was this right?", "No, the result is wrong", False),
        (PHONE, "id-ID", "Apakah hasil ini benar?", "Ya, hasilnya benar", True),
    ],
)
def test_feedback_after_a_verdict(
    open_page: Any,
    cases_server: tuple[str, Any],
    viewport: dict[str, int],
    locale: str,
    question: str,
    answer: str,
    correct: bool,
) -> None:
    url, runtime = cases_server
    page = open_page("/", viewport, locale)
    page.fill("#ad-text", SCAM)
    with page.expect_response(lambda r: r.url.endswith("/v1/score")) as info:
        page.click("#check-btn")
    verdict = info.value.json()
    assert verdict["case_id"]
    page.wait_for_selector("#feedback-card:not([hidden])")
    assert page.text_content("#feedback-heading") == question
    with page.expect_response(lambda r: r.url.endswith("/v1/feedback")) as sent:
        page.get_by_role("button", name=answer).click()
    assert sent.value.status == 201
    assert sent.value.request.post_data_json == {
        "case_id": verdict["case_id"],
        "correct": correct,
        "channel": "web",
    }
    page.wait_for_selector('#feedback-card[data-state="sent"]')
    assert page.is_disabled("#feedback-yes") and page.is_disabled("#feedback-no")
    case = _case(url, runtime, verdict["case_id"])
    assert case["channel"] == "web"
    assert case["feedback"] == {"right": int(correct), "wrong": int(not correct)}


@pytest.mark.parametrize(("viewport", "locale"), [(DESKTOP, "en-GB"), (PHONE, "id-ID")])
def test_review_queue_with_keyboard(
    open_page: Any,
    cases_server: tuple[str, Any],
    artifacts_dir: Path,
    viewport: dict[str, int],
    locale: str,
) -> None:
    url, runtime = cases_server
    ids = []
    for text in ADS:
        response = httpx.post(f"{url}/v1/score", json={"text": text}, timeout=30)
        ids.append(response.json()["case_id"])
    runtime.cases.recorder.flush()
    queue = httpx.get(f"{url}/v1/cases", params={"unreviewed": "true"}).json()
    assert queue["total"] >= len(ADS)

    page = open_page("/review", viewport, locale)
    page.wait_for_selector("#case:not([hidden])")
    first = page.get_attribute("#case", "data-case-id")
    assert first == queue["items"][0]["case_id"]  # the page follows the queue order
    marks = page.locator("#case-text mark")
    item = queue["items"][0]
    assert marks.count() == len({(s, e) for s, e, _ in item["marks"]}) or item["marks"]
    page.screenshot(path=str(artifacts_dir / f"review-{viewport['width']}.png"))

    with page.expect_response(lambda r: r.url.endswith("/reviews")) as sent:
        page.keyboard.press("1")
    assert sent.value.status == 201
    page.wait_for_function(
        "id => document.querySelector('#case').dataset.caseId !== id", arg=first
    )
    second = page.get_attribute("#case", "data-case-id")
    page.keyboard.press("n")
    page.keyboard.type("same contact as an earlier case")
    page.keyboard.press("Escape")
    with page.expect_response(lambda r: r.url.endswith("/reviews")) as sent:
        page.keyboard.press("2")
    assert sent.value.status == 201

    assert _case(url, runtime, first)["label"] == "scam"
    reviewed = _case(url, runtime, second)
    assert reviewed["label"] == "legitimate"
    assert reviewed["review_log"][-1]["note"] == "same contact as an earlier case"
    assert reviewed["review_log"][-1]["reviewer"] == "local"

    # Skip the rest with S, then the queue is empty; the chart has this week.
    while page.is_visible("#case"):
        before = page.get_attribute("#case", "data-case-id")
        page.keyboard.press("s")
        page.wait_for_function(
            "id => document.querySelector('#case').hidden || "
            "document.querySelector('#case').dataset.caseId !== id",
            arg=before,
        )
    page.wait_for_selector("#empty:not([hidden])")
    page.wait_for_selector("#chart-body .chart-week")
    assert page.locator("#chart-body .chart-fill").count() >= 1
    stats = httpx.get(f"{url}/v1/cases/stats").json()
    assert stats["labelled"] >= 2
