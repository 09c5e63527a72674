"""Detector behaviour on a real small model: offsets, errors, invariances."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.detector import Detector
from model.errors import AdTooLongError, EmptyAdError, InvalidAdError
from model.rules.registry import RuleRegistry

SCAM_ID = (
    "LOKER CS ONLINE KAMBOJA 🔥 Gaji 15jt/bulan, tanpa pengalaman, tiket PP "
    "ditanggung, visa & mess gratis. Paspor diserahkan ke agen. Berangkat minggu "
    "ini, slot terbatas! DM Telegram t.me/hrd_kh"
)
SCAM_EN = (
    "HIRING customer service for a foreign company in Phnom Penh, Cambodia. Salary "
    "USD 1,500, no experience needed, free flight, visa and housing. Travel on a "
    "tourist visa, work permit after arrival. Contact Telegram only, limited slots!"
)
LEGIT_ID = (
    "PT Sinar Maju Logistik membuka lowongan Staf Administrasi di Surabaya. "
    "Kualifikasi: minimal D3, pengalaman 1 tahun, menguasai Excel. Gaji sesuai UMR. "
    "Lamaran dikirim melalui email rekrutmen@sinarmaju.co.id. Kami tidak memungut "
    "biaya apa pun."
)
LEGIT_EN = (
    "Front office receptionist at a 4-star hotel in Jakarta. Requirements: diploma "
    "in hospitality, good English, 1 year experience. Salary IDR 5.5 million plus "
    "BPJS. Apply via our careers page with CV."
)
LURE = (
    " Free flights and visa to Cambodia, no experience, salary USD 1,500, "
    "contact Telegram."
)


def test_scores_are_probabilities_and_risk_follows_thresholds(tiny_detector) -> None:
    verdicts = tiny_detector.score([SCAM_ID, SCAM_EN, LEGIT_ID, LEGIT_EN])
    for verdict in verdicts:
        assert 0.0 <= verdict.score <= 1.0
        assert verdict.risk == tiny_detector.risk_for(verdict.score)
    assert verdicts[0].score > verdicts[2].score
    assert verdicts[1].score > verdicts[3].score


@pytest.mark.parametrize(
    "ad", [SCAM_ID, SCAM_EN, "<p>Gaji <b>15jt</b> 💰💰 KK Park</p>"]
)
def test_every_offset_points_at_its_text(tiny_detector, ad: str) -> None:
    verdict = tiny_detector.score_one(ad, explain=True)
    assert verdict.flags, "a scam ad should fire at least one rule"
    for flag in verdict.flags:
        assert flag.title and flag.message
        for evidence in flag.evidence:
            assert ad[evidence.start : evidence.end] == evidence.text != ""
    for highlight in verdict.highlights:
        assert ad[highlight.start : highlight.end] == highlight.text != ""


def test_structured_ads_are_joined_in_documented_order(tiny_detector) -> None:
    ad = {"title": "CS Online", "salary": "USD 1500", "contact": "Telegram @hr"}
    verdict = tiny_detector.score_one(ad)
    assert verdict.text == "CS Online\nUSD 1500\nTelegram @hr"


@pytest.mark.parametrize(
    ("ad", "error"),
    [
        ("", EmptyAdError),
        ("   \n\t ", EmptyAdError),
        ({"title": "  ", "company": None}, EmptyAdError),
        (12345, InvalidAdError),
        ("x" * 100_001, AdTooLongError),
        ("<p> <br> </p>", EmptyAdError),
        ("\u200b\u200b", EmptyAdError),
    ],
    ids=[
        "empty",
        "whitespace",
        "empty-fields",
        "not-text",
        "too-long",
        "html-only",
        "invisible-only",
    ],
)
def test_unusable_ads_raise_stable_errors(tiny_detector, ad, error) -> None:
    with pytest.raises(error):
        tiny_detector.score_one(ad)
    [result] = tiny_detector.score_batch([ad])
    assert isinstance(result, error)
    assert result.code.isupper()


def test_batch_keeps_order_and_isolates_bad_ads(tiny_detector) -> None:
    results = tiny_detector.score_batch([SCAM_ID, "", LEGIT_EN])
    assert not isinstance(results[0], Exception)
    assert isinstance(results[1], EmptyAdError)
    assert results[2].score < results[0].score


@pytest.mark.parametrize("language", ["en", "id"])
def test_flag_messages_follow_the_requested_language(tiny_detector, language) -> None:
    verdict = tiny_detector.score_one(SCAM_ID, message_language=language)
    rule = tiny_detector.registry.get(verdict.flags[0].rule_id)
    assert verdict.flags[0].message == getattr(rule.message, language)


# Behavioural tests (CheckList style): directional and invariance.
@pytest.mark.parametrize("legit", [LEGIT_ID, LEGIT_EN])
def test_adding_the_lure_never_lowers_the_score(tiny_detector, legit: str) -> None:
    before = tiny_detector.score_one(legit).score
    after = tiny_detector.score_one(legit + LURE).score
    assert after >= before


@pytest.mark.parametrize(
    ("original", "renamed"),
    [
        (LEGIT_ID, LEGIT_ID.replace("Sinar Maju Logistik", "Karya Bersama Abadi")),
        (
            SCAM_EN + " Company: Golden Star Group.",
            SCAM_EN + " Company: Bright Ocean Ltd.",
        ),
    ],
)
def test_changing_a_company_name_barely_moves_the_score(
    tiny_detector, original: str, renamed: str
) -> None:
    a = tiny_detector.score_one(original)
    b = tiny_detector.score_one(renamed)
    assert abs(a.score - b.score) < 0.15
    assert a.risk == b.risk or abs(a.score - b.score) < 0.05


def test_a_translated_scam_stays_above_medium(tiny_detector) -> None:
    for ad in (SCAM_ID, SCAM_EN):
        assert tiny_detector.score_one(ad).score >= tiny_detector.medium_threshold


FLOOR_RULE = """\
rules:
  - id: known_fake_agent.v1
    title: {en: Known fake agent, id: Agen palsu yang dikenal}
    message:
      en: This agent name appears in reported trafficking cases.
      id: Nama agen ini muncul dalam laporan kasus perdagangan orang.
    weight: 0.9
    category: employer
    languages: [id, en]
    source: Internal case notes of the awareness team (2024)
    floor: {floor}
    phrases: [pt maju mundur sejahtera]
