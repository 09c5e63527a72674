"""The awareness-team web page, in Debian's chromium against the real server.

Every page fails its test on a console error, an uncaught exception or a
Content-Security-Policy violation (see ``new_page`` in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

expect = pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: the Python package `playwright` is not installed "
    "(`make install-dev`).",
).expect

SCAM_ID = (
    "LOWONGAN KERJA CUSTOMER SERVICE ONLINE di Kamboja! Gaji 15-25 juta/bulan, "
    "tanpa pengalaman, tiket pesawat gratis, mess dan makan gratis. Visa turis "
    "diurus agen, paspor disimpan perusahaan selama kontrak. Segera berangkat, "
    "kuota terbatas! Hubungi WA +62 812 0000 0000 atau Telegram @hrd_cs_kh"
)
SCAM_EN = (
    "URGENT HIRING: customer service / typing job in Cambodia. Salary USD 2000 "
    "per month, no experience needed, free flight ticket and free accommodation. "
    "We arrange a tourist visa, the company keeps your passport for safety. "
    "Contact Telegram @hr_recruit_kh or WhatsApp now, limited slots!"
)
LEGIT = (
    "Staf Administrasi Kantor – PT Mitra Data Nusantara, Jakarta Selatan.\n"
    "Tugas: mengelola arsip, input data penjualan, menyiapkan laporan mingguan.\n"
    "Kualifikasi: minimal D3/S1, menguasai Microsoft Excel, pengalaman 1 tahun.\n"
    "Gaji Rp 5.500.000 – 6.500.000 per bulan, BPJS Kesehatan dan "
    "Ketenagakerjaan, cuti tahunan 12 hari.\n"
    "Kirim CV ke rekrutmen@mitradata.co.id paling lambat 30 Juni."
)
EMOJI_AD = (
    "🔥🔥💰🚀 Dicari admin online 👩‍💻🇰🇭, tiket pesawat gratis ke Kamboja, "
    "gaji 20 juta/bulan, tanpa pengalaman. Hubungi Telegram @cs_kh 📲"
)
LONG_URL_AD = (
    SCAM_ID
    + " Daftar: https://lowongan-kerja-luar-negeri.example.com/"
    + "a" * 180
    + " "
    + "🙏" * 40
)


# ------------------------------------------------------------------ helpers


def score_response(page: Any, submit: Callable[[], None]) -> dict[str, Any]:
    """Submit via ``submit()``; return the API's JSON once the page shows it."""
    with page.expect_response(
        lambda r: r.url.endswith("/v1/score") and r.request.method == "POST"
    ) as info:
        submit()
    response = info.value
    assert response.status == 200, response.text()
    body: dict[str, Any] = response.json()
    page.wait_for_selector("#check-btn:not([disabled])")
    page.wait_for_selector(f'#verdict[data-risk="{body["risk"]}"]')
    assert page.is_visible("#result")
    return body


def check_text(page: Any, text: str) -> dict[str, Any]:
    page.fill("#ad-text", text)
    return score_response(page, lambda: page.click("#check-btn"))


def marks(page: Any) -> list[dict[str, Any]]:
    return page.eval_on_selector_all(
        "#ad-view mark.m",
        """ms => ms.map(m => ({
            text: m.textContent, start: Number(m.dataset.start),
            end: Number(m.dataset.end), kinds: m.dataset.kinds,
            relocated: m.dataset.relocated || null,
            tabindex: m.getAttribute('tabindex'),
            reason: (document.getElementById(m.getAttribute('aria-describedby'))
                     || {}).textContent || ''}))""",
    )


def assert_marks_match(page: Any, body: dict[str, Any]) -> list[dict[str, Any]]:
    """Every mark shows exactly the scored text at its code-point offsets, and
    the evidence of every red flag is marked in place."""
    text = body["text"]
    found = marks(page)
    for mark in found:
        assert mark["relocated"] is None, mark
        assert mark["text"] == text[mark["start"] : mark["end"]], mark
        assert mark["tabindex"] == "0" and mark["reason"].strip(), mark
    # The ad is shown whole: marks and plain text put back together.
    assert page.text_content("#ad-view") == text
    evidence = [ev for flag in body["flags"] for ev in flag["evidence"]]
    flag_marks = [m for m in found if "flag" in m["kinds"].split()]
    for ev in evidence:
        inside = [m for m in flag_marks if ev["start"] <= m["start"] < ev["end"]]
        assert "".join(m["text"] for m in inside) == ev["text"], (ev, inside)
    if evidence:
        exact = {(m["start"], m["end"], m["text"]) for m in flag_marks}
        assert any((ev["start"], ev["end"], ev["text"]) in exact for ev in evidence)
    return found


