from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.preprocess import detect_language, normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("<p>Gaji&nbsp;<b>15jt</b></p>", "Gaji 15jt"),
        ("line one\r\n\r\n  line   two", "line one\nline two"),
        ("𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑", "SLOT GACOR"),
        ("free\u200bflight", "freeflight"),
        ("a &amp; b &lt;c&gt;", "a & b <c>"),
        ("<script>alert(1)</script>Loker CS", "Loker CS"),
        ("5 < 6 & 7", "5 < 6 & 7"),
        ("ＵＳＤ１２００", "USD1200"),
        ("   ", ""),
        ("\tGaji  15jt\r\n\r\nDM   WA ", "Gaji 15jt\nDM WA"),
        ("Loker\nAdmin", "Loker\nAdmin"),
        ("caf\u00e9  au lait", "caf\u00e9 au lait"),
    ],
)
def test_normalize_table(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_every_normalised_span_maps_back_inside_the_original(text: str) -> None:
    normalized = normalize(text)
    for i in range(len(normalized.text)):
        start, end = normalized.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "Gaji",
                "15jt",
                "💰",
                "e\u0301",
                "<b>",
                "</b>",
                "&amp;",
                " ",
                "\n",
                "柬埔寨",
                "កម្ពុជា",
                "Telegram",
                "\u200b",
            ]
        ),
        max_size=30,
    )
)
@settings(max_examples=300, deadline=None)
def test_word_spans_round_trip(parts: list[str]) -> None:
    text = "".join(parts)
    normalized = normalize(text)
    index = normalized.text.find("Telegram")
    if index >= 0:
        start, end = normalized.to_original(index, index + len("Telegram"))
        assert text[start:end] == "Telegram"


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u00e9\u00a0<&")), max_size=60))
@settings(max_examples=300, deadline=None)
def test_fast_and_full_paths_agree(text: str) -> None:
    from model.preprocess import _fast_normalize

    fast = _fast_normalize(text)
    if fast is None:
        return
    full = normalize(text + "\u200b")  # an invisible character forces the full pass
    assert fast.text == full.text
    for i in range(len(fast.text)):
        assert fast.to_original(i, i + 1) == full.to_original(i, i + 1)


def test_to_original_keeps_combining_marks_with_their_letter() -> None:
    text = "cafe\u0301 ok"
    normalized = normalize(text)
    start, end = normalized.to_original(0, 4)
    assert text[start:end] == "cafe\u0301"


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
