"""What a scored ad turns into: plain dataclasses, free of HTTP and files."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

RISK_LEVELS: tuple[str, ...] = ("low", "medium", "high")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the scored text: ``text == scored_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One red-flag rule firing once, with its evidence in original offsets."""

    rule_id: str
    start: int
    end: int
    text: str
    weight: float


@dataclass(frozen=True, slots=True)
class Flag:
    """A rule that fired on the ad, with every piece of evidence it found."""

    rule_id: str
    title: str
    message: str
    weight: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span the classifier leaned on; positive weight pushes towards scam."""

    start: int
    end: int
    text: str
    weight: float


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    risk: str
    language: str
    model_version: str
    flags: tuple[Flag, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    text: str = field(default="", repr=False)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not include_text:
            data.pop("text")
        return data
