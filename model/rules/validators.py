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
# The currency an amount with a unit but no currency ("25k") is in, by the
# language of the ad, where that language has one currency.
_INFERRED_CURRENCY = {"zh": "CNY", "tl": "PHP", "ms": "MYR", "th": "THB"}


def salary_above_norm(ctx: MatchContext, start: int, end: int, params: Any) -> bool:
    """The matched salary is ``factor`` times the norm for role and country."""
    found = _salary.parse_salary(
        ctx.text[start:end],
        context_before=ctx.text[max(0, start - _salary.CONTEXT_CHARS) : start],
    )
    if found is None:
        return False
    if found.currency_inferred and ctx.language in _INFERRED_CURRENCY:
        # "月薪5K" on a Chinese board means yuan, "sahod 25k" in Tagalog
        # pesos, "gaji 5k" in Malay ringgit and "30k" in Thai baht, not
        # dollars.
        found = dataclasses.replace(found, currency=_INFERRED_CURRENCY[ctx.language])
    # A range by its typical (geometric mean) amount, not its top end: job
    # boards post wide everyday bands ("$500-$999").
    monthly = found.monthly_usd(which="typical")
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


class JobContextParams(_Params):
    # Characters around the match in which a price or reward word, with no
    # pay word, marks the amount as a price.
    window: int = Field(default=40, ge=1, le=500)


# A price, a sale, a rental or a reward: amounts and roles near these words
# are not a job offer's (a car "for USD 12,000", a reward of $500).
_PRICE_REWARD_RE = re.compile(
    r"(?<!\w)(?:price[sd]?|harga|for sale|dijual|jual|sale|sell(?:ing)?|rent|"
    r"for rent|sewa|disewakan|nego|reward|imbalan|ganjaran|pabuya|presyo|benta|"
    r"ibinebenta|runding|giá|bán|cho thuê|hậu tạ|tiền thưởng)(?!\w)"
    r"|价格|售价|出售|转让|出租|酬谢|重谢|ราคา|ขาย|ให้เช่า|สินน้ำใจ"
)
# Words that make a text about work or pay (any of the languages served).
_JOB_CONTEXT_RE = re.compile(
    r"(?<!\w)(?:lowongan|loker|hiring|hire|vacanc(?:y|ies)|recruit\w*|gaji|"
    r"salary|salaries|wages?|pay|paid|upah|kerja|bekerja|pekerja|karyawan|"
    r"pegawai|staff?|jobs?|career|position|posisi|apply|lamar\w*|employ\w*|"
    r"work(?:ing)?|jawatan|pekerjaan|trabaho|sahod|sweldo|naghahanap|tuyển\w*|"
    r"lương|việc làm|income|penghasilan|pendapatan|earn\w*|komisi|commission)"
    r"(?!\w)|招聘|月薪|工资|薪|岗位|上班|รับสมัคร|เงินเดือน|พนักงาน|ค่าจ้าง"
)
# Pay words next to an amount keep it a wage even in a text with prices.
_PAY_RE = re.compile(
    r"(?<!\w)(?:gaji|salary|wages?|pay|upah|income|penghasilan|sahod|sweldo|"
    r"lương|per month|a month|sebulan|/bulan|/month|/bln)(?!\w)"
    r"|月薪|工资|薪|เงินเดือน|ค่าจ้าง"
)


def job_context(ctx: MatchContext, start: int, end: int, params: Any) -> bool:
    """The match reads as part of a job offer, not a price or a reward.

    False when the text names a price, sale, rental or reward and (a) has
    no word about work or pay at all, or (b) that word sits next to the
    match with no pay word beside it ("dijual ... Rp 9,5 juta").
    """
    lowered = ctx.lowered if ctx.lowered is not None else ctx.text.lower()
    if _PRICE_REWARD_RE.search(lowered) is None:
        return True
    if _JOB_CONTEXT_RE.search(lowered) is None:
        return False
    window = lowered[max(0, start - params.window) : end + params.window // 2]
    return not (
        _PRICE_REWARD_RE.search(window) is not None and _PAY_RE.search(window) is None
    )


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
    "job_context": ValidatorEntry(
        JobContextParams,
        job_context,
        "the match is part of a job offer, not a price, sale or reward",
    ),
    "context": ValidatorEntry(
        ContextParams,
        near_context,
        "`pattern` occurs (or with `negate`, does not) within `window` chars",
    ),
}
