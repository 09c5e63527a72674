"""The direct scorer must reproduce the pipeline it was read from, exactly."""

from __future__ import annotations

import copy
import threading

import numpy as np
import pytest

from model import linear_scorer
from model.detector import PROBE_ADS, Detector, _verified_scorer
from model.features import prepare
from model.linear_scorer import AGREEMENT_TOLERANCE, LinearScorer
from model.pipeline import build_boosted_pipeline
from training.generate import generate_ads

EDGE_ADS = [
    "",  # nothing left after normalisation
    "a",
    "🔥🔥🔥",
    "gaji gaji gaji gaji gaji 15 juta 15 juta 15 juta",  # repeated n-grams
    "İSTANBUL ΣΟΦΟΣ straße",  # lower() changes the length
    "高薪招聘客服，月薪2万，包机票",
    "ជ្រើសរើសបុគ្គលិក ប្រាក់ខែខ្ពស់",
    "x" * 5000,
    "Admin online Kamboja 🇰🇭 gaji $1.500 <b>tiket PP</b> &amp; visa ditanggung",
]


@pytest.fixture(scope="module")
def ads(tiny_detector: Detector) -> list:
    texts = [*PROBE_ADS, *EDGE_ADS, *generate_ads(120, seed=3)["text"].tolist()]
    return [prepare(text, tiny_detector.registry) for text in texts]


@pytest.fixture(scope="module")
def scorer(tiny_detector: Detector) -> LinearScorer:
    return LinearScorer(tiny_detector.pipeline)


def test_probabilities_equal_the_pipelines(
    tiny_detector: Detector, scorer: LinearScorer, ads: list
) -> None:
    expected = tiny_detector.pipeline.predict_proba(ads)[:, 1]
    np.testing.assert_allclose(scorer.predict_proba(ads), expected, atol=1e-9)


def test_batches_split_into_passes_score_the_same(
    monkeypatch: pytest.MonkeyPatch, scorer: LinearScorer, ads: list
) -> None:
    whole = scorer.predict_proba(ads)
    monkeypatch.setattr(linear_scorer, "_CHARS_PER_PASS", 50)
    np.testing.assert_allclose(scorer.predict_proba(ads), whole, atol=1e-12)


def test_one_ad_at_a_time_scores_the_same(scorer: LinearScorer, ads: list) -> None:
    whole = scorer.predict_proba(ads)
    single = np.array([scorer.predict_proba([ad])[0] for ad in ads])
    np.testing.assert_allclose(single, whole, atol=1e-12)


def test_concurrent_threads_do_not_disturb_each_other(
    scorer: LinearScorer, ads: list
) -> None:
    expected = scorer.predict_proba(ads)
    results: list[np.ndarray] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                results.append(scorer.predict_proba(ads))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    for result in results:
        np.testing.assert_allclose(result, expected, atol=1e-12)


def test_an_empty_batch_scores_nothing(scorer: LinearScorer) -> None:
    assert scorer.predict_proba([]).shape == (0,)


def test_the_detector_scores_with_the_verified_scorer(tiny_detector: Detector) -> None:
    assert tiny_detector._scorer is not None
    # As a job ad: the document-type model would lower the score of non-ads.
    verdicts = tiny_detector.score(list(PROBE_ADS), explain=False, assume_job_ad=True)
    prepared = [prepare(text, tiny_detector.registry) for text in PROBE_ADS]
    expected = tiny_detector.pipeline.predict_proba(prepared)[:, 1]
    raised = [bool(verdict.notices) for verdict in verdicts]
    got = np.array([verdict.score for verdict in verdicts])
    # Scores keep 6 decimals; a rule with a floor may raise one (and says so).
    np.testing.assert_allclose(
        got[~np.array(raised)], expected[~np.array(raised)], atol=1e-6
    )
    for verdict, probability in zip(verdicts, expected, strict=True):
        if verdict.notices:
            assert [n.code for n in verdict.notices] == ["RED_FLAG_PATTERN"]
            assert verdict.score >= probability


def test_a_scorer_that_disagrees_is_not_used(
    tiny_detector: Detector, scorer: LinearScorer, ads: list
) -> None:
    changed = copy.deepcopy(tiny_detector.pipeline)
    for fold in changed.named_steps["classifier"].calibrated_classifiers_:
        fold.estimator.coef_ = fold.estimator.coef_ * 1.5
    agrees, difference = scorer.agrees_with_pipeline(changed, ads)
    assert not agrees
    assert difference > AGREEMENT_TOLERANCE


def test_other_pipeline_shapes_keep_the_pipeline(tiny_detector: Detector) -> None:
    texts = generate_ads(200, seed=4)
    boosted = build_boosted_pipeline(svd_components=8, max_iter=20)
    boosted.set_params(
        features__word__min_df=1,
        features__char__n_features=2**12,
        features__char__min_df=1,
    )
    boosted.fit(texts["text"].tolist(), texts["label"].to_numpy(dtype=int))
    assert not LinearScorer.supports(boosted)
    assert _verified_scorer(boosted, tiny_detector.registry) is None
    with pytest.raises(ValueError, match="build_linear_pipeline"):
        LinearScorer(boosted)


def test_scoring_with_explanations_gives_the_same_scores(
    tiny_detector: Detector, scorer: LinearScorer, ads: list
) -> None:
    explained = np.array([scorer.score_explained(ad)[0] for ad in ads])
    np.testing.assert_allclose(explained, scorer.predict_proba(ads), atol=1e-12)
    texts = [*PROBE_ADS, *EDGE_ADS[1:]]
    with_reasons = tiny_detector.score(texts, explain=True)
    without = tiny_detector.score(texts, explain=False)
    assert [v.score for v in with_reasons] == [v.score for v in without]
    assert [v.risk for v in with_reasons] == [v.risk for v in without]
