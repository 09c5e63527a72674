"""What a scored ad turns into: plain dataclasses, free of HTTP and files.

``verdict_record`` is the one place a verdict becomes plain data; the HTTP
API, batch output and the CLI all use it, so a field added here appears
everywhere with the same name and meaning (see CONTRACT.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Risk = Literal["low", "medium", "high"]
RISK_LEVELS: tuple[str, ...] = get_args(Risk)

DocumentType = Literal["job_ad", "warning_or_news", "other_scam_or_promo", "other"]
DOCUMENT_TYPES: tuple[str, ...] = get_args(DocumentType)


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a picture, in its pixels (origin top left)."""

    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class ImageSource:
    """Where the scored text came from when the ad was a picture.

    ``ocr_text`` is what OCR read (the verdict's ``text``); ``width`` and
    ``height`` are the picture's pixels as displayed (EXIF orientation
    applied), the frame of every ``Box``.
    """

    width: int
    height: int
    ocr_text: str
    engine: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the scored text: ``text == scored_text[start:end]``.

    ``boxes`` locate the span on the picture (one per OCR line it covers);
    empty for text ads.
    """

    start: int
    end: int
    text: str
    boxes: tuple[Box, ...] = ()


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
    boxes: tuple[Box, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A contact, place, amount or organisation named in the ad.

    ``normalized`` is the canonical form used to link ads (E.164 for phones,
    lower-case handles, USD per month for money), or None when there is none.
    """

    type: str
    text: str
    start: int
    end: int
    normalized: str | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """Something a person should know about the verdict itself.

    ``code`` is stable (e.g. ``NOT_A_JOB_AD``); ``message`` is in the
    language the messages were asked for.
    """

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    risk: Risk
    language: str
    model_version: str
    flags: tuple[Flag, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    text: str = field(default="", repr=False)
    # What the text is (job ad, warning, ...); None for models without one.
    document_type: DocumentType | None = None
    document_type_probability: float | None = None
    entities: tuple[Entity, ...] = ()
    notices: tuple[Notice, ...] = ()
    # Set by a deployment that stores cases, never by the model.
    case_id: str | None = None
    # Set when the text was read from a picture (model/ocr.py).
    image: ImageSource | None = None

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        return verdict_record(self, include_text=include_text)


def box_record(box: Box) -> dict[str, int]:
    return {"x": box.x, "y": box.y, "width": box.width, "height": box.height}


def flag_record(flag: Flag, *, boxes: bool = False) -> dict[str, Any]:
    evidence = [
        {"start": ev.start, "end": ev.end, "text": ev.text} for ev in flag.evidence
    ]
    if boxes:
        for record, ev in zip(evidence, flag.evidence, strict=True):
            record["boxes"] = [box_record(box) for box in ev.boxes]
    return {
        "rule_id": flag.rule_id,
        "title": flag.title,
        "message": flag.message,
        "weight": flag.weight,
        "evidence": evidence,
    }


def entity_record(entity: Entity) -> dict[str, Any]:
    return {
        "type": entity.type,
        "text": entity.text,
        "start": entity.start,
        "end": entity.end,
        "normalized": entity.normalized,
    }


def verdict_record(verdict: Verdict, *, include_text: bool = True) -> dict[str, Any]:
    """The verdict as plain JSON-ready data (built by hand: faster than asdict).

    A verdict on a picture also carries ``ocr_text``, ``image`` (its size and
    the OCR engine) and ``boxes`` on every evidence and highlight; text
    verdicts keep their shape.
    """
    image = verdict.image
    data: dict[str, Any] = {
        "score": verdict.score,
        "risk": verdict.risk,
        "language": verdict.language,
        "model_version": verdict.model_version,
        "document_type": verdict.document_type,
        "document_type_probability": verdict.document_type_probability,
        "flags": [flag_record(flag, boxes=image is not None) for flag in verdict.flags],
        "highlights": [
            {"start": h.start, "end": h.end, "text": h.text, "weight": h.weight}
            for h in verdict.highlights
        ],
        "entities": [entity_record(entity) for entity in verdict.entities],
        "notices": [{"code": n.code, "message": n.message} for n in verdict.notices],
        "case_id": verdict.case_id,
    }
    if include_text:
        data["text"] = verdict.text
    if image is not None:
        for record, h in zip(data["highlights"], verdict.highlights, strict=True):
            record["boxes"] = [box_record(box) for box in h.boxes]
        data["ocr_text"] = image.ocr_text
        data["image"] = {
            "width": image.width,
            "height": image.height,
            "engine": image.engine,
        }
    return data
