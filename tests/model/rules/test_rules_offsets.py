"""Property: evidence offsets always index the original text exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.rules.registry import RuleRegistry

REGISTRY = RuleRegistry.from_paths([], include_builtin=True)

PHRASES = [
    "Kamboja", "KAMBOJA", "Phnom  Penh", "tiket PP ditanggung", "gaji 15jt/bulan",
    "Rp 15.000.000", "$1.5k", "tanpa pengalaman", "visa turis", "Telegram @hrd",
    "paspor dipegang perusahaan", "柬埔寨", "包吃住", "机票报销", "กัมพูชา",
    "កម្ពុជា", "việc nhẹ lương cao", "K4mb0ja", "bit.ly/abc", "biaya pendaftaran",
    "judi online", "no experience", "free flight", "🇰🇭", "35 WPM",
]  # fmt: skip
NOISE = st.sampled_from(
    [
        " ", "\n", "\t", "<p>", "</p>", "<br/>", "&amp;", "&nbsp;", "&#x1F600;",
        "😀", "👍🏽", "🇮🇩", "e\u0301", "a\u0308", "\u200b", "\u00ad", "\ufe0f",
        "İ", "ß", "ﬁ", "①", "Ｋａｍｂｏｊａ", "ลา", "សួស្តី", "你好", "loker",
        "gaji", "<script>x</script>", "<!-- c -->", "<", "&", ".", "!", "—",
    ]
)  # fmt: skip
PIECES = st.one_of(NOISE, st.sampled_from(PHRASES), st.text(max_size=8))


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(PIECES, max_size=25).map("".join))
def test_every_hit_indexes_the_original(text: str) -> None:
    for hit in REGISTRY.match(text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.text
        assert hit.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(PHRASES), min_size=1, max_size=4),
    st.lists(NOISE, min_size=1, max_size=6),
)
def test_inserted_phrases_are_found_through_noise(
    phrases: list[str], noise: list[str]
) -> None:
    text = " ".join(n + " " + p for n, p in zip(noise * 4, phrases, strict=False))
    hits = REGISTRY.match(text)
    assert hits, text
    for hit in hits:
        assert text[hit.start : hit.end] == hit.text
