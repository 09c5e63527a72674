"""OCR on flyers the tests draw themselves, and boxes that land on the words."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from model.images import IMAGE_NO_TEXT, ImageError, load_image
from model.ocr import (
    OcrLine,
    OcrReader,
    OcrResult,
    read_image_bytes,
    score_image,
    split_quad,
)
from model.verdict import Box, verdict_record
from training.flyers import SAMPLE_ADS, Style, cer, font_path, render

pytest.importorskip("rapidocr_onnxruntime")


@pytest.fixture(scope="module")
def reader() -> OcrReader:
    return OcrReader("rapidocr")


def _ad(language: str, kind: str = "scam") -> str:
    return next(text for k, text in SAMPLE_ADS[language] if k == kind)


# language, style, most character errors allowed
CASES = [
    ("id", Style(), 0.02),
    ("en", Style(layout="phone", size=(720, 1280)), 0.03),
    ("ms", Style(background="navy", size=(600, 600)), 0.03),
    (
        "zh",
        Style(background="yellow", rotation=5, image_format="JPEG", jpeg_quality=60),
        0.05,
    ),
    (
        "id",
        Style(background="gradient", image_format="JPEG", jpeg_quality=35, emoji=True),
        0.12,
    ),
    ("en", Style(background="red", rotation=-8, size=(800, 800)), 0.05),
    ("ms", Style(image_format="WEBP", size=(1080, 1350)), 0.03),
    (
        "zh",
        Style(layout="phone", size=(720, 1280), image_format="JPEG", jpeg_quality=70),
        0.05,
    ),
]


@pytest.mark.parametrize(
    ("language", "style", "max_cer"),
    CASES,
    ids=[
        f"{c[0]}-{c[1].layout}-{c[1].background}-{c[1].image_format}-r{c[1].rotation}"
        for c in CASES
    ],
)
def test_flyers_read_back_with_few_character_errors(
    reader: OcrReader, language: str, style: Style, max_cer: float
) -> None:
    if font_path(language) is None:
        pytest.skip(f"no font for {language} (make ocr-deps installs fonts-noto-cjk)")
    picture = render(_ad(language, "scam"), language, style)
    result = read_image_bytes(picture.data, reader)
    assert (result.width, result.height) == (picture.width, picture.height)
    assert cer(picture.text, result.text, spaces=language != "zh") <= max_cer
    for line in result.lines:
        assert len(line.char_quads) == len(line.text)


def test_split_quad_follows_the_line_and_weighs_wide_characters() -> None:
    quad = ((0.0, 0.0), (300.0, 0.0), (300.0, 30.0), (0.0, 30.0))
    parts = split_quad(quad, "ab招")
    assert len(parts) == 3
    assert parts[0][0] == (0.0, 0.0) and parts[-1][1] == (300.0, 0.0)
    widths = [p[1][0] - p[0][0] for p in parts]
    assert widths[2] == pytest.approx(2 * widths[0])


def test_spans_map_to_one_box_per_line() -> None:
    lines = []
    for row, text in enumerate(["Gaji 15 juta", "Tiket gratis"]):
        y = 100.0 * row
        quad = ((0.0, y), (120.0, y), (120.0, y + 20), (0.0, y + 20))
        lines.append(OcrLine(text, quad, split_quad(quad, text), 0.99))
    result = OcrResult(tuple(lines), 400, 300, "test")
    assert result.text == "Gaji 15 juta\nTiket gratis"
    start = result.text.index("juta")
    end = result.text.index("Tiket") + len("Tiket")
    boxes = result.boxes(start, end)
    assert len(boxes) == 2
    assert boxes[0].y == 0 and boxes[1].y == 100
    assert boxes[0].x > 60  # "juta" is the line's end, not its start
    assert boxes[1].x == 0 and boxes[1].width < 70
    assert result.boxes(0, 0) == ()


def _crop_text(reader: OcrReader, data: bytes, box: Box) -> str:
    image = load_image(data)
    pad = 6
    crop = image.crop(
        (box.x - pad, box.y - pad, box.x + box.width + pad, box.y + box.height + pad)
    )
    canvas = Image.new("RGB", (crop.width + 80, crop.height + 80), "white")
    canvas.paste(crop, (40, 40))
    return reader.read(canvas).text


@pytest.mark.parametrize("language", ["id", "en"])
def test_evidence_boxes_sit_on_the_flagged_words(
    reader: OcrReader,
    tiny_detector,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    picture = render(_ad(language), language, Style(background="yellow"))
    verdict = score_image(tiny_detector, picture.data, reader)
    record = verdict_record(verdict)
    assert record["ocr_text"] == verdict.text
    assert record["image"]["width"] == picture.width
    evidence = [ev for flag in verdict.flags for ev in flag.evidence]
    assert evidence, "the scam flyer should fire at least one red flag"
    for flag in record["flags"]:
        for ev in flag["evidence"]:
            assert ev["boxes"], ev
            for box in ev["boxes"]:
                assert set(box) == {"x", "y", "width", "height"}
                assert box["x"] >= 0 and box["x"] + box["width"] <= picture.width
                assert box["y"] >= 0 and box["y"] + box["height"] <= picture.height
    for h in record["highlights"]:
        assert "boxes" in h
    # Reading what lies inside the first boxes gives back the evidence.
    for ev in evidence[:2]:
        if len(ev.boxes) != 1:
            continue
        read = _crop_text(reader, picture.data, ev.boxes[0])
        assert cer(ev.text, read) <= 0.34, (ev.text, read)


def test_a_picture_without_text_is_refused(reader: OcrReader) -> None:
    out = io.BytesIO()
    Image.new("RGB", (300, 300), (120, 180, 90)).save(out, "PNG")
    with pytest.raises(ImageError) as caught:
        read_image_bytes(out.getvalue(), reader)
    assert caught.value.code == IMAGE_NO_TEXT


def test_text_verdicts_keep_their_shape(tiny_detector) -> None:  # type: ignore[no-untyped-def]
    record = verdict_record(tiny_detector.score_one(_ad("id")))
    assert "ocr_text" not in record and "image" not in record
    for flag in record["flags"]:
        for ev in flag["evidence"]:
            assert set(ev) == {"start", "end", "text"}


@pytest.mark.skipif(
    not OcrReader.tesseract_available(), reason="tesseract-ocr is not installed"
)
@pytest.mark.parametrize(("language", "max_cer"), [("id", 0.05), ("en", 0.05)])
def test_tesseract_reads_latin_flyers(language: str, max_cer: float) -> None:
    picture = render(_ad(language), language, Style(size=(1080, 1080)))
    result = read_image_bytes(
        picture.data, OcrReader("tesseract"), languages=[language]
    )
    assert result.engine.startswith("tesseract")
    assert cer(picture.text, result.text) <= max_cer
    start = result.text.index(result.lines[1].text)
    assert len(result.boxes(start, start + 3)) == 1
