"""The worker pool of `waspada score --workers N`: workers that die at the
worst moment end the run with an error, never hang it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: a hang would be in the executor's thread and at
# interpreter exit, which only a separate process (with a timeout) shows.
KILLED_WHILE_ANSWERING = textwrap.dedent(
    """
    import multiprocessing, os, signal, struct, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from service.batch_workers import WorkerPool


    def half_an_answer_then_die():
        # What a SIGKILL in the middle of sending a large answer leaves: the
        # length of the message and a few of its bytes in the pipe.
        frame = sys._getframe()
        while frame.f_code.co_name != "_process_worker":
            frame = frame.f_back
        answers = frame.f_locals["result_queue"]
        os.write(answers._writer.fileno(), struct.pack("!i", 1_000_000) + b"half")
        os.kill(os.getpid(), signal.SIGKILL)


    if __name__ == "__main__":
        pool = WorkerPool(
            ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork"))
        )
        future = pool.submit(half_an_answer_then_die)
        began = time.monotonic()
        if sys.argv[1] == "wait":
            try:
                pool.result(future)
            except BrokenProcessPool:
                print("broken after", round(time.monotonic() - began, 1), "s")
        else:  # interrupted (Ctrl+C, SIGTERM) while the executor is stuck
            while not any(p.exitcode is not None for p in pool.processes()):
                time.sleep(0.05)
            time.sleep(0.5)
        workers = pool.processes()
        pool.close(completed=False)
        print("workers left:", sum(p.exitcode is None for p in workers))
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork start method")
@pytest.mark.parametrize("then", ["wait", "interrupt"])
def test_a_worker_killed_in_the_middle_of_its_answer_ends_the_run(then: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_ANSWERING, then],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    if then == "wait":
        assert "broken after" in done.stdout, done.stdout + done.stderr
    assert "workers left: 0" in done.stdout
    assert "Traceback" not in done.stderr, done.stderr


# A worker that waits for work holds the call queue's read lock while it
# waits; killed then (SIGTERM or SIGKILL at the end of a run), it leaves the
# lock held and the other workers can never read their stop signal. Here a
# task takes the lock and keeps it (one worker: an idle second one would be
# holding it while it waits), so its own worker is stuck the same way.
QUEUE_LOCK_LEFT_HELD = textwrap.dedent(
    """
    import multiprocessing, sys, time
    from concurrent.futures import ProcessPoolExecutor

    from service.batch_workers import WorkerPool


    def keep_the_queue_lock():
        frame = sys._getframe()
        while frame.f_code.co_name != "_process_worker":
            frame = frame.f_back
        frame.f_locals["call_queue"]._rlock.acquire()
        return "done"


    if __name__ == "__main__":
        pool = WorkerPool(
            ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        )
        pool.exit_grace_s = 1.0
        print(pool.result(pool.submit(keep_the_queue_lock)))
        workers = pool.processes()
        began = time.monotonic()
        pool.close(completed=True)
        print("closed after", round(time.monotonic() - began, 1), "s")
        print("workers left:", sum(p.exitcode is None for p in workers))
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork start method")
def test_closing_a_finished_pool_does_not_wait_for_a_stuck_worker() -> None:
    done = subprocess.run(
        [sys.executable, "-c", QUEUE_LOCK_LEFT_HELD],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "done" in done.stdout and "closed after" in done.stdout, done.stdout
    assert "workers left: 0" in done.stdout
    assert "Traceback" not in done.stderr, done.stderr
