"""`waspada`: the command-line front door.

It only parses arguments (``parser``) and composes the floors below it
(``commands``); it is the one place that composes ``training`` and
``service``, lazily.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import signal
import sys

from service.cli.commands import DEFAULT_MODEL_DIR, score_options
from service.cli.parser import build_parser, package_version

__all__ = [
    "DEFAULT_MODEL_DIR",
    "build_parser",
    "main",
    "package_version",
    "score_options",
]


def main(argv: list[str] | None = None) -> int:
    # Never reach for a model hub: every model is a local folder or a package.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    _dump_stacks_on_sigusr1()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from model.errors import WaspadaError

    try:
        return int(args.func(args) or 0)
    except WaspadaError as error:
        print(f"error [{error.code}]: {error.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _dump_stacks_on_sigusr1() -> None:
    """`kill -USR1 <pid>` prints every thread's stack to stderr and goes on:
    the way to see where a long batch run (or one of its forked workers,
    which inherit the handler) is waiting, without stopping it."""
    if hasattr(signal, "SIGUSR1") and sys.stderr is not None:
        # No usable stderr file descriptor (e.g. embedded): no dumps.
        with contextlib.suppress(AttributeError, RuntimeError, ValueError, OSError):
            faulthandler.register(signal.SIGUSR1, all_threads=True)
