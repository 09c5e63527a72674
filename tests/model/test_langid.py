"""Language identification (model/langid.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.langid import _cached_language, _language, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Loker admin, gaji 15 juta, tanpa pengalaman, tiket PP ditanggung", "id"),
        ("Dicari CS online untuk perusahaan di Kamboja, hubungi WA", "id"),
        ("Jawatan kosong syarikat, gaji RM3000 sebulan, tempat tinggal percuma", "ms"),
        ("We are hiring customer service staff with free flight and visa", "en"),
        ("高薪招聘客服，包吃包住，机票报销，柬埔寨西港", "zh"),
        ("รับสมัครพนักงาน เงินเดือนสูง ทำงานที่กัมพูชา", "th"),
        ("Tuyển nhân viên chăm sóc khách hàng lương cao tại Campuchia", "vi"),
        ("ជ្រើសរើសបុគ្គលិក ប្រាក់ខែខ្ពស់ នៅកម្ពុជា", "km"),
        ("Trabaho po sa Cambodia, malaking sahod, libre ang pamasahe", "tl"),
        ("12345 !!! ???", "other"),
    ],
)
def test_detect_language_table(text: str, language: str) -> None:
    assert detect_language(text) == language


def _reference_language(text: str) -> str:
    """detect_language as first written: every count by findall."""
    from model import langid as p

    letters = len(p._LETTER_RE.findall(text))
    khmer = len(p._KHMER_RE.findall(text))
    thai = len(p._THAI_RE.findall(text))
    han = len(p._HAN_RE.findall(text))
    vietnamese = len(p._VIETNAMESE_RE.findall(text))
    if letters == 0:
        return "other"
    if khmer / letters >= 0.2:
        return "km"
    if thai / letters >= 0.2:
        return "th"
    if han / letters >= 0.1:
        return "zh"
    if vietnamese / letters >= 0.03:
        return "vi"
    words = p._WORD_RE.findall(text.lower())
    en = sum(1 for word in words if word in p._EN)
    id_ms = sum(1 for word in words if word in p._ID_MS_COMMON)
    id_only = sum(1 for word in words if word in p._ID_ONLY)
    ms_only = sum(1 for word in words if word in p._MS_ONLY)
    tl = sum(1 for word in words if word in p._TL)
    malay_family = id_ms + id_only + ms_only
    best = max(en, malay_family, tl)
    if best == 0:
        return "other"
    if malay_family == best:
        return "ms" if ms_only > id_only else "id"
    if en == best:
        return "en"
    return "tl"


LANGUAGE_PIECES = st.sampled_from(
    [
        "the", "The", "AND", "you", "gaji", "Loker", "tidak", "boleh", "sahaja",
        "kosong", "po", "sahod", "mga", "hubungi", "pengalaman", "kerja", " ", "\n",
        ",", "!", "1", "15jt", "_", "a1b", "ก", "รับสมัคร", "ក", "ជ្រើសរើស", "柬",
        "高薪", "ă", "Đ", "lương", "\u1ea1", "é", "ß", "İ", "K", "ǅ", "Ⅻ", "½",
        "²", "٣", "😀", "\ud800", "ﬁ", "ſ", "ı",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(LANGUAGE_PIECES, st.text(max_size=3)), max_size=40))
@settings(max_examples=500, deadline=None)
def test_detect_language_matches_its_plain_definition(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _language(text) == _reference_language(text)


def test_language_cache_keeps_no_long_texts() -> None:
    long_ad = "Lowongan kerja admin gaji besar di Kamboja. " * 200
    before = _cached_language.cache_info().currsize
    assert detect_language(long_ad) == "id"
    assert _cached_language.cache_info().currsize == before
