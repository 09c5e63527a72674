"""Typed training configuration, read from YAML (``training/configs/*.yaml``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from model.errors import TrainingError

CONFIG_DIR = Path(__file__).parent / "configs"
DEFAULT_CONFIG = CONFIG_DIR / "default.yaml"


class ThresholdTargets(BaseModel):
    model_config = ConfigDict(extra="forbid")
    high_precision: float = Field(0.9, gt=0, le=1)
    medium_recall: float = Field(0.95, gt=0, le=1)


class TrainConfig(BaseModel):
    """What to train on and which candidate pipelines compete."""

    model_config = ConfigDict(extra="forbid")

    name: str = "default"
    seed: int = 13
    use_real_data: bool = True
    synthetic_n: int = Field(4000, ge=0)
    # Large sources (e.g. 37k YouTube comments) are capped so no single
    # platform dominates what the model learns; "default" applies to others.
    max_per_source: dict[str, int] = Field(default_factory=lambda: {"default": 4000})
    exclude_sources: list[str] = Field(default_factory=list)
    candidates: dict[str, dict[str, Any]] = Field(
        default_factory=lambda: {"linear": dict[str, Any](), "boosted": {}}
    )
    features: dict[str, Any] = Field(default_factory=dict)
    thresholds: ThresholdTargets = Field(
        default_factory=lambda: ThresholdTargets.model_validate({})
    )
    rule_precision_floor: float = 0.6


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
