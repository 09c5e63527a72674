"""Safe picture loading: what is accepted, and the stable code of each refusal."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from model.images import (
    IMAGE_DECOMPRESSION_BOMB,
    IMAGE_EMPTY,
    IMAGE_ERROR_STATUS,
    IMAGE_INVALID,
    IMAGE_TOO_LARGE,
    IMAGE_TOO_MANY_PIXELS,
    IMAGE_TOO_SMALL,
    IMAGE_TRUNCATED,
    IMAGE_UNSUPPORTED_TYPE,
    ImageError,
    ImageLimits,
    load_image,
    sniff_format,
)


def _encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _flyer(mode: str = "RGB", size: tuple[int, int] = (120, 80)) -> Image.Image:
    image = Image.new(mode, size, "white")
    image.paste("black" if mode != "RGBA" else (0, 0, 0, 255), (10, 10, 60, 30))
    return image


def _noise(size: tuple[int, int]) -> Image.Image:
    import numpy as np

    rng = np.random.default_rng(0)
    return Image.fromarray(rng.integers(0, 255, (*size, 3), dtype=np.uint8))


def png_with_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares ``width`` x ``height`` pixels."""
    data = bytearray(_encode(_flyer(size=(16, 16)), "PNG"))
    ihdr = data[12:29]  # b"IHDR" + 13 bytes of fields
    fields = struct.pack(">II", width, height) + bytes(ihdr[12:17])
    chunk = b"IHDR" + fields
    data[12:29] = chunk
    data[29:33] = struct.pack(">I", zlib.crc32(chunk) & 0xFFFFFFFF)
    return bytes(data)


PNG = _encode(_flyer(), "PNG")
JPEG = _encode(_flyer(), "JPEG", quality=85)

BAD = [
    ("empty", b"", None, IMAGE_EMPTY),
    ("gif", _encode(_flyer(), "GIF"), None, IMAGE_UNSUPPORTED_TYPE),
    ("bmp", _encode(_flyer(), "BMP"), None, IMAGE_UNSUPPORTED_TYPE),
    ("svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', None, IMAGE_UNSUPPORTED_TYPE),
    ("text", b"Lowongan kerja, gaji 15 juta", None, IMAGE_UNSUPPORTED_TYPE),
    ("png truncated", PNG[: len(PNG) // 2], None, IMAGE_TRUNCATED),
    ("jpeg truncated", JPEG[: len(JPEG) // 2], None, IMAGE_TRUNCATED),
    ("png damaged header", PNG[:8] + b"\x00" * 40 + PNG[48:], None, IMAGE_INVALID),
    ("bomb", png_with_size(60_000, 60_000), None, IMAGE_DECOMPRESSION_BOMB),
    ("too big", PNG, ImageLimits(max_bytes=100), IMAGE_TOO_LARGE),
    (
        "too many pixels",
        _encode(_noise((200, 200)), "PNG"),
        ImageLimits(max_pixels=10_000),
        IMAGE_TOO_MANY_PIXELS,
    ),
    ("too small", _encode(_flyer(size=(40, 4)), "PNG"), None, IMAGE_TOO_SMALL),
]


@pytest.mark.parametrize(
    ("data", "limits", "code"),
    [case[1:] for case in BAD],
    ids=[case[0] for case in BAD],
)
def test_bad_pictures_are_refused_with_a_stable_code(
    data: bytes, limits: ImageLimits | None, code: str
) -> None:
    with pytest.raises(ImageError) as caught:
        load_image(data, limits)
    assert caught.value.code == code
    assert 400 <= caught.value.status < 500
    assert caught.value.status == IMAGE_ERROR_STATUS[code]


GOOD = [
    ("png rgb", PNG, (120, 80)),
    ("png rgba", _encode(_flyer("RGBA"), "PNG"), (120, 80)),
    ("png palette", _encode(_flyer().convert("P"), "PNG"), (120, 80)),
    ("grey jpeg", _encode(_flyer("L"), "JPEG"), (120, 80)),
    ("jpeg", JPEG, (120, 80)),
    ("webp", _encode(_flyer(), "WEBP", quality=80), (120, 80)),
    ("webp lossless", _encode(_flyer("RGBA"), "WEBP", lossless=True), (120, 80)),
]


@pytest.mark.parametrize(
    ("data", "size"), [case[1:] for case in GOOD], ids=[case[0] for case in GOOD]
)
def test_png_jpeg_and_webp_load_as_rgb(data: bytes, size: tuple[int, int]) -> None:
    image = load_image(data)
    assert image.mode == "RGB"
    assert image.size == size
    # Transparency lies over white, as a page shows it.
    assert image.getpixel((100, 70)) == (255, 255, 255)


def test_exif_orientation_is_applied() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    data = _encode(_flyer(), "JPEG", exif=exif.tobytes())
    assert load_image(data).size == (80, 120)


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (PNG, "PNG"),
        (JPEG, "JPEG"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WEBP"),
        (b"GIF89a", None),
    ],
)
def test_format_is_read_from_the_bytes(data: bytes, fmt: str | None) -> None:
    assert sniff_format(data) == fmt
