"""Salary parser and wage norms."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.rules.salary import (
    _NUM_RUN,
    find_salary_spans,
    parse_number,
    parse_salary,
    wage_norm_usd,
)


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("15jt", 15e6, 15e6, "IDR", "month"),
        ("Rp 15.000.000", 15e6, 15e6, "IDR", "month"),
        ("Rp15jt", 15e6, 15e6, "IDR", "month"),
        ("IDR 15 juta", 15e6, 15e6, "IDR", "month"),
        ("USD 1,200", 1200, 1200, "USD", "month"),
        ("$1.5k", 1500, 1500, "USD", "month"),
        ("1000-1500 dolar", 1000, 1500, "USD", "month"),
        ("RM3,500", 3500, 3500, "MYR", "month"),
        ("gaji 8-12 juta/bulan", 8e6, 12e6, "IDR", "month"),
        ("$800/week", 800, 800, "USD", "week"),
        ("Rp 8.000.000 - Rp 12.000.000 per bulan", 8e6, 12e6, "IDR", "month"),
        ("gaji 1,5 juta per minggu", 1.5e6, 1.5e6, "IDR", "week"),
        ("Rp 250.000/hari", 250_000, 250_000, "IDR", "day"),
        ("8000U", 8000, 8000, "USD", "month"),
        ("1500 USDT", 1500, 1500, "USD", "month"),
        ("2万", 20_000, 20_000, "CNY", "month"),
        # Traditional Chinese and the Hong Kong / Taiwan dollars (stop 26).
        ("2萬", 20_000, 20_000, "CNY", "month"),
        ("台幣8萬", 80_000, 80_000, "TWD", "month"),
        ("港幣2.5萬", 25_000, 25_000, "HKD", "month"),
        ("HK$17,000", 17_000, 17_000, "HKD", "month"),
        ("NT$45,000", 45_000, 45_000, "TWD", "month"),
        ("8000元", 8000, 8000, "CNY", "month"),
        ("15 triệu/tháng", 15e6, 15e6, "VND", "month"),
        ("฿30,000", 30_000, 30_000, "THB", "month"),
        ("30,000 บาท", 30_000, 30_000, "THB", "month"),
        ("₱25,000 a month", 25_000, 25_000, "PHP", "month"),
        ("S$3,000", 3000, 3000, "SGD", "month"),
        ("5jt-10jt", 5e6, 10e6, "IDR", "month"),
        ("USD 20 per hour", 20, 20, "USD", "hour"),
    ],
)
def test_parse_salary(
    text: str, low: float, high: float, currency: str, period: str
) -> None:
    found = parse_salary(text)
    assert found is not None
    assert (found.low, found.high, found.currency, found.period) == pytest.approx(
        (low, high, currency, period)
    ) or (found.low, found.high, found.currency, found.period) == (
        low,
        high,
        currency,
        period,
    )


def test_chinese_daily_wage_from_context() -> None:
    found = parse_salary("300元", context_before="日薪")
    assert found is not None and found.period == "day"


def test_cached_amounts_still_read_their_own_context() -> None:
    # The amount is parsed once and remembered; the period the context
    # gives must not be remembered with it.
    for context, period in [("日薪", "day"), ("", "month"), ("月薪", "month"),
                            ("周薪", "week"), ("日薪", "day")]:  # fmt: skip
        found = parse_salary("300元", context_before=context)
        assert found is not None and found.period == period
    written = parse_salary("300元/周", context_before="日薪")
    assert written is not None and written.period == "week"


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789.,- x\u0e51\uff11\u0663")), max_size=30
    )
)
def test_number_runs_match_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"\d+(?:[.,]\d+)*")
    assert [m.span() for m in _NUM_RUN.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@pytest.mark.parametrize("text", ["2024", "081234567890", "jam 08.00", "5 km", "3x"])
def test_plain_numbers_are_not_salaries(text: str) -> None:
    assert parse_salary(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("15.000.000", 15e6), ("1,200", 1200), ("1.5", 1.5), ("1,5", 1.5),
     ("3.500", 3500), ("1,200.50", 1200.5), ("1.200,50", 1200.5)],
)  # fmt: skip
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_monthly_usd_conversion() -> None:
    weekly = parse_salary("$800/week")
    assert weekly is not None
    assert weekly.monthly_usd() == pytest.approx(800 * 4.33)
    rupiah = parse_salary("Rp 16.300.000")
    assert rupiah is not None and rupiah.monthly_usd() == pytest.approx(1000)


@pytest.mark.parametrize(
    ("text", "which", "usd"),
    [("$500-$999", "low", 500), ("$500-$999", "high", 999),
     ("$500-$999", "typical", (500 * 999) ** 0.5), ("$800", "typical", 800)],
)  # fmt: skip
def test_a_range_reads_by_either_end_or_its_typical_amount(
    text: str, which: str, usd: float
) -> None:
    salary = parse_salary(text)
    assert salary is not None
    assert salary.monthly_usd(which=which) == pytest.approx(usd)


def test_find_salary_spans_skips_phone_numbers_and_times() -> None:
    text = "hubungi 081234567890 jam 08.00-17.00, gaji rp 6.000.000 + bonus $200"
    assert [text[s:e] for s, e in find_salary_spans(text)] == [
        "rp 6.000.000",
        "$200",
    ]


def test_norms_rank_roles_and_countries() -> None:
    assert wage_norm_usd("KH", "entry") == 400
    assert wage_norm_usd("KH", "manager") > wage_norm_usd("KH", "entry")
    assert wage_norm_usd("ZZ", "entry") == wage_norm_usd("XX", "entry")
    assert 300 < wage_norm_usd("ID", "entry") < 450