def percent(score: float) -> int:
    """The score as the page shows it: a whole percentage within 1..99."""
    return max(1, min(99, round(score * 100)))


def screenshot(page: Any, artifacts_dir: Path, name: str) -> None:
    path = artifacts_dir / f"web-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 0


def no_horizontal_scroll(page: Any) -> bool:
    return bool(
        page.evaluate("(d => d.scrollWidth <= d.clientWidth)(document.documentElement)")
    )


# -------------------------------------------------------------------- tests


@pytest.mark.parametrize(
    ("lang", "ad", "label"),
    [("id", SCAM_ID, "Risiko"), ("en", SCAM_EN, "risk")],
    ids=["indonesian", "english"],
)
def test_scam_ad_gets_a_warning_with_marked_evidence(
    new_page: Any, artifacts_dir: Path, lang: str, ad: str, label: str
) -> None:
    page = new_page(locale="id-ID" if lang == "id" else "en-GB")
    body = check_text(page, ad)
    assert body["risk"] in {"high", "medium"}, body["score"]
    assert label in page.text_content("#verdict-label")
    assert f"{percent(body['score'])} / 100" in page.text_content("#score-text")
    # Red flags in plain language: the rule messages, in the interface language.
    assert body["flags"], "a scam ad should fire red-flag rules"
    items = page.locator("#flags-list li.flag")
    assert items.count() == len(body["flags"])
    first = body["flags"][0]
    assert first["title"] in items.first.text_content()
    assert first["message"] in items.first.text_content()
    found = assert_marks_match(page, body)
    assert any(
        m["text"] == ev["text"]
        for f in body["flags"]
        for ev in f["evidence"]
        for m in found
    )
    # Advice tied to the verdict, and the help block with agencies.
    assert page.is_visible("#verdict-advice")
    assert page.locator("#contacts li").count() >= 3
    screenshot(page, artifacts_dir, f"desktop-scam-{lang}")


def test_legitimate_ad_is_not_flagged_high(new_page: Any, artifacts_dir: Path) -> None:
    page = new_page(locale="id-ID")
    body = check_text(page, LEGIT)
    assert body["risk"] in {"low", "medium"}, (body["score"], body["flags"])
    assert page.is_hidden("#form-error")
    assert_marks_match(page, body)
    if not body["flags"]:
        assert page.is_visible("#no-flags")
    screenshot(page, artifacts_dir, "desktop-legit")
    if body["risk"] == "low" and body["highlights"]:
        # Model highlights start hidden on a low verdict; the box shows them.
        assert not page.locator("#ad-view mark.m-up").count()
        page.check("#show-model")
        assert page.locator("#ad-view mark.m-up, #ad-view .m-inner").count()
        assert_marks_match(page, body)


def test_emoji_before_red_flag_highlights_the_right_words(new_page: Any) -> None:
    page = new_page()
    body = check_text(page, EMOJI_AD)
    text = body["text"]
    # Code points and UTF-16 units differ here: the page must convert.
    assert len(text) != len(text.encode("utf-16-le")) // 2
    found = assert_marks_match(page, body)
    target = "tiket pesawat gratis"
    evidence = [
        ev for flag in body["flags"] for ev in flag["evidence"] if target in ev["text"]
    ]
    assert evidence, "the free-flight rule should quote its phrase"
    ev = evidence[0]
    covering = [m for m in found if ev["start"] <= m["start"] < ev["end"]]
    assert "".join(m["text"] for m in covering) == ev["text"]


def test_structured_fields(new_page: Any) -> None:
    page = new_page()
    page.click("#fields-box summary")
    page.fill("#f-title", "Customer service online")
    page.fill("#f-location", "Phnom Penh, Cambodia")
    page.fill("#f-salary", "USD 2000 per month, no experience needed")
    page.fill("#f-benefits", "Free flight ticket and free accommodation")
    page.fill("#f-contact", "Telegram @hr_recruit_kh")
    body = score_response(page, lambda: page.click("#check-btn"))
    assert body["text"].startswith("Customer service online\nPhnom Penh")
    assert_marks_match(page, body)


