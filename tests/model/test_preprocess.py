from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.preprocess import (
    _T2S,
    _UNUSUAL_SPACE,
    NormalizedText,
    _fast_normalize,
    _full_normalize,
    _simplified,
    normalize,
)


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


def _assert_same_normalisation(fast: NormalizedText, full: NormalizedText) -> None:
    assert fast.text == full.text
    # Spans map end points independently, so single characters cover them.
    for i in range(len(fast.text)):
        assert fast.to_original(i, i + 1) == full.to_original(i, i + 1)
    if fast.text:
        assert fast.to_original(0, len(fast.text)) == full.to_original(
            0, len(full.text)
        )


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u00e9\u00a0<&")), max_size=60))
@settings(max_examples=300, deadline=None)
def test_fast_and_full_paths_agree(text: str) -> None:
    fast = _fast_normalize(text)
    if fast is None:
        return
    _assert_same_normalisation(fast, _full_normalize(text))


# Markup that must take the full pass, markup that only looks like it (bare
# "&" and "<", unterminated entities and tags), whitespace of every kind and
# characters NFKC changes (NO-BREAK SPACE collapses like any space, "™"
# does not).
MARKUP_PIECES = st.sampled_from(
    [
        "&", "<", ">", ";", "S&K", "&amp;", "&AMP;", "&amp", "&nbsp;", "&#38;",
        "&#x26;", "&#xZZ;", "&#;", "&a;", "&ab;", "& amp;", "<b>", "</b>", "<B>",
        "<br/>", "<p class='x'>", "< b>", "<1>", "<>", "</>", "<a", "<!-- c -->",
        "<!--", "-->", "<script>x</script>", "<style>", "</script>", "a<b",
        "5 < 6", "x&y;", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u202f",
        "\u3000", "\u2028", "\x1c", "\x85", "\u200b", "\u00ad", "\ufe0f",
        "e\u0301", "\u0301", "™", "ﬁ", "Ｋ", "①", "é", "ß", "İ", "K", "😀",
        "柬埔寨", "Gaji", "15jt", "a", "b", "，", "ำ", "ﾊﾟ", "\u0344", "˜",
        "\u1100\u1161", "&NewLine;", "&#8203;", "&#xad;", "&trade;", "\x01",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(MARKUP_PIECES, st.text(max_size=4)), max_size=25))
