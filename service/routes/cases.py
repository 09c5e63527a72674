"""Cases, feedback and reviews (docs/cases.md); the reviewers' page.

Thin routes: the store (``service/store``) does the work in its own thread
lane. Two kinds of callers: *clients* (score, feedback; the same API-key rule
as ``POST /v1/score``) and *reviewers* (queue, reviews, export, delete; a
``WASPADA_REVIEWER_KEYS`` key, or nothing on a server bound to loopback).
The database being down is ``503 DATABASE_UNAVAILABLE``, never a 500, and
nothing of an ad or a note is logged.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Callable, Iterator
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import FileResponse, Response, StreamingResponse

from service.errors import NOT_FOUND, UNAUTHORIZED, ApiError
from service.routes.deps import (
    Runtime,
    RuntimeDep,
    dumps,
    require_api_key_for_single,
)
from service.schemas import NO_CONTROL_CHARS, ErrorResponse
from service.store.cases import CaseFilter
from service.store.db import StoreUnavailable

log = logging.getLogger("waspada.service")

T = TypeVar("T")

CASE_NOT_FOUND = "CASE_NOT_FOUND"
CASES_DISABLED = "CASES_DISABLED"
DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE"
REVIEWER_KEY_REQUIRED = "REVIEWER_KEY_REQUIRED"

Label = Literal["scam", "legitimate", "not_a_job_ad", "unsure"]
Channel = Literal["web", "api", "extension", "batch"]
RiskBand = Literal["low", "medium", "high"]
CASE_ID = r"^[0-9a-f]{32}$"

router = APIRouter(prefix="/v1", tags=["cases"])
CaseIdPath = Annotated[str, Path(pattern=CASE_ID, description="A verdict's case_id.")]
page_router = APIRouter(include_in_schema=False)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class FeedbackRequest(_Strict):
    """Whether the verdict with this case id was right."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"case_id": "0f" * 16, "correct": False}],
        }
    )

    case_id: str = Field(pattern=CASE_ID, description="From the verdict.")
    correct: bool = Field(description="true: the verdict was right.")
    note: str | None = Field(default=None, max_length=2000, pattern=NO_CONTROL_CHARS)
    channel: Channel | None = Field(default=None, description="Where it was sent.")


class ReviewRequest(_Strict):
    """A reviewer's label for a case (reviews are append-only)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"label": "scam", "note": "same as #12"}]}
    )

    label: Label
    note: str | None = Field(default=None, max_length=2000, pattern=NO_CONTROL_CHARS)


def _errors(*codes: tuple[int, str]) -> dict[int | str, dict[str, Any]]:
    return {
        status: {"model": ErrorResponse, "description": text} for status, text in codes
    }


_UNAVAILABLE = (503, "DATABASE_UNAVAILABLE: the case database cannot be reached.")
_REVIEWER = (401, "UNAUTHORIZED or REVIEWER_KEY_REQUIRED: send a reviewer key.")
_NOT_FOUND = (404, "CASE_NOT_FOUND, or CASES_DISABLED on this server.")
_INVALID = (422, "VALIDATION_ERROR or UNKNOWN_FIELD: see the message.")
_BODY = (
    (400, "INVALID_JSON or INVALID_ENCODING: the body is not UTF-8 JSON."),
    (413, "BODY_TOO_LARGE: the body is over the limit."),
    (415, "UNSUPPORTED_MEDIA_TYPE: send Content-Type: application/json."),
    (429, "RATE_LIMITED: too many requests from this client; see Retry-After."),
)


# -- access ---------------------------------------------------------------


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _supplied_key(request: Request) -> str:
    supplied = request.headers.get("x-api-key", "")
    if not supplied:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            supplied = token.strip()
    return supplied


async def reviewer(request: Request) -> str:
    """The reviewer's name from their key (constant-time comparison)."""
    runtime: Runtime = request.app.state.runtime
    pairs = runtime.settings.reviewer_key_values()
    if not pairs:
        if _loopback(runtime.settings.host):
            return "local"
        raise ApiError(
            401,
            REVIEWER_KEY_REQUIRED,
            "Reviewing needs reviewer keys: set WASPADA_REVIEWER_KEYS=name:key "
            "on the server and send the key in X-API-Key.",
        )
    given = _supplied_key(request).encode("utf-8", "surrogateescape")
    found: str | None = None
    for name, key in pairs:
        if hmac.compare_digest(given, key.encode("utf-8")) and found is None:
            found = name
    if not given or found is None:
        raise ApiError(
            401,
            UNAUTHORIZED,
            "This endpoint needs a reviewer key: send it in the X-API-Key header.",
            headers={"WWW-Authenticate": 'ApiKey header="X-API-Key"'},
        )
    return found


ReviewerDep = Annotated[str, Depends(reviewer)]


