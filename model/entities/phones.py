"""Phone numbers: found as digit runs, parsed and validated by ``phonenumbers``.

Which runs of digits are phone numbers, and whose, is phonenumbers'
decision, never a hand-written digit rule's. The runs are found by trying
the run pattern only where a number can start (see ``number_starts``):
a pattern that begins with a lookbehind is otherwise tried at every
character of the ad.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

from model.entities.common import CONTACT_TYPES, Found, app_before
from model.verdict import Entity

# A run of digits with the separators ads put between them ("0812-3456-7890",
# "+62 812 3456 7890", "(021) 555 1234", "0 8 1 2 3 4 5 6 7 8 9").
_DIGIT_RUN = re.compile(
    r"(?<![A-Za-z0-9+])\+?\(?\d(?:[\d \t().\-/]|\u00a0){5,24}\d(?![A-Za-z0-9])"
)
# Numbers masked in the ad itself ("0812-xxxx-xxxx", "+62 812 ***"): a
# contact, but nothing to normalise.
_MASKED_PHONE = re.compile(
    r"(?<![A-Za-z0-9+])\+?\d[\d \-.]{2,12}(?:[xX*•]{2,}[ \-.]?)+[\dxX*•]*"
    r"(?![A-Za-z0-9])"
)
# Every masked number has two mask characters in a row.
_MASK_PAIR = re.compile(r"[xX*•]{2}")
_DIGITS = re.compile(r"\d")
# "\d\d*", not "\d+": CPython's re skips ahead to the next possible first
# character only when the pattern starts with a single character or class.
_NUMBER_RUN = re.compile(r"\d\d*")
_ASCII_DIGITS = frozenset("0123456789")

_AMOUNT_BEFORE = re.compile(
    r"(?:rp\.?|idr|usd|us\$|\$|rm|myr|php|₱|thb|฿|vnd|₫|rmb|¥|￥|gaji|salary)\s*$", re.I
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3}){2,}$")

# Apps whose users are mostly in one country: their numbers are read there first.
_APP_REGIONS = {"zalo": "VN", "line": "TH", "wechat": "CN"}
_PHONE_APPS = frozenset({"whatsapp", "telegram", "line", "wechat", "zalo"})


def number_starts(body: str) -> list[int]:
    """Where a number can start: each digit not preceded by an ASCII digit.

    The patterns' lookbehinds exclude only ASCII digits, so inside a run of
    other digits (Thai "๑๒๓") every position counts.
    """
    starts = []
    for run in _NUMBER_RUN.finditer(body):
        start, end = run.span()
        starts.append(start)
        if not run.group().isascii():
            starts.extend(
                at for at in range(start + 1, end) if body[at - 1] not in _ASCII_DIGITS
            )
    return starts


def _digit_runs(body: str, starts: list[int]) -> Iterable[re.Match[str]]:
    """``_DIGIT_RUN.finditer(body)``, trying only where a match can start:
    at a number, or at the "+", "(" or "+(" just before it."""
    resume = 0
    for digit in starts:
        if digit < resume:
            continue
        for at in (digit - 2, digit - 1, digit):
            if at < resume or (at < digit and not _may_lead(body, at, digit)):
                continue
            match = _DIGIT_RUN.match(body, at)
            if match is not None:
                resume = match.end()
                yield match
                break


def _may_lead(body: str, at: int, digit: int) -> bool:
    lead = body[at:digit]
    return lead in ("+", "(", "+(")


def _mobile_types() -> frozenset[int]:
    from phonenumbers import PhoneNumberType

    return frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


@functools.lru_cache(maxsize=8192)
def e164(candidate: str, regions: tuple[str, ...], context: bool = False) -> str | None:
    """E.164 of ``candidate`` if phonenumbers finds it a valid number.

    A number without "+" is read in each region in turn, but accepted only
    when it shows it is dialled as a phone number: it starts with the
    country code ("6281..."), carries the region's trunk prefix ("0812..."),
    or, in the ad's own region, a word such as "WA"/"telp" stands before it
    or it is a full mobile number (Chinese mobiles are dialled without a
    prefix: "13812345678"). Otherwise order numbers and job ids ("15758013")
    would pass as valid numbers of some country.
    """
    import phonenumbers

    if candidate.startswith("+"):
        try:
            number = phonenumbers.parse(candidate, None)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    fallback: str | None = None
    for index, region in enumerate(regions):
        number = _parse_in(candidate, region)
        if number is None:
            continue
        national = phonenumbers.national_significant_number(number)
        mobile = phonenumbers.number_type(number) in _MOBILE_TYPES()
        dialled = (
            number.country_code_source
            != phonenumbers.CountryCodeSource.FROM_DEFAULT_COUNTRY
            or len(candidate) > len(national)
            or (index == 0 and (context or (mobile and len(candidate) >= 10)))
        )
        if not dialled:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        # Recruiters post mobile numbers: a region where the digits are a
        # mobile number beats one where they are a landline.
        if mobile:
            return e164
        fallback = fallback or e164
    return fallback


_MOBILE_TYPES = functools.cache(_mobile_types)


def _parse_in(candidate: str, region: str) -> Any:
    """The valid number ``candidate`` is when dialled in ``region``, or None."""
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, region, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def phones(
    body: str, starts: list[int], regions: Callable[[], tuple[str, ...]]
) -> Iterable[Found]:
    """Masked numbers, then numbers phonenumbers accepts, typed by their app.

    ``regions`` gives the regions to read a number without "+" in; it is
    called only when such a number turns up.
    """
    if not starts:
        return
    if _MASK_PAIR.search(body):
        for match in _MASKED_PHONE.finditer(body):
            kind = _phone_kind(app_before(body, match.start()))
            yield Found(kind, match.start(), match.end(), None)
    for match in _digit_runs(body, starts):
        raw = match.group()
        digits = _DIGITS.findall(raw)
        if not 8 <= len(digits) <= 15 or _looks_like_amount(body, match.start(), raw):
            continue
        candidate = ("+" if raw.startswith("+") else "") + "".join(digits)
        app = app_before(body, match.start())
        kind = _phone_kind(app)
        hinted = _APP_REGIONS.get(kind)
        order = regions()
        tried = (hinted, *(r for r in order if r != hinted)) if hinted else order
        normalized = e164(candidate, tried, app is not None)
        if normalized is not None:
            yield Found(kind, match.start(), match.end(), normalized)


def _phone_kind(app: str | None) -> str:
    """ "WA 0812...", "Zalo: 09...": the app the number is for, else phone."""
    return app if app in _PHONE_APPS else "phone"


def _looks_like_amount(body: str, start: int, raw: str) -> bool:
    """ "Rp 15.000.000" is pay, not a phone number."""
    if _THOUSANDS.match(raw.strip()):
        return True
    return bool(_AMOUNT_BEFORE.search(body[max(0, start - 8) : start]))


_E164 = re.compile(r"\+\d+")


@functools.lru_cache(maxsize=65536)
def national_number(e164: str) -> str:
    """The number without its country code: "0812..." read as Indonesian in
    one ad and as Thai in another is still one number, so campaigns link on
    the national significant number (at least 8 digits). The country code is
    found in phonenumbers' own table (codes are prefix-free)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    digits = e164.lstrip("+")
    for width in (1, 2, 3):
        if int(digits[:width] or 0) in COUNTRY_CODE_TO_REGION_CODE:
            national = digits[width:]
            return national if len(national) >= 8 else e164
    return e164


def campaign_keys(entities: Iterable[Entity | dict[str, Any]]) -> set[str]:
    """The keys that tie ads to one recruiter: ``type:normalized`` of contacts.

    A WhatsApp number and the same number as a plain phone are one key, and
    so is the same national number read in two countries (a number written
    "0812..." is Indonesian or Thai by the ad's context, not its digits).
    """
    keys = set()
    for entity in entities:
        if isinstance(entity, dict):
            kind, normalized = entity.get("type"), entity.get("normalized")
        else:
            kind, normalized = entity.type, entity.normalized
        if kind not in CONTACT_TYPES or not normalized:
            continue
        if _E164.fullmatch(normalized):
            keys.add(f"phone:{national_number(normalized)}")
        elif kind in ("phone", "whatsapp"):
            keys.add(f"phone:{normalized}")
        elif kind in ("telegram", "instagram", "handle"):
            keys.add(f"handle:{normalized}")
        else:
            keys.add(f"{kind}:{normalized}")
    return keys
