"""Flyer-like test pictures of ads, rendered here (nothing downloaded).

The tests, the OCR evaluation (training/ocr_images.py) and the benchmark
render ads as pictures the way they circulate: square flyers with coloured
backgrounds, phone screenshots of a chat, rotated photos, JPEG-compressed
reposts. Latin text uses the DejaVu fonts that matplotlib ships; Chinese uses
Noto Sans CJK from Debian's ``fonts-noto-cjk`` (``make ocr-deps``), Thai,
Khmer and Myanmar use ``fonts-noto-core`` when installed.

``render`` returns the picture's bytes and the text exactly as drawn (line
by line), which is the reference for character error rates.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

Layout = Literal["flyer", "phone", "banner"]

NOTO = Path("/usr/share/fonts/opentype/noto")
NOTO_TTF = Path("/usr/share/fonts/truetype/noto")

# Ads as they are posted (invented, in the style of real ones). Scams name
# the red flags; the legitimate ones are ordinary local jobs.
SAMPLE_ADS: dict[str, list[tuple[str, str]]] = {
    "id": [
        (
            "scam",
            "LOWONGAN KERJA KAMBOJA\nAdmin customer service online\nGaji 15 juta "
            "per bulan\nTiket pesawat dan visa gratis\nTanpa pengalaman, tanpa "
            "ijazah\nLangsung berangkat minggu ini\nHubungi WA 0812 3456 7890",
        ),
        (
            "scam",
            "DICARI OPERATOR INPUT DATA\nPenempatan Myanmar dan Thailand\nGaji "
            "1000 USD + bonus\nMess dan makan ditanggung\nUsia 18-35 tahun\nChat "
            "Telegram @kerjaluar_cepat",
        ),
        (
            "legit",
            "Dibutuhkan Segera\nStaff Gudang\nToko Bangunan Sinar Jaya, Bekasi\n"
            "Pendidikan minimal SMA\nGaji sesuai UMK\nKirim lamaran ke "
            "hrd@sinarjaya.co.id",
        ),
        (
            "legit",
            "LOWONGAN KASIR\nRumah Makan Padang Sederhana Bandung\nShift pagi "
            "atau malam\nPengalaman minimal 1 tahun\nDatang langsung dengan "
            "membawa CV",
        ),
    ],
    "en": [
        (
            "scam",
            "URGENT HIRING IN CAMBODIA\nCustomer service and typing job\nSalary "
            "USD 1500 per month\nFree flight ticket and visa\nNo experience "
            "needed\nDepart within 7 days\nWhatsApp +62 812 3456 7890",
        ),
        (
            "scam",
            "EASY ONLINE JOB\nWork from Bangkok office\nHigh commission, daily "
            "pay\nAccommodation and food provided\nPassport ready, fly this week"
            "\nContact on Telegram only",
        ),
        (
            "legit",
            "We are hiring: Warehouse Assistant\nLocation: Surabaya\nFull-time, "
            "Monday to Friday\nRequirements: high school diploma\nApply at "
            "careers.example.co.id",
        ),
        (
            "legit",
            "Part-time Barista Wanted\nKopi Kita, Jakarta Selatan\nWeekend "
            "shifts, training provided\nSend your CV to jobs@kopikita.id",
        ),
    ],
    "ms": [
        (
            "scam",
            "JAWATAN KOSONG DI KEMBOJA\nKerja admin dalam talian\nGaji RM 6000 "
            "sebulan\nTiket kapal terbang percuma\nTiada pengalaman diperlukan"
            "\nBerlepas minggu ini\nWhatsApp 012 345 6789",
        ),
        (
            "legit",
            "Jawatan Kosong: Pembantu Kedai\nKedai Runcit Pak Ali, Shah Alam\n"
            "Gaji RM 1800 sebulan\nSyarat: SPM\nHantar resume melalui emel",
        ),
    ],
    "zh": [
        (
            "scam",
            "柬埔寨高薪招聘\n客服打字员\n月薪两万起\n包机票包吃住\n无需经验\n"
            "本周出发\n联系微信 abc12345",
        ),
        (
            "legit",
            "招聘仓库管理员\n地点：苏州工业园区\n要求：高中以上学历\n五险一金\n"
            "简历请发送至公司邮箱",
        ),
    ],
    "vi": [
        (
            "scam",
            "TUYỂN GẤP ĐI CAMPUCHIA\nNhân viên chăm sóc khách hàng\nLương 1500 "
            "USD mỗi tháng\nBao vé máy bay và chỗ ở\nKhông cần kinh nghiệm\n"
            "Liên hệ Zalo 0912 345 678",
        ),
    ],
    "th": [
        (
            "scam",
            "รับสมัครงานด่วน กัมพูชา\nพนักงานบริการลูกค้า\nเงินเดือน 50000 บาท\n"
            "ฟรีตั๋วเครื่องบิน\nไม่ต้องมีประสบการณ์\nติดต่อไลน์",
        ),
    ],
    "km": [
        ("scam", "ការងារនៅប្រទេសថៃ\nប្រាក់ខែខ្ពស់\nសំបុត្រយន្តហោះឥតគិតថ្លៃ"),
    ],
    "my": [
        ("scam", "ထိုင်းနိုင်ငံတွင် အလုပ်\nလစာကောင်း\nလေယာဉ်လက်မှတ် အခမဲ့"),
    ],
}

PHONE_HEADER = "Info Loker"

BACKGROUNDS = {
    "white": ((255, 255, 255), (20, 20, 20)),
    "yellow": ((255, 214, 0), (20, 20, 20)),
    "navy": ((18, 38, 90), (255, 255, 255)),
    "red": ((200, 30, 40), (255, 255, 240)),
    "gradient": ((230, 240, 255), (10, 40, 110)),
}


@cache
def font_path(language: str, bold: bool = False) -> Path | None:
    """A font file that draws ``language``, or None if none is installed."""
    if language in ("zh", "ja", "ko"):
        name = "NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc"
        for folder in (NOTO, NOTO_TTF):
            if (folder / name).is_file():
                return folder / name
        return None
    scripts = {"th": "Thai", "km": "Khmer", "my": "Myanmar"}
    if language in scripts:
        for folder in (NOTO_TTF, NOTO):
            path = folder / f"NotoSans{scripts[language]}-Regular.ttf"
            if path.is_file():
                return path
        return None
    import matplotlib

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


@dataclass(frozen=True, slots=True)
class Style:
    size: tuple[int, int] = (1080, 1080)
    layout: Layout = "flyer"
    background: str = "white"
    rotation: float = 0.0
    image_format: str = "PNG"
    jpeg_quality: int = 90
    font_px: int = 0  # 0: chosen from the picture's size
    emoji: bool = False


@dataclass(frozen=True, slots=True)
class Rendered:
    data: bytes
    text: str  # exactly as drawn, lines joined by "\n"
    width: int
    height: int


def _wrap(line: str, font: ImageFont.FreeTypeFont, max_px: float) -> list[str]:
    """Break ``line`` so that each piece fits ``max_px`` (by words, or by
    characters for scripts written without spaces)."""
    if font.getlength(line) <= max_px:
        return [line]
    spaced = " " in line.strip()
    units = line.split(" ") if spaced else list(line)
    joiner = " " if spaced else ""
    pieces: list[str] = []
    current = ""
    for unit in units:
        candidate = f"{current}{joiner}{unit}" if current else unit
        if current and font.getlength(candidate) > max_px:
            pieces.append(current)
            current = unit
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces


def _paint_gradient(
    draw: ImageDraw.ImageDraw, size: tuple[int, int], background: tuple[int, ...]
) -> None:
    width, height = size
    for y in range(height):
        t = y / max(1, height - 1)
        colour = tuple(int(255 - (255 - c) * (0.4 + 0.6 * t)) for c in background)
        draw.line([(0, y), (width, y)], fill=colour)


def _phone_chrome(draw: ImageDraw.ImageDraw, size: tuple[int, int], margin: int) -> int:
    """A chat app's screenshot: status bar, header; returns the bubble's top."""
    width, height = size
    draw.rectangle([0, 0, width, height // 22], fill=(30, 30, 30))
    draw.rectangle(
        [0, height // 22, width, height // 9], fill=(7, 94, 84)
    )  # chat header
    header = ImageFont.truetype(str(font_path("en", True)), max(14, width // 24))
    draw.text(
        (margin, height // 22 + height // 60),
        PHONE_HEADER,
        font=header,
        fill=(255, 255, 255),
    )
    return height // 9 + margin // 2


def _wrapped_lines(
    text: str,
    style: Style,
    fonts: tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont],
    max_px: float,
) -> list[str]:
    title_font, body_font = fonts
    lines_in: list[str] = []
    for i, paragraph in enumerate(text.split("\n")):
        font = title_font if i == 0 else body_font
        lines_in.extend(_wrap(paragraph, font, max_px))
    if style.emoji:
        # Symbols as posts use them (DejaVu draws these; colour emoji fonts
        # are not needed): they sit on their own line, not inside words.
        lines_in.insert(1, "✈ ★ ☎ ✔")
    return lines_in


def _draw_lines(
    draw: ImageDraw.ImageDraw,
    lines_in: list[str],
    style: Style,
    fonts: tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont],
    at: tuple[int, int],
    ink: tuple[int, ...],
) -> list[str]:
    """Draw the lines that fit from ``at`` down; returns the text lines drawn."""
    title_font, body_font = fonts
    margin, y = at
    height = style.size[1]
    font_px = body_font.size
    line_height = int(font_px * 1.45)
    drawn: list[str] = [PHONE_HEADER] if style.layout == "phone" else []
    for i, line in enumerate(lines_in):
        if y + line_height > height:
            break
        is_symbols = style.emoji and i == 1
        if is_symbols:
            font = ImageFont.truetype(str(font_path("en")), font_px)
        else:
            font = title_font if i == 0 else body_font
        draw.text((margin, y), line, font=font, fill=ink)
        if not is_symbols:
            drawn.append(line)
        y += int(line_height * 1.2) if i == 0 else line_height
    return drawn


def _encode(
    image: Image.Image, style: Style, background: tuple[int, ...]
) -> tuple[bytes, int, int]:
    """The picture rotated as the style says, in its file format, and its size."""
    if style.rotation:
        image = image.rotate(
            style.rotation,
            expand=True,
            fillcolor=background,
            resample=Image.Resampling.BICUBIC,
        )
    out = io.BytesIO()
    if style.image_format == "JPEG":
        image.save(out, "JPEG", quality=style.jpeg_quality)
    else:
        image.save(out, style.image_format)
    return out.getvalue(), image.width, image.height


def render(text: str, language: str, style: Style | None = None) -> Rendered:
    """Draw ``text`` (lines separated by newlines) as a picture."""
    style = style or Style()
    width, height = style.size
    regular = font_path(language)
    if regular is None:
        raise FileNotFoundError(f"no font installed for language {language!r}")
    bold = font_path(language, bold=True) or regular
    background, ink = BACKGROUNDS[style.background]
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    if style.background == "gradient":
        _paint_gradient(draw, style.size, background)

    margin = width // 14
    top = margin
    if style.layout == "phone":
        top = _phone_chrome(draw, style.size, margin)
        ink = (20, 20, 20)  # on the message bubble
    font_px = style.font_px or max(12, min(width, height) // 20)
    fonts = (
        ImageFont.truetype(str(bold), int(font_px * 1.2)),
        ImageFont.truetype(str(regular), font_px),
    )
    lines_in = _wrapped_lines(text, style, fonts, width - 2.2 * margin)
    if style.layout == "phone":
        bubble_h = int(font_px * 1.45) * len(lines_in) + margin
        draw.rounded_rectangle(
            [margin // 2, top, width - margin // 2, top + bubble_h],
            radius=max(4, margin // 3),
            fill=(220, 248, 198),
        )
        top += margin // 2
    drawn = _draw_lines(draw, lines_in, style, fonts, (margin, top), ink)
    data, out_width, out_height = _encode(image, style, background)
    return Rendered(data, "\n".join(drawn), out_width, out_height)


def cer(reference: str, hypothesis: str, *, spaces: bool = True) -> float:
    """Character error rate: edit distance / reference length.

    Line breaks count as spaces and runs of spaces collapse; with
    ``spaces=False`` (Chinese, Thai: written without them) spaces are ignored.
    """
    sep = " " if spaces else ""
    ref = sep.join(reference.split())
    hyp = sep.join(hypothesis.split())
    if not ref:
        return 0.0 if not hyp else 1.0
    previous = list(range(len(hyp) + 1))
    for i, a in enumerate(ref, 1):
        current = [i]
        for j, b in enumerate(hyp, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            )
        previous = current
    return previous[-1] / len(ref)
