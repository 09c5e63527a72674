"""Request and response bodies of the HTTP API (the public contract).

Requests are strict: unknown fields and wrong JSON types are rejected (422)
rather than guessed at, so a client typo never silently scores an empty ad.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from model.ad import AD_FIELDS, CONTROL_CHARS, FIELD_SEPARATOR
from model.verdict import DocumentType, Risk

MessageLanguage = Literal["en", "id"]
EntityMode = Literal["none", "flagged", "all"]

SCAM_EXAMPLE = (
    "Lowongan customer service di Kamboja, gaji 15 juta per bulan, tiket pesawat "
    "gratis, tidak perlu pengalaman. Hubungi WhatsApp +62 812 0000 0000."
)

JOINING_RULE = (
    "Offsets (`start`, `end`) are Python string indices (Unicode code points) "
    'into `text`, the text as scored. For `{"text": ...}` that is the text '
    "itself. For structured ads it is the non-empty fields, in the order "
    f"`{', '.join(AD_FIELDS)}`, each stripped of surrounding whitespace, joined "
    f"by {FIELD_SEPARATOR!r} (one newline). When `text` is given and non-empty "
    "it wins and the other fields are ignored."
)


_AD_KEYS = frozenset(("text", *AD_FIELDS))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


# Documents what the service checks itself (with its own error codes) so that
# generated clients and fuzzers know it: no control characters other than
# tab/newline/CR (422 INVALID_AD), and at least one field with a non-blank
# value (422 EMPTY_AD). ``maxLength`` is set from the settings at run time.
NO_CONTROL_CHARS = f"^[^{CONTROL_CHARS}]*$"


def _document_ad(examples: list[dict[str, Any]]) -> Callable[[dict[str, Any]], None]:
    def extra(schema: dict[str, Any]) -> None:
        schema["examples"] = examples
        properties = schema.get("properties", {})
        for name in _AD_KEYS:
            for branch in properties.get(name, {}).get("anyOf", []):
                if branch.get("type") == "string":
                    branch["pattern"] = NO_CONTROL_CHARS
        schema["anyOf"] = [
            {
                "required": [name],
                "properties": {name: {"type": "string", "pattern": "\\S"}},
            }
            for name in ("text", *AD_FIELDS)
        ]

    return extra


def _field(name: str) -> Any:
    return Field(default=None, description=f"The ad's {name} (plain text).")


class Ad(_Strict):
    """A job ad: its whole `text`, or any of the structured fields."""

    model_config = ConfigDict(
        json_schema_extra=_document_ad(
            [
                {"text": SCAM_EXAMPLE},
                {
                    "title": "Customer Service (Mandarin/English)",
                    "location": "Sihanoukville, Cambodia",
                    "salary": "USD 1,500 - 2,500 per month",
                    "benefits": "Free flight, free visa, free accommodation",
                    "contact": "Telegram @hr_recruit",
                },
            ]
        )
    )

    text: str | None = Field(
        default=None,
        description="The whole ad as plain text (HTML is stripped). Wins over "
        "the structured fields when non-empty.",
    )
    title: str | None = _field("title")
    company: str | None = _field("company name")
    location: str | None = _field("location")
    salary: str | None = _field("salary, as written")
    description: str | None = _field("description")
    requirements: str | None = _field("requirements")
    benefits: str | None = _field("benefits")
    contact: str | None = _field("contact details")
    url: str | None = _field("URL")

    def fields(self) -> dict[str, str]:
        """The non-null fields, in the shape ``Detector`` accepts."""
        return {
            key: value
            for key, value in self.__dict__.items()
            if isinstance(value, str) and key in _AD_KEYS
        }


class ScoreRequest(Ad):
    """An ad plus how to explain its verdict."""

    model_config = ConfigDict(
        json_schema_extra=_document_ad(
            [
                {"text": SCAM_EXAMPLE, "explain": True, "lang": "en"},
                {
                    "title": "Customer Service",
                    "location": "Phnom Penh",
                    "benefits": "Tiket pesawat gratis",
                    "explain": False,
                },
            ]
        )
    )

    explain: bool = Field(
        default=True,
        description="Include flag titles, messages, evidence and highlights.",
    )
    lang: MessageLanguage = Field(
        default="en",
        description="Language of flag titles and messages: English or Indonesian.",
    )
    entities: EntityMode = Field(
        default="all",
        description="Which verdicts list the contacts, places, pay and "
        "organisations the ad names: all, only medium/high ones (flagged), none.",
    )
    # Cases (docs/cases.md): where the ad was checked, and whether its text
    # may be kept. Only used when the deployment stores cases.
    channel: Literal["web", "api", "extension", "batch"] | None = Field(
        default=None,
        description="Where the ad was checked (stored with its case; default api).",
    )
    source_url: str | None = Field(
        default=None,
        max_length=2048,
        description="Address of the page the ad was on (kept only with the text).",
    )
    store_text: bool | None = Field(
        default=None,
        description="false: keep only a hash of the text in the case, even where "
        "the deployment keeps texts.",
    )
    assume_job_ad: bool = Field(
        default=False,
        description="Score the text as a job ad whatever it is. By default a "
        "text the model reads as a warning, news report, promotion or listing "
        "gets risk low and a NOT_A_JOB_AD notice.",
    )


class _AnyAd:
    """A batch entry: documented as an `Ad`, validated one by one in the route.

    Validating entries individually is what lets one bad ad become an error
    entry instead of failing the whole batch.
    """

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.any_schema()

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return handler(Ad.__pydantic_core_schema__)


class BatchRequest(_Strict):
    """Many ads at once, scored in input order."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "ads": [
                        {"text": SCAM_EXAMPLE},
                        {
                            "title": "Barista",
                            "company": "Kopi Kita",
                            "location": "Bandung",
                        },
                    ],
                    "explain": False,
                }
            ]
        }
    )

    ads: list[_AnyAd] = Field(
        description="The ads (at most the configured batch size, 1,000 by "
        "default; more is 413 BATCH_TOO_LARGE). An entry that is not a valid "
        "ad becomes an error entry in `results`; the others are still scored.",
    )
    explain: bool = Field(
        default=False, description="Include titles, messages, evidence, highlights."
    )
    lang: MessageLanguage = Field(default="en", description="Language of messages.")
    entities: EntityMode = Field(
        default="flagged",
        description="Which verdicts list entities: all, only medium/high ones "
        "(flagged, the default: clean ads cost nothing extra), none.",
    )
    assume_job_ad: bool = Field(
        default=False, description="Score every text as a job ad (see /v1/score)."
    )


