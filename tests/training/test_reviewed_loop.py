"""End to end: reviews that flip a set of ads change the next model's verdict.

Cases go into a real case database, reviewers label them, `cases export`
writes them out, and the tiny config trains again with the `reviewed` source.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from model.detector import Detector
from service.store.cases import CaseStore, NewCase, text_hash, utcnow
from service.store.commands import cases_export
from service.store.db import open_engine, upgrade

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

SENTENCES = (
    "Dibutuhkan staf gudang untuk shift pagi.",
    "Pengalaman minimal satu tahun diutamakan.",
    "Lokasi kerja di kawasan industri Cikarang.",
    "Gaji sesuai UMK ditambah uang makan.",
    "Pendidikan minimal SMA atau sederajat.",
    "Bersedia bekerja dengan sistem shift.",
    "Mendapat BPJS Kesehatan dan Ketenagakerjaan.",
    "Usia maksimal 35 tahun, sehat jasmani.",
    "Lamaran dikirim paling lambat akhir bulan.",
    "Wawancara dilakukan di kantor cabang Bekasi.",
    "Kontrak awal enam bulan, dapat diperpanjang.",
    "Mampu mengoperasikan komputer dasar.",
)


def flip_ads(count: int = 40) -> list[str]:
    """Ordinary-looking ads sharing one unusual contact: what reviewers flip."""
    chooser = random.Random(5)
    ads = []
    for number in range(count):
        picked = chooser.sample(SENTENCES, 4)
        picked.insert(chooser.randrange(5), "Daftar lewat agen Zorblat Quenvik segera.")
        ads.append(f"Lowongan {number + 1}: " + " ".join(picked))
    return ads


def test_reviews_that_flip_ads_change_the_next_model(
    tiny_detector: Detector, tmp_path: Path
) -> None:
    from training.config import CONFIG_DIR, load_config
    from training.train import train

    ads = flip_ads()
    before = tiny_detector.score_batch(ads, explain=False)
    low_before = [v.risk == "low" for v in before]
    assert sum(low_before) >= len(ads) // 2, "the base model must call most low"

    url = f"sqlite:///{tmp_path / 'cases.db'}"
    engine = open_engine(url)
    upgrade(engine)
    store = CaseStore(engine)
    store.add_cases(
        [
            NewCase(
                id=f"{number:032x}",
                created_at=utcnow(),
                channel="extension",
                model_version=verdict.model_version,
                score=verdict.score,
                risk=verdict.risk,
                flags=[],
                language=verdict.language,
                text_sha256=text_hash(text),
                text=text,
            )
            for number, (text, verdict) in enumerate(zip(ads, before, strict=True))
        ]
    )
    for number in range(len(ads)):
        for reviewer in ("ana", "budi"):
            store.add_review(
                f"{number:032x}", kind="review", reviewer=reviewer, label="scam"
            )
    # One ad the reviewers disagree on: left out of training, and counted.
    store.add_review(f"{0:032x}", kind="review", reviewer="citra", label="legitimate")
    store.add_review(f"{0:032x}", kind="review", reviewer="dewi", label="legitimate")
    engine.dispose()
    export = tmp_path / "reviewed.jsonl"
    assert cases_export(str(export), url) == len(ads)

    result = train(
        load_config(CONFIG_DIR / "tiny.yaml"),
        tmp_path / "model",
        work_dir=tmp_path / "corpus",
        progress=False,
        reviewed_path=export,
    )
    reviewed = result.meta["data"]["reviewed"]
    assert reviewed["kept"] == len(ads) - 1 and reviewed["conflicting"] == 1
    assert "reviewed" in result.meta["data"]["sources"]

    after = Detector.load(tmp_path / "model").score_batch(ads[1:], explain=False)
    raised = [a.score > b.score for a, b in zip(after, before[1:], strict=True)]
    flipped = [
        b.risk == "low" and a.risk != "low"
        for a, b in zip(after, before[1:], strict=True)
    ]
    assert sum(raised) == len(ads) - 1
    assert sum(flipped) >= sum(low_before[1:]) * 0.8, (
        f"{sum(flipped)} of {sum(low_before[1:])} low verdicts flipped"
    )
