"""The page shows what the text is and why a warning is low risk (doctype.js)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]
pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: the Python package `playwright` is not installed "
    "(`make install-dev`).",
)

WARNING = (
    "WASPADA! Ini modus penipuan: loker admin online Kamboja, gaji 15 juta, tiket "
    "PP ditanggung, tanpa pengalaman, hubungi Telegram @hr_asia. Jangan tergiur, "
    "laporkan ke polisi dan bagikan peringatan ini."
)
SCAM = (
    "Loker admin online Kamboja, gaji 15 juta, tiket PP ditanggung, tanpa "
    "pengalaman. Hubungi Telegram @hr_asia"
)


def check(page: Any, text: str) -> dict[str, Any]:
    page.fill("#ad-text", text)
    with page.expect_response(
        lambda r: r.url.endswith("/v1/score") and r.request.method == "POST"
    ) as info:
        page.click("#check-btn")
    body: dict[str, Any] = info.value.json()
    page.wait_for_selector(f'#verdict[data-risk="{body["risk"]}"]')
    return body


@pytest.mark.parametrize(
    ("locale", "words"),
    [("en-GB", "warning or news report"), ("id-ID", "peringatan atau berita")],
)
def test_warning_shows_its_type_and_the_notice(
    new_page: Any, artifacts_dir: Path, locale: str, words: str
) -> None:
    page = new_page(locale=locale)
    body = check(page, WARNING)
    assert body["document_type"] == "warning_or_news"
    assert body["risk"] == "low"
    assert [n["code"] for n in body["notices"]] == ["NOT_A_JOB_AD"]
    page.wait_for_selector('#doctype-box[data-not-an-ad="true"]')
    assert words in page.text_content("#doctype-line")
    assert page.locator("#doctype-notice").is_visible()
    # The red flags it names are still listed.
    assert body["flags"]
    page.screenshot(path=str(artifacts_dir / f"doctype-{locale}.png"), full_page=True)


def test_job_ad_shows_no_notice(new_page: Any) -> None:
    page = new_page(locale="en-GB")
    body = check(page, SCAM)
    assert body["document_type"] == "job_ad"
    page.wait_for_selector('#doctype-box[data-not-an-ad="false"]')
    assert "a job ad" in page.text_content("#doctype-line")
    assert page.locator("#doctype-notice").is_hidden()
