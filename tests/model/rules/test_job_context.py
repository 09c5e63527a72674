"""Pay and bait-role rules fire on job offers, not on prices or rewards."""

from __future__ import annotations

import pytest

from model.features import prepare

GATED = {"salary_far_above_norm.v1", "bait_role_cs_admin.v1", "bait_role_marketing.v1"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Used car for sale: 2016 Toyota Camry, USD 12,000. WhatsApp +6281234", set()),
        ("Lost cat near Phnom Penh. Reward $500 for anyone who finds her", set()),
        ("DIJUAL Honda Beat 2019, harga Rp 19,5 juta nego. WA 0812-3456-7890", set()),
        ("Call our customer service for the price: $15,000", set()),
        (
            "Dicari admin online, gaji 15 juta. Harga tiket ditanggung",
            {"salary_far_above_norm.v1", "bait_role_cs_admin.v1"},
        ),
        (
            "Customer service wanted in Cambodia, salary $1,500/month",
            {"salary_far_above_norm.v1", "bait_role_cs_admin.v1"},
        ),
        ("Typist Myanmar 1000-1500 dolar", {"salary_far_above_norm.v1"}),
    ],
)
def test_job_context_gate(text: str, expected: set[str]) -> None:
    fired = {hit.rule_id for hit in prepare(text).hits} & GATED
    assert expected <= fired
    if not expected:
        assert fired == set()
