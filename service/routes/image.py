"""POST /v1/score/image: an ad posted as a picture.

The picture is read offline (model/ocr.py), the text scored like any ad, and
every flag's evidence and highlight comes back with boxes on the picture.
OCR takes about a second of CPU, so it runs in the batch lane: pictures never
make single-text requests (the extension, the page) wait.
"""

from __future__ import annotations

import threading
from typing import Any, get_args

from fastapi import APIRouter, Depends, Request
from starlette.datastructures import UploadFile
from starlette.responses import Response

from model.errors import InvalidAdError, WaspadaError
from model.images import (
    IMAGE_ERROR_STATUS,
    IMAGE_MISSING,
    ImageError,
    ImageLimits,
)
from service.errors import ApiError
from service.routes.deps import (
    Runtime,
    RuntimeDep,
    dumps,
    require_api_key_for_single,
    verdict_payload,
)
from service.schemas import EntityMode, ErrorResponse, MessageLanguage, ScoreResponse

PATH = "/v1/score/image"
# Room for the multipart envelope and the form fields around the file.
FORM_OVERHEAD = 64 * 1024

router = APIRouter(prefix="/v1", tags=["scoring"])
_reader_lock = threading.Lock()

_LANGUAGE_HINTS = ("id", "en", "ms", "tl", "zh", "th", "vi", "km", "my")

REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "The picture: PNG, JPEG or WebP.",
                    },
                    "explain": {"type": "boolean", "default": True},
                    "lang": {
                        "type": "string",
                        "enum": list(get_args(MessageLanguage)),
                        "default": "en",
                        "description": "Language of flag titles and messages.",
                    },
                    "entities": {
                        "type": "string",
                        "enum": list(get_args(EntityMode)),
                        "default": "all",
                    },
                    "languages": {
                        "type": "string",
                        "default": "",
                        "description": "Optional hint: languages in the picture, "
                        "comma-separated ISO codes (id, en, ms, zh, th, vi, km, "
                        "my). Thai, Vietnamese, Khmer and Myanmar are read with "
                        "Tesseract.",
                    },
                },
            }
        }
    },
}


def _errors() -> dict[int | str, dict[str, Any]]:
    text = {
        413: "BODY_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS or "
        "IMAGE_DECOMPRESSION_BOMB.",
        415: "UNSUPPORTED_MEDIA_TYPE (not multipart/form-data) or "
        "IMAGE_UNSUPPORTED_TYPE (not PNG, JPEG or WebP).",
        422: "IMAGE_MISSING, IMAGE_EMPTY, IMAGE_INVALID, IMAGE_TRUNCATED, "
        "IMAGE_TOO_SMALL, IMAGE_NO_TEXT, AD_TOO_LONG or VALIDATION_ERROR.",
        400: "BAD_REQUEST: the multipart body cannot be parsed.",
        401: "UNAUTHORIZED: the server requires an API key.",
        429: "RATE_LIMITED: too many requests from this client; see Retry-After.",
        503: "MODEL_NOT_READY (the model is still loading; see Retry-After) or "
        "OCR_UNAVAILABLE (this server cannot run OCR).",
    }
    return {
        status: {"model": ErrorResponse, "description": description}
        for status, description in text.items()
    }


def ocr_reader(runtime: Runtime) -> Any:
    """The runtime's OCR reader, built once (engines load on first use)."""
    if runtime.ocr_reader is None:
        with _reader_lock:
            if runtime.ocr_reader is None:
                from model.ocr import OcrReader

                settings = runtime.settings
                runtime.ocr_reader = OcrReader(
                    settings.ocr_engine, threads=settings.ocr_threads
                )
    return runtime.ocr_reader


def _bad_form(message: str) -> ApiError:
    return ApiError(422, "VALIDATION_ERROR", message)


def _choice(value: Any, allowed: tuple[str, ...], name: str, default: str) -> str:
    if value is None or value == "":
        return default
    if not isinstance(value, str) or value not in allowed:
        raise _bad_form(f"'{name}' must be one of {', '.join(allowed)}.")
    return value


