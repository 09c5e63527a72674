"""Scoring chunks on this machine: in this process, or in a pool of worker
processes that die with their parent.

``results`` yields each chunk's rows in input order; the pool keeps at most
``2 × workers + 1`` chunks in flight, so memory stays flat however long the
input is. ``service.batch_dask`` has the same interface on a cluster.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from service.batch_rows import Chunk, ChunkInfo, OutRow
from service.batch_scoring import ScoreConfig, cached_detector, score_chunk

Results = Iterator[tuple[ChunkInfo, list[OutRow]]]


class ChunkScorer(Protocol):
    """What scores chunks for `waspada score`: in process, a pool or Dask.

    ``results`` yields each chunk's rows in the order the chunks came in.
    """

    name: str

    def results(self, chunks: Iterable[Chunk]) -> Results: ...

    def close(self) -> None: ...


def in_order(
    chunks: Iterable[Chunk],
    submit: Callable[[Chunk], Any],
    wait: Callable[[Any], list[OutRow]],
    window: int,
) -> Results:
    """Each chunk's rows, in input order, with at most ``window`` chunks in
    flight: ``submit`` starts a chunk and returns its future, ``wait`` gives
    that future's rows. Shared by the process pool and Dask."""
    pending: deque[tuple[ChunkInfo, Any]] = deque()
    for chunk in chunks:
        pending.append((ChunkInfo.of(chunk), submit(chunk)))
        del chunk  # do not keep the raw rows alive while waiting
        if len(pending) >= window:
            info, future = pending.popleft()
            yield info, wait(future)
    while pending:
        info, future = pending.popleft()
        yield info, wait(future)


class InProcessScorer:
    """``--workers 1``: no subprocesses, no pickling."""

    name = "single process"

    def __init__(self, config: ScoreConfig) -> None:
        self.config = config
        self.detector = cached_detector(config.model, verify=False)

    def results(self, chunks: Iterable[Chunk]) -> Results:
        for chunk in chunks:
            yield ChunkInfo.of(chunk), score_chunk(self.detector, chunk, self.config)

    def close(self) -> None:
        pass


# --- worker processes ---------------------------------------------------------------


_WORKER: dict[str, Any] = {}


