"""Salary red flag in context: currency of the board, implausible amounts."""

from __future__ import annotations

import pytest

from model.rules.registry import RuleRegistry

RULE = "salary_far_above_norm.v1"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("招聘客服 北京 月薪7000-10000元/月 五险一金", False),
        ("公司注册资本432万元，招聘文员，月薪5K", False),
        ("柬埔寨西港高薪招聘客服 月薪3万 包吃住 机票报销", True),
        ("Loker CS gaji 15jt Kamboja", True),
        ("Admin Jakarta gaji Rp 5.500.000", False),
        ("İ Rp 15.000.000 CS online", True),
    ],
    ids=[
        "beijing-normal",
        "registered-capital",
        "sihanoukville-cs",
        "kamboja-15jt",
        "jakarta-admin",
        "dotted-capital-i",
    ],
)
def test_salary_rule_reads_the_amount_in_context(
    registry: RuleRegistry, text: str, fires: bool
) -> None:
    fired = {hit.rule_id for hit in registry.match(text)}
    assert (RULE in fired) is fires
