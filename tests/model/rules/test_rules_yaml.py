"""User rule files: adding rules without code, and clear errors."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from model.errors import RuleFileError
from model.rules.base import RuleDefinitionError
from model.rules.registry import RULES_DIR_ENV, RuleRegistry

VALID = """\
rules:
  - id: my_local_agent.v1
    title: {en: Known fake agent, id: Agen palsu yang dikenal}
    message:
      en: This agent name appears in reported trafficking cases.
      id: Nama agen ini muncul dalam laporan kasus perdagangan orang.
    weight: 0.9
    category: employer
    languages: [id]
    source: Internal case notes of the awareness team (2024)
    phrases: [pt maju mundur sejahtera]
    patterns: ['agen\\s+jaya\\s?abadi']
    examples:
      positive: [Rekrutmen oleh PT Maju-Mundur Sejahtera]
      negative: [PT Maju Jaya]
"""


def write(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_user_rule_is_loaded_and_fires(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    reg = RuleRegistry.from_paths([path])
    assert "my_local_agent.v1" in reg
    assert reg.rules[-1].id == "my_local_agent.v1"
    text = "Daftar lewat Agen Jaya Abadi atau PT Maju Mundur Sejahtera."
    hits = [h for h in reg.match(text) if h.rule_id == "my_local_agent.v1"]
    assert [h.text for h in hits] == ["Agen Jaya Abadi", "PT Maju Mundur Sejahtera"]
    assert reg.self_check() == []
    assert reg.fingerprint != RuleRegistry.from_paths([]).fingerprint


def test_user_rules_only_and_meta_over_builtin(tmp_path: Path) -> None:
    meta = """\
    - id: my_meta.v1
      title: {en: Agent plus Cambodia, id: Agen plus Kamboja}
      message:
        en: Known agent recruiting for Cambodia.
        id: Agen dikenal merekrut ke Kamboja.
      weight: 1.0
      category: meta
      languages: [id]
      source: Internal case notes (2024)
      requires: [my_local_agent.v1, destination_cambodia.v1]
    """
    write(tmp_path, VALID, "a.yaml")
    write(tmp_path, meta, "b.yaml")
    reg = RuleRegistry.from_paths([tmp_path])
    fired = reg.fired("PT Maju Mundur Sejahtera merekrut ke Kamboja")
    assert {"my_local_agent.v1", "destination_cambodia.v1", "my_meta.v1"} <= fired
    only = RuleRegistry.from_paths([tmp_path / "a.yaml"], include_builtin=False)
    assert [rule.id for rule in only.rules] == ["my_local_agent.v1"]


def test_env_dir_is_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, VALID)
    monkeypatch.setenv(RULES_DIR_ENV, str(tmp_path))
    assert "my_local_agent.v1" in RuleRegistry.default()


def _replace(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new)


BAD = [
    pytest.param(
        _replace("    source: Internal case notes of the awareness team (2024)\n", ""),
        2,
        "source",
        id="missing-field",
    ),
    pytest.param(
        _replace("['agen\\s+jaya\\s?abadi']", "['agen(jaya']"),
        12,
        "patterns[0].regex",
        id="bad-regex",
    ),
    pytest.param(_replace("weight: 0.9", "weight: high"), 7, "weight", id="wrong-type"),
    pytest.param(
        _replace("weight: 0.9", "weight: 1.5"), 7, "weight", id="out-of-range"
    ),
    pytest.param(
        _replace("languages: [id]", "languages: [klingon]"), 9, "languages", id="lang"
    ),
    pytest.param(
        _replace("    phrases:", "    phrase_list: [x]\n    phrases:"),
        11,
        "phrase_list",
        id="unknown-field",
    ),
    pytest.param(
        _replace("id: my_local_agent.v1", "id: My Agent"), 2, "id", id="bad-id"
    ),
    pytest.param(
        _replace("    weight: 0.9\n", "    weight: 0.9\n    weight: 0.8\n"),
        8,
        "weight",
        id="duplicate-key",
    ),
    pytest.param("rules:\n  - id: [unclosed\n", 3, None, id="yaml-syntax"),
]


@pytest.mark.parametrize(("text", "line", "field"), BAD)
def test_bad_files_name_file_line_and_field(
    tmp_path: Path, text: str, line: int, field: str | None
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(RuleFileError) as caught:
        RuleRegistry.from_paths([path])
    error = caught.value
    assert isinstance(error, RuleDefinitionError)
    assert error.code == "INVALID_RULE_FILE"
    assert str(path) in error.message
    assert error.line == line, error.message
    assert f":{line}:" in error.message
    if field is not None:
        assert error.field == field
        assert field in error.message


def test_duplicate_id_names_both_places(tmp_path: Path) -> None:
    write(tmp_path, VALID, "a.yaml")
    path = write(tmp_path, VALID, "b.yaml")
    with pytest.raises(RuleFileError) as caught:
        RuleRegistry.from_paths([tmp_path])
    message = caught.value.message
    assert str(path) in message and ":2:" in message and "a.yaml:2" in message
    assert "duplicate rule id 'my_local_agent.v1'" in message


def test_duplicate_of_builtin_id(tmp_path: Path) -> None:
    path = write(tmp_path, _replace("my_local_agent.v1", "destination_cambodia.v1"))
    with pytest.raises(RuleFileError, match=r"builtin/10_destinations\.yaml"):
        RuleRegistry.from_paths([path])


def test_unknown_meta_reference_and_cycle(tmp_path: Path) -> None:
    meta = """\
    rules:
      - id: a_meta.v1
        title: {en: a, id: a}
        message: {en: a, id: a}
        weight: 0.5
        category: meta
        languages: [en]
        source: test fixture
        requires: [{ref}]
      - id: b_meta.v1
        title: {en: b, id: b}
        message: {en: b, id: b}
        weight: 0.5
        category: meta
        languages: [en]
        source: test fixture
        requires: [a_meta.v1]
    """
    path = write(tmp_path, meta.replace("{ref}", "nothing_here.v1"))
    with pytest.raises(
        RuleFileError, match=r"unknown rule or category 'nothing_here\.v1'"
    ):
        RuleRegistry.from_paths([path])
    path = write(tmp_path, meta.replace("{ref}", "b_meta.v1"))
    with pytest.raises(RuleFileError, match="cycle"):
        RuleRegistry.from_paths([path])


def test_missing_path_and_unknown_validator(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="does not exist"):
        RuleRegistry.from_paths([tmp_path / "nope.yaml"])
    path = write(
        tmp_path,
        _replace("    examples:", "    validators: [no_such_check]\n    examples:"),
    )
    with pytest.raises(RuleFileError, match="unknown validator 'no_such_check'"):
        RuleRegistry.from_paths([path])


def test_user_phrases_match_as_normalisation_leaves_the_ad(tmp_path: Path) -> None:
    # "ไม่จำกัดวุฒิ" (no degree limit) holds SARA AM (U+0E33), which NFKC
    # splits in two; ads are NFKC-folded before rules run, so the phrase must
    # be folded the same way or it never fires.
    phrase = "ไม่จำกัดวุฒิ"
    assert "\u0e33" in phrase
    rule = VALID.replace("[pt maju mundur sejahtera]", f"[{phrase}]").replace(
        "languages: [id]", "languages: [th]"
    )
    rule = rule.replace(
        "positive: [Rekrutmen oleh PT Maju-Mundur Sejahtera]",
        f"positive: [รับสมัครพนักงาน {phrase}]",
    )
    reg = RuleRegistry.from_paths([write(tmp_path, rule)])
    hits = [
        h
        for h in reg.match(f"รับสมัครพนักงาน {phrase} เงินดี")
        if h.rule_id == "my_local_agent.v1"
    ]
    assert [h.text for h in hits] == [phrase]
