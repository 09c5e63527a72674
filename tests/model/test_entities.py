"""Entity extraction: contacts, places, pay and organisations with exact offsets."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.entities import EntityExtractor, campaign_keys


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    return EntityExtractor()


def found(
    extractor: EntityExtractor, text: str, language: str
) -> set[tuple[str, str, Any]]:
    entities = extractor.extract(text, language=language)
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
    return {(e.type, e.text, e.normalized) for e in entities}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "id",
            "Hubungi WA 0812-3456-7890 segera",
            ("whatsapp", "0812-3456-7890", "+6281234567890"),
        ),
        (
            "id",
            "WA: +62 812 3456 7890",
            ("whatsapp", "+62 812 3456 7890", "+6281234567890"),
        ),
        (
            "id",
            "wa: 0 8 1 2 3 4 5 6 7 8 9 0",
            ("whatsapp", "0 8 1 2 3 4 5 6 7 8 9 0", "+6281234567890"),
        ),
        (
            "id",
            "daftar wa dot me/6281299998888",
            ("whatsapp", "wa dot me/6281299998888", "+6281299998888"),
        ),
        (
            "id",
            "langsung wa.me/6281234567890",
            ("whatsapp", "wa.me/6281234567890", "+6281234567890"),
        ),
        ("id", "hubungi 0812-xxxx-xxxx", ("phone", "0812-xxxx-xxxx", None)),
        ("en", "Telegram @hr_asia now", ("telegram", "@hr_asia", "@hr_asia")),
        ("en", "apply t.me/HRasia88", ("telegram", "t.me/HRasia88", "@hrasia88")),
        ("en", "Telegram: hr_asia2024", ("telegram", "hr_asia2024", "@hr_asia2024")),
        (
            "en",
            "Email jobs@asia-hr.com today",
            ("email", "jobs@asia-hr.com", "jobs@asia-hr.com"),
        ),
        (
            "en",
            "form: bit.ly/loker-kh",
            ("short_link", "bit.ly/loker-kh", "bit.ly/loker-kh"),
        ),
        (
            "en",
            "see https://www.Example.com/jobs/",
            ("url", "https://www.Example.com/jobs/", "example.com/jobs"),
        ),
        ("ms", "Hubungi +60 12-345 6789", ("phone", "+60 12-345 6789", "+60123456789")),
        ("th", "ไลน์ ID: job_th99", ("line", "job_th99", "job_th99")),
        ("th", "โทร 081 234 5678", ("phone", "081 234 5678", "+66812345678")),
        ("vi", "Zalo: 0912345678", ("zalo", "0912345678", "+84912345678")),
        ("zh", "微信：abc12345详聊", ("wechat", "abc12345", "abc12345")),
        ("zh", "加131 8962 7361详聊", ("phone", "131 8962 7361", "+8613189627361")),
        (
            "zh",
            "联系https://t.me/kefu888详聊",
            ("telegram", "https://t.me/kefu888", "@kefu888"),
        ),
        ("id", "Kerja di Kamboja", ("destination", "Kamboja", "KH:Cambodia")),
        ("en", "office in KK Park, Myawaddy", ("destination", "KK Park", "MM:KK Park")),
        ("zh", "工作地点柬埔寨西港", ("destination", "西港", "KH:Sihanoukville")),
        ("th", "ทำงานที่ปอยเปต", ("destination", "ปอยเปต", "KH:Poipet")),
        ("en", "Salary $1,500/month", ("money", "$1,500/month", "1500 USD/month")),
        ("id", "gaji 15jt", ("money", "15jt", "920 USD/month")),
        (
            "id",
            "PT Maju Jaya Sejahtera membuka lowongan",
            ("organization", "PT Maju Jaya Sejahtera", "pt maju jaya sejahtera"),
        ),
        (
            "zh",
            "深圳华通科技有限公司招聘",
            ("organization", "深圳华通科技有限公司", "深圳华通科技有限公司"),
        ),
    ],
)
def test_finds_each_kind(
    extractor: EntityExtractor, language: str, text: str, expected: tuple[str, str, Any]
) -> None:
    assert expected in found(extractor, text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Gaji Rp 15.000.000 per bulan"),
        ("id", "Job ID 15758013, diposting 12/06/2025"),
        ("en", "Shift 08:00-17:00, ref no. 482913-22"),
        ("en", "Online marketing staff, pipeline management"),
        ("id", "42"),
        ("en", "Call us at the office"),
    ],
)
def test_numbers_and_words_that_are_not_contacts(
    extractor: EntityExtractor, language: str, text: str
) -> None:
    contacts = {
        kind
        for kind, _, _ in found(extractor, text, language)
        if kind not in ("money", "destination", "organization")
    }
    assert contacts == set()


def test_offsets_point_into_the_original_text_with_invisible_characters(
    extractor: EntityExtractor,
) -> None:
    text = "<b>Loker</b> Kam\u200bboja, WA 0812\u200b-3456-7890, Telegram @hr_asia"
    entities = extractor.extract(text, language="id")
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
    assert ("whatsapp", "+6281234567890") in {(e.type, e.normalized) for e in entities}


@given(
    st.text(
        alphabet=st.sampled_from(
            [*"0123456789 +-.()@/:_abcxyzWAtme", "\u200b", "柬", "ก", "\n", "。"]
        ),
        max_size=300,
    )
)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_garbage_never_raises_and_offsets_hold(text: str) -> None:
    extractor = _shared_extractor()
    for entity in extractor.extract(text or " ", language="xx"):
        assert text[entity.start : entity.end] == entity.text


_EXTRACTOR: list[EntityExtractor] = []


def _shared_extractor() -> EntityExtractor:
    if not _EXTRACTOR:
        _EXTRACTOR.append(EntityExtractor())
    return _EXTRACTOR[0]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Once raised ValueError from the salary parser.
        ("vi", "Anda M-dptkan\n125,000.000.00\ncek ID Anda\nbit.ly/promoshopee567"),
        # Once gave a link whose normalised form starts with "+", which
        # campaign_keys took for a phone number and raised on.
        ("tl", "x +57$RpCo.*/ y"),
        ("xx", "Thai digits ๑๒๓๔๕๖๗๘๙๐ and İstanbul ſ ı K Rp 5 juta"),
    ],
)
def test_garbage_that_once_raised(
    extractor: EntityExtractor, language: str, text: str
) -> None:
    entities = extractor.extract(text, language=language)
    assert all(text[e.start : e.end] == e.text for e in entities)
    campaign_keys(entities)


def test_huge_and_mixed_script_ads_give_entities_not_errors(
    extractor: EntityExtractor,
) -> None:
    text = ("WA 0812-3456-7890 柬埔寨 กัมพูชา 💵 " * 4000)[:100_000]
    entities = extractor.extract(text, language="xx")
    assert entities
    assert all(text[e.start : e.end] == e.text for e in entities)


@pytest.mark.parametrize(
    ("entities", "keys"),
    [
        (
            [
                {"type": "whatsapp", "normalized": "+6281234567890"},
                {"type": "phone", "normalized": "+6681234567890"},
            ],
            {"phone:81234567890"},
        ),
        ([{"type": "telegram", "normalized": "@hr_asia"}], {"handle:@hr_asia"}),
        ([{"type": "short_link", "normalized": "bit.ly/x"}], {"short_link:bit.ly/x"}),
        (
            [
                {"type": "destination", "normalized": "KH:Cambodia"},
                {"type": "money", "normalized": "900 USD/month"},
            ],
            set(),
        ),
        ([{"type": "phone", "normalized": None}], set()),
    ],
)
def test_campaign_keys(entities: list[dict[str, Any]], keys: set[str]) -> None:
    assert campaign_keys(entities) == keys
