"""Exact and near-duplicate grouping, and what dedup keeps."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from training.corpus.dedup import assign_dup_groups, dedup_key, deduplicate
from training.corpus.schema import conform

BASE = (
    "Dicari admin customer service untuk kantor di Phnom Penh, gaji 15 juta "
    "per bulan, tiket pesawat dan mess gratis, tidak perlu pengalaman, cukup "
    "bisa mengetik dan berbahasa Inggris dasar. Hubungi HRD via Telegram."
)


def test_exact_key_ignores_case_digits_punctuation_and_styling() -> None:
    assert dedup_key("WISDOMTOTO 100RB 🔥!!") == dedup_key("wisdomtoto   200rb")
    assert dedup_key("𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖 gacor") == dedup_key("junior88 GACOR.")
    assert dedup_key("<b>Hello</b> world") == dedup_key("hello world")
    assert dedup_key("🔥🔥") != dedup_key("👍")  # symbol-only texts stay apart


def test_groups_exact_and_near_duplicates() -> None:
    near = BASE.replace("Telegram", "WhatsApp").replace("dasar", "dasar sekali")
    other = (
        "Lowongan staf akuntansi di Surabaya, lulusan S1 akuntansi, pengalaman "
        "dua tahun, menguasai Excel dan pajak, kirim lamaran ke email HRD."
    )
    texts = [BASE, BASE.upper(), BASE.replace("15", "25"), near, other, "ok", "OK!"]
    groups = assign_dup_groups(texts)
    assert len(set(groups[:4])) == 1
    assert groups[4] != groups[0]
    assert groups[5] == groups[6] != groups[4]
    assert list(groups) == list(assign_dup_groups(texts))  # deterministic
    assert groups[0] == 0  # numbered by first occurrence


def test_texts_below_threshold_not_merged() -> None:
    # One word apart in a short comment: Jaccard of 5-grams ~0.65 < 0.8.
    texts = [f"komentar nomor {w} tentang video ini" for w in ("satu", "lucu", "bagus")]
    texts += ["mantap bang", "semangat kak", "gacor maxwin"]
    assert len(set(assign_dup_groups(texts))) == len(texts)


def _frame(rows: list[tuple[str, str, int | None]]) -> pd.DataFrame:
    return conform(
        pd.DataFrame(rows, columns=["source", "text", "label"]),
        genre="comment",
        label_origin="source_label",
        text_only=True,
    )


def test_deduplicate_keeps_one_per_group_and_one_per_label_on_conflict() -> None:
    df = _frame(
        [
            ("a", "yang pro aja bang di Weton88", 0),
            ("b", "yang pro aja bang di 𝐖𝐄𝐓𝐎𝐍𝟴𝟴 👍", 1),  # conflict
            ("b", "Yang pro aja bang di WETON88", 1),
            ("a", "video bagus sekali", 0),
            ("b", "Video bagus sekali!!", 0),
            ("a", "unlabelled copy of video bagus sekali", None),
            ("a", "text tanpa label sama sekali", None),
            ("b", "Text tanpa label sama sekali.", None),
        ]
    )
    result = deduplicate(df)
    kept = result.kept
    assert list(kept["text"]) == [
        "yang pro aja bang di Weton88",
        "yang pro aja bang di 𝐖𝐄𝐓𝐎𝐍𝟴𝟴 👍",
        "video bagus sekali",
        "unlabelled copy of video bagus sekali",
        "text tanpa label sama sekali",
    ]
    assert kept.loc[0, "dup_group"] == kept.loc[1, "dup_group"]
    assert result.conflict_groups == 1
    assert result.conflict_rows_kept == 2
    assert result.removed_per_source == {"b": 3}
    assert result.exact_removed + result.near_removed == 3
    assert result.cross_source_groups == 3
    assert len(result.all_groups) == len(df)


def test_unlabelled_copy_of_labelled_text_dropped() -> None:
    df = _frame([("a", "sama persis", None), ("b", "Sama persis", 1)])
    kept = deduplicate(df).kept
    assert list(kept["label"]) == [1]


def random_words(rng: np.random.Generator, count: int) -> np.ndarray:
    """Letter-only words: the dedup key folds digits, so "w1" and "w2" are one."""
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    return np.array(
        ["".join(rng.choice(letters, size=rng.integers(3, 9))) for _ in range(count)]
    )


@pytest.mark.timeout(600)
def test_scales_to_tens_of_thousands_of_rows() -> None:
    # Its speed is measured in bench/bench_training_parts.py, not here.
    rng = np.random.default_rng(0)
    words = random_words(rng, 3000)
    texts = [
        " ".join(rng.choice(words, size=rng.integers(12, 40))) for _ in range(20000)
    ]
    texts += texts[:5000]  # exact repeats
    texts += [text + " tambahan" for text in texts[5000:7000]]  # near copies
    groups = assign_dup_groups(texts)
    assert list(groups[20000:25000]) == list(groups[:5000])
    near = groups[25000:] == groups[5000:7000]
    assert near.mean() > 0.95
    # Unrelated random texts stay apart.
    assert len(set(groups[:20000].tolist())) > 19900
