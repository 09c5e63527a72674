"""Reading ads posted as pictures, offline, and putting the verdict back on them.

Two engines, both without any download at run time:

* ``rapidocr`` (``rapidocr-onnxruntime``, PP-OCRv4 models inside its wheel):
  the default; reads Latin script (Indonesian, English, Malay, Tagalog) and
  Chinese well, about a second per 1080x1080 flyer on one core.
* ``tesseract`` (Debian ``tesseract-ocr`` and its language packs, through
  ``pytesseract``): for the scripts PP-OCR's Chinese/Latin model cannot read
  (Thai, Khmer, Myanmar) and Vietnamese diacritics.

``OcrReader.read`` returns the text as lines, each with a box per character,
so that any span of the text (a red flag's evidence, a highlight) maps back to
rectangles on the picture (``spans_to_boxes``). ``score_image`` does the whole
thing: load safely (``model.images``), read, score like any ad, add boxes.
Figures behind the engine choice are in docs/ocr.md.
"""

from __future__ import annotations

import dataclasses
import shutil
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, get_args

from model.errors import WaspadaError
from model.images import IMAGE_NO_TEXT, ImageError, ImageLimits, load_image
from model.verdict import Box, ImageSource, Verdict

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

    from model.detector import Detector, EntityMode

Engine = Literal["auto", "rapidocr", "tesseract"]
ENGINES: tuple[str, ...] = get_args(Engine)

# Languages (ISO 639-1) each engine is chosen for; see docs/ocr.md.
RAPIDOCR_LANGUAGES = frozenset({"id", "en", "ms", "tl", "zh"})
TESSERACT_PACKS: dict[str, str] = {
    "id": "ind",
    "ms": "ind",  # no Malay pack in Debian; Indonesian's is the nearest
    "en": "eng",
    "th": "tha",
    "vi": "vie",
    "zh": "chi_sim",
    "km": "khm",
    "my": "mya",
}
# When auto mode falls back to Tesseract without a language hint.
TESSERACT_FALLBACK = "eng+ind+vie+tha+khm+mya"
# Auto mode falls back to Tesseract when PP-OCR's mean confidence is below this
# or it read almost nothing (a script it does not know reads as noise).
FALLBACK_CONFIDENCE = 0.7
FALLBACK_MIN_CHARS = 4

Quad = tuple[tuple[float, float], ...]