class Box(BaseModel):
    """A rectangle on the picture, in its pixels (origin top left)."""

    x: int = Field(ge=0)
    y: int = Field(ge=0)
    width: int = Field(ge=0)
    height: int = Field(ge=0)


_BOXES = (
    "Only for verdicts on pictures (POST /v1/score/image): where the span is "
    "on the picture, one box per line of text it covers."
)


class ImageInfo(BaseModel):
    width: int = Field(ge=1, description="Pixels as displayed (EXIF applied).")
    height: int = Field(ge=1)
    engine: str = Field(description="OCR engine that read it, e.g. rapidocr.")


class Evidence(BaseModel):
    start: int = Field(ge=0, description="Start offset into `text` (inclusive).")
    end: int = Field(ge=0, description="End offset into `text` (exclusive).")
    text: str = Field(description="`text[start:end]`.")
    boxes: list[Box] | None = Field(default=None, description=_BOXES)


class Flag(BaseModel):
    rule_id: str = Field(description="Versioned rule id, e.g. free_travel_abroad.v1")
    title: str = Field(
        description="Short name of the red flag (empty if explain=false)."
    )
    message: str = Field(description="Why it matters (empty if explain=false).")
    weight: float = Field(description="The rule's weight, 0..1.")
    evidence: list[Evidence] = Field(
        default_factory=list, description="Where it fired (empty if explain=false)."
    )


