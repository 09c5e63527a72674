"""The flyer renderer and the character error rate the OCR figures use."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from training.flyers import PHONE_HEADER, SAMPLE_ADS, Style, cer, render


@pytest.mark.parametrize(
    ("reference", "hypothesis", "spaces", "expected"),
    [
        ("Gaji 15 juta", "Gaji 15 juta", True, 0.0),
        ("Gaji 15 juta", "Gaji  15\njuta", True, 0.0),
        ("Gaji 15 juta", "Gaji 15 jota", True, 1 / 12),
        ("月薪两万起", "月薪 两万起", False, 0.0),
        ("abc", "", True, 1.0),
        ("", "", True, 0.0),
    ],
)
def test_cer(reference: str, hypothesis: str, spaces: bool, expected: float) -> None:
    assert cer(reference, hypothesis, spaces=spaces) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("style", "fmt"),
    [
        (Style(), "PNG"),
        (Style(layout="phone", size=(720, 1280), image_format="JPEG"), "JPEG"),
        (Style(rotation=10, image_format="WEBP"), "WEBP"),
    ],
)
def test_render_draws_the_text_it_reports(style: Style, fmt: str) -> None:
    picture = render(SAMPLE_ADS["en"][0][1], "en", style)
    image = Image.open(io.BytesIO(picture.data))
    assert image.format == fmt
    assert image.size == (picture.width, picture.height)
    assert picture.text.startswith(
        PHONE_HEADER if style.layout == "phone" else "URGENT"
    )
    assert "Salary USD 1500 per month" in picture.text
    if style.rotation:
        assert picture.width > style.size[0]  # rotated with the canvas expanded
