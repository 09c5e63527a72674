"""Typed training configuration, read from YAML (``training/configs/*.yaml``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from model.errors import TrainingError

CONFIG_DIR = Path(__file__).parent / "configs"
DEFAULT_CONFIG = CONFIG_DIR / "default.yaml"


class ThresholdTargets(BaseModel):
    model_config = ConfigDict(extra="forbid")
    high_precision: float = Field(0.9, gt=0, le=1)
    medium_recall: float = Field(0.95, gt=0, le=1)
    # Guards against a collapsed medium band (see metrics.choose_thresholds).
    medium_min_precision: float = Field(0.5, ge=0, le=1)
    medium_floor: float = Field(0.05, ge=0, lt=1)


class DocTypeConfig(BaseModel):
    """How the document-type model is trained (see training/doctype.py)."""

    model_config = ConfigDict(extra="forbid")

    n_per_lang: int = Field(400, ge=10)
    per_source: int = Field(1500, ge=0)
    confidence_threshold: float = Field(0.7, gt=0.25, lt=1.0)
    params: dict[str, Any] = Field(default_factory=dict)


class TrainConfig(BaseModel):
    """What to train on and which candidate pipelines compete."""

    model_config = ConfigDict(extra="forbid")

    name: str = "default"
    seed: int = 13
    use_real_data: bool = True
    # With use_real_data: datasets the data root lacks are read from the
    # project's shipped copies in data/redistributable/ (licences allow it).
    use_redistributable: bool = True
    synthetic_n: int = Field(4000, ge=0)
    # Share of the synthetic ads written in job-board shapes
    # (training.generate.board): real boards' structure, length, boilerplate
    # and pay, for both labels, so "long and tidy" stops meaning legitimate.
    board_share: float = Field(0.0, ge=0, le=1)
    # Languages of the generated social-media and job-site posts
    # (training.generate.ads.SUPPORTED_LANGUAGES); each gets the share set in
    # LANG_WEIGHTS. Every language the service reads is listed by default:
    # without generated Thai, Vietnamese, Khmer, Tagalog and Chinese posts the
    # classifier never sees a scam ad in those languages.
    synthetic_languages: list[str] = Field(
        default_factory=lambda: ["id", "en", "ms", "zh", "th", "vi", "km", "tl"],
        min_length=1,
    )

    @field_validator("synthetic_languages")
    @classmethod
    def _known_languages(cls, value: list[str]) -> list[str]:
        from training.generate.ads import SUPPORTED_LANGUAGES

        unknown = [lang for lang in value if lang not in SUPPORTED_LANGUAGES]
        if unknown:
            raise ValueError(
                f"unknown language(s) {unknown}; the generator writes "
                f"{list(SUPPORTED_LANGUAGES)}"
            )
        return list(dict.fromkeys(value))

    # Large sources (e.g. 37k YouTube comments) are capped so no single
    # platform dominates what the model learns; "default" applies to others.
    max_per_source: dict[str, int] = Field(default_factory=lambda: {"default": 4000})
    exclude_sources: list[str] = Field(default_factory=list)
    candidates: dict[str, dict[str, Any]] = Field(
        default_factory=lambda: {"linear": dict[str, Any](), "boosted": {}}
    )
    # Served without fitting the others when the full real data is absent
    # (a fresh machine): the real validation rows are then mostly gambling
    # comments, which say nothing about job boards (docs/fresh-machine.md).
    fresh_machine_candidate: str | None = None
    features: dict[str, Any] = Field(default_factory=dict)
    thresholds: ThresholdTargets = Field(
        default_factory=lambda: ThresholdTargets.model_validate({})
    )
    rule_precision_floor: float = 0.6
    # The document-type model (training.doctype); null in YAML = none.
    doctype: DocTypeConfig | None = Field(
        default_factory=lambda: DocTypeConfig.model_validate({})
    )


def load_config(path: str | os.PathLike[str] | None = None) -> TrainConfig:
    config_path = Path(path) if path else DEFAULT_CONFIG
    try:
        raw = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as exc:
        raise TrainingError(
            f"Config file not found: {config_path}", code="CONFIG_NOT_FOUND"
        ) from exc
    except yaml.YAMLError as exc:
        raise TrainingError(
            f"{config_path} is not valid YAML: {exc}", code="CONFIG_INVALID"
        ) from exc
    try:
        return TrainConfig.model_validate(raw)
    except ValidationError as exc:
        raise TrainingError(
            f"{config_path} is not a valid training config:\n{exc}",
            code="CONFIG_INVALID",
        ) from exc