"""


def floored_detector(tiny_model_dir: Path, tmp_path: Path, floor: str) -> Detector:
    rules = tmp_path / "rules.yaml"
    rules.write_text(FLOOR_RULE.replace("{floor}", floor), encoding="utf-8")
    return Detector.load(tiny_model_dir, registry=RuleRegistry.from_paths([rules]))


@pytest.mark.parametrize(
    ("floor", "language", "risk", "says"),
    [
        ("high", "en", "high", "Raised to high risk"),
        ("medium", "en", "medium", "Raised to medium risk"),
        ("medium", "id", "medium", "Dinaikkan ke risiko sedang"),
    ],
)
def test_a_rule_with_a_floor_raises_a_low_job_ad_to_it(
    tiny_model_dir: Path,
    tmp_path: Path,
    floor: str,
    language: str,
    risk: str,
    says: str,
) -> None:
    detector = floored_detector(tiny_model_dir, tmp_path, floor)
    plain = detector.score_one(LEGIT_ID)
    assert plain.risk == "low" and not plain.notices
    ad = LEGIT_ID.replace("PT Sinar Maju Logistik", "PT Maju Mundur Sejahtera")
    verdict = detector.score_one(ad, explain=True, message_language=language)
    assert verdict.risk == risk == detector.risk_for(verdict.score)
    assert verdict.score >= detector.thresholds[risk] > plain.score
    (notice,) = verdict.notices
    assert notice.code == "RED_FLAG_PATTERN"
    assert notice.message.startswith(says)
    assert "known_fake_agent.v1" in {flag.rule_id for flag in verdict.flags}


def test_a_floor_never_lowers_a_score_already_above_it(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    detector = floored_detector(tiny_model_dir, tmp_path, "medium")
    plain = detector.score_one(SCAM_EN)
    assert plain.risk == "high"
    verdict = detector.score_one(SCAM_EN + " Agent: PT Maju Mundur Sejahtera.")
    assert verdict.risk == "high" and not verdict.notices


def test_a_floor_does_not_apply_to_what_is_not_a_job_ad(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    detector = floored_detector(tiny_model_dir, tmp_path, "high")
    if detector.doctype is None:
        pytest.skip("this artifact has no document-type model")
    warning = (
        "WASPADA! Polisi mengimbau warga agar tidak tergiur lowongan kerja ke "
        "Kamboja. Kasus perdagangan orang oleh PT Maju Mundur Sejahtera sedang "
        "diselidiki, puluhan korban sudah dipulangkan. Laporkan ke 110."
    )
    verdict = detector.score_one(warning)
    assert verdict.document_type == "warning_or_news"
    assert verdict.risk == "low"
    assert [notice.code for notice in verdict.notices] == ["NOT_A_JOB_AD"]


@pytest.mark.parametrize("floor", ["high", "medium"])
def test_a_floor_beats_a_promotion_reading_but_not_a_warning(
    tiny_model_dir: Path, tmp_path: Path, floor: str
) -> None:
    # Ads in languages the document-type model knows little of are often
    # read as promotions; a recruitment pattern says they offer a job. The
    # notice is there even where the score needed no raising: the floor,
    # not the score, decided that the promotion reading does not apply.
    detector = floored_detector(tiny_model_dir, tmp_path, floor)
    if detector.doctype is None:
        pytest.skip("this artifact has no document-type model")
    promo = (
        "SLOT GACOR hari ini!!! Daftar sekarang di PT Maju Mundur Sejahtera, "
        "deposit 10rb WD berapapun, bonus new member 100% 🎰🔥"
    )
    plain = Detector.load(tiny_model_dir).score_one(promo)
    assert plain.document_type == "other_scam_or_promo" and plain.risk == "low"
    verdict = detector.score_one(promo)
    assert verdict.document_type == "other_scam_or_promo"
    assert verdict.risk in ({"high"} if floor == "high" else {"medium", "high"})
    assert verdict.score >= plain.score
    assert [notice.code for notice in verdict.notices] == ["RED_FLAG_PATTERN"]
