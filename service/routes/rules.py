"""GET /v1/rules: the red-flag rules behind the flags, in English and Indonesian."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import Response

from service.routes.deps import Runtime, RuntimeDep, dumps
from service.schemas import ErrorResponse, RulesResponse

router = APIRouter(prefix="/v1", tags=["model"])


def render_rules(runtime: Runtime) -> bytes:
    detector = runtime.require_detector()
    registry = detector.registry
    rules = registry.to_public_dicts()
    body = RulesResponse.model_validate(
        {
            "rules": rules,
            "count": len(rules),
            "fingerprint": getattr(registry, "fingerprint", None),
        }
    )
    return dumps(body.model_dump(mode="json"))


@router.get(
    "/rules",
    response_model=RulesResponse,
    summary="Every red-flag rule",
    responses={
        429: {"model": ErrorResponse, "description": "RATE_LIMITED"},
        503: {"model": ErrorResponse, "description": "MODEL_NOT_READY"},
    },
)
async def rules(runtime: RuntimeDep) -> Response:
    if runtime.rules_body is None:
        # Validated through the schema once, then served from memory.
        runtime.rules_body = render_rules(runtime)
    return Response(runtime.rules_body, media_type="application/json")