def _die_with_parent() -> None:
    """Make this worker end when the process that started it ends, even by
    SIGKILL (which gives the parent no chance to stop its pool): otherwise
    orphaned workers keep the model in memory and the CPUs busy.

    The death signal follows the *thread* that forked the worker. That is the
    main thread here (fork from a single-threaded parent) or the forkserver,
    which itself exits when the parent does; a pool started from a
    short-lived thread with a plain fork would lose its workers with it.
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            if libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) == 0:
                # The parent may have died before prctl: then no signal comes.
                if os.getppid() != parent:
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    # Elsewhere: a thread that notices being re-parented.
    threading.Thread(
        target=_watch_parent, args=(parent,), name="waspada-parent-watch", daemon=True
    ).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(config: ScoreConfig) -> None:
    _die_with_parent()
    # Ctrl+C goes to the whole process group; only the parent should react,
    # by terminating the pool, or workers print tracebacks for each chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler; the pool stops
    # workers with SIGTERM, which must simply end them. The parent forked us
    # with SIGTERM blocked (see PoolScorer), so one that came meanwhile is
    # delivered now, to the default action.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    _WORKER["config"] = config
    try:
        # The parent verified the artifact's hashes already.
        _WORKER["detector"] = cached_detector(config.model, verify=False)
    except Exception as exc:
        # Raising here would only say "the pool is broken"; kept, the real
        # error (e.g. an unloadable model) surfaces with the first chunk.
        _WORKER["error"] = exc


def _work(chunk: Chunk) -> list[OutRow]:
    if "error" in _WORKER:
        raise _WORKER["error"]
    return score_chunk(_WORKER["detector"], chunk, _WORKER["config"])


def _pool_context(config: ScoreConfig) -> Any:
    """The multiprocessing context for the pool, with the model preloaded
    in this process when the workers are to be forked from it.

    fork is only safe while this process runs a single thread (a thread
    holding a lock at the fork would leave it locked forever in the child),
    so a library caller with threads of its own (a web server, a notebook
    with Dask) gets forkserver or spawn and workers that load the model
    themselves.
    """
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if (
        sys.platform.startswith("linux")
        and "fork" in methods
        and threading.active_count() == 1
    ):
        # The same cache key the workers use, so they find it loaded.
        cached_detector(config.model, verify=False)
        # Keep the collector in the workers off the model's objects: a
        # collection touches every tracked object and would copy the shared
        # pages into each worker.
        gc.collect()
        gc.freeze()
        return multiprocessing.get_context("fork")
    method = "forkserver" if "forkserver" in methods else "spawn"
    return multiprocessing.get_context(method)


@contextlib.contextmanager
def _blocked(signum: int) -> Iterator[None]:
    """Hold ``signum`` in this thread (and in children forked meanwhile)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signum})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class WorkerPool:
    """A ``ProcessPoolExecutor`` that cannot hang on a worker killed at the
    wrong moment.

    CPython's executor reads each answer in one blocking ``recv`` in its
    manager thread. A worker killed (SIGKILL, the OOM killer) in the middle
    of writing its answer leaves half a message in the pipe; the manager then
    waits forever for the rest, because the other workers and this process
    still hold the pipe's write end. It never looks at the workers again, so
    the futures never fail, and the interpreter joins that thread at exit:
    the run hangs instead of ending with WORKER_DIED. So ``result`` watches
    the workers itself while it waits, and ``close`` ends the workers and
    then closes this process's write end, which turns the manager's read
    into an end of file (it then marks the pool broken and stops).
    """

    #: How long a dead worker may go unnoticed by the executor (it notices
    #: one in milliseconds unless it is stuck as above).
    death_grace_s = 2.0
    poll_s = 0.25
    #: How long finished workers may take to read their stop signal and exit.
    exit_grace_s = 5.0

    def __init__(self, executor: Any) -> None:
        self.executor = executor
        # Kept here: shutdown() drops the executor's own references.
        self._result_queue = getattr(executor, "_result_queue", None)

    def submit(self, fn: Any, *args: Any) -> Any:
        return self.executor.submit(fn, *args)

    def processes(self) -> list[Any]:
        return list((getattr(self.executor, "_processes", None) or {}).values())

    def result(self, future: Any) -> Any:
        """``future.result()``, or ``BrokenProcessPool`` once a worker has
        been dead for ``death_grace_s`` without the executor saying so."""
        from concurrent.futures.process import BrokenProcessPool

        dead_since: float | None = None
        while True:
            try:
                return future.result(timeout=self.poll_s)
            except TimeoutError:
                pass
            # No worker leaves a running pool on its own (no
            # max_tasks_per_child), so any exit code means one died.
            if dead_since is None:
                if any(p.exitcode is not None for p in self.processes()):
                    dead_since = time.monotonic()
            elif time.monotonic() - dead_since > self.death_grace_s:
                raise BrokenProcessPool("a worker process died")

    def close(self, *, completed: bool) -> None:
        processes = self.processes()
        manager = getattr(self.executor, "_executor_manager_thread", None)
        # Never shutdown(wait=True): the manager then sends each worker its
        # stop signal and joins them, but a worker killed while it waited for
        # work dies holding the call queue's read lock, and the others (and
        # the manager joining them) would wait for it forever. This process
        # watches the workers instead.
        self.executor.shutdown(wait=False, cancel_futures=not completed)
        if completed:
            # Done: every worker only has its stop signal left to read.
            deadline = time.monotonic() + self.exit_grace_s
            for process in processes:
                process.join(timeout=max(0.0, deadline - time.monotonic()))
        # Interrupted or failed, or stuck: do not wait for what nobody writes.
        stuck = [process for process in processes if process.exitcode is None]
        for process in stuck:
            process.terminate()
        for process in stuck:
            process.join(timeout=5)
            if process.exitcode is None:  # SIGTERM still blocked, or stuck
                process.kill()
                process.join(timeout=5)
        if (stuck or not completed) and self._result_queue is not None:
            # Every worker is gone: an end of file for a manager stuck in the
            # middle of a message (see the class docstring).
            with contextlib.suppress(OSError):
                self._result_queue._writer.close()
        if manager is not None:
            manager.join(timeout=10)


class PoolScorer:
    """Worker processes with a bounded, ordered window of chunks in flight.

    ``multiprocessing.Pool.imap`` would be simpler, but its feeder thread
    drains the whole input iterator as fast as it can read, so memory would
    grow with the file. A Pool also waits forever for a worker that was
    OOM-killed; ``ProcessPoolExecutor`` raises ``BrokenProcessPool`` instead
    (with ``WorkerPool`` closing the one gap it leaves), which leaves the
    resume state in place.

    Where it is safe, the parent loads the model once and forks the workers
    from it: each worker then starts with the model already in memory (shared
    copy-on-write) instead of spending ~3 CPU seconds importing scikit-learn
    and unpickling its own copy, which is most of what a short run costs
    beyond scoring.
    """

    def __init__(self, config: ScoreConfig, workers: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.name = f"{workers} processes"
        context = _pool_context(config)
        self.pool = WorkerPool(
            ProcessPoolExecutor(
                workers,
                mp_context=context,
                initializer=_init_worker,
                initargs=(config,),
            )
        )
        if context.get_start_method() == "fork":
            # The executor forks every worker on its first submit, before it
            # starts its own threads: do it now, while this process still
            # has a single thread (the progress bar starts one). SIGTERM is
            # held meanwhile: in a child before its initializer it would run
            # this process's handler there instead of ending the child.
            with _blocked(signal.SIGTERM):
                self.pool.submit(os.getpid)
            gc.unfreeze()
        self.window = 2 * workers + 1
        self.completed = False

    def results(self, chunks: Iterable[Chunk]) -> Results:
        def submit(chunk: Chunk) -> Any:
            return self.pool.submit(_work, chunk)

        yield from in_order(chunks, submit, self.pool.result, self.window)
        self.completed = True

    def close(self) -> None:
        self.pool.close(completed=self.completed)
