"""Campaign grouping: shared keys and near-duplicate texts form components."""

from __future__ import annotations

import numpy as np
import pytest

from model.campaigns import group_postings, signature

TEMPLATE = (
    "Dibutuhkan customer service untuk kantor di Phnom Penh, gaji 15 juta per "
    "bulan, tiket pesawat ditanggung, tanpa pengalaman, mess gratis, segera "
    "berangkat minggu depan, kuota terbatas"
)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ([["phone:1"], ["phone:1"], ["phone:2"]], [0, 0, -1]),
        ([["phone:1"], ["handle:@a"], ["phone:1", "handle:@a"]], [0, 0, 0]),
        ([[], [], []], [-1, -1, -1]),
        ([["a"], ["b"], ["a"], ["b"]], [0, 1, 0, 1]),
    ],
)  # fmt: skip
def test_shared_keys_make_connected_components(
    keys: list[list[str]], expected: list[int]
) -> None:
    grouping = group_postings(keys)
    assert grouping.labels.tolist() == expected


def test_near_duplicate_texts_link_without_a_shared_contact() -> None:
    texts = [
        TEMPLATE,
        "🔥 " + TEMPLATE.replace("15 juta", "17 juta"),
        "Staf gudang di Bekasi, lulusan SMA, gaji UMR, kirim lamaran ke kantor kami",
    ]
    grouping = group_postings([[], [], []], [signature(t) for t in texts])
    labels = grouping.labels.tolist()
    assert labels[0] == labels[1] >= 0
    assert labels[2] == -1
    assert grouping.text_links >= 1


def test_many_copies_stay_linear() -> None:
    # 2,000 copies of one text: every one joins the same campaign.
    sig = signature(TEMPLATE)
    grouping = group_postings([[] for _ in range(2000)], [sig] * 2000)
    assert set(grouping.labels.tolist()) == {0}
    assert grouping.campaigns == 1


def test_signature_is_stable() -> None:
    assert np.array_equal(signature(TEMPLATE), signature(TEMPLATE))
