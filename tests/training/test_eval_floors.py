"""The floors-off/floors-on report (training.eval_floors) on the tiny model."""

from __future__ import annotations

import re

import pandas as pd

from model.detector import Detector
from training.eval_floors import floors_markdown

KHMER_SCAM = (
    "ជ្រើសរើសបុគ្គលិក customer service នៅភ្នំពេញ ប្រាក់ខែ $1500 free flight, "
    "free visa and housing, no experience. Telegram @hr_kh"
)
LEGIT = "Accountant, full time, Kuala Lumpur. Degree and 3 years of experience."


def test_floors_only_ever_raise_and_every_section_is_there(
    tiny_detector: Detector,
) -> None:
    corpus = pd.DataFrame(
        {
            "text": [KHMER_SCAM, LEGIT, KHMER_SCAM, LEGIT],
            "split": ["validation", "validation", "test", "train"],
            "genre": ["job_ad"] * 4,
            "label": [1, 0, 1, 0],
            "source": ["synthetic", "real_board", "synthetic", "real_board"],
        }
    )
    lines = floors_markdown(tiny_detector, corpus, data_root=None)
    text = "\n".join(lines)
    for heading in (
        "## Robustness slices",
        "## Held-out document-type set",
        "## Validation and test splits",
        "## Floored rules firing on real texts (all splits)",
    ):
        assert heading in text
    assert "meta_compound_recruitment.v1" in text
    shares = [
        (float(off), float(on))
        for off, on in re.findall(r"\| ([\d.]+)% \| ([\d.]+)% \|$", text, re.M)
    ]
    assert len(shares) > 25  # every slice, the document types, the splits
    assert all(on >= off for off, on in shares)
    # The real legitimate ad is counted where the floored rule could fire.
    assert "| real_board, 0 | 2 | 0 |" in text
