"""The page warns when the served model lacks the full real data (model-notice.js)."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]
pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: the Python package `playwright` is not installed "
    "(`make install-dev`).",
)


@pytest.mark.parametrize(
    ("locale", "title"),
    [
        ("en-GB", "This server runs a weaker model."),
        ("id-ID", "Server ini memakai model yang lebih lemah."),
    ],
)
def test_notice_shows_for_a_model_without_the_real_data(
    new_page: Any, live_server: str, locale: str, title: str
) -> None:
    # The test server serves the tiny model: generated and seed ads only.
    page = new_page(locale=locale)
    page.wait_for_selector("#model-notice:not([hidden])")
    text = page.text_content("#model-notice") or ""
    assert title in text
    assert "generated and seed ads only" in text
    assert page.is_visible("#model-notice")
    assert page.get_attribute("html", "data-model-full") == "false"


def test_notice_follows_the_language_switch(new_page: Any) -> None:
    page = new_page(locale="en-GB")
    page.wait_for_selector("#model-notice:not([hidden])")
    page.click('.lang-btn[data-lang="id"]')
    page.wait_for_function(
        "document.getElementById('model-notice').textContent"
        ".includes('model yang lebih lemah')"
    )


def test_no_notice_for_a_model_with_the_full_real_data(
    new_page: Any, live_server: str
) -> None:
    page = new_page(locale="en-GB", goto=False)
    real = page.request.get(f"{live_server}/v1/model").json()
    real["training_data"] = {**(real["training_data"] or {}), "full_real_data": True}

    def full(route: Any) -> None:
        route.fulfill(
            status=200, content_type="application/json", body=json.dumps(real)
        )

    page.route("**/v1/model", full)
    page.goto("/")
    page.wait_for_selector('html[data-model-full="true"]', state="attached")
    assert page.is_hidden("#model-notice")
