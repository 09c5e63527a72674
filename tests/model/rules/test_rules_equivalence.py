"""The fast paths of the rule engine and structural features agree with the
plain definitions they replace (prefilters never drop a rule or pattern
that could match; rewritten regexes count the same)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import features
from model.preprocess import normalize
from model.rules import salary
from model.rules.gates import gate_open
from model.rules.prefilter import _ASCII_WORD, _LiteralFinder
from model.rules.registry import RuleRegistry
from model.rules.validators import MatchContext
from model.verdict import RuleHit

REGISTRY = RuleRegistry.from_paths([], include_builtin=True)

WORDS = [
    "Kamboja", "KAMBOJA", "Phnom Penh", "tiket PP ditanggung", "gaji 15jt/bulan",
    "Rp 15.000.000", "$1.5k", "USD 1,200", "RM3,500", "tanpa pengalaman",
    "visa kerja diurus setelah sampai", "Telegram @hrd", "t.me/hrd_kh",
    "wa.me/6281234567",
    "paspor dipegang perusahaan", "柬埔寨", "包吃住", "机票报销", "客服", "กัมพูชา",
    "កម្ពុជា", "việc nhẹ lương cao", "K4mb0ja", "bit.ly/abc", "s.id/x",
    "biaya pendaftaran",
    "judi online", "no experience", "free flight", "🇰🇭", "35 WPM", "don't tell",
    "pura-pura liburan", "CS", "customer service", "manager", "engineer", "Jakarta",
    "Myanmar", "Laos", "lao", "Singapore", "WhatsApp", "WA", "w.a", "fb", "inbox",
    "DM", "tele", "TG", "https://x.co/a", "www.example.com", "a.b+c@mail.co.id",
    "+62 812-3456-7890", "(021) 555 1234", "08123456789", "元", "¥", "฿", "IDR", "US$",
    "ı", "ſ", "İ", "K", "ß", "ﬁ", "Σ", "ǅ", "é", "!", "\n", " ", ".", "/", "-", "@",
    "CS", "cs", "Cs", "VOA", "voa", "S&K", "&amp;", "<b>", "don't", "pura-pura",
    "sihanoukville", "lương", "kamboja gaji 2000 USD", "customer service manager",
]  # fmt: skip
TEXTS = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=30
).map("".join)
SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _reference_structure(text: str) -> np.ndarray:
    """structure_counts() as first written: the definitions, run one by one."""
    length = len(text)
    # The capital and digit shares leave links out.
    prose = features._URL_RE.sub(" ", text)
    letters = sum(map(str.isalpha, prose)) or 1
    values = [
        min(math.log1p(length) / math.log1p(20_000), 1.0),
        features._squash(len(features._URL_RE.findall(text)), 2),
        features._squash(len(features._PHONE_RE.findall(text)), 2),
        features._squash(len(features._CURRENCY_RE.findall(text)), 3),
        features._squash(len(features._EMOJI_RE.findall(text)), 4),
        features._squash(text.count("!"), 4),
        sum(map(str.isupper, prose)) / letters,
        min(sum(map(str.isdigit, prose)) / max(len(prose), 1) * 5, 1.0),
    ]
    values.extend(
        1.0 if pattern.search(text) else 0.0 for pattern in features._CHANNELS.values()
    )
    return np.asarray(values, dtype=np.float32)


@SETTINGS
@given(TEXTS)
def test_structure_matches_its_definition(text: str) -> None:
    for variant in (text, normalize(text).text):
        expected = _reference_structure(variant)
        assert features.structure_counts(variant).tobytes() == expected.tobytes(), (
            variant
        )


def _reference_candidates(registry: RuleRegistry, ctx: MatchContext) -> set[int]:
    """The prefilter as first written: one substring test per literal."""
    folded = ctx.text.casefold().encode("utf-8")
    candidates = set(registry._prefilter._always)
    for token in set(_ASCII_WORD.findall(folded)):
        candidates.update(registry._prefilter._token_index.get(token, ()))
    for position, literals in registry._prefilter._ascii_by_rule:
        if any(literal in folded for literal in literals):
            candidates.add(position)
    if not folded.isascii():
        for script, items in registry._prefilter._script_literals:
            if script is not None and script.search(ctx.text) is None:
                continue
            for literal, positions in items:
                if literal in folded:
                    candidates.update(positions)
    return candidates


@SETTINGS
@given(TEXTS)
def test_prefilter_matches_substring_tests(text: str) -> None:
    ctx = MatchContext(normalize(text).text)
    found = REGISTRY._candidates(ctx)
    assert found == _reference_candidates(REGISTRY, ctx)


@SETTINGS
@given(TEXTS)
def test_pattern_gates_never_skip_a_match(text: str) -> None:
    ctx = MatchContext(normalize(text).text)
    REGISTRY._candidates(ctx)
    if ctx.lowered is None:
        return
    for compiled in REGISTRY._compiled:
        for regex, gate in compiled._lower_gated:
            if gate is not None and regex.search(ctx.lowered):
                assert gate_open(gate, ctx.folded, ctx.lowered, ctx.words)
                assert gate_open(gate, ctx.folded, ctx.lowered, None)


@SETTINGS
@given(TEXTS)
def test_registry_picks_the_phrases_each_rule_would(text: str) -> None:
    ctx = MatchContext(normalize(text).text)
    candidates, phrases = REGISTRY._prefilter.select(ctx)
    assert set(phrases) <= candidates
    for position, compiled in enumerate(REGISTRY._compiled):
        expected = compiled.phrase_indices(ctx)
        assert sorted(phrases.get(position, [])) == sorted(expected)
        if position in candidates:
            assert compiled.find(ctx, phrases.get(position, ())) == compiled.find(ctx)


@SETTINGS
@given(TEXTS)
def test_case_sensitive_gates_never_skip_a_match(text: str) -> None:
    normalized = normalize(text).text
    for compiled in REGISTRY._compiled:
        for regex, needles in compiled._gated_regexes:
            if needles is not None and regex.search(normalized):
                assert any(needle in normalized for needle in needles)


@SETTINGS
@given(TEXTS)
def test_match_builds_hits_as_the_spans_say(text: str) -> None:
    """match() as first written: one RuleHit per span, sorted."""
    norm = normalize(text)
    expected = []
    for rule_id, spans in REGISTRY.match_spans(norm.text).items():
        for start, end in spans:
            orig_start, orig_end = norm.to_original(start, end)
            expected.append(
                RuleHit(
                    rule_id=rule_id,
                    start=orig_start,
                    end=orig_end,
                    text=text[orig_start:orig_end],
                    weight=REGISTRY.get(rule_id).weight,
                )
            )
    expected.sort(key=lambda hit: (hit.start, hit.end, hit.rule_id))
    assert REGISTRY.match(norm) == expected


def test_word_memo_survives_being_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    import model.rules.prefilter as prefilter_module

    registry = RuleRegistry.from_paths([], include_builtin=True)
    monkeypatch.setattr(prefilter_module, "_WORD_MEMO_SIZE", 5)
    texts = [normalize(word + " kerja di Kamboja, visa").text for word in WORDS]
    for text in texts * 2:
        assert registry.match_spans(text) == REGISTRY.match_spans(text)


@SETTINGS
@given(TEXTS)
def test_country_and_role_match_the_case_insensitive_search(text: str) -> None:
    for variant in (text, text.upper(), normalize(text).text):
        country = next(
            (c for c, pattern in salary._COUNTRY_RES if pattern.search(variant)), None
        )
        role = next(
            (r for r, pattern in salary._ROLE_RES if pattern.search(variant)),
            "unknown",
        )
        assert salary.country_in_text(variant) == country
        assert salary.detect_role(variant) == role
        # The words the registry's prefilter found only save substring
        # tests: the same answer as without them, on the same lowered text.
        ctx = MatchContext(variant)
        REGISTRY._candidates(ctx)
        assert ctx.words is not None
        assert salary.country_in_text(
            variant, ctx.lowered, ctx.words
        ) == salary.country_in_text(variant, ctx.lowered)
        assert salary.role_in_text(
            variant, ctx.lowered, ctx.words
        ) == salary.role_in_text(variant, ctx.lowered)
        assert salary.detect_work_country(variant, "IDR") == (country or "ID")


@pytest.mark.parametrize("factor", [1.5, 2.0, 3.0])
def test_norm_bounds_hold_every_country_and_role(factor: float) -> None:
    countries = [*salary.WAGE_NORMS_USD, "ZZ"]
    roles = [*salary.ROLE_MULTIPLIERS, "other"]
    lowest, highest = salary.norm_bounds(factor)
    for country in countries:
        low_c, high_c = salary.norm_bounds(factor, country)
        assert lowest <= low_c <= high_c <= highest
        for role in roles:
            assert low_c <= factor * salary.wage_norm_usd(country, role) <= high_c


@SETTINGS
@given(
    st.lists(st.sampled_from(["包", "吃", "住", "包吃", "机票", "客服", "x", "吃住"]))
)
def test_literal_finder_sees_overlapping_literals(pieces: list[str]) -> None:
    literals = ["包吃住", "包吃", "吃住", "客服", "机票报销"]
    finder = _LiteralFinder(
        [(literal.encode(), [index]) for index, literal in enumerate(literals)]
    )
    text = "".join(pieces)
    found: set[int] = set()
    finder.add_found(text, found)
    assert found == {i for i, literal in enumerate(literals) if literal in text}
