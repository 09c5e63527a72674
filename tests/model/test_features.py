from __future__ import annotations

import numpy as np
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from model.features import (
    STRUCTURAL_FEATURES,
    HashedCharTfidf,
    PreparedAd,
    RuleHitFeatures,
    StructuralFeatures,
    make_word_tfidf,
    ngram_text,
    normalized_lowercase,
    prepare,
    structure_counts,
)


@parametrize_with_checks(
    [
        StructuralFeatures(),
        RuleHitFeatures(rule_ids=["a.v1", "b.v1"]),
        HashedCharTfidf(n_features=2**10, min_df=1),
    ]
)
def test_custom_steps_obey_the_estimator_contract(estimator, check) -> None:  # type: ignore[no-untyped-def]
    check(estimator)


ADS = [
    "Loker CS Kamboja gaji 15jt, tiket PP ditanggung. DM Telegram t.me/hrd_cs 🔥🔥",
    "Admin gudang Surabaya, gaji UMR, kirim lamaran ke hrd@pt-maju.co.id",
]


@pytest.mark.parametrize("shape", ["strings", "prepared", "two_d"])
def test_steps_accept_every_documented_input_shape(shape: str) -> None:
    if shape == "strings":
        X: object = ADS
    elif shape == "prepared":
        X = [prepare(ad) for ad in ADS]
    else:
        X = np.array([[ad] for ad in ADS], dtype=object)
    structure = StructuralFeatures().fit(X).transform(X)
    assert structure.shape == (2, len(STRUCTURAL_FEATURES))
    assert ((structure >= 0) & (structure <= 1)).all()
    rules = RuleHitFeatures().fit(X)
    matrix = rules.transform(X)
    assert matrix.shape == (2, len(rules.rule_ids_) + 1)
    # The scam ad fires more rules than the warehouse job.
    assert matrix[0].sum() > matrix[1].sum()


def test_prepared_and_raw_inputs_give_the_same_features() -> None:
    prepared = [prepare(ad) for ad in ADS]
    rules = RuleHitFeatures().fit(ADS)
    assert (rules.transform(ADS) != rules.transform(prepared)).nnz == 0
    assert normalized_lowercase(prepared[0]) == normalized_lowercase(ADS[0])


def test_prepared_ads_without_offsets_are_still_features() -> None:
    light = prepare(ADS[0], keep_offsets=False)
    assert isinstance(light, PreparedAd) and light.normalized is None
    assert StructuralFeatures().fit([light]).transform([light]).shape[0] == 1


def test_hashed_char_ngrams_are_stable_and_script_agnostic() -> None:
    from model.features import hashed_char_ngrams

    for text in ["tiket pp ditanggung", "柬埔寨高薪", "កម្ពុជា"]:
        first, positions = hashed_char_ngrams(text, (2, 5), 2**20)
        again, _ = hashed_char_ngrams(text, (2, 5), 2**20)
        assert (first == again).all() and len(first) == len(positions) > 0
    # The same n-gram hashes to the same column wherever it occurs.
    a, _ = hashed_char_ngrams("ab", (2, 2), 2**20)
    b, _ = hashed_char_ngrams("xab", (2, 2), 2**20)
    assert a[0] == b[1]


def test_hashed_tfidf_rows_are_unit_length_and_spelling_tolerant() -> None:
    docs = ["tiket pp ditanggung", "tiket pp di tanggung", "admin gudang surabaya"]
    matrix = HashedCharTfidf(n_features=2**16, min_df=1).fit(docs).transform(docs)
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
    assert np.allclose(norms, 1.0, atol=1e-5)
    similarity = (matrix @ matrix.T).toarray()
    assert similarity[0, 1] > 0.6 > similarity[0, 2]


@pytest.mark.parametrize(
    "link",
    ["https://jobs.example.com/a/job/1?title=%E1%9E%95%E1%9E%9B%E1%9E%B7%E1%9E%8F",
     "www.example.com/JOB/2024/0001"],
)  # fmt: skip
def test_capital_and_digit_shares_leave_links_out(link: str) -> None:
    prose = "Sales assistant in Phnom Penh, apply by email"
    shares = [STRUCTURAL_FEATURES.index(n) for n in ("upper_share", "digit_share")]
    with_link = structure_counts(f"{prose} {link}")
    assert with_link[shares].tolist() == structure_counts(prose)[shares].tolist()
    assert with_link[STRUCTURAL_FEATURES.index("urls")] > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiket gratis ke Phnom Penh, tanpa pengalaman",
            "tiket gratis ke ··········, tanpa pengalaman",
        ),
        ("Loker CS di Kamboja (Sihanoukville)", "loker cs di ······· (·············)"),
        ("柬埔寨西港招聘客服", "·····招聘客服"),
        ("งานที่ปอยเปต", "งานที่······"),
        # Only whole Latin-script names: "Kambojaku" and "Myanmarese" stay.
        ("Kambojaku, Myanmarese", "kambojaku, myanmarese"),
    ],
)
def test_ngram_text_blanks_scam_hub_names(text: str, expected: str) -> None:
    """Place names reach the score through the destination rules only; the
    n-grams see a mask of the same length, so offsets still hold."""
    masked = ngram_text(text)
    assert masked == expected
    assert len(masked) == len(text.lower())


def test_naming_a_hub_adds_the_same_ngrams_wherever_it_is() -> None:
    word = make_word_tfidf(min_df=1).fit(["kerja di Phnom Penh", "kerja di Bavet"])
    rows = word.transform(["kerja di Phnom Penh", "kerja di Bavet"]).toarray()
    np.testing.assert_allclose(rows[0], rows[1])
