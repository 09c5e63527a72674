"""Every error leaves the service as ``{"error": {"code", "message"}}``.

Codes are stable (clients switch on them); messages say what to do. A 5xx is
only ever a real server fault: everything a client can send wrong maps to a
4xx here, and the catch-all handler never echoes internals.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from model.errors import WaspadaError

log = logging.getLogger("waspada.service")

# Codes the service itself adds to those in model/errors.py.
BAD_REQUEST = "BAD_REQUEST"
INVALID_JSON = "INVALID_JSON"
INVALID_ENCODING = "INVALID_ENCODING"
UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
BODY_TOO_LARGE = "BODY_TOO_LARGE"
BATCH_TOO_LARGE = "BATCH_TOO_LARGE"
VALIDATION_ERROR = "VALIDATION_ERROR"
UNKNOWN_FIELD = "UNKNOWN_FIELD"
UNAUTHORIZED = "UNAUTHORIZED"
RATE_LIMITED = "RATE_LIMITED"
NOT_FOUND = "NOT_FOUND"
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
MODEL_NOT_READY = "MODEL_NOT_READY"
INTERNAL_ERROR = "INTERNAL_ERROR"
# An ad whose scoring ran past WASPADA_MAX_AD_SECONDS (model.budget); raised
# as model.errors.AdTooCostlyError, answered 422 like every invalid ad.
AD_TOO_COSTLY = "AD_TOO_COSTLY"

_STATUS_CODES: dict[int, str] = {
    400: BAD_REQUEST,
    401: UNAUTHORIZED,
    404: NOT_FOUND,
    405: METHOD_NOT_ALLOWED,
    413: BODY_TOO_LARGE,
    415: UNSUPPORTED_MEDIA_TYPE,
    422: VALIDATION_ERROR,
    429: RATE_LIMITED,
    503: MODEL_NOT_READY,
}


class ApiError(Exception):
    """An error with an HTTP status, a stable code and a message for people."""

    def __init__(
        self,
        status_code: int,
        code: str,
        message: str,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def error_response(
    status_code: int,
    code: str,
    message: str,
    headers: Mapping[str, str] | None = None,
) -> Response:
    # Built by hand (not JSONResponse) so middleware can use it without a
    # Request and so the bytes are identical everywhere.
    content = json.dumps(error_body(code, message), ensure_ascii=False).encode()
    return Response(
        content=content,
        status_code=status_code,
        headers=dict(headers or {}),
        media_type="application/json",
    )


def _loc(loc: Sequence[Any]) -> str:
    parts = [str(part) for part in loc if part != "body"]
    return ".".join(parts) or "body"


def validation_error_to_api(errors: Sequence[Mapping[str, Any]]) -> ApiError:
    """Collapse pydantic's error list into one stable code and a short message.

    The input values pydantic attaches are never copied into the message: they
    are the ad text, which is private.
    """
    for error in errors:
        if error.get("type") == "json_invalid":
            detail = (error.get("ctx") or {}).get("error", "malformed JSON")
            return ApiError(
                400, INVALID_JSON, f"The body is not valid JSON ({detail})."
            )
    unknown = [
        _loc(e.get("loc", ())) for e in errors if e.get("type") == "extra_forbidden"
    ]
    if unknown:
        names = ", ".join(sorted(set(unknown))[:10])
        return ApiError(
            422,
            UNKNOWN_FIELD,
            f"Unknown field(s): {names}. See /docs for the accepted fields.",
        )
    parts = []
    for error in errors[:5]:
        parts.append(f"{_loc(error.get('loc', ()))}: {error.get('msg', 'invalid')}")
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return ApiError(
        422,
        VALIDATION_ERROR,
        "The request does not match the schema: " + "; ".join(parts) + more + ".",
    )


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status_code, exc.code, exc.message, exc.headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    api = validation_error_to_api(list(exc.errors()))
    return error_response(api.status_code, api.code, api.message)


async def _waspada_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WaspadaError)
    return error_response(422, exc.code, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    code = _STATUS_CODES.get(status, BAD_REQUEST if status < 500 else INTERNAL_ERROR)
    if status == 404:
        message = "No such endpoint or file. The API is described at /docs."
    elif status == 405:
        message = "This endpoint does not accept that HTTP method; see /docs."
    elif status == 400:
        # FastAPI raises this when the body cannot be parsed at all (e.g. JSON
        # nested deeper than the parser allows).
        code = INVALID_JSON
        message = "The body could not be parsed as JSON."
    else:
        message = str(exc.detail)
    return error_response(status, code, message, exc.headers)


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error", extra={"path": request.url.path})
    return error_response(
        500, INTERNAL_ERROR, "The server failed; the error has been logged."
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(WaspadaError, _waspada_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