def _cases(runtime: Runtime) -> Any:
    service = runtime.cases
    if service is None:
        raise ApiError(
            404,
            CASES_DISABLED,
            "This server does not keep cases (WASPADA_STORE_CASES=false).",
        )
    if not service.ready:
        raise _unavailable(runtime)
    return service


def _unavailable(runtime: Runtime) -> ApiError:
    return ApiError(
        503,
        DATABASE_UNAVAILABLE,
        "The case database cannot be reached; retry later. Scoring still works.",
        headers={"Retry-After": "5"},
    )


async def _db(
    runtime: Runtime, operation: str, func: Callable[..., T], *args: Any, **kwargs: Any
) -> T:
    service = _cases(runtime)
    try:
        return await service.call(func, *args, **kwargs)
    except StoreUnavailable as error:
        service.metrics.store_errors.labels(operation=operation).inc()
        log.error(
            "case database error", extra={"operation": operation, "error": str(error)}
        )
        raise _unavailable(runtime) from error


def _not_found(case_id: str) -> ApiError:
    return ApiError(404, CASE_NOT_FOUND, f"No case {case_id}; it may have expired.")


def _json(data: Any, status: int = 200) -> Response:
    return Response(
        content=dumps(data), status_code=status, media_type="application/json"
    )


# -- clients --------------------------------------------------------------


@router.post(
    "/feedback",
    status_code=201,
    summary="Say whether a verdict was right",
    description="Send the `case_id` of a verdict from `POST /v1/score` (present "
    "when the server keeps cases) and whether the verdict was right. Needs an "
    "API key only where `POST /v1/score` does.",
    responses=_errors(
        *_BODY, (401, "UNAUTHORIZED"), _NOT_FOUND, _INVALID, _UNAVAILABLE
    ),
    dependencies=[Depends(require_api_key_for_single)],
)
async def feedback(body: FeedbackRequest, runtime: RuntimeDep) -> Response:
    service = _cases(runtime)

    def work() -> int | None:
        kwargs: dict[str, Any] = {
            "kind": "feedback",
            "reviewer": f"client:{body.channel or 'api'}",
            "correct": body.correct,
            "note": body.note,
        }
        review_id = service.store.add_review(body.case_id, **kwargs)
        if review_id is None and service.recorder.flush(timeout=2.0):
            # The case may still have been waiting in the write-behind queue.
            review_id = service.store.add_review(body.case_id, **kwargs)
        return review_id

    review_id = await _db(runtime, "feedback", work)
    if review_id is None:
        raise _not_found(body.case_id)
    service.metrics.reviews.labels(kind="feedback").inc()
    return _json({"case_id": body.case_id, "review_id": review_id}, 201)


# -- reviewers ------------------------------------------------------------