class Highlight(BaseModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    weight: float = Field(description="Positive pushes towards scam, negative away.")
    boxes: list[Box] | None = Field(default=None, description=_BOXES)


class Entity(BaseModel):
    type: str = Field(description="phone, telegram, url, email, destination, ...")
    text: str = Field(description="`text[start:end]`.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    normalized: str | None = Field(
        default=None, description="Canonical form (E.164 for phones), if any."
    )


class Notice(BaseModel):
    code: str = Field(description="Stable code, e.g. NOT_A_JOB_AD.")
    message: str = Field(description="What it means, for a person.")


class ScoreResponse(BaseModel):
    """The verdict on one ad."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "score": 0.97,
                    "risk": "high",
                    "language": "id",
                    "model_version": "2025.01.01-abc123",
                    "flags": [
                        {
                            "rule_id": "free_travel_abroad.v1",
                            "title": "Free travel abroad",
                            "message": "Recruiters who pay your ticket abroad ...",
                            "weight": 0.6,
                            "evidence": [
                                {"start": 76, "end": 97, "text": "tiket pesawat gratis"}
                            ],
                        }
                    ],
                    "highlights": [
                        {
                            "start": 10,
                            "end": 25,
                            "text": "customer service",
                            "weight": 0.31,
                        }
                    ],
                    "text": SCAM_EXAMPLE,
                }
            ]
        }
    )

    score: float = Field(
        ge=0.0, le=1.0, description="Calibrated probability of a recruitment front."
    )
    risk: Risk = Field(description="From the thresholds stored with the model.")
    language: str = Field(description="Detected language of the ad, e.g. en, id.")
    model_version: str
    document_type: DocumentType | None = Field(
        default=None,
        description="What the text is: job_ad, warning_or_news, "
        "other_scam_or_promo or other (null for models without a "
        "document-type classifier).",
    )
    document_type_probability: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Probability of `document_type`."
    )
    flags: list[Flag] = Field(default_factory=list)
    highlights: list[Highlight] = Field(default_factory=list)
    entities: list[Entity] = Field(
        default_factory=list,
        description="Contacts, places, pay and organisations named in the ad.",
    )
    notices: list[Notice] = Field(
        default_factory=list,
        description="Remarks about the verdict itself: NOT_A_JOB_AD (the text "
        "is not a job ad, so the risk is low) or RED_FLAG_PATTERN (a rule "
        "with a floor raised the risk).",
    )
    case_id: str | None = Field(
        default=None,
        description="The stored case's id, where the deployment stores cases.",
    )
    text: str = Field(description="The text as scored; offsets refer to it.")
    ocr_text: str | None = Field(
        default=None,
        description="Only for pictures: the text OCR read (equal to `text`); "
        "correct it and POST it to /v1/score to re-check.",
    )
    image: ImageInfo | None = Field(
        default=None, description="Only for pictures: its size and OCR engine."
    )


class ErrorDetail(BaseModel):
    code: str = Field(
        description="Stable, machine-readable code.", examples=["EMPTY_AD"]
    )
    message: str = Field(description="What went wrong and what to do.")


class ErrorResponse(BaseModel):
    """Every error: `{"error": {"code", "message"}}`."""

    error: ErrorDetail


class BatchResponse(BaseModel):
    """One entry per input ad, in input order: a verdict or an error."""

    results: list[ScoreResponse | ErrorResponse] = Field(
        description="`results[i]` answers `ads[i]`: either a ScoreResponse or "
        '`{"error": {"code", "message"}}` with code EMPTY_AD, AD_TOO_LONG, '
        "AD_TOO_COSTLY, INVALID_AD or UNKNOWN_FIELD."
    )
    model_version: str


class LocalizedText(BaseModel):
    en: str
    id: str


class RuleInfo(BaseModel):
    id: str = Field(description="Versioned rule id.")
    title: LocalizedText
    message: LocalizedText
    weight: float
    languages: list[str]
    category: str
    source: str = Field(description="Where the rule comes from (report, advisory).")


class RulesResponse(BaseModel):
    rules: list[RuleInfo]
    count: int
    fingerprint: str | None = Field(
        default=None, description="sha256 of the rule definitions in use."
    )


class Thresholds(BaseModel):
    high: float
    medium: float


class Limits(BaseModel):
    max_ad_chars: int
    max_batch_size: int
    max_body_bytes: int


class ModelInfo(BaseModel):
    """What the loaded model is, what it learned from and how well it does."""

    model_version: str
    created_at: str | None = None
    git_commit: str | None = None
    selected: str | None = Field(default=None, description="Selected candidate.")
    thresholds: Thresholds
    rules_fingerprint: str | None = None
    data: dict[str, Any] = Field(
        default_factory=dict,
        description="Training data summary: corpus hash, synthetic_only, split "
        "counts, sources.",
    )
    metrics: dict[str, Any] = Field(
        default_factory=dict, description="Held-out evaluation metrics."
    )
    training_data: dict[str, Any] | None = Field(
        default=None,
        description="Which sources the model learned from: `full_real_data` "
        "(false when it lacks some or all of the real datasets), `summary`, "
        "`sources`, `datasets` (folder -> `full` or `redistributable`), "
        "`missing_datasets`. Null for models trained before it was recorded.",
    )
    versions: dict[str, Any] = Field(default_factory=dict)
    pipeline_sha256: str | None = Field(
        default=None,
        description="SHA-256 of the served pipeline file; the evaluation report "
        "names the same hash when it evaluated this model.",
    )
    tier_decision: dict[str, Any] | None = Field(
        default=None,
        description="Which tier serves online and in batch mode, from the last "
        "`waspada tiers` comparison, if one was run before training.",
    )
    limits: Limits


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready", "loading"]
    model_version: str | None = None
    error: ErrorDetail | None = Field(
        default=None, description="Why the model is not loaded yet, if known."
    )
