"""Batch rows whose ad is a picture: the ``image`` column (service/batch.py).

``image`` holds a file path, relative to the input file's folder (or
absolute). The picture is read like POST /v1/score/image does (model/ocr.py)
and its text scored; text fields in the same row (a post's caption) are
scored after the picture's text. Anything wrong with the picture is that
row's error, with the same IMAGE_* codes as the API, plus IMAGE_NOT_FOUND
for a path that is not a readable file.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from model.ad import join_fields
from model.errors import WaspadaError
from model.images import ImageError, ImageLimits

if TYPE_CHECKING:
    from model.detector import Detector, EntityMode
    from model.ocr import Engine, OcrReader

IMAGE_KEY = "image"
IMAGE_NOT_FOUND = "IMAGE_NOT_FOUND"

_READER: OcrReader | None = None
_READER_LOCK = threading.Lock()


def _reader() -> OcrReader:
    """One OCR reader per process (workers are processes)."""
    global _READER
    with _READER_LOCK:
        if _READER is None:
            from model.ocr import ENGINES, OcrReader

            engine = os.environ.get("WASPADA_OCR_ENGINE", "auto")
            _READER = OcrReader(cast("Engine", engine) if engine in ENGINES else "auto")
        return _READER


def resolve(path: str, root: str | None) -> Path:
    candidate = Path(path).expanduser()
    if not candidate.is_absolute():
        candidate = Path(root or os.getcwd()) / candidate
    return candidate


def score_image_row(
    detector: Detector,
    ad: Mapping[str, str],
    *,
    root: str | None,
    explain: bool,
    lang: str,
    entities: EntityMode,
    limits: ImageLimits | None = None,
) -> Any:
    """A Verdict with boxes, or the WaspadaError that is the row's error."""
    from model.ocr import read_image_bytes, with_boxes

    limits = limits or ImageLimits()
    name = ad[IMAGE_KEY]
    path = resolve(name, root)
    try:
        if not path.is_file():
            raise WaspadaError(
                f"no picture file at '{name}' (paths are relative to the input "
                "file's folder)",
                code=IMAGE_NOT_FOUND,
            )
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as error:
        return WaspadaError(
            f"the picture '{name}' cannot be read ({error.strerror})",
            code=IMAGE_NOT_FOUND,
        )
    except WaspadaError as error:
        return error
    try:
        result = read_image_bytes(data, _reader(), limits=limits)
    except ImageError as error:
        return error
    caption = join_fields({k: v for k, v in ad.items() if k != IMAGE_KEY})
    text = result.text + ("\n\n" + caption if caption.strip() else "")
    try:
        verdict = detector.score_one(
            text, explain=explain, message_language=lang, entities=entities
        )
    except WaspadaError as error:
        return error
    # Offsets in the picture's text come first, so its boxes still apply.
    return with_boxes(verdict, result)
