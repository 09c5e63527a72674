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

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from model.langid import LANGUAGES, detect_language
from model.rules import salary as _salary


class MatchContext:
    """One ad being matched: its normalised text and lazily cached facts."""

    __slots__ = ("_cache", "folded", "lowered", "text", "tokens", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        # Filled in by the registry's prefilter: the case-folded UTF-8 text
        # and its ASCII words, used to pick the phrases worth matching.
        self.folded = b""
        self.tokens: set[bytes] = set()
        # The words the registry's rules look for (pattern gates, and the
        # country and role words of model.rules.salary.prefilter_words) that
        # occur in the case-folded ad; None until the prefilter has run.
        self.words: set[bytes] | None = None
        lowered = text.lower()
        if len(lowered) != len(text):
            # Lowercasing can change length ("İ" -> "i̇"), which would shift
            # every offset: lower character by character, keeping the few
            # characters whose lower case is longer as they are.
            lowered = "".join(
                low if len(low := char.lower()) == 1 else char for char in text
            )
        self.lowered: str | None = lowered
        self._cache: dict[str, Any] = {}

    @property
    def language(self) -> str:
        if "language" not in self._cache:
            self._cache["language"] = detect_language(self.text)
        return str(self._cache["language"])

    @property
    def role(self) -> str:
        """:func:`model.rules.salary.detect_role` of the ad."""
        if "role" not in self._cache:
            self._cache["role"] = _salary.role_in_text(
                self.text, self.lowered, self.words
            )
        return str(self._cache["role"])

    def country(self, currency: str | None) -> str:
        """:func:`model.rules.salary.detect_work_country` of the ad; the
        country named in the text is looked up once whatever the currency."""
        if "country" not in self._cache:
            self._cache["country"] = _salary.country_in_text(
                self.text, self.lowered, self.words
            )
        named: str | None = self._cache["country"]
        if named is not None:
            return named
        if currency is not None:
            return _salary.currency_country(currency)
        return "XX"


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


_IMPLAUSIBLE_MONTHLY_USD = 100_000.0


def salary_above_norm(ctx: MatchContext, start: int, end: int, params: Any) -> bool:
    """The matched salary is ``factor`` times the norm for role and country."""
    found = _salary.parse_salary(
        ctx.text[start:end], context_before=ctx.text[max(0, start - 6) : start]
    )
    if found is None:
        return False
    if found.currency_inferred and ctx.language == "zh":
        # "月薪5K" on a Chinese board means yuan, not dollars.
        found = dataclasses.replace(found, currency="CNY")
    monthly = found.monthly_usd()
    # A "salary" of a hundred thousand dollars a month is a company's
    # registered capital or turnover ("注册资本 432万元"), not a wage offer.
    if monthly > _IMPLAUSIBLE_MONTHLY_USD:
        return False
    # Below the lowest norm of any country and role, or at or above the
    # highest: the answer is known without looking for them in the ad (and
    # once the country is known, without looking for the role).
    lowest, highest = _salary.norm_bounds(params.factor)
    if monthly < lowest:
        return False
    if monthly >= highest:
        return True
    country = ctx.country(None if found.currency == "USD" else found.currency)
    lowest, highest = _salary.norm_bounds(params.factor, country)
    if monthly < lowest:
        return False
    if monthly >= highest:
        return True
    norm = _salary.wage_norm_usd(country, ctx.role)
    return bool(monthly >= params.factor * norm)


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