@settings(max_examples=500, deadline=None)
def test_fast_path_returns_the_full_pass_or_nothing(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = _fast_normalize(text)
    full = _full_normalize(text)
    assert normalize(text, undisguise=False).text == _simplified(full).text
    if fast is not None:
        _assert_same_normalisation(fast, full)


def _reference_normalize(original: str) -> tuple[str, list[tuple[int, int]]]:  # noqa: C901
    """The full pass as first written, one token and one character at a
    time: (text, the original span of each character)."""
    import html
    import unicodedata

    from model import preprocess as p

    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pending: tuple[int, int, bool] | None = None

    def emit(chunk: str, begin: int, finish: int) -> None:
        nonlocal pending
        if pending is not None:
            if out:
                out.append("\n" if pending[2] else " ")
                spans.append((pending[0], pending[1]))
            pending = None
        out.append(chunk)
        spans.extend([(begin, finish)] * len(chunk))

    def add_space(begin: int, finish: int, newline: bool) -> None:
        nonlocal pending
        if pending is None:
            pending = (begin, finish, newline)
        else:
            pending = (pending[0], finish, pending[2] or newline)

    for match in p._TOKEN_RE.finditer(original):
        kind = match.lastgroup
        begin, finish = match.span()
        piece = match.group()
        if kind == "plain":
            for offset, char in enumerate(piece):
                folded = char if char.isascii() else unicodedata.normalize("NFKC", char)
                if not folded:
                    continue
                if folded.isspace():
                    add_space(begin + offset, begin + offset + 1, "\n" in folded)
                    continue
                emit(folded, begin + offset, begin + offset + 1)
        elif kind == "space":
            if all(char in p._INVISIBLE for char in piece):
                continue
            add_space(begin, finish, "\n" in piece or "\r" in piece)
        elif kind in ("tag", "block"):
            add_space(begin, finish, kind == "tag" and p._is_block_tag(piece))
        elif kind == "entity":
            decoded = html.unescape(piece)
            if decoded.strip() and not all(c in p._INVISIBLE for c in decoded):
                emit(unicodedata.normalize("NFKC", decoded), begin, finish)
            else:
                add_space(begin, finish, False)
        else:
            emit(piece, begin, finish)
    return "".join(out), spans


@given(st.lists(st.one_of(MARKUP_PIECES, st.text(max_size=4)), max_size=25))
@settings(max_examples=500, deadline=None)
def test_normalize_matches_the_plain_full_pass(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected_text, expected_spans = _reference_normalize(text)
    # normalize() also folds Traditional Chinese, one character for one.
    folded_text = expected_text.translate(_T2S)
    for normalized, wanted in (
        (normalize(text, undisguise=False), folded_text),
        (_full_normalize(text), expected_text),
    ):
        assert normalized.text == wanted
        assert [
            normalized.mapping.span(i, i + 1) for i in range(len(normalized.text))
        ] == expected_spans


@pytest.mark.parametrize(
    "text",
    [
        "PT S&K Jaya, gaji 5 < 6 juta",
        "Q&A: apply now & win",
        "Gaji\u00a0Rp\u00a015jt",
        "Loker &amp tanpa titik koma",
        "<3 kerja <b kurang",
    ],
)
def test_bare_ampersands_and_nbsp_stay_on_the_fast_path(text: str) -> None:
    fast = _fast_normalize(text)
    assert fast is not None
    _assert_same_normalisation(fast, _full_normalize(text))


@pytest.mark.parametrize(
    "text", ["a &amp; b", "<b>x</b>", "x<!-- c -->y", "caf\u00e9 \u2122", "a\u200bb"]
)
def test_markup_and_nfkc_take_the_full_pass(text: str) -> None:
    assert _fast_normalize(text) is None


@given(
    st.text(
        alphabet=st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\u00a0\u2028ab")), max_size=40
    )
)
@settings(max_examples=300, deadline=None)
def test_unusual_space_pattern_matches_its_plain_form(text: str) -> None:
    plain = re.compile(r"\s{2,}|[^\S \n]")
    assert [m.span() for m in _UNUSUAL_SPACE.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_to_original_keeps_combining_marks_with_their_letter() -> None:
    text = "cafe\u0301 ok"
    normalized = normalize(text)
    start, end = normalized.to_original(0, 4)
    assert text[start:end] == "cafe\u0301"


def test_control_characters_are_defined_once() -> None:
    """The full pass starts at the characters that are neither plain text
    nor whitespace: the forbidden control characters (model.ad) that are
    not whitespace, and the invisible ones."""
    from model import preprocess as p
    from model.ad import CONTROL_CHARS

    forbidden = re.compile(f"[{CONTROL_CHARS}]")
    ascii_chars = [chr(code) for code in range(0x80)]
    assert [c for c in ascii_chars if forbidden.match(c)] == [
        c for c in ascii_chars if (c < " " and c not in "\t\n\r") or c == "\x7f"
    ]
    started = {c for c in ascii_chars if forbidden.match(c) and not c.isspace()}
    assert {c for c in ascii_chars if p._CONTROL.match(c)} == started
    assert {c for c in ascii_chars if p._NEEDS_FULL_PASS.match(c)} == started


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("誠徵客服，工作地點：菲律賓馬尼拉", "诚征客服,工作地点:菲律宾马尼拉"),
        ("月薪台幣8萬 包機票", "月薪台币8万 包机票"),
        # Simplified text and characters Simplified also writes stay as they are.
        ("乾隆年间 著名 招聘客服", "乾隆年间 著名 招聘客服"),
        ("Loker CS di Kamboja", "Loker CS di Kamboja"),
    ],
)
def test_traditional_chinese_folds_one_for_one(original: str, expected: str) -> None:
    normalized = normalize(original)
    assert normalized.text == expected
    # One character for one: every character still maps to its original.
    for index in range(len(normalized.text)):
        start, end = normalized.to_original(index, index + 1)
        assert end - start == 1
        assert original[start].translate(_T2S) in (normalized.text[index], "，", "：")
