"""The document-type model, its data, and what it changes in verdicts."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone

from model.artifact import load_artifact
from model.detector import Detector
from model.doctype import (
    CUE_GROUPS,
    DOCTYPE_FILE,
    NOT_A_JOB_AD,
    DocTypeClassifier,
    dense_features,
)
from model.doctype_cues import FRAMING_CUE_COLUMNS
from training.generate import doctype_phrases as P
from training.generate.doctype import generate_texts, split_pool

SCAM_AD = (
    "Loker admin online Kamboja, gaji 15 juta, tiket PP ditanggung, tanpa "
    "pengalaman. Hubungi Telegram @hr_asia"
)


@pytest.fixture(scope="module")
def small_model() -> DocTypeClassifier:
    data = generate_texts(25, seed=3, split="train")
    return DocTypeClassifier(n_features=2**15).fit(
        data["text"].tolist(), data["doctype"].to_numpy()
    )


def test_held_out_templates_are_never_used_for_training() -> None:
    pools = [
        *(pool for lang in P.WARN.values() for pool in lang.values()),
        *(pool for lang in P.OTHER.values() for pool in lang.values()),
        *(pool for lang in P.PROMO.values() for pool in lang.values()),
    ]
    for pool in pools:
        train, test = split_pool(pool, "train"), split_pool(pool, "test")
        assert test, pool
        assert not set(train) & set(test)
        assert set(train) | set(test) == set(pool)


def test_generator_covers_every_language_and_class() -> None:
    data = generate_texts(8, seed=1, split="test")
    counts = data.groupby(["lang", "doctype"]).size()
    assert set(data["lang"]) == set(P.LANGS)
    assert len(counts) == len(P.LANGS) * 4
    # Warnings carry the red-flag vocabulary of scam ads.
    warnings = " ".join(data.loc[data["doctype"] == "warning_or_news", "text"])
    assert "Telegram" in warnings or "telegram" in warnings.lower()


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("waspada! ini modus penipuan", "warn"),
        ("beware of this scam", "warn"),
        ("cảnh báo lừa đảo việc làm", "warn"),
        ("警惕境外高薪诈骗", "warn"),
        ("เตือนภัย มิจฉาชีพ", "warn"),
        ("babala: mag-ingat sa scam", "warn"),
        ("the police said on monday", "news"),
        ("dijual honda beat harga nego", "sale"),
        ("lost cat, reward offered", "lost"),
        ("lowongan kerja staf gudang, kirim lamaran", "job"),
        ("slot gacor deposit 10rb", "promo"),
        # Khmer (stop 26): warning, news, advice, sale
        ("ប្រយ័ត្នការបោកប្រាស់តាមអនឡាញ", "warn"),
        ("ប៉ូលិសបានចាប់ខ្លួនជនសង្ស័យ", "news"),
        ("កុំជឿការផ្សាយនេះ", "advice"),
        ("លក់បន្ទាន់ ម៉ូតូ តម្លៃ 900$", "sale"),
    ],
)
def test_cue_features_find_framing_words(text: str, group: str) -> None:
    values = dense_features(text)
    assert values[CUE_GROUPS.index(group)] > 0


def test_estimator_contract(small_model: DocTypeClassifier) -> None:
    texts = ["WASPADA! Ini penipuan: " + SCAM_AD, SCAM_AD, "42"]
    probabilities = small_model.predict_proba(texts)
    assert probabilities.shape == (3, len(small_model.classes_))
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-6)
    assert list(small_model.predict(texts)) == [
        small_model.classes_[i] for i in probabilities.argmax(axis=1)
    ]
    assert clone(small_model).get_params() == small_model.get_params()
    again = pickle.loads(pickle.dumps(small_model))
    np.testing.assert_allclose(again.predict_proba(texts), probabilities)
    kind, probability, p_job = small_model.classify(SCAM_AD.lower())
    assert kind in small_model.classes_ and 0 <= p_job <= 1 and probability > 0


def test_fit_rejects_a_single_class() -> None:
    with pytest.raises(ValueError, match="two classes"):
        DocTypeClassifier().fit(["a", "b"], ["job_ad", "job_ad"])


# --- in the detector (the tiny artifact carries a document-type model) -----

NOT_ADS = [
    ("WASPADA! Ini modus penipuan: " + SCAM_AD + " Jangan tergiur, laporkan!", "id"),
    (
        "SCAM ALERT: posts offering customer service jobs in Cambodia with a free "
        "flight, no experience needed, contact on Telegram. Police said 45 "
        "victims were rescued. Please share.",
        "en",
    ),
    ("DIJUAL Honda Beat 2019, harga Rp 9,5 juta nego. WA 0812-3456-7890", "id"),
    (
        "Used car for sale: 2016 Toyota Camry, USD 12,000. WhatsApp +62 812 3456 7890",
        "en",
    ),
    ("42", "en"),
    ("https://example.com/abc", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_ADS)
def test_confident_non_ads_are_low_with_a_notice(
    tiny_detector: Detector, text: str, lang: str
) -> None:
    verdict = tiny_detector.score_one(text, message_language=lang)
    assert verdict.document_type in {"warning_or_news", "other", "other_scam_or_promo"}
    assert verdict.document_type_probability is not None
    assert verdict.risk == "low"
    assert [n.code for n in verdict.notices] == [NOT_A_JOB_AD]
    assert verdict.notices[0].message


def test_warning_keeps_its_flags_and_assume_job_ad_gives_the_scam_score(
    tiny_detector: Detector,
) -> None:
    text = NOT_ADS[0][0]
    default = tiny_detector.score_one(text)
    plain = tiny_detector.score_one(text, assume_job_ad=True)
    assert default.flags and {f.rule_id for f in default.flags} == {
        f.rule_id for f in plain.flags
    }
    assert plain.notices == ()
    assert plain.document_type == default.document_type
    assert plain.score >= default.score
    assert plain.risk != "low"


def test_wrapping_a_scam_ad_in_a_warning_turns_it_into_a_warning(
    tiny_detector: Detector,
) -> None:
    ad = tiny_detector.score_one(SCAM_AD)
    assert ad.document_type == "job_ad" and ad.risk != "low" and not ad.notices
    wrapped = tiny_detector.score_one(
        'WASPADA! This is a scam: "' + SCAM_AD + '" Jangan tergiur, laporkan ke '
        "polisi dan bagikan peringatan ini."
    )
    assert wrapped.document_type == "warning_or_news"
    assert wrapped.risk == "low"


def test_models_without_a_document_type_keep_working(tiny_model_dir: Path) -> None:
    artifact = load_artifact(tiny_model_dir)
    assert DOCTYPE_FILE in artifact.models
    older = Detector(replace(artifact, models={}))
    verdict = older.score_one(NOT_ADS[2][0])
    assert verdict.document_type is None and verdict.document_type_probability is None
    assert verdict.notices == ()


def test_a_warning_needs_a_word_of_warning(small_model: DocTypeClassifier) -> None:
    """Without a warning, news, advice or personal-account cue in any
    language, the warning class is ruled out and its probability goes to
    job_ad; with one, the model decides as trained."""
    plain = SCAM_AD.lower()
    assert not dense_features(plain)[list(FRAMING_CUE_COLUMNS)].any()
    warned = "waspada! ini modus penipuan: " + plain
    framed = small_model.predict_proba([plain, warned])
    classes = list(small_model.classes_)
    assert framed[0, classes.index("warning_or_news")] == pytest.approx(0.0, abs=1e-9)
    # The mass moved to job_ad: the same as the model's job_ad + warning.
    small_model.warning_needs_framing = False
    try:
        unframed = small_model.predict_proba([plain])[0]
    finally:
        small_model.warning_needs_framing = True
    job, warning = classes.index("job_ad"), classes.index("warning_or_news")
    assert framed[0, job] == pytest.approx(unframed[job] + unframed[warning])
    assert small_model.predict([warned])[0] == "warning_or_news"