def test_language_switch_changes_texts_and_persists(
    new_page: Any, live_server: str
) -> None:
    page = new_page(locale="id-ID")  # default from the browser
    assert page.evaluate("document.documentElement.lang") == "id"
    assert page.text_content("#check-heading") == "Amankah tawaran kerja ini?"
    assert page.text_content("#check-btn") == "Periksa iklan ini"
    body_id = check_text(page, SCAM_EN)
    assert page.text_content("#verdict-label").startswith("Risiko")

    # Flag titles come from the API in the interface language: switching
    # re-asks the server and shows the English titles.
    with page.expect_response(lambda r: r.url.endswith("/v1/score")) as info:
        page.click('.lang-btn[data-lang="en"]')
    body_en = info.value.json()
    page.wait_for_selector("#check-btn:not([disabled])")
    assert page.get_attribute('.lang-btn[data-lang="en"]', "aria-pressed") == "true"
    assert page.text_content("#check-heading") == "Is this job offer safe?"
    assert page.text_content("#verdict-label").endswith("risk")
    assert (
        page.text_content("#flags-list li.flag .flag-title")
        == body_en["flags"][0]["title"]
    )
    rules = httpx.get(f"{live_server}/v1/rules", timeout=10).json()["rules"]
    by_id = {rule["id"]: rule for rule in rules}
    first = body_en["flags"][0]["rule_id"]
    assert body_en["flags"][0]["title"] == by_id[first]["title"]["en"]
    assert (
        body_id["flags"][0]["title"]
        == by_id[body_id["flags"][0]["rule_id"]]["title"]["id"]
    )

    page.reload()
    page.wait_for_selector("html.js-ready")
    assert page.evaluate("localStorage.getItem('waspada.lang')") == "en"
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.text_content("#check-btn") == "Check this ad"
    page.click('.lang-btn[data-lang="id"]')
    assert page.text_content("#check-btn") == "Periksa iklan ini"
    page.reload()
    page.wait_for_selector("html.js-ready")
    assert page.text_content("#check-btn") == "Periksa iklan ini"


def test_ctrl_enter_submits(new_page: Any) -> None:
    page = new_page()
    page.fill("#ad-text", SCAM_EN)
    page.focus("#ad-text")
    body = score_response(page, lambda: page.keyboard.press("Control+Enter"))
    assert body["risk"] in {"high", "medium"}
    # The shortcut must not leave a newline in the ad.
    assert page.input_value("#ad-text") == SCAM_EN


@pytest.mark.parametrize(
    ("ad", "expected"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 20_001, "too long"),
    ],
    ids=["nothing", "whitespace", "too-long"],
)
def test_errors_are_friendly(new_page: Any, ad: str, expected: str) -> None:
    page = new_page()
    page.fill("#ad-text", ad)
    page.click("#check-btn")
    page.wait_for_selector("#form-error:not([hidden])")
    page.wait_for_selector("#check-btn:not([disabled])")
    message = page.text_content("#form-error")
    assert expected in message.lower()
    assert "{" not in message and '"error"' not in message
    assert page.is_hidden("#result")
    page.click('.lang-btn[data-lang="id"]')  # the message follows the language
    translated = page.text_content("#form-error")
    assert translated != message and "{" not in translated


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (422, {"error": {"code": "EMPTY_AD", "message": "The ad is empty."}}, "empty"),
        (429, {"error": {"code": "RATE_LIMITED", "message": "Slow down."}}, "wait"),
        (503, {"error": {"code": "MODEL_NOT_READY", "message": "..."}}, "try again"),
        (500, "Internal Server Error", "went wrong"),
        (0, None, "could not reach"),
    ],
    ids=["empty", "rate-limited", "not-ready", "server-fault", "offline"],
)
def test_api_errors_the_server_rarely_gives_are_friendly_too(
    new_page: Any, status: int, body: Any, expected: str
) -> None:
    """Errors a healthy test server will not produce on demand, answered by
    the browser itself; the page must still speak plainly."""
    page = new_page()

    def answer(route: Any) -> None:
        if status == 0:
            route.abort("internetdisconnected")
        elif isinstance(body, dict):
            route.fulfill(status=status, json=body)
        else:
            route.fulfill(status=status, body=body, content_type="text/plain")

    page.route("**/v1/score", answer)
    page.fill("#ad-text", SCAM_EN)
    page.click("#check-btn")
    page.wait_for_selector("#form-error:not([hidden])")
    message = page.text_content("#form-error")
    assert expected in message.lower()
    assert "{" not in message and "Slow down" not in message
    assert page.is_hidden("#result")


