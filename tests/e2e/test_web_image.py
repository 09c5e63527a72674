"""The page checks ads posted as pictures: choose, drop or paste (image.js)."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from training.flyers import SAMPLE_ADS, Style, render

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]
pytest.importorskip(
    "playwright.sync_api",
    reason="BROWSER TESTS SKIPPED: the Python package `playwright` is not installed "
    "(`make install-dev`).",
)
pytest.importorskip("rapidocr_onnxruntime")

FLYER = render(SAMPLE_ADS["id"][0][1], "id", Style(size=(720, 720))).data


def _check(page: Any, action: Any) -> dict[str, Any]:
    with page.expect_response(
        lambda r: r.url.endswith("/v1/score/image") and r.request.method == "POST",
        timeout=120_000,
    ) as info:
        action()
    body: dict[str, Any] = info.value.json()
    page.wait_for_selector("#picture-card:not([hidden])", timeout=30_000)
    return body


def _boxes(page: Any) -> list[dict[str, float]]:
    return page.eval_on_selector_all(
        "#picture-frame .img-box.flag",
        "els => els.map(e => { const r = e.getBoundingClientRect(); "
        "return {w: r.width, h: r.height}; })",
    )


def test_choosing_a_file_shows_the_verdict_with_boxes(new_page: Any) -> None:
    page = new_page()
    body = _check(
        page,
        lambda: page.set_input_files(
            "#image-file",
            files=[{"name": "flyer.png", "mimeType": "image/png", "buffer": FLYER}],
        ),
    )
    page.wait_for_selector(f'#verdict[data-risk="{body["risk"]}"]')
    assert body["flags"], "the scam flyer fires red flags"
    evidence = sum(len(ev["boxes"]) for f in body["flags"] for ev in f["evidence"])
    boxes = _boxes(page)
    assert len(boxes) == evidence > 0
    assert all(b["w"] > 2 and b["h"] > 2 for b in boxes)
    # The text read is in the box, ready to correct and check again as text.
    assert "KAMBOJA" in page.input_value("#ad-text")
    assert page.is_visible("#picture-img")
    # Re-checking as text hides the picture: its boxes no longer apply.
    with page.expect_response(lambda r: r.url.endswith("/v1/score")):
        page.click("#check-btn")
    page.wait_for_selector("#picture-card", state="hidden")


def test_dropping_and_pasting_a_picture(new_page: Any) -> None:
    page = new_page(locale="id-ID")
    data = base64.b64encode(FLYER).decode()
    script = """([data, kind]) => {
        const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
        const file = new File([bytes], 'flyer.png', {type: 'image/png'});
        const dt = new DataTransfer();
        dt.items.add(file);
        const how = {bubbles: true, cancelable: true};
        if (kind === 'drop') {
          const zone = document.getElementById('image-drop');
          const drag = {...how, dataTransfer: dt};
          zone.dispatchEvent(new DragEvent('dragover', drag));
          zone.dispatchEvent(new DragEvent('drop', drag));
        } else {
          const paste = {...how, clipboardData: dt};
          document.dispatchEvent(new ClipboardEvent('paste', paste));
        }
    }"""
    body = _check(page, lambda: page.evaluate(script, [data, "drop"]))
    assert body["image"]["width"] == 720
    assert page.inner_text("#picture-heading").startswith("Gambar")
    assert _boxes(page)
    page.click("#clear-btn")
    page.wait_for_selector("#picture-card", state="hidden")
    _check(page, lambda: page.evaluate(script, [data, "paste"]))
    assert _boxes(page)


def test_a_file_that_is_not_a_picture_says_so(new_page: Any) -> None:
    page = new_page()
    with page.expect_response(lambda r: r.url.endswith("/v1/score/image")):
        page.set_input_files(
            "#image-file",
            files=[
                {"name": "fake.png", "mimeType": "image/png", "buffer": b"GIF89a..."}
            ],
        )
    page.wait_for_selector("#image-error:not([hidden])")
    assert "IMAGE_UNSUPPORTED_TYPE" in page.inner_text("#image-error")
    page.set_input_files(
        "#image-file",
        files=[{"name": "doc.pdf", "mimeType": "application/pdf", "buffer": b"%PDF"}],
    )
    assert "PNG, JPEG" in page.inner_text("#image-error")
