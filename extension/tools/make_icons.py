"""Draw the extension's toolbar and store icons (PNG) with Pillow.

A dark-blue rounded square with a yellow warning triangle: readable at 16 px.
Run from the project root: ``python extension/tools/make_icons.py``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZES = (16, 32, 48, 128)
SCALE = 8  # draw large, then downsample for smooth edges
BLUE = (11, 61, 92, 255)
YELLOW = (255, 204, 0, 255)
INK = (26, 26, 26, 255)


def icon(size: int) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=BLUE)
    pad = big * 0.16
    top = (big / 2, pad)
    left = (pad, big - pad * 1.1)
    right = (big - pad, big - pad * 1.1)
    draw.polygon([top, right, left], fill=YELLOW)
    bar_w = big * 0.09
    cx = big / 2
    draw.rounded_rectangle(
        (cx - bar_w / 2, big * 0.36, cx + bar_w / 2, big * 0.64),
        radius=bar_w / 2,
        fill=INK,
    )
    dot = bar_w * 0.6
    draw.ellipse((cx - dot, big * 0.71 - dot, cx + dot, big * 0.71 + dot), fill=INK)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "icons"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        icon(size).save(out / f"icon-{size}.png", optimize=True)
        print(out / f"icon-{size}.png")


if __name__ == "__main__":
    main()
