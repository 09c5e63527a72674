"""Liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from starlette.responses import Response

from service.metrics import CONTENT_TYPE
from service.routes.deps import RuntimeDep, dumps, require_metrics_access
from service.schemas import ErrorDetail, Health, Readiness

router = APIRouter(tags=["operations"])


@router.get("/healthz", response_model=Health, summary="The process is alive")
async def healthz() -> Health:
    return Health()


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="The model is loaded",
    responses={503: {"model": Readiness, "description": "Still loading (or failing)."}},
)
async def readyz(runtime: RuntimeDep) -> Response:
    detector = runtime.detector
    if detector is not None:
        body = Readiness(status="ready", model_version=detector.version)
        return Response(
            dumps(body.model_dump(mode="json")), media_type="application/json"
        )
    error = runtime.load_error
    body = Readiness(
        status="loading",
        error=ErrorDetail(code=error.code, message=error.message) if error else None,
    )
    return Response(
        dumps(body.model_dump(mode="json")),
        status_code=503,
        media_type="application/json",
        headers={"Retry-After": runtime.retry_after},
    )


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}},
    dependencies=[Depends(require_metrics_access)],
)
async def metrics(runtime: RuntimeDep) -> Response:
    return Response(runtime.metrics.render(), media_type=CONTENT_TYPE)
