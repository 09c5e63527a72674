"""Named validators: Python checks that confirm a candidate match.

A YAML rule refers to a validator by name (``validators: [{name:
salary_above_norm, params: {factor: 2.0}}]``), the way Presidio recognizers
validate a pattern match (a checksum, a context word). Users can combine the
validators below in their own rules without writing code; adding a new one
means adding an entry to ``VALIDATORS``.

Every validator gets the :class:`MatchContext` of the ad (normalised text
plus values computed once per ad and cached, such as the detected language
or work country), the match span in normalised offsets, and its parameters.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from model.preprocess import LANGUAGES, detect_language
from model.rules import salary as _salary


class MatchContext:
    """One ad being matched: its normalised text and lazily cached facts."""

    __slots__ = ("_cache", "folded", "lowered", "text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        # Filled in by the registry's prefilter: the case-folded UTF-8 text
        # and its ASCII words, used to pick the phrases worth matching.
        self.folded = b""
        self.tokens: set[bytes] = set()
        lowered = text.lower()
        # Lowercasing can change length ("İ" -> "i̇"); offsets into the
        # lowered text are only usable when it does not.
        self.lowered: str | None = lowered if len(lowered) == len(text) else None
        self._cache: dict[str, Any] = {}

    @property
    def language(self) -> str:
        if "language" not in self._cache:
            self._cache["language"] = detect_language(self.text)
        return str(self._cache["language"])

    @property
    def role(self) -> str:
        if "role" not in self._cache:
            self._cache["role"] = _salary.detect_role(self.text)
        return str(self._cache["role"])

    def country(self, currency: str | None) -> str:
        key = f"country:{currency}"
        if key not in self._cache:
            self._cache[key] = _salary.detect_work_country(self.text, currency)
        return str(self._cache[key])


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SalaryParams(_Params):
    # 2x the norm: CS jobs in Phnom Penh at USD 800+ or in Jakarta at
    # Rp 12 juta+ are rare enough to be worth a look; scam ads sit at 3-5x.
    factor: float = Field(default=2.0, gt=1.0, le=20.0)


class LanguageParams(_Params):
    languages: list[str] = Field(min_length=1)

    @field_validator("languages")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        unknown = [lang for lang in value if lang not in LANGUAGES]
        if unknown:
            raise ValueError(f"unknown language code(s) {unknown}")
        return value


class ContextParams(_Params):
    pattern: str = Field(min_length=1)
    window: int = Field(default=120, ge=1, le=2000)
    negate: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from exc
        return value


def salary_above_norm(ctx: MatchContext, start: int, end: int, params: Any) -> bool:
    """The matched salary is ``factor`` times the norm for role and country."""
    found = _salary.parse_salary(
        ctx.text[start:end], context_before=ctx.text[max(0, start - 6) : start]
    )
    if found is None:
        return False
    country = ctx.country(None if found.currency == "USD" else found.currency)
    norm = _salary.wage_norm_usd(country, ctx.role)
    return bool(found.monthly_usd() >= params.factor * norm)


def ad_language(ctx: MatchContext, start: int, end: int, params: Any) -> bool:
    """The ad as a whole is written in one of ``languages``."""
    return ctx.language in params.languages


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def near_context(ctx: MatchContext, start: int, end: int, params: Any) -> bool:
    """``pattern`` occurs within ``window`` characters of the match (or,
    with ``negate``, does not)."""
    compiled = _compiled(params.pattern)
    found = compiled.search(
        ctx.text, max(0, start - params.window), min(len(ctx.text), end + params.window)
    )
    return (found is None) if params.negate else (found is not None)


ValidatorFn = Callable[[MatchContext, int, int, Any], bool]


@dataclass(frozen=True, slots=True)
class ValidatorEntry:
    params_model: type[_Params]
    fn: ValidatorFn
    doc: str


VALIDATORS: dict[str, ValidatorEntry] = {
    "salary_above_norm": ValidatorEntry(
        SalaryParams,
        salary_above_norm,
        "salary >= factor x typical pay for the role in the work country",
    ),
    "ad_language": ValidatorEntry(
        LanguageParams, ad_language, "the ad is written in one of `languages`"
    ),
    "context": ValidatorEntry(
        ContextParams,
        near_context,
        "`pattern` occurs (or with `negate`, does not) within `window` chars",
    ),
}