class OcrUnavailableError(WaspadaError):
    """No OCR engine can run here (a server fault: the service answers 503)."""

    code = "OCR_UNAVAILABLE"


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line of text; ``char_quads[i]`` is where ``text[i]`` lies."""

    text: str
    quad: Quad
    char_quads: tuple[Quad, ...]
    confidence: float


@dataclass(frozen=True, slots=True)
class OcrResult:
    """What an engine read: lines in reading order, joined by newlines."""

    lines: tuple[OcrLine, ...]
    width: int
    height: int
    engine: str

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def confidence(self) -> float:
        chars = sum(len(line.text) for line in self.lines)
        if not chars:
            return 0.0
        total = sum(line.confidence * len(line.text) for line in self.lines)
        return total / chars

    def line_starts(self) -> list[int]:
        starts, offset = [], 0
        for line in self.lines:
            starts.append(offset)
            offset += len(line.text) + 1
        return starts

    def boxes(self, start: int, end: int) -> tuple[Box, ...]:
        """Rectangles covering ``text[start:end]``: one per line it touches."""
        found: list[Box] = []
        for line, first in zip(self.lines, self.line_starts(), strict=True):
            lo, hi = max(start, first), min(end, first + len(line.text))
            if lo >= hi:
                continue
            quads = line.char_quads[lo - first : hi - first]
            # Spaces at the ends of a span add no ink: leave them out.
            chars = line.text[lo - first : hi - first]
            kept = [q for q, c in zip(quads, chars, strict=True) if not c.isspace()]
            box = _bounds(kept or quads, self.width, self.height)
            if box is not None:
                found.append(box)
        return tuple(found)


def _bounds(quads: Iterable[Quad], width: int, height: int) -> Box | None:
    xs = [x for quad in quads for x, _ in quad]
    ys = [y for quad in quads for _, y in quad]
    if not xs:
        return None
    x0 = max(0, min(int(min(xs)), width))
    y0 = max(0, min(int(min(ys)), height))
    x1 = max(0, min(round(max(xs)), width))
    y1 = max(0, min(round(max(ys)), height))
    if x1 <= x0 or y1 <= y0:
        return None
    return Box(x=x0, y=y0, width=x1 - x0, height=y1 - y0)


def _lerp(
    a: tuple[float, float], b: tuple[float, float], t: float
) -> tuple[float, float]:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def split_quad(quad: Quad, text: str) -> tuple[Quad, ...]:
    """A quad per character, by each character's share of the line's width.

    Wide (CJK) characters count double, spaces and narrow punctuation less,
    which follows proportional fonts closely enough to box a phrase.
    """
    if not text:
        return ()
    weights = [_char_width(c) for c in text]
    total = sum(weights) or 1.0
    top_left, top_right, bottom_right, bottom_left = quad[:4]
    quads: list[Quad] = []
    done = 0.0
    for weight in weights:
        a, b = done / total, (done + weight) / total
        done += weight
        quads.append(
            (
                _lerp(top_left, top_right, a),
                _lerp(top_left, top_right, b),
                _lerp(bottom_left, bottom_right, b),
                _lerp(bottom_left, bottom_right, a),
            )
        )
    return tuple(quads)


def _char_width(char: str) -> float:
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 2.0
    if char.isspace() or char in ".,:;'!|il1()[]":
        return 0.6
    return 1.0


def _rect_quad(x: float, y: float, w: float, h: float) -> Quad:
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


class OcrReader:
    """Reads pictures with the chosen engine; engines load on first use.

    Safe to share between threads: each engine runs one picture at a time
    (images are scored in the service's batch lane anyway).
    """

    def __init__(self, engine: Engine = "auto", threads: int = 1) -> None:
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
        self.engine = engine
        self.threads = threads
        self._rapid: Any = None
        self._lock = threading.Lock()

    # -- engines ------------------------------------------------------------

    @staticmethod
    def tesseract_available() -> bool:
        if shutil.which("tesseract") is None:
            return False
        try:
            import pytesseract  # noqa: F401
        except ImportError:
            return False
        return True

    @staticmethod
    def rapidocr_available() -> bool:
        try:
            import rapidocr_onnxruntime  # noqa: F401
        except ImportError:
            return False
        return True

    def _rapidocr(self) -> Any:
        if self._rapid is None:
            from rapidocr_onnxruntime import RapidOCR

            self._rapid = RapidOCR(
                intra_op_num_threads=self.threads, inter_op_num_threads=1
            )
        return self._rapid

    def read_rapidocr(self, image: PILImage) -> OcrResult:
        import numpy as np

        width, height = image.size
        with self._lock:
            engine = self._rapidocr()
            # RapidOCR expects OpenCV's BGR order for arrays.
            array = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
            raw, _ = engine(array, return_word_box=True)
        lines: list[OcrLine] = []
        for item in raw or ():
            quad_raw, text, confidence = item[0], str(item[1]), float(item[2])
            quad = tuple((float(x), float(y)) for x, y in quad_raw)
            stripped = text.strip()
            if not stripped:
                continue
            chars = _rapid_char_quads(item, text)
            lead = len(text) - len(text.lstrip())
            chars = chars[lead : lead + len(stripped)] if chars else ()
            if len(chars) != len(stripped):
                chars = split_quad(quad, stripped)
            lines.append(OcrLine(stripped, quad, chars, confidence))
        return OcrResult(tuple(lines), width, height, "rapidocr")

    def read_tesseract(self, image: PILImage, packs: str) -> OcrResult:
        import pytesseract

        width, height = image.size
        data = pytesseract.image_to_data(
            image,
            lang=packs,
            config="--psm 3",
            output_type=pytesseract.Output.DICT,
        )
        grouped: dict[tuple[int, int, int], list[tuple[str, Quad, float]]] = {}
        for i, word in enumerate(data["text"]):
            word = (word or "").strip()
            conf = float(data["conf"][i])
            if not word or conf < 0:
                continue
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            box = _rect_quad(
                data["left"][i], data["top"][i], data["width"][i], data["height"][i]
            )
            grouped.setdefault(key, []).append((word, box, conf / 100.0))
        lines: list[OcrLine] = []
        for words in grouped.values():
            text_parts: list[str] = []
            quads: list[Quad] = []
            for j, (word, box, _) in enumerate(words):
                if j:
                    previous = text_parts[-1][-1]
                    if not (_is_wide(previous) and _is_wide(word[0])):
                        # The gap between two words is the space's box.
                        left = words[j - 1][1]
                        text_parts.append(" ")
                        quads.append((left[1], box[0], box[3], left[2]))
                text_parts.append(word)
                quads.extend(split_quad(box, word))
            text = "".join(text_parts)
            xs = [x for _, q, _ in words for x, _ in q]
            ys = [y for _, q, _ in words for _, y in q]
            quad = _rect_quad(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            confidence = sum(c * len(w) for w, _, c in words) / max(
                1, sum(len(w) for w, _, _ in words)
            )
            lines.append(OcrLine(text, quad, tuple(quads), confidence))
        return OcrResult(tuple(lines), width, height, f"tesseract:{packs}")

    # -- choosing -----------------------------------------------------------

    def read(self, image: PILImage, languages: Sequence[str] = ()) -> OcrResult:
        """Read ``image``; ``languages`` (ISO codes) are a hint, may be empty."""
        wanted = [lang.lower() for lang in languages if lang]
        engine = self.engine
        if engine == "tesseract" or (
            engine == "auto"
            and wanted
            and not set(wanted) <= RAPIDOCR_LANGUAGES
            and self.tesseract_available()
        ):
            return self.read_tesseract(image, tesseract_packs(wanted))
        try:
            result = self.read_rapidocr(image)
        except (ImportError, OSError) as error:
            # e.g. OpenCV without libGL on a bare server: Tesseract, if any.
            if engine == "auto" and self.tesseract_available():
                return self.read_tesseract(image, tesseract_packs(wanted))
            raise OcrUnavailableError(
                f"PP-OCR cannot run here ({type(error).__name__}: {error}); "
                "install the OCR dependencies (make ocr-deps).",
            ) from error
        if (
            engine == "auto"
            and not wanted
            and (
                len(result.text.strip()) < FALLBACK_MIN_CHARS
                or result.confidence < FALLBACK_CONFIDENCE
            )
            and self.tesseract_available()
        ):
            other = self.read_tesseract(image, TESSERACT_FALLBACK)
            if _quality(other) > _quality(result):
                return other
        return result


def _quality(result: OcrResult) -> float:
    return result.confidence * len(result.text.strip())


def _rapid_char_quads(item: Sequence[Any], text: str) -> tuple[Quad, ...]:
    """Per-character quads from RapidOCR's word boxes, when they line up."""
    if len(item) < 5 or not item[3]:
        return ()
    quads, pieces = item[3], item[4]
    if len(quads) != len(pieces) or "".join(pieces) != text:
        return ()
    if any(len(piece) != 1 for piece in pieces):
        return ()
    return tuple(tuple((float(x), float(y)) for x, y in quad) for quad in quads)


def tesseract_packs(languages: Sequence[str]) -> str:
    packs: list[str] = []
    for lang in languages:
        pack = TESSERACT_PACKS.get(lang)
        if pack and pack not in packs:
            packs.append(pack)
    if "eng" not in packs:
        packs.append("eng")
    return "+".join(packs)


# -- the verdict on the picture ---------------------------------------------


def with_boxes(verdict: Verdict, result: OcrResult) -> Verdict:
    """``verdict`` (scored on ``result.text``) with boxes on its evidence."""
    flags = tuple(
        dataclasses.replace(
            flag,
            evidence=tuple(
                dataclasses.replace(ev, boxes=result.boxes(ev.start, ev.end))
                for ev in flag.evidence
            ),
        )
        for flag in verdict.flags
    )
    highlights = tuple(
        dataclasses.replace(h, boxes=result.boxes(h.start, h.end))
        for h in verdict.highlights
    )
    image = ImageSource(
        width=result.width,
        height=result.height,
        ocr_text=result.text,
        engine=result.engine,
    )
    return dataclasses.replace(verdict, flags=flags, highlights=highlights, image=image)


def read_image_bytes(
    data: bytes,
    reader: OcrReader,
    *,
    limits: ImageLimits | None = None,
    languages: Sequence[str] = (),
) -> OcrResult:
    """Load (safely) and read a picture; raises ImageError (IMAGE_*)."""
    image = load_image(data, limits)
    result = reader.read(image, languages)
    if not result.text.strip():
        raise ImageError(
            "No text could be read from this picture. If it does hold text, "
            "send a sharper or larger picture, or paste the text instead.",
            code=IMAGE_NO_TEXT,
        )
    return result


def score_image(
    detector: Detector,
    data: bytes,
    reader: OcrReader,
    *,
    limits: ImageLimits | None = None,
    languages: Sequence[str] = (),
    explain: bool = True,
    message_language: str = "en",
    entities: EntityMode = "none",
) -> Verdict:
    """Score the ad in a picture; raises ImageError or InvalidAdError."""
    result = read_image_bytes(data, reader, limits=limits, languages=languages)
    verdict = detector.score_one(
        result.text,
        explain=explain,
        message_language=message_language,
        entities=entities,
    )
    return with_boxes(verdict, result)