def _languages(value: Any) -> list[str]:
    if not isinstance(value, str) or not value.strip():
        return []
    found = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [lang for lang in found if lang not in _LANGUAGE_HINTS]
    if unknown or len(found) > len(_LANGUAGE_HINTS):
        raise _bad_form(
            "'languages' lists ISO codes among " + ", ".join(_LANGUAGE_HINTS) + "."
        )
    return found


@router.post(
    "/score/image",
    response_model=ScoreResponse,
    summary="Score an ad posted as a picture",
    description="Upload a flyer or screenshot (multipart field `file`: PNG, "
    "JPEG or WebP, 10 MB and 40 megapixels by default). The text is read "
    "offline (OCR), scored like any ad, and returned as `ocr_text`; every "
    "flag's evidence and every highlight carries `boxes` "
    '(`{"x", "y", "width", "height"}` in the picture\'s pixels, EXIF '
    "orientation applied) so the flagged words can be marked on it. Answered "
    "from the batch lane: about a second per picture on one core.",
    responses=_errors(),
    openapi_extra={
        "requestBody": REQUEST_BODY,
        "parameters": [
            {
                "name": "lang",
                "in": "query",
                "required": False,
                "description": "Like the form field `lang` (the form wins).",
                "schema": {"type": "string", "enum": list(get_args(MessageLanguage))},
            }
        ],
    },
    dependencies=[Depends(require_api_key_for_single)],
)
async def score_image(request: Request, runtime: RuntimeDep) -> Response:
    detector = runtime.require_detector()
    settings = runtime.settings
    try:
        form = await request.form(max_files=1, max_fields=10)
    except Exception as error:  # malformed multipart, too many parts
        raise ApiError(
            400, "BAD_REQUEST", "The multipart body cannot be parsed."
        ) from error

    def field(name: str) -> Any:
        # Form fields, or the query string (the browser extension sends
        # ?lang=... with the upload).
        value = form.get(name)
        return request.query_params.get(name) if value is None else value

    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ApiError(
                422,
                IMAGE_MISSING,
                "Send the picture as a file in the multipart field 'file'.",
            )
        explain_raw = field("explain")
        if explain_raw is None or explain_raw == "":
            explain = True
        elif explain_raw in ("true", "1", "on", "false", "0", "off"):
            explain = explain_raw in ("true", "1", "on")
        else:
            raise _bad_form("'explain' must be true or false.")
        lang = _choice(field("lang"), get_args(MessageLanguage), "lang", "en")
        entities = _choice(field("entities"), get_args(EntityMode), "entities", "all")
        languages = _languages(field("languages"))
        data = await upload.read(settings.max_image_bytes + 1)
    finally:
        await form.close()
    limits = ImageLimits(
        max_bytes=settings.max_image_bytes, max_pixels=settings.max_image_pixels
    )
    reader = ocr_reader(runtime)

    def work() -> bytes:
        from model.ocr import score_image as score_picture

        verdict = score_picture(
            detector,
            data,
            reader,
            limits=limits,
            languages=languages,
            explain=explain,
            message_language=lang,
            entities=entities,  # type: ignore[arg-type]
        )
        runtime.metrics.observe_verdict("image", verdict.score, verdict.risk)
        runtime.log_verdict("image", verdict)
        return dumps(verdict_payload(verdict))

    try:
        body = await runtime.run_batch(work)
    except ImageError as error:
        runtime.metrics.ad_errors.labels(endpoint="image", code=error.code).inc()
        raise ApiError(
            IMAGE_ERROR_STATUS.get(error.code, 422), error.code, error.message
        ) from error
    except InvalidAdError as error:
        runtime.metrics.ad_errors.labels(endpoint="image", code=error.code).inc()
        raise
    except WaspadaError as error:  # OCR_UNAVAILABLE: the server's fault
        raise ApiError(503, error.code, error.message) from error
    return Response(content=body, media_type="application/json")
