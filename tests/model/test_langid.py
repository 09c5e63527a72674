"""Language identification (model/langid.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.langid import LANGUAGES, _cached_language, _language, detect_language
from model.preprocess import normalize


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


# Ads and messages as they are written in each language: board ads with
# headings, scam-style offers, chat slang, mixed scripts with an English
# title. How the detector does on real datasets is in docs/language-id.md.
REAL_LOOKING_ADS = [
    (
        "id",
        "LOWONGAN KERJA ADMIN GUDANG\nPT Sinar Abadi Jaya - Cikarang\nKualifikasi: "
        "Pria/Wanita usia maks 30 tahun, pendidikan min SMA/SMK, bisa Ms Excel.\n"
        "Gaji UMR + BPJS. Kirim CV ke email hrd@sinarabadi.co.id",
    ),
    (
        "id",
        "Dibutuhkan segera! Operator CS online di Kamboja, gaji 15 juta/bulan, tanpa "
        "pengalaman, tiket dan mess ditanggung. Minat hubungi WA 0812-3456-7890",
    ),
    ("id", "Kak udah transfer ya, nanti kabarin kalo udh masuk"),
    (
        "en",
        "We are hiring: Customer Service Representative (Remote). Requirements: "
        "fluent English, 1 year of experience, reliable internet. Salary USD "
        "800-1,000 per month. Apply at careers@example.com",
    ),
    (
        "en",
        "Job Description: Prepare monthly financial reports, reconcile bank "
        "statements and support the annual audit. Bachelor's degree in Accounting "
        "required.",
    ),
    (
        "ms",
        "Jawatan Kosong: Pembantu Tadbir. Syarikat kami memerlukan calon yang "
        "berminat. Kelayakan SPM, boleh bertutur Bahasa Melayu dan Inggeris. Gaji "
        "RM2,500 sebulan. Sila hubungi 012-3456789.",
    ),
    (
        "ms",
        "Tawaran kerja di luar negara, gaji lumayan, tiket kapal terbang percuma. "
        "Tak perlu pengalaman, boleh mula segera. Berminat sila WhatsApp.",
    ),
    (
        "zh",
        "招聘仓库管理员 | 底薪5000+提成\n岗位职责：负责仓库日常管理，货物出入库登记。\n"
        "任职要求：高中以上学历，吃苦耐劳，有相关经验者优先。",
    ),
    (
        "zh",
        "柬埔寨西港高薪招聘客服，月薪2000美金，包吃包住，机票报销，无需经验，微信联系：abc123",
    ),
    (
        "th",
        "รับสมัครพนักงานขาย ประจำสาขาเชียงใหม่ เงินเดือน 15,000 บาท + คอมมิชชั่น "
        "สนใจติดต่อ 081-234-5678",
    ),
    ("th", "งานออนไลน์ที่ต่างประเทศ เงินเดือนสูง ไม่ต้องมีประสบการณ์ บินฟรี ติดต่อไลน์ @jobthai"),
    (
        "vi",
        "Tuyển dụng nhân viên kinh doanh tại Hà Nội. Mức lương: 10-15 triệu đồng. "
        "Yêu cầu: tốt nghiệp cao đẳng trở lên, giao tiếp tốt.",
    ),
    ("vi", "Việc nhẹ lương cao ở Campuchia, bao ăn ở, hỗ trợ vé máy bay. Liên hệ Zalo"),
    (
        "km",
        "ក្រុមហ៊ុនយើងខ្ញុំកំពុងជ្រើសរើសបុគ្គលិកផ្នែកលក់ ចំនួន ២ នាក់ ប្រាក់ខែ $300-$500 ទីតាំង ភ្នំពេញ",
    ),
    (
        "km",
        "Sales Executive (2 posts) / ABC Co., Ltd. / Phnom Penh / - ទទួលបានប្រាក់ខែ "
        "300$ - មានបទពិសោធន៍យ៉ាងតិច 1 ឆ្នាំ - អាចនិយាយភាសាអង់គ្លេសបាន",
    ),
    (
        "tl",
        "Hiring po kami ng mga online chat support, malaking sahod, libre ang "
        "pamasahe at tirahan sa Cambodia. Walang experience na kailangan, PM lang "
        "po kayo.",
    ),
    (
        "tl",
        "Naghahanap kami ng cashier para sa aming tindahan sa Quezon City. Pwede ang "
        "walang karanasan.",
    ),
    ("tl", "Saan na kayo? Andito na kami sa labas"),
    ("other", "https://bit.ly/3xYz 0812-3456-7890"),
]


@pytest.mark.parametrize(("language", "ad"), REAL_LOOKING_ADS)
def test_real_looking_ads(language: str, ad: str) -> None:
    assert language in LANGUAGES
    assert detect_language(ad) == language
    # What the detector sees when scoring: the normalised text, here with
    # the markup of an ad page around it.
    assert detect_language(normalize(f"<p>{ad}</p>").text) == language


def test_every_language_has_real_looking_ads() -> None:
    assert {language for language, _ in REAL_LOOKING_ADS} == set(LANGUAGES)
