from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import disguise
from model.features import default_registry
from model.homoglyphs import HOMOGLYPHS
from model.preprocess import normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # invisible characters: format (Cf), bidi, CGJ, variation selectors
        ("K\u2063a\u2063m\u2063b\u2063o\u2063j\u2063a", "Kamboja"),
        ("Loker \u200eKamboja", "Loker Kamboja"),
        ("Phnom\u202e Penh\u202c", "Phnom Penh"),
        ("Tele\u034fgram", "Telegram"),
        ("gaji \u2066 besar", "gaji besar"),
        ("\u200f\u2063", ""),
        # look-alike letters in Latin words
        ("K\u0430mboja", "Kamboja"),
        ("\u0422\u0435l\u0435gr\u0430m", "Telegram"),
        ("\u041a\u0410\u041c\u0412\u041e\u0408\u0410", "KAMBOJA"),
        ("\u039cyanmar", "Myanmar"),
        # fullwidth (NFKC)
        ("\uff2b\uff41\uff4d\uff42\uff4f\uff4a\uff41", "Kamboja"),
        # leet, in words that are mostly letters
        ("Kamb0dia", "Kambodia"),
        ("T3legram", "Telegram"),
        ("Phn0m P3nh", "Phnom Penh"),
        ("Te1egram", "Telegram"),
        ("C@mbodia!", "Cambodia!"),
        ("K4MB0JA", "KAMBOJA"),
        # spaced-out letters and WhatsApp spellings
        ("T e l e g r a m", "Telegram"),
        ("K.a.m.b.o.j.a", "Kamboja"),
        ("K e r j a  d i  K a m b o j a", "Kerja di Kamboja"),
        ("K 4 m b 0 j a", "Kamboja"),
        # evenly spaced words: known words tell where one ends (stop 26)
        ("H i r i n g t y p i s t s", "Hiring typists"),
        ("F r e e a c c o m m o d a t i o n", "Free accommodation"),
        ("k e r j a d i k a n t o r", "kerja di kantor"),
        ("w o r k i n g", "working"),
        ("hubungi w.a 0812", "hubungi wa 0812"),
        ("chat W A sekarang", "chat WA sekarang"),
        ("wa dot me/62812", "wa.me/62812"),
        ("t [dot] me/hr", "t.me/hr"),
    ],
)
def test_disguises_are_undone(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gaji Rp5jt, S1/D3, 15jt, USD1500, Win10, 1st, B2B, 4G, COVID19",
        "Email hrd@majujaya.co.id atau @job4u, https://t.me/hr_4you",
        "Tuyển nhân viên lương cao tại Campuchia",
        "ជ្រើសរើសបុគ្គលិក ប្រាក់ខែខ្ពស់",
        "高薪招聘客服，包吃包住",
        "รับสมัครพนักงาน เงินเดือนสูง",
        "Работа в офисе",
        "Kerja di Jakarta, a b c",
        "Nomor 0 8 1 2",
        "Kode pos 12345, RT 03/RW 05",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert normalize(text).text == normalize(text, undisguise=False).text


def test_disabled_restores_the_plain_normalisation() -> None:
    text = "K\u0430mb0dia T e l e g r a m"
    with disguise.disabled():
        assert normalize(text).text == normalize(text, undisguise=False).text
    assert normalize(text).text == "Kambodia Telegram"


def _cyrillic(word: str) -> str:
    reverse = {target: char for char, target in HOMOGLYPHS.items() if char >= "\u0400"}
    return "".join(reverse.get(char, char) for char in word)


DISGUISES = {
    "plain": lambda word: word,
    "format": lambda word: "\u2063".join(word),
    "bidi": lambda word: "\u200e" + word + "\u200f",
    "homoglyph": _cyrillic,
    "spaced": lambda word: " ".join(word),
    "dotted": lambda word: ".".join(word),
    "fullwidth": lambda word: "".join(chr(ord(c) + 0xFEE0) for c in word),
    "leet": lambda word: word.replace("o", "0").replace("e", "3"),
}
KEYWORDS = ["Telegram", "Kamboja", "Myanmar", "Cambodia"]


@given(
    st.lists(
        st.one_of(
            st.tuples(st.sampled_from(KEYWORDS), st.sampled_from(sorted(DISGUISES))),
            st.sampled_from(
                ["gaji 15jt", "<b>", "&amp;", "\u200b", "柬埔寨", "💵", "\u2063", "."]
            ),
        ),
        max_size=12,
    )
)
@settings(max_examples=200, deadline=None)
def test_undisguised_words_point_at_their_original_characters(
    parts: list[tuple[str, str] | str],
) -> None:
    pieces = []
    for part in parts:
        if isinstance(part, tuple):
            word, kind = part
            pieces.append(DISGUISES[kind](word))
        else:
            pieces.append(part)
    text = "  ".join(pieces)
    normalized = normalize(text)
    for i in range(len(normalized.text)):
        start, end = normalized.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)
    lowered = normalized.text.lower()
    for word in KEYWORDS:
        index = lowered.find(word.lower())
        if index < 0:
            continue
        start, end = normalized.to_original(index, index + len(word))
        # The original span is the disguised word itself: normalising it
        # alone gives the word back.
        assert normalize(text[start:end]).text.lower().strip() == word.lower()


@given(st.text(max_size=120))
@settings(max_examples=300, deadline=None)
def test_any_text_maps_back_inside_the_original(text: str) -> None:
    normalized = normalize(text)
    for i in range(len(normalized.text)):
        start, end = normalized.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        ("Kerja di K\u0430mboja", "destination_cambodia.v1"),
        (
            "Kerja di K\u2063a\u2063m\u2063b\u2063o\u2063j\u2063a",
            "destination_cambodia.v1",
        ),
        ("Office in Phn0m P3nh", "destination_cambodia.v1"),
        ("Hubungi T e l e g r a m", "contact_telegram.v1"),
    ],
)
def test_rule_evidence_points_at_the_disguised_original(
    text: str, rule_id: str
) -> None:
    hits = [
        hit
        for hit in default_registry().match(normalize(text))
        if hit.rule_id == rule_id
    ]
    assert hits
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
        assert normalize(hit.text).text.lower() in normalize(text).text.lower()