def test_copy_report_for_whatsapp(new_page: Any) -> None:
    page = new_page(clipboard=True)
    body = check_text(page, SCAM_EN)
    page.bring_to_front()  # the clipboard API wants a focused document
    page.click("#copy-btn")
    expect(page.locator("#copy-status")).to_contain_text("copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    verdict = {"high": "HIGH RISK", "medium": "MEDIUM RISK", "low": "LOW RISK"}[
        body["risk"]
    ]
    assert verdict in copied
    assert f"{percent(body['score'])} / 100" in copied
    assert body["flags"][0]["title"] in copied
    assert copied == page.input_value("#report-text")
    assert "{" not in copied


def test_phone_layout_has_no_horizontal_scroll(
    new_page: Any, artifacts_dir: Path
) -> None:
    page = new_page(viewport={"width": 390, "height": 844}, locale="id-ID")
    assert no_horizontal_scroll(page)
    screenshot(page, artifacts_dir, "phone-empty")
    body = check_text(page, LONG_URL_AD)
    assert body["risk"] in {"high", "medium"}
    assert no_horizontal_scroll(page)
    # Tap a mark: its reason shows, inside the screen.
    mark = page.locator("#ad-view mark.m-flag").first
    mark.scroll_into_view_if_needed()
    mark.click()
    tip = page.locator("#tip")
    assert tip.is_visible() and tip.text_content().strip()
    box = tip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert no_horizontal_scroll(page)
    page.mouse.click(5, 5)  # close the tip before the screenshot of the page
    screenshot(page, artifacts_dir, "phone-scam")


def test_keyboard_only(new_page: Any) -> None:
    page = new_page()

    def tab_to(selector: str, limit: int = 40) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(
                "s => document.activeElement && document.activeElement.matches(s)",
                selector,
            ):
                return
        pytest.fail(f"Tab never reached {selector}")

    tab_to("#ad-text")
    page.keyboard.insert_text(SCAM_ID)
    tab_to("#check-btn")
    body = score_response(page, lambda: page.keyboard.press("Enter"))
    tab_to("#ad-view mark.m")
    focused = page.evaluate(
        """() => {
            const m = document.activeElement;
            const why = document.getElementById(m.getAttribute('aria-describedby'));
            return {text: m.textContent, why: why ? why.textContent : ''};
        }"""
    )
    assert focused["why"].strip()
    assert focused["text"] in body["text"]
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert tip.text_content().strip()
    assert page.locator("#ad-view mark.m:focus").evaluate(
        "m => getComputedStyle(m).outlineStyle"
    ) not in {"none", ""}
    page.keyboard.press("Escape")
    assert tip.is_hidden()


def test_print_view_shows_the_verdict_not_the_form(new_page: Any) -> None:
    page = new_page()
    check_text(page, SCAM_EN)
    page.emulate_media(media="print")
    assert page.is_hidden(".check-card")
    assert page.is_hidden(".lang-switch")
    assert page.is_visible("#verdict")
    assert page.is_visible("#ad-view")
    assert page.is_visible("#contacts")
    # Every flag prints, even those folded away on screen.
    assert page.locator("#flags-list li.flag").evaluate_all(
        "items => items.every(li => getComputedStyle(li).display !== 'none')"
    )


def test_hostile_ad_text_is_never_html(new_page: Any) -> None:
    page = new_page()
    hostile = (
        'Kerja di Kamboja <img src=x onerror="window.__pwned=1"> gaji 20 juta '
        "<script>window.__pwned=2</script> &lt;b&gt;bold&lt;/b&gt; tiket pesawat gratis"
    )
    body = check_text(page, hostile)
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("#ad-view img, #ad-view script, #ad-view b").count() == 0
    assert page.text_content("#ad-view") == body["text"]
