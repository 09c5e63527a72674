"""GET /v1/model: what the loaded model is and how well it was measured."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.responses import Response

from service.routes.deps import Runtime, RuntimeDep, dumps
from service.schemas import ErrorResponse, ModelInfo

router = APIRouter(prefix="/v1", tags=["model"])


def render_model(runtime: Runtime) -> bytes:
    detector = runtime.require_detector()
    meta: dict[str, Any] = dict(detector.meta)
    settings = runtime.settings

    def text(key: str) -> str | None:
        value = meta.get(key)
        return None if value is None else str(value)

    info = ModelInfo(
        model_version=detector.version,
        created_at=text("created_at"),
        git_commit=text("git_commit"),
        selected=text("selected"),
        thresholds=detector.thresholds,  # type: ignore[arg-type]
        rules_fingerprint=text("rules_fingerprint"),
        data=dict(meta.get("data") or {}),
        metrics={
            **dict(meta.get("metrics") or {}),
            # The document-type model's held-out figures, where it has one.
            **(
                {"document_type": meta["document_type"]}
                if meta.get("document_type")
                else {}
            ),
        },
        training_data=meta.get("training_data"),
        versions=dict(meta.get("versions") or {}),
        pipeline_sha256=(meta.get("files") or {}).get("pipeline.joblib"),
        tier_decision=meta.get("tier_decision"),
        limits={  # type: ignore[arg-type]
            "max_ad_chars": settings.max_ad_chars,
            "max_batch_size": settings.max_batch_size,
            "max_body_bytes": settings.max_body_bytes,
        },
    )
    return dumps(info.model_dump(mode="json"))


@router.get(
    "/model",
    response_model=ModelInfo,
    summary="The loaded model",
    description="Model version, training data summary, held-out metrics, risk "
    "thresholds and the service's input limits.",
    responses={
        429: {"model": ErrorResponse, "description": "RATE_LIMITED"},
        503: {"model": ErrorResponse, "description": "MODEL_NOT_READY"},
    },
)
async def model_info(runtime: RuntimeDep) -> Response:
    if runtime.model_body is None:
        runtime.model_body = render_model(runtime)
    return Response(runtime.model_body, media_type="application/json")
