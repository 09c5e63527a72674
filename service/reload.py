"""Swap to a new model without downtime (SIGHUP or POST /v1/admin/reload).

The new artifact is loaded, verified and warmed up in a worker thread while
the old model keeps serving; then one assignment swaps them. A request that
started before the swap finishes with the model it started with (it holds
its own reference), so no request fails during the swap. If the new artifact
does not load, the old model stays and the error is reported.

With several worker processes a reload asked of one worker goes to the
parent (SIGHUP), which forwards it to every worker (``service.server``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from functools import partial
from typing import TYPE_CHECKING, Any

import anyio
import anyio.to_thread

from model.errors import WaspadaError
from service.routes.deps import freeze_heap

if TYPE_CHECKING:
    from service.routes.deps import Runtime

log = logging.getLogger("waspada.service")

_locks: dict[int, anyio.Lock] = {}


async def reload_model(runtime: Runtime) -> dict[str, Any]:
    """Load the configured artifact again and swap it in; raises WaspadaError."""
    lock = _locks.setdefault(id(runtime), anyio.Lock())
    async with lock:
        old = runtime.detector
        try:
            detector = await anyio.to_thread.run_sync(runtime.load_model)
        except WaspadaError:
            raise
        except Exception as error:  # a broken artifact must not kill the server
            raise WaspadaError(
                f"The new model could not be loaded: {type(error).__name__}",
                code="MODEL_LOAD_FAILED",
            ) from error
        # One step on the event loop: no request sees a half-swapped runtime.
        runtime.detector = detector
        runtime.load_error = None
        runtime.rules_body = None
        runtime.model_body = None
        previous = old.version if old is not None else None
        del old  # the old model goes as soon as its last request finishes
        if previous is not None and previous != detector.version:
            runtime.metrics.model_info.labels(model_version=previous).set(0)
        # The new model's objects join the frozen ones, and the old model's
        # reference cycles, thawed, can be collected (service.routes.deps).
        await anyio.to_thread.run_sync(partial(freeze_heap, thaw=True))
        log.info(
            "model reloaded",
            extra={"model_version": detector.version, "previous_version": previous},
        )
        return {
            "model_version": detector.version,
            "previous_version": previous,
            "changed": previous is None or previous != detector.version,
        }


def install_sighup(runtime: Runtime) -> None:
    """In this process's event loop: SIGHUP reloads the model."""
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[Any]] = set()

    async def reload_logged() -> None:
        try:
            await reload_model(runtime)
        except WaspadaError as error:
            log.error(
                "model reload failed; the previous model keeps serving",
                extra={"code": error.code, "error": error.message},
            )

    def on_hup() -> None:
        task = loop.create_task(reload_logged())
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    try:
        loop.add_signal_handler(signal.SIGHUP, on_hup)
    except (NotImplementedError, RuntimeError, ValueError):  # not main thread
        log.debug("SIGHUP reload not available in this process")


def reload_other_workers(runtime: Runtime) -> bool:
    """With several workers, ask the parent to forward SIGHUP to all of them."""
    if runtime.settings.workers > 1 and os.getppid() > 1:
        os.kill(os.getppid(), signal.SIGHUP)
        return True
    return False
