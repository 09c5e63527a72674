"""Salary mentions: parse amount, currency and period; compare with a norm.

Recruiters for scam compounds promise entry-level office jobs (customer
service, admin, typist) at two to five times the going wage for the role in
the country named, e.g. "CS Kamboja gaji $1.500" where a Phnom Penh CS earns
about USD 300-500 (UNODC 2023; OHCHR 2023). The parser understands the ways
ads in the region write money:

    "15jt", "Rp 15.000.000", "IDR 15 juta", "USD 1,200", "$1.5k",
    "1000-1500 dolar", "RM3,500", "gaji 8-12 juta/bulan", "$800/week",
    "8000U", "月薪2万", "15 triệu", "฿30,000", "₱25,000 a month",
    "lương 1.500$", "1000-2000 đô", "月薪1.5W", "1 แสนบาท",
    "เงินเดือน 50,000", "ប្រាក់ខែ ១៥០០ ដុល្លារ"

Wage norms are monthly USD for an entry-level office role, derived from
(all 2024/2025, rounded; they are orders of magnitude, not payroll advice):

* Indonesia: DKI Jakarta UMP 2025 Rp 5,396,761 (Kepgub DKI); CS/admin ads
  in Jakarta typically Rp 4.5-7 juta -> norm Rp 6 juta.
* Malaysia: national minimum wage RM1,700 from 1 Feb 2025 (Minimum Wages
  Order 2024); CS roles typically RM2,000-2,800 -> norm RM2,500.
* Cambodia: garment-sector minimum wage USD 208 for 2025 (Ministry of Labour
  and Vocational Training); office CS/admin USD 300-500 -> norm USD 400.
* Thailand: daily minimum wage THB 337-400 (2025); office CS THB
  15,000-20,000 -> norm THB 18,000.
* Philippines: NCR daily minimum PHP 645 (2024); entry BPO CS PHP
  18,000-25,000 -> norm PHP 22,000.
* Viet Nam: Region I minimum VND 4.96 million (July 2024); office CS VND
  8-10 million -> norm VND 9 million.
* Myanmar and Laos: statutory minimums well under USD 150 a month;
  norm USD 200 for office work (generous on purpose).
* Singapore: norm SGD 2,800. Unknown country: USD 500.

Exchange rates are rounded 2025 mid-market rates (``USD_RATES``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from model.rules.literals import required_substrings

# Units per 1 USD, rounded 2025 mid-market rates.
USD_RATES: dict[str, float] = {
    "USD": 1.0,
    "IDR": 16300.0,
    "MYR": 4.4,
    "SGD": 1.33,
    "PHP": 57.0,
    "THB": 33.0,
    "CNY": 7.2,
    "VND": 25500.0,
    "KHR": 4050.0,
    "EUR": 0.9,
    "HKD": 7.8,
    "TWD": 31.0,
}

# Monthly wage norm for an entry-level office role, in USD (see module doc).
WAGE_NORMS_USD: dict[str, float] = {
    "ID": 6_000_000 / USD_RATES["IDR"],
    "MY": 2_500 / USD_RATES["MYR"],
    "KH": 400.0,
    "TH": 18_000 / USD_RATES["THB"],
    "PH": 22_000 / USD_RATES["PHP"],
    "VN": 9_000_000 / USD_RATES["VND"],
    "MM": 200.0,
    "LA": 200.0,
    "SG": 2_800 / USD_RATES["SGD"],
    # Urban China, entry-level office work (ads on 58.com offer 5-8k CNY).
    "CN": 7_000 / USD_RATES["CNY"],
    # Hong Kong and Taiwan: entry-level office and warehouse ads offer about
    # HKD 17,000 and TWD 33,000.
    "HK": 17_000 / USD_RATES["HKD"],
    "TW": 33_000 / USD_RATES["TWD"],
    "XX": 500.0,
}

# How far above the entry-level norm a role normally pays.
ROLE_MULTIPLIERS: dict[str, float] = {
    "entry": 1.0,
    "unknown": 1.2,
    "manager": 2.0,
    "skilled": 2.5,
}

# Working days/hours per month: six-day weeks are common in the region, and a
# generous conversion keeps daily and hourly rates from looking inflated.
_PER_MONTH = {"month": 1.0, "week": 4.33, "day": 26.0, "hour": 208.0, "year": 1 / 12}

_CUR_PRE = (
    r"(?:rp\.?|idr|us\$|usd|usdt|\$|s\$|sgd|rm|myr|₱|php|฿|thb|¥|rmb|cny|"
    r"₫|vnd|€|eur|៛|hk\$|hkd|nt\$|twd|港幣|港币|港元|新台幣|台幣|台币)"
)
# "1.500$" and "1500$" (the dollar sign after the amount, as Vietnamese and
# Khmer ads write it), "đô" / "đô la" (Vietnamese), "ដុល្លារ" / "រៀល"
# (Khmer dollar / riel).
_CUR_POST = (
    r"(?:rupiah|rp|idr|usdt|usd|u|dollars?|dolar|đô\s?la|đô|ringgit|rm|myr|baht|"
    r"บาท|pesos?|php|yuan|元|块|rmb|美金|美元|đồng|vnđ|vnd|đ|sgd|riels?|៛|eur|"
    r"euros?|\$|ដុល្លារ|រៀល|hkd|twd|港幣|港币|港元|台幣|台币)"
)
# "1.5W" / "2w" is the informal Chinese 万 (only right after a digit, and
# not "w/"); "หมื่น" / "แสน" / "ล้าน" are the Thai ten thousand, hundred
# thousand and million ("1 แสนบาท").
_UNIT = (
    r"(?:jt|juta|jutaan|rb|ribu|k|mil|million|triệu|tr|万|萬|千|(?<=\d)w(?!/)|"
    r"หมื่น|แสน|ล้าน)"
)
_NUM = r"\d{1,3}(?:[.,]\d{3}){1,4}(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?"
_SEP = r"(?:-|–|—|~|to|sampai|hingga|s/d|sd|until|đến|hanggang|ถึง|ដល់|至|到)"
_PERIOD = (
    r"(?:\s{0,2}(?:/|per|se|a|an|each|tiap|setiap|mỗi|每|kada|bawat|ต่อ)\s{0,2}"
    r"(?:bulan|bln|bl|month|mo|mth|minggu|mgg|week|wk|hari|day|jam|hour|hr|"
    r"tahun|thn|year|yr|annum|tháng|tuần|ngày|giờ|月|周|天|小时|เดือน|วัน|"
    r"buwan|linggo|araw|oras)"
    r"|\s{0,2}(?:sebulan|seminggu|sehari|setahun|monthly|weekly|daily|yearly|"
    r"hourly|annually))"
)

# Boundaries are ASCII on purpose: "月薪2万包吃住" has CJK letters right
# against the amount, and those count as word characters in Unicode. A "%"
# before the number is URL encoding ("%20500$" is " 500$"), not an amount. The
# pattern is all lowercase: it runs on lowered text without IGNORECASE.
SALARY_PATTERN = (
    rf"(?<![0-9a-z.,%])(?:{_CUR_PRE}\s{{0,2}})?(?:{_NUM})(?:\s{{0,2}}{_UNIT})?"
    rf"(?:\s{{0,2}}{_SEP}\s{{0,2}}(?:{_CUR_PRE}\s{{0,2}})?(?:{_NUM})"
    rf"(?:\s{{0,2}}{_UNIT})?)?(?:\s{{0,2}}{_CUR_POST})?{_PERIOD}?(?![0-9a-z])"
)

_SALARY_RE = re.compile(SALARY_PATTERN, re.IGNORECASE)
# For find_salary_spans (lowered text, no IGNORECASE: faster).
_SALARY_LOWER = re.compile(SALARY_PATTERN)
# "\d\d*", not "\d+": CPython's re skips ahead to the next possible first
# character only when the pattern starts with a single character or class,
# not with a repeat (a third faster on non-ASCII ads, same matches).
_NUM_RUN = re.compile(r"\d\d*(?:[.,]\d+)*")
_PRE_TAIL = re.compile(rf"{_CUR_PRE}\s{{0,2}}$")
_CUE_AFTER = re.compile(
    rf"\s{{0,2}}(?:{_UNIT}|{_CUR_POST})(?![0-9a-z])"
    rf"|\s{{0,2}}{_SEP}\s{{0,2}}(?:{_CUR_PRE}\s{{0,2}})?(?:{_NUM})"
    rf"\s{{0,2}}(?:{_UNIT}|{_CUR_POST})(?![0-9a-z])"
)
_PART_RE = re.compile(
    rf"(?P<pre>{_CUR_PRE})?\s{{0,2}}(?P<num>{_NUM})"
    rf"(?:\s{{0,2}}(?P<unit>{_UNIT})(?![0-9a-z]))?(?!\d)",
    re.IGNORECASE,
)
_POST_RE = re.compile(rf"(?P<post>{_CUR_POST}){_PERIOD}?\s*$", re.IGNORECASE)
_PERIOD_RE = re.compile(rf"{_PERIOD}\s*$", re.IGNORECASE)

_CURRENCY_WORDS: dict[str, str] = {
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "rupiah": "IDR",
    "$": "USD", "us$": "USD", "usd": "USD", "usdt": "USD", "u": "USD",
    "dollar": "USD", "dollars": "USD", "dolar": "USD", "美金": "USD", "美元": "USD",
    "đô": "USD", "đô la": "USD", "đôla": "USD", "ដុល្លារ": "USD",
    "s$": "SGD", "sgd": "SGD",
    "rm": "MYR", "myr": "MYR", "ringgit": "MYR",
    "₱": "PHP", "php": "PHP", "peso": "PHP", "pesos": "PHP",
    "฿": "THB", "thb": "THB", "baht": "THB", "บาท": "THB",
    "¥": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "元": "CNY", "块": "CNY",
    "₫": "VND", "vnd": "VND", "vnđ": "VND", "đ": "VND", "đồng": "VND",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "៛": "KHR", "riel": "KHR", "riels": "KHR", "រៀល": "KHR",
    "hk$": "HKD", "hkd": "HKD", "港幣": "HKD", "港币": "HKD", "港元": "HKD",
    "nt$": "TWD", "twd": "TWD", "新台幣": "TWD", "台幣": "TWD", "台币": "TWD",
}  # fmt: skip

_UNIT_VALUES: dict[str, float] = {
    "k": 1e3, "rb": 1e3, "ribu": 1e3, "千": 1e3, "万": 1e4, "萬": 1e4, "w": 1e4,
    "jt": 1e6, "juta": 1e6, "jutaan": 1e6, "mil": 1e6, "million": 1e6,
    "triệu": 1e6, "tr": 1e6, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6,
}  # fmt: skip

# A unit also tells the currency when none is written.
_UNIT_CURRENCY = {
    "jt": "IDR", "juta": "IDR", "jutaan": "IDR", "rb": "IDR", "ribu": "IDR",
    "triệu": "VND", "tr": "VND", "万": "CNY", "萬": "CNY", "千": "CNY", "w": "CNY",
    "หมื่น": "THB", "แสน": "THB", "ล้าน": "THB",
}  # fmt: skip

_PERIOD_WORDS: tuple[tuple[str, str], ...] = (
    ("bulan", "month"), ("bln", "month"), ("bl", "month"), ("month", "month"),
    ("mth", "month"), ("mo", "month"), ("tháng", "month"), ("月", "month"),
    ("เดือน", "month"),
    ("minggu", "week"), ("mgg", "week"), ("week", "week"), ("wk", "week"),
    ("tuần", "week"), ("周", "week"),
    ("hari", "day"), ("day", "day"), ("daily", "day"), ("ngày", "day"),
    ("天", "day"), ("วัน", "day"),
    ("jam", "hour"), ("hour", "hour"), ("hr", "hour"), ("giờ", "hour"),
    ("小时", "hour"),
    ("tahun", "year"), ("thn", "year"), ("year", "year"), ("yr", "year"),
    ("annum", "year"), ("annually", "year"),
    ("buwan", "month"), ("linggo", "week"), ("araw", "day"), ("oras", "hour"),
)  # fmt: skip
_PREFIX_PERIODS = (
    ("日薪", "day"),
    ("周薪", "week"),
    ("时薪", "hour"),
    ("年薪", "year"),
)
# A bare number right after the Thai pay word is an amount in baht:
# "เงินเดือน 50,000" (Thai ads often leave out "บาท"). Latin-script pay
# words ("gaji", "lương", "salary") are left out: the currency they imply is
# ambiguous (ringgit or rupiah, dong or dollars). So are the Chinese ones
# ("月薪8000-15000"): on 58.com ads bare numbers after them are as often a
# list number glued to the amount ("5200-62002、") as a wage.
_PAY_WORD_CURRENCY = (("เงินเดือน", "THB"),)
_PAY_WORD_BEFORE = re.compile(
    r"(?:" + "|".join(word for word, _ in _PAY_WORD_CURRENCY) + r")"
    r"\s{0,2}[:：]?\s{0,2}$"
)
# Characters of context before an amount the parser may need (the longest
# pay word plus a colon and spaces).
CONTEXT_CHARS = 12


@dataclass(frozen=True, slots=True)
class Salary:
    """A parsed salary mention; ``low == high`` for a single amount."""

    low: float
    high: float
    currency: str
    period: str
    currency_inferred: bool = False

    def monthly_usd(self, *, which: str = "high") -> float:
        """Monthly USD of the ``"high"`` or ``"low"`` end of the range, or of
        its ``"typical"`` amount: the geometric mean of the two ends.

        The typical amount is what a range is compared with a norm by: an
        ordinary band such as "$500-$999" in Phnom Penh ($707) stays under
        twice the norm where its top end would not, while a bait range such
        as "gaji 10-30 juta" (17 juta) still reads as far above it.
        """
        if which == "typical":
            amount = (self.low * self.high) ** 0.5
        else:
            amount = self.high if which == "high" else self.low
        return amount / USD_RATES[self.currency] * _PER_MONTH[self.period]


def parse_number(text: str) -> float:
    """Parse "15.000.000", "1,200", "1.5", "1,5", "3.500" (-> 3500).

    A separator followed by exactly three digits is a thousands separator
    (Indonesian writes "15.000.000", English "15,000,000"); otherwise it is
    the decimal mark ("1.5k", "1,5 juta").
    """
    if "." in text and "," in text:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        return float(text.replace(thousands, "").replace(decimal, "."))
    for sep in ".,":
        if sep in text:
            parts = text.split(sep)
            if len(parts) > 2 or len(parts[-1]) == 3:
                return float(text.replace(sep, ""))
            return float(text.replace(sep, "."))
    return float(text)


def _currency(word: str | None) -> str | None:
    if not word:
        return None
    return _CURRENCY_WORDS.get(word.lower())


def parse_salary(text: str, *, context_before: str = "") -> Salary | None:
    """Parse one salary expression such as ``"gaji 8-12 juta/bulan"``.

    ``text`` should be (or start with) the amount; a leading word such as
    "gaji" is skipped. ``context_before`` (up to ``CONTEXT_CHARS``
    characters before the amount) lets "月薪"/"日薪" set the period, and the
    Thai pay word "เงินเดือน" right before a bare number the currency.
    Returns ``None`` when neither the text nor such a pay word names a
    currency or a unit, i.e. it is just a number.
    """
    parsed = _parse_amount(text)
    if parsed is None:
        return None
    low, high, currency, inferred, period = parsed
    if currency is None:
        currency = _pay_word_currency(context_before)
        if currency is None:
            return None
    if period is None:
        period = "month"
        before = context_before[-6:]
        for marker, name in _PREFIX_PERIODS:
            if marker in before:
                period = name
    return Salary(low, high, currency, period, inferred)


# The same amounts ("Rp 15.000.000", "15jt") recur across ads, and parsing
# one takes half a dozen regex passes.
@functools.lru_cache(maxsize=4096)
def _parse_amount(
    text: str,
) -> tuple[float, float, str | None, bool, str | None] | None:
    """(low, high, currency, currency inferred, period) of ``text``; period
    None when the text does not say it (the context before may), currency
    None for a bare number (a pay word before it may say it)."""
    match = _SALARY_RE.search(text)
    if match is None:
        return None
    expr = match.group()
    parts = list(_PART_RE.finditer(expr))
    if not parts:
        return None
    units = [p.group("unit") for p in parts if p.group("unit")]
    unit = units[-1].lower() if units else None
    currency = None
    for part in parts:
        currency = currency or _currency(part.group("pre"))
    tail = expr[parts[-1].end() :]
    post = _POST_RE.match(tail.strip()) if tail.strip() else None
    if currency is None and post is not None:
        currency = _currency(post.group("post"))
    inferred = False
    if currency is None and unit is not None:
        currency = _UNIT_CURRENCY.get(unit)
    amounts: list[float] = []
    for part in parts:
        value = parse_number(part.group("num"))
        # "8-12 juta": the unit written once applies to both ends.
        part_unit = (part.group("unit") or unit or "").lower()
        value *= _UNIT_VALUES.get(part_unit, 1.0)
        amounts.append(value)
    if currency is None:
        if unit is None:
            # A bare number: only a pay word before it (see parse_salary)
            # can make it an amount.
            period_match = _PERIOD_RE.search(expr)
            period = None if period_match is None else _period_of(period_match.group())
            return min(amounts), max(amounts), None, False, period
        # "gaji 1.5k" with no currency: big numbers are rupiah, small ones
        # are dollars in the ads this parser sees.
        currency = "IDR" if max(amounts) >= 100_000 else "USD"
        inferred = True
    period_match = _PERIOD_RE.search(expr)
    period = None if period_match is None else _period_of(period_match.group())
    return min(amounts), max(amounts), currency, inferred, period


def _pay_word_currency(context_before: str) -> str | None:
    """Currency of the pay word that ``context_before`` ends with, if any."""
    found = _PAY_WORD_BEFORE.search(context_before[-CONTEXT_CHARS:])
    if found is None:
        return None
    for word, currency in _PAY_WORD_CURRENCY:
        if found.group().startswith(word):
            return currency
    return None


def _period_of(text: str) -> str:
    lowered = text.lower()
    for word, period in _PERIOD_WORDS:
        if word in lowered:
            return period
    return "month"


def iter_salaries(text: str) -> list[tuple[int, int, Salary]]:
    """All salary mentions in ``text`` with their spans."""
    found = []
    for match in _SALARY_RE.finditer(text):
        salary = parse_salary(
            match.group(),
            context_before=text[max(0, match.start() - CONTEXT_CHARS) : match.start()],
        )
        if salary is not None:
            found.append((match.start(), match.end(), salary))
    return found


def find_salary_spans(lowered: str) -> list[tuple[int, int]]:
    """Spans of money amounts in lowercased text (the ``salary`` matcher).

    One regex over the whole ad would be tried at every position (its
    optional currency prefix leaves no fixed first character), so this
    jumps from number to number instead and only tries the full pattern
    where a currency or unit is next to the number.
    """
    spans: list[tuple[int, int]] = []
    covered = 0
    for number in _NUM_RUN.finditer(lowered):
        start = number.start()
        if start < covered:
            continue
        prefix = _PRE_TAIL.search(lowered, max(0, start - 7), start)
        if (
            prefix is None
            and _CUE_AFTER.match(lowered, number.end()) is None
            and _PAY_WORD_BEFORE.search(lowered, max(0, start - CONTEXT_CHARS), start)
            is None
        ):
            continue
        found = _SALARY_LOWER.match(lowered, prefix.start() if prefix else start)
        if found is None or found.end() <= start:
            continue
        spans.append(found.span())
        covered = found.end()
    return spans


# --- where and as what ---------------------------------------------------------

_COUNTRY_PATTERNS: tuple[tuple[str, str], ...] = (
    # High-risk destinations first: an ad naming Cambodia and quoting rupiah
    # is about a job in Cambodia.
    ("KH", r"kamboja|kemboja|cambodia|campuchia|cămpuchia|phnom\s?penh|sihanouk|bavet|"
     r"poipet|柬埔寨|西港|西哈努克|金边|กัมพูชา|កម្ពុជា"),
    ("MM", r"myanmar|burma|myawaddy|shwe\s?kokko|kk\s?park|缅甸|缅北|妙瓦底|果敢老街|"
     r"พม่า|เมียนมา|เมียวดี|ភូមា"),
    # Vietnamese "Lào" is Laos, but "Lào Cai" a province of Viet Nam.
    ("LA", r"\blaos\b|\blao\b|(?<!\w)lào(?!\w)(?![\s-]?cai(?!\w))|golden\s?triangle|"
     r"segitiga\s?emas|bokeo|老挝|金三角|ลาว"),
    ("PH", r"philippines|filipina|manila|pampanga|菲律宾|ฟิลิปปินส์"),
    ("VN", r"vietnam|viet\s?nam|việt\s?nam|越南"),
    ("TH", r"thailand|bangkok|mae\s?sot|泰国|ไทย"),
    ("SG", r"singapore|singapura|新加坡"),
    ("MY", r"malaysia|kuala\s?lumpur|johor|penang|马来西亚"),
    ("ID", r"indonesia|jakarta|surabaya|bandung|medan|semarang|tangerang|bekasi"),
)  # fmt: skip
_COUNTRY_RES = tuple((c, re.compile(p, re.IGNORECASE)) for c, p in _COUNTRY_PATTERNS)
_CURRENCY_COUNTRY = {
    "IDR": "ID", "MYR": "MY", "THB": "TH", "PHP": "PH", "VND": "VN", "SGD": "SG",
    "KHR": "KH", "CNY": "CN", "HKD": "HK", "TWD": "TW",
}  # fmt: skip

_ROLE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("manager", re.compile(
        r"\b(?:manager|manajer|supervisor|team\s?leader|kepala|direktur|director|"
        r"head\s+of)\b|经理|主管", re.IGNORECASE)),
    ("skilled", re.compile(
        r"\b(?:engineer|insinyur|developer|programmer|software|dokter|doctor|"
        r"nurse|perawat|pilot|accountant|akuntan|lawyer|data\s?scientist)\b|"
        r"工程师|程序员", re.IGNORECASE)),
    ("entry", re.compile(
        r"\b(?:cs|customer\s?service|admin|operator|typist|data\s?entry|"
        r"telemarketing|marketing|sales|staff|staf|chat|receptionist|resepsionis|"
        r"kasir|cashier|pelayan|waiter|waitress|helper)\b|客服|打字员|文员|业务员",
        re.IGNORECASE)),
)  # fmt: skip

# --- the same searches, fast -----------------------------------------------------
#
# Each search above is case-insensitive and has no literal first character,
# so CPython's engine tries it at every position: ~40 us per pattern on a
# 1,000-character ad, and an ad naming no country ran all nine. The fast
# path runs the same patterns on the lowercased text without IGNORECASE (the
# engine can then jump between possible first characters; a leading ``\b``
# is moved after the first letter for the same reason), and only after a
# substring test shows the pattern can match at all. That equals the
# IGNORECASE search on the original for every character these patterns use
# (checked over all of Unicode), except that IGNORECASE also matches "i"
# with "ı" and "s" with "ſ", which lower() keeps, and "İ" lowers to two
# characters; texts with any of them take the original path.


_LEADING_BOUNDARY = re.compile(r"\\b\(\?:([^()]*)\)|\\b([a-z]+)(?=\\b)")


def _bounded_lower(pattern: str) -> str:
    r"""``pattern`` with ``\b(?:word|...)`` and ``\bword`` rewritten as
    ``w(?<!\ww)ord``: no word character before the (word) first letter."""

    def moved(match: re.Match[str]) -> str:
        parts = []
        for word in (match.group(1) or match.group(2)).split("|"):
            first = word[0]
            assert first.isascii() and first.isalpha(), pattern
            parts.append(f"{first}(?<!\\w{first}){word[1:]}")
        return "(?:" + "|".join(parts) + ")"

    return _LEADING_BOUNDARY.sub(moved, pattern)


def _safe_lowered(text: str, lowered: str | None = None) -> str | None:
    """Lowercased ``text`` if searching it equals an IGNORECASE search."""
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text) or "\u0131" in text or "\u017f" in text:
        return None
    return lowered


# (label, regex, literals one of which a match contains or None, those of
# them that are ASCII words as UTF-8, the others).
_Fast = tuple[
    tuple[
        str,
        re.Pattern[str],
        tuple[str, ...] | None,
        frozenset[bytes],
        tuple[str, ...],
    ],
    ...,
]
_ASCII_WORD = re.compile(r"[a-z0-9]+")


@functools.cache
def _fast_searches() -> tuple[_Fast, _Fast]:
    """(country, role) searches for lowered text (see _Fast).

    Built on first use: the literal derivation lives in the compiler, which
    imports this module (through the validators).
    """

    def build(items: Iterable[tuple[str, str]]) -> _Fast:
        out = []
        for label, pattern in items:
            assert pattern == pattern.lower()
            literals = required_substrings(pattern)
            ordered = None if literals is None else tuple(sorted(literals, key=len))
            words = [lit for lit in ordered or () if _ASCII_WORD.fullmatch(lit)]
            out.append(
                (
                    label,
                    re.compile(_bounded_lower(pattern)),
                    ordered,
                    frozenset(word.encode() for word in words),
                    tuple(lit for lit in ordered or () if lit not in words),
                )
            )
        return tuple(out)

    return (
        build(_COUNTRY_PATTERNS),
        build((role, pattern.pattern) for role, pattern in _ROLE_RES),
    )


def prefilter_words() -> frozenset[bytes]:
    """The ASCII words (UTF-8) whose presence in an ad decides, without a
    substring test, whether a country or role search can match: see the
    ``words`` argument of :func:`country_in_text`."""
    return frozenset(
        word for search in _fast_searches() for item in search for word in item[3]
    )


def _first_found(
    fast: _Fast,
    slow: tuple[tuple[str, re.Pattern[str]], ...],
    text: str,
    lowered: str | None,
    words: set[bytes] | None = None,
) -> str | None:
    """Label of the first pattern that occurs in ``text``, or ``None``."""
    safe = _safe_lowered(text, lowered)
    if safe is None:
        for label, pattern in slow:
            if pattern.search(text):
                return label
        return None
    for label, regex, literals, word_literals, other_literals in fast:
        if literals is not None:
            if words is None:
                if not any(lit in safe for lit in literals):
                    continue
            # An ASCII word in the lowered text is in the case-folded one
            # too (only ASCII and the Kelvin sign lower to ASCII, and they
            # case-fold the same), so ``words`` has it.
            elif word_literals.isdisjoint(words) and not any(
                lit in safe for lit in other_literals
            ):
                continue
        if regex.search(safe):
            return label
    return None


def country_in_text(
    text: str, lowered: str | None = None, words: set[bytes] | None = None
) -> str | None:
    """Country named in ``text`` (first of ``_COUNTRY_PATTERNS``), or None.

    ``lowered`` may pass ``text.lower()`` when it is already at hand (or
    ``MatchContext.lowered``); ``words`` the words of
    :func:`prefilter_words` that occur in ``text.casefold()``, as the rule
    registry's prefilter finds them (``MatchContext.words``).
    """
    return _first_found(_fast_searches()[0], _COUNTRY_RES, text, lowered, words)


def detect_work_country(text: str, currency: str | None = None) -> str:
    """ISO code of the country the job seems to be in, or ``"XX"``."""
    country = country_in_text(text)
    if country is not None:
        return country
    if currency is not None:
        return _CURRENCY_COUNTRY.get(currency, "XX")
    return "XX"


def role_in_text(
    text: str, lowered: str | None = None, words: set[bytes] | None = None
) -> str:
    """:func:`detect_role`; ``lowered`` and ``words`` as for
    :func:`country_in_text`."""
    found = _first_found(_fast_searches()[1], _ROLE_RES, text, lowered, words)
    return found or "unknown"


def detect_role(text: str) -> str:
    """Role class of the ad: ``manager``, ``skilled``, ``entry`` or ``unknown``.

    A title such as "Customer Service Manager" counts as a manager role, so
    the more senior classes are tried first.
    """
    return role_in_text(text)


def currency_country(currency: str) -> str:
    """Country a currency points to when the ad names none, or ``"XX"``."""
    return _CURRENCY_COUNTRY.get(currency, "XX")


def norm_bounds(factor: float, country: str | None = None) -> tuple[float, float]:
    """Least and greatest ``factor * wage_norm_usd(country, role)`` over every
    role :func:`detect_role` can return and, unless ``country`` is given,
    every country :func:`detect_work_country` can return (each computed
    exactly as the validator does, so comparisons with them are exact)."""
    return _norm_bounds(
        factor,
        country,
        tuple(WAGE_NORMS_USD.items()),
        tuple(ROLE_MULTIPLIERS.items()),
    )


@functools.lru_cache(maxsize=256)
def _norm_bounds(
    factor: float,
    country: str | None,
    norms: tuple[tuple[str, float], ...],
    multipliers: tuple[tuple[str, float], ...],
) -> tuple[float, float]:
    if country is not None:
        countries = {country}
    else:
        countries = {code for code, _ in norms} | set(_CURRENCY_COUNTRY.values())
        countries |= {code for code, _ in _COUNTRY_PATTERNS} | {"XX"}
    roles = {role for role, _ in multipliers} | {role for role, _ in _ROLE_RES}
    roles.add("unknown")
    values = [
        factor * wage_norm_usd(code, role) for code in countries for role in roles
    ]
    return min(values), max(values)


def wage_norm_usd(country: str, role: str) -> float:
    """Typical monthly pay in USD for ``role`` in ``country``."""
    base = WAGE_NORMS_USD.get(country, WAGE_NORMS_USD["XX"])
    return base * ROLE_MULTIPLIERS.get(role, ROLE_MULTIPLIERS["unknown"])
