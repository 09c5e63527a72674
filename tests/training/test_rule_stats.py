"""Per-rule statistics and the model-card table."""

from __future__ import annotations

import math

import pytest

from model.rules.registry import RuleRegistry
from training.rule_stats import COLUMNS, format_rule_table, rule_statistics


@pytest.fixture(scope="module")
def registry() -> RuleRegistry:
    return RuleRegistry.from_paths([], include_builtin=True)


TEXTS = [
    "Loker CS Kamboja, tanpa pengalaman, tiket PP ditanggung, gaji 15jt",
    "Kerja di Myawaddy, visa turis, hubungi Telegram",
    "Customer service Phnom Penh USD 1,500, free flight",
    "Kerja like video dibayar per tugas, deposit untuk membuka tugas",
    "Staf gudang Cikarang, gaji UMR, lamar via website",
    "Hotel in Phnom Penh hiring a chef, employment visa arranged",
    "Admin kantor Jakarta, pengalaman 2 tahun",
    "Guru matematika SMA di Bandung",
]
LABELS = [1, 1, 1, 1, 0, 0, 0, 0]


def test_statistics_columns_and_values(registry: RuleRegistry) -> None:
    df = rule_statistics(TEXTS, LABELS, registry, precision_floor=0.6)
    assert tuple(df.columns) == COLUMNS
    assert list(df["rule_id"]) == [rule.id for rule in registry.rules]
    row = df.set_index("rule_id").loc["destination_cambodia.v1"]
    assert (row.fires, row.fires_pos, row.fires_neg) == (3, 2, 1)
    assert row.coverage == pytest.approx(3 / 8)
    assert row.precision == pytest.approx(2 / 3)
    assert row.lift == pytest.approx((2 / 3) / 0.5)
    assert not row.below_floor
    never = df.set_index("rule_id").loc["short_link.v1"]
    assert never.fires == 0 and math.isnan(never.precision) and not never.below_floor


def test_below_floor_is_reported(registry: RuleRegistry) -> None:
    df = rule_statistics(TEXTS, LABELS, registry, precision_floor=0.9)
    flagged = set(df.loc[df["below_floor"], "rule_id"])
    assert "destination_cambodia.v1" in flagged
    table = format_rule_table(df)
    assert table.startswith("| rule | fires |")
    assert "`destination_cambodia.v1`" in table and "⚠ below floor" in table
    assert "Rules below the precision floor:" in table
    assert table.count("\n") >= len(registry.rules) + 2


def test_bad_inputs(registry: RuleRegistry) -> None:
    with pytest.raises(ValueError, match="labels"):
        rule_statistics(["a"], [1, 0], registry)
    with pytest.raises(ValueError, match="0 or 1"):
        rule_statistics(["a"], [2], registry)
