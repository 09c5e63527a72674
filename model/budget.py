"""A time budget per ad, so that no input can hold a worker for long.

Built-in rule patterns are linear (see ``model.rules.safety`` and the
adversarial tests), but a user rule, a future feature or an unlucky
combination may not be. Scoring code calls :func:`check` between its steps
(per rule while matching, after normalisation, before the model) and user
rules' regular expressions run with the time that is left as their
``timeout``; once the ad's budget is spent, :class:`AdTooCostlyError`
(``AD_TOO_COSTLY``, a 422 in the API and the row's error in batches) ends
its scoring. The checks are cooperative: one C-level regex scan of a
built-in pattern is not interrupted, which is why those must be linear.

The budget lives in a context variable, so it is per thread and per task:
the batch worker, the API's scoring threads and a library caller each see
their own.

Usage::

    with ad_budget(2.0):
        ...  # scoring steps call check()
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from model.errors import AdTooCostlyError

# Seconds one ad may take by default (WASPADA_MAX_AD_SECONDS in the service).
# A 100,000-character ad takes well under 0.5 s on one core.
DEFAULT_MAX_AD_SECONDS = 3.0
# A user rule's regex outside any budget (a direct registry.match call) still
# gets a limit.
UNBUDGETED_REGEX_TIMEOUT = DEFAULT_MAX_AD_SECONDS

_deadline: ContextVar[float | None] = ContextVar("waspada_ad_deadline", default=None)
_limit: ContextVar[float | None] = ContextVar("waspada_ad_limit", default=None)


@contextmanager
def ad_budget(seconds: float | None, *, started: float | None = None) -> Iterator[None]:
    """Scoring inside the block may take ``seconds`` in all (None: no limit).

    ``started`` (a ``time.monotonic()`` value) continues a budget that began
    earlier, e.g. when one ad's steps are spread over two loops.
    """
    if seconds is None or seconds <= 0:
        yield
        return
    begin = time.monotonic() if started is None else started
    deadline_token = _deadline.set(begin + seconds)
    limit_token = _limit.set(seconds)
    try:
        yield
    finally:
        _deadline.reset(deadline_token)
        _limit.reset(limit_token)


def remaining() -> float | None:
    """Seconds left of the current ad's budget (None outside a budget)."""
    deadline = _deadline.get()
    if deadline is None:
        return None
    return deadline - time.monotonic()


def too_costly(stage: str) -> AdTooCostlyError:
    limit = _limit.get()
    within = f" within {limit:g} s" if limit is not None else ""
    return AdTooCostlyError(
        f"The ad could not be scored{within} (stopped while {stage}). Send the "
        "ad's own text, without repeated or machine-generated filler."
    )


def check(stage: str) -> None:
    """Raise AdTooCostlyError if the current ad's budget is spent."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise too_costly(stage)


def regex_timeout() -> float:
    """The timeout for one untrusted regex scan: what is left of the budget
    (at least a millisecond, so an exhausted budget fails fast), or
    :data:`UNBUDGETED_REGEX_TIMEOUT` outside a budget."""
    left = remaining()
    if left is None:
        return UNBUDGETED_REGEX_TIMEOUT
    return max(left, 0.001)
