"""The pay an ad offers, parsed by the salary parser the rules use.

The salary pattern begins with a lookbehind and an optional currency, so
``finditer`` over a whole ad tries it at every character. Every match holds
a number, and starts at that number or at most six characters before it
(a currency of up to four characters and two spaces), so the pattern is
tried only there, in order: the same matches at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from model.entities.common import Found
from model.rules.salary import _CUR_PRE, CONTEXT_CHARS, SALARY_PATTERN, parse_salary

_SALARY = re.compile(SALARY_PATTERN, re.IGNORECASE)
_CURRENCY_REACH = 6
# A currency and up to two spaces right before a number: the only way a
# match starts before its number (the salary pattern's own currency list).
_CURRENCY_BEFORE = re.compile(rf"{_CUR_PRE}\s{{0,2}}$", re.IGNORECASE)
# First characters of the currencies the pattern allows before a number.
_CURRENCY_FIRST = frozenset("riu$smp₱฿t¥c₫v€e៛")


def money(body: str, starts: list[int]) -> Iterable[Found]:
    """Salaries in ``body`` as US dollars per month; ``starts`` are the
    positions where a number can start (``phones.number_starts``)."""
    for match in _salary_matches(body, starts):
        start, end = match.span()
        try:
            salary = parse_salary(
                match.group(),
                context_before=body[max(0, start - CONTEXT_CHARS) : start],
            )
            if salary is None:
                continue
            monthly = salary.monthly_usd()
        except (KeyError, ValueError, ZeroDivisionError):
            # Garbage such as "125,000.000.00": no amount, and no error.
            continue
        yield Found("money", start, end, f"{monthly:.0f} USD/month")


def _salary_matches(body: str, starts: list[int]) -> Iterable[re.Match[str]]:
    """``_SALARY.finditer(body)``, tried only where a match can start."""
    resume = 0
    tried = -1
    for digit in starts:
        if digit < resume:
            continue
        first = max(resume, tried + 1, digit - _CURRENCY_REACH)
        if not _CURRENCY_BEFORE.search(body, first, digit):
            first = digit
        for at in range(first, digit + 1):
            tried = at
            if at < digit and not _may_open_currency(body[at]):
                continue
            match = _SALARY.match(body, at)
            if match is not None:
                resume = match.end()
                yield match
                break


def _may_open_currency(char: str) -> bool:
    # Non-ASCII letters may match a Latin one under IGNORECASE ("ſ", "ı").
    return char.lower() in _CURRENCY_FIRST or not char.isascii()