@router.get(
    "/cases",
    summary="The review queue",
    description="Cases, medium risk band first, then high, then low; newest "
    "first within a band. Filters combine. `risk` and `channel` take several "
    "values, comma-separated or repeated.",
    responses=_errors(_REVIEWER, _INVALID, (429, "RATE_LIMITED"), _UNAVAILABLE),
)
async def list_cases(
    runtime: RuntimeDep,
    _who: ReviewerDep,
    unreviewed: bool = False,
    disagreement: Annotated[
        bool,
        Query(
            description="Reviewers disagree with the model, with each other, "
            "or a client said the verdict was wrong."
        ),
    ] = False,
    risk: Annotated[
        list[RiskBand] | None, Query(description="Risk bands (repeat for several).")
    ] = None,
    channel: Annotated[
        list[Channel] | None, Query(description="Channels (repeat for several).")
    ] = None,
    since: date | None = None,
    until: date | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> Response:
    filters = CaseFilter(
        unreviewed=unreviewed,
        risk=tuple(risk or ()),
        disagreement=disagreement,
        channel=tuple(channel or ()),
        since=since,
        until=until,
    )
    service = _cases(runtime)
    page = await _db(
        runtime, "list", service.store.list_cases, filters, limit=limit, offset=offset
    )
    return _json(
        {
            "items": page.items,
            "total": page.total,
            "limit": page.limit,
            "offset": page.offset,
        }
    )


@router.get(
    "/cases/stats",
    summary="Counts and agreement with the model",
    description="How many cases, how many reviewed, conflicts, client feedback, "
    "and how often reviewers agreed with the model per ISO week and risk band "
    "(medium and high count as the model calling the ad a scam).",
    responses=_errors(_REVIEWER, _INVALID, (429, "RATE_LIMITED"), _UNAVAILABLE),
)
async def case_stats(runtime: RuntimeDep, _who: ReviewerDep) -> Response:
    service = _cases(runtime)
    return _json(await _db(runtime, "stats", service.store.stats))


@router.get(
    "/cases/campaigns",
    summary="Campaigns among stored cases",
    description="Cases grouped into recruiters' campaigns: cases that share a "
    "normalised contact or link (phone in E.164, handle, e-mail, link), the "
    "same text, or near-copy texts (MinHash, Jaccard >= `threshold`); "
    "largest first. The same grouping as `waspada campaigns` (docs/entities.md). "
    "Cases whose text was not kept link only through exact copies.",
    responses=_errors(_REVIEWER, _INVALID, (429, "RATE_LIMITED"), _UNAVAILABLE),
)
async def case_campaigns(
    runtime: RuntimeDep,
    _who: ReviewerDep,
    min_size: Annotated[int, Query(ge=2, le=100_000)] = 2,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    threshold: Annotated[float, Query(ge=0.3, le=0.95)] = 0.7,
    texts: Annotated[
        bool, Query(description="Also link near-copy texts, not only contacts.")
    ] = True,
) -> Response:
    from service.campaigns import campaign_records, campaigns_from_cases

    service = _cases(runtime)
    extractor = runtime.require_detector().entity_extractor

    def work() -> dict[str, Any]:
        table, summary = campaigns_from_cases(
            service.store.iter_cases(reviewed_only=False),
            lambda text, language: extractor.extract(text, language=language),
            min_size=min_size,
            threshold=threshold,
            texts=texts,
        )
        return {**summary, "items": campaign_records(table, limit)}

    return _json(await _db(runtime, "campaigns", work))


@router.get(
    "/cases/export",
    summary="Export cases as JSON Lines",
    description="One case per line with its derived label, votes and text "
    "(where kept). Reviewed cases only unless `all=true`. The input of "
    "`waspada train`'s `reviewed` corpus source.",
    responses={
        200: {
            "description": "One case per line.",
            "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
        },
        **_errors(_REVIEWER, _INVALID, (429, "RATE_LIMITED"), _UNAVAILABLE),
    },
)
async def export_cases(
    runtime: RuntimeDep, _who: ReviewerDep, all: bool = False
) -> Response:
    from service.store.commands import export_rows

    service = _cases(runtime)
    await _db(runtime, "export", service.store.ping)

    def lines() -> Iterator[bytes]:
        for line in export_rows(service.store, reviewed_only=not all):
            yield line.encode("utf-8")

    return StreamingResponse(
        lines(),
        media_type="application/x-ndjson",
        headers={"content-disposition": 'attachment; filename="cases.jsonl"'},
    )


@router.get(
    "/cases/{case_id}",
    summary="One case with its reviews",
    responses=_errors(
        _REVIEWER, _NOT_FOUND, _INVALID, (429, "RATE_LIMITED"), _UNAVAILABLE
    ),
)
async def get_case(
    case_id: CaseIdPath, runtime: RuntimeDep, _who: ReviewerDep
) -> Response:
    service = _cases(runtime)
    record = await _db(runtime, "get", service.store.get_case, case_id)
    if record is None:
        raise _not_found(case_id)
    return _json(record)


@router.post(
    "/cases/{case_id}/reviews",
    status_code=201,
    summary="Label a case",
    description="Append a review; the case's label is the majority of its "
    "reviews (`unsure` does not vote; a tie or mixed votes is a conflict).",
    responses=_errors(*_BODY, _REVIEWER, _NOT_FOUND, _INVALID, _UNAVAILABLE),
)
async def add_review(
    case_id: CaseIdPath, body: ReviewRequest, runtime: RuntimeDep, who: ReviewerDep
) -> Response:
    service = _cases(runtime)

    def work() -> dict[str, Any] | None:
        review_id = service.store.add_review(
            case_id, kind="review", reviewer=who, label=body.label, note=body.note
        )
        if review_id is None:
            return None
        record = service.store.get_case(case_id, with_reviews=False)
        return {"review_id": review_id, "case": record}

    result = await _db(runtime, "review", work)
    if result is None:
        raise _not_found(case_id)
    service.metrics.reviews.labels(kind="review").inc()
    return _json(result, 201)


@router.delete(
    "/cases/{case_id}",
    summary="Erase a case's text (or the whole case)",
    description="Erases the text and source URL and keeps the hash, verdict "
    "and reviews; `remove=true` deletes the case and its reviews entirely.",
    responses=_errors(
        _REVIEWER, _NOT_FOUND, _INVALID, (429, "RATE_LIMITED"), _UNAVAILABLE
    ),
)
async def delete_case(
    case_id: CaseIdPath, runtime: RuntimeDep, _who: ReviewerDep, remove: bool = False
) -> Response:
    service = _cases(runtime)
    done = await _db(runtime, "delete", service.store.erase, case_id, remove=remove)
    if not done:
        raise _not_found(case_id)
    return _json({"case_id": case_id, "text_erased": True, "removed": remove})


# -- the reviewers' page ---------------------------------------------------


@page_router.get("/review")
async def review_page(runtime: RuntimeDep) -> Response:
    page = runtime.settings.resolved_web_dir() / "review.html"
    if not page.is_file():
        raise ApiError(404, NOT_FOUND, "The review page is not installed.")
    return FileResponse(page, media_type="text/html; charset=utf-8")
