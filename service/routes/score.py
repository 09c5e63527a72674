"""POST /v1/score and POST /v1/score/batch."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import ValidationError
from starlette.responses import Response

from model.errors import InvalidAdError
from model.verdict import Verdict
from service.errors import (
    BATCH_TOO_LARGE,
    UNKNOWN_FIELD,
    ApiError,
    error_body,
    validation_error_to_api,
)
from service.ratelimit import charge_batch_ads
from service.routes.deps import (
    Runtime,
    RuntimeDep,
    dumps,
    dumps_batch,
    require_api_key,
    require_api_key_for_single,
    verdict_payload,
)
from service.schemas import (
    JOINING_RULE,
    Ad,
    BatchRequest,
    BatchResponse,
    ErrorResponse,
    ScoreRequest,
    ScoreResponse,
)

router = APIRouter(prefix="/v1", tags=["scoring"])


def _errors(*codes: tuple[int, str]) -> dict[int | str, dict[str, Any]]:
    return {
        status: {"model": ErrorResponse, "description": text} for status, text in codes
    }


_COMMON = (
    (400, "INVALID_JSON or INVALID_ENCODING: the body is not UTF-8 JSON."),
    (413, "BODY_TOO_LARGE: the body is over the limit (2 MB by default)."),
    (415, "UNSUPPORTED_MEDIA_TYPE: send Content-Type: application/json."),
    (429, "RATE_LIMITED: too many requests from this client; see Retry-After."),
    (503, "MODEL_NOT_READY: the model is still loading; see Retry-After."),
)


def _json(body: bytes) -> Response:
    return Response(content=body, media_type="application/json")


@router.post(
    "/score",
    response_model=ScoreResponse,
    summary="Score one ad",
    description="Score one job ad and explain the verdict.\n\n"
    + JOINING_RULE
    + "\n\nThe ad may be at most 20,000 characters by default (422 AD_TOO_LONG).",
    responses=_errors(
        *_COMMON,
        (
            422,
            "EMPTY_AD, AD_TOO_LONG, INVALID_AD (e.g. control characters), "
            "AD_TOO_COSTLY (scoring ran past the time budget), "
            "UNKNOWN_FIELD or VALIDATION_ERROR (wrong JSON types).",
        ),
    ),
    dependencies=[Depends(require_api_key_for_single)],
)
async def score(body: ScoreRequest, runtime: RuntimeDep) -> Response:
    detector = runtime.require_detector()
    fields = body.fields()
    try:
        # Cheap checks on the event loop, so that bad ads never queue for a
        # scoring thread.
        runtime.check_ad(fields)
        detector.ad_text(fields)
    except InvalidAdError as error:
        runtime.metrics.ad_errors.labels(endpoint="score", code=error.code).inc()
        raise

    def work() -> bytes:
        verdict = detector.score_one(
            fields,
            explain=body.explain,
            message_language=body.lang,
            entities=body.entities,
            assume_job_ad=body.assume_job_ad,
        )
        runtime.metrics.observe_verdict("score", verdict.score, verdict.risk)
        runtime.log_verdict("score", verdict)
        if runtime.cases is not None:  # write-behind: never fails the verdict
            verdict = runtime.cases.record(
                verdict,
                channel=body.channel or "api",
                source_url=body.source_url,
                store_text=body.store_text,
            )
        return dumps(verdict_payload(verdict))

    return _json(await runtime.run(work))


@router.post(
    "/score/batch",
    response_model=BatchResponse,
    summary="Score many ads",
    description="Score up to 1,000 ads (configurable) in one request. "
    "`results[i]` answers `ads[i]`; an ad that cannot be scored becomes "
    '`{"error": {"code", "message"}}` in its place and the others are '
    "still scored. More ads than the limit is **413 BATCH_TOO_LARGE** (the "
    "request is too large, whatever the ads hold). Send an API key in "
    "`X-API-Key` (401 UNAUTHORIZED otherwise) unless the operator opened "
    "batches (WASPADA_OPEN_BATCH). Each ad counts against the client's ads "
    "budget (429 RATE_LIMITED).\n\n" + JOINING_RULE,
    responses=_errors(
        *_COMMON[:1],
        (401, "UNAUTHORIZED: batches need an API key (unless opened)."),
        (413, "BODY_TOO_LARGE or BATCH_TOO_LARGE."),
        *_COMMON[2:],
        (422, "UNKNOWN_FIELD or VALIDATION_ERROR in the envelope (not the ads)."),
    ),
    dependencies=[Depends(require_api_key), Depends(charge_batch_ads)],
)
async def score_batch(body: BatchRequest, runtime: RuntimeDep) -> Response:
    detector = runtime.require_detector()
    limit = runtime.settings.max_batch_size
    if len(body.ads) > limit:
        raise ApiError(
            413,
            BATCH_TOO_LARGE,
            f"The batch has {len(body.ads):,} ads; the limit is {limit:,}. "
            "Split it into several requests.",
        )
    ads = body.ads

    def work() -> bytes:
        results: list[dict[str, Any] | None] = [None] * len(ads)
        valid: list[dict[str, str]] = []
        positions: list[int] = []
        for position, raw in enumerate(ads):
            try:
                fields = Ad.model_validate(raw).fields()
                runtime.check_ad(fields)
            except ValidationError as error:
                api = validation_error_to_api(error.errors(include_input=False))
                code = UNKNOWN_FIELD if api.code == UNKNOWN_FIELD else "INVALID_AD"
                results[position] = _ad_error("batch", runtime, code, api.message)
                continue
            except InvalidAdError as error:
                results[position] = _ad_error(
                    "batch", runtime, error.code, error.message
                )
                continue
            valid.append(fields)
            positions.append(position)
        verdicts = detector.score_batch(
            valid,
            explain=body.explain,
            message_language=body.lang,
            entities=body.entities,
            assume_job_ad=body.assume_job_ad,
        )
        for position, verdict in zip(positions, verdicts, strict=True):
            if isinstance(verdict, Verdict):
                runtime.metrics.observe_verdict("batch", verdict.score, verdict.risk)
                if runtime.cases is not None:
                    verdict = runtime.cases.record(verdict, channel="batch")
                results[position] = verdict_payload(verdict)
            else:
                results[position] = _ad_error(
                    "batch", runtime, verdict.code, verdict.message
                )
        return dumps_batch(results, detector.version)

    return _json(await runtime.run_batch(work))


def _ad_error(
    endpoint: str, runtime: Runtime, code: str, message: str
) -> dict[str, Any]:
    runtime.metrics.ad_errors.labels(endpoint=endpoint, code=code).inc()
    return error_body(code, message)
