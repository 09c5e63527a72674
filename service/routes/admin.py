"""POST /v1/admin/reload: swap to the artifact now at the model path."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict
from starlette.responses import Response

from model.errors import WaspadaError
from service.errors import UNAUTHORIZED, ApiError
from service.reload import reload_model, reload_other_workers
from service.routes.deps import RuntimeDep, dumps, key_matches
from service.schemas import ErrorResponse

router = APIRouter(prefix="/v1/admin", tags=["operations"])


class ReloadRequest(BaseModel):
    """An empty JSON object: the model path comes from the settings only."""

    model_config = ConfigDict(extra="forbid")


async def require_admin_key(request: Request) -> None:
    """Only holders of WASPADA_ADMIN_KEYS (none configured: nobody)."""
    settings = request.app.state.runtime.settings
    if not key_matches(request, settings.admin_key_values()):
        raise ApiError(
            401,
            UNAUTHORIZED,
            "This endpoint needs an admin key (WASPADA_ADMIN_KEYS) in X-API-Key.",
            headers={"WWW-Authenticate": 'ApiKey header="X-API-Key"'},
        )


@router.post(
    "/reload",
    summary="Reload the model",
    description="Load, verify and warm up the artifact now at the configured "
    "model path, then swap it in; requests in flight finish with the old "
    "model. With several workers, every worker reloads. Needs an admin key.",
    responses={
        400: {"model": ErrorResponse, "description": "INVALID_JSON"},
        422: {"model": ErrorResponse, "description": "UNKNOWN_FIELD"},
        401: {"model": ErrorResponse, "description": "UNAUTHORIZED"},
        413: {"model": ErrorResponse, "description": "BODY_TOO_LARGE"},
        415: {"model": ErrorResponse, "description": "UNSUPPORTED_MEDIA_TYPE"},
        429: {"model": ErrorResponse, "description": "RATE_LIMITED"},
        409: {
            "model": ErrorResponse,
            "description": "The new artifact did not load; the old model serves on.",
        },
    },
    dependencies=[Depends(require_admin_key)],
)
async def reload(body: ReloadRequest, runtime: RuntimeDep) -> Response:
    del body  # nothing to choose: never a path from the network
    try:
        result = await reload_model(runtime)
    except WaspadaError as error:
        raise ApiError(409, error.code, error.message) from error
    result["workers_signalled"] = reload_other_workers(runtime)
    return Response(dumps(result), media_type="application/json")
