"""The page shows who is behind an ad: contacts, destination, pay (entities.js)."""

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

SCAM = (
    "🔥 Loker admin Kamboja (Sihanoukville), gaji 15 juta/bulan, tiket PP "
    "ditanggung. WA 0812-3456-7890 / Telegram @hr_asia / <b>bit.ly/loker-kh</b>"
)
PLAIN = "ok"


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
    ("locale", "contacts", "places", "pay"),
    [
        ("en-GB", "Contacts", "Destination", "Pay offered"),
        ("id-ID", "Kontak", "Tujuan", "Gaji yang ditawarkan"),
    ],
)
def test_entities_card_lists_contacts_places_and_pay(
    new_page: Any,
    artifacts_dir: Path,
    locale: str,
    contacts: str,
    places: str,
    pay: str,
) -> None:
    page = new_page(locale=locale)
    body = check(page, SCAM)
    assert body["entities"]
    page.wait_for_selector("#entities-card:not([hidden])")
    terms = page.locator("#entities-list dt").all_text_contents()
    assert terms[:3] == [contacts, places, pay]
    shown = page.locator("#entities-list dd").all_text_contents()
    assert any("0812-3456-7890" in item and "+6281234567890" in item for item in shown)
    assert any("@hr_asia" in item for item in shown)
    assert any("Sihanoukville" in item for item in shown)
    # Entity text comes from the ad: shown as text, never as markup.
    assert page.locator("#entities-list b").count() == 0
    page.screenshot(path=str(artifacts_dir / f"entities-{locale}.png"), full_page=True)


def test_language_switch_rerenders_the_card(new_page: Any) -> None:
    page = new_page(locale="en-GB")
    check(page, SCAM)
    page.wait_for_selector("#entities-card:not([hidden])")
    assert page.text_content("#entities-heading") == "Who is behind this ad"
    page.click('.lang-btn[data-lang="id"]')
    page.wait_for_function(
        "document.getElementById('entities-heading').textContent"
        " === 'Siapa di balik iklan ini'"
    )


def test_card_stays_hidden_without_entities(new_page: Any) -> None:
    page = new_page()
    body = check(page, PLAIN)
    assert body["entities"] == []
    assert page.locator("#entities-card").is_hidden()
