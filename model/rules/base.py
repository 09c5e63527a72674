"""The schema of a red-flag rule: data that a YAML file can hold.

A rule is named and versioned (``free_travel_abroad.v1``): once a version is
released its meaning stays fixed, so a change in behaviour gets a new id and
model artifacts can record exactly which rules they were trained with. The
shape follows SpamAssassin's named rules (id, score, description, meta rules
built from other rules) and Presidio's recognizers (patterns plus validators
that confirm a candidate match).

Two kinds of rule exist:

* pattern rules: ``patterns`` (regular expressions) and/or ``phrases``
  (literal phrases, matched case-insensitively with flexible spacing), with
  optional ``negations`` that cancel a match preceded/followed by words such
  as "jangan" or "tidak", and optional ``validators`` (named checks written
  in Python, e.g. ``salary_above_norm``) that must confirm every match;
* meta rules: ``requires`` and/or ``min_of`` over other rule ids or
  ``category:<name>``; they fire when the indicators co-occur.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from model.errors import RuleFileError
from model.langid import LANGUAGES
from model.rules.safety import UnsafePatternError, check_pattern
from model.rules.salary import find_salary_spans
from model.rules.validators import VALIDATORS

RULE_ID_RE = re.compile(r"^[a-z][a-z0-9_]{1,80}\.v[1-9][0-9]{0,3}$")
CATEGORY_PREFIX = "category:"

# The categories built-in rules use; user rules may add their own, so this is
# documentation and ordering for listings, not a closed set.
KNOWN_CATEGORIES: tuple[str, ...] = (
    "destination",
    "abroad",
    "bait_role",
    "salary",
    "low_barrier",
    "travel_benefit",
    "immigration",
    "documents",
    "contact",
    "pressure",
    "employer",
    "product",
    "task_scam",
    "fees",
    "placement",
    "meta",
)


class RuleDefinitionError(RuleFileError):
    """A rule file is invalid at a known place.

    Subclass of :class:`model.errors.RuleFileError` (same stable code), with
    the location as attributes so the CLI and API can point at the line.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.field = field


class _Strict(BaseModel):
    # extra="forbid": a misspelt key ("pattern:" for "patterns:") must be an
    # error naming the key, not a silently ignored field.
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(_Strict):
    """A short text in English and Indonesian (the two UI languages)."""

    en: str = Field(min_length=1, max_length=500)
    id: str = Field(min_length=1, max_length=500)


def named_matchers() -> dict[str, Callable[[str], list[tuple[int, int]]]]:
    """Matchers written in Python that YAML rules may use by name.

    Each takes the lowercased ad and returns spans; ``salary`` finds money
    amounts ("15jt", "Rp 15.000.000", "$1.5k", "1000-1500 dolar").
    """
    return {"salary": find_salary_spans}


def _check_safe(pattern: str) -> None:
    """Refuse a pattern that can backtrack exponentially (model.rules.safety);
    the message quotes the pattern, the loader adds file, line and rule."""
    try:
        check_pattern(pattern)
    except UnsafePatternError as exc:
        raise ValueError(f"unsafe regular expression {pattern!r}: {exc}") from exc


class PatternSpec(_Strict):
    """One regular expression (Python ``re`` syntax), case-insensitive unless
    ``case_sensitive`` is set; or ``named:`` one of :func:`named_matchers`
    (e.g. ``salary``, a matcher too involved for one regex)."""

    regex: str | None = Field(default=None, min_length=1)
    named: str | None = None
    case_sensitive: bool = False

    @model_validator(mode="after")
    def _one_source(self) -> PatternSpec:
        if (self.regex is None) == (self.named is None):
            raise ValueError("a pattern needs exactly one of 'regex' or 'named'")
        if self.named is not None and self.named not in named_matchers():
            known = ", ".join(sorted(named_matchers()))
            raise ValueError(f"unknown named pattern {self.named!r} (known: {known})")
        return self

    @property
    def expression(self) -> str:
        """The regex text (empty for a named matcher)."""
        return self.regex or ""

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from exc
        if compiled.groups and "(?P" in value:
            # Named groups would clash once the patterns of a rule are joined
            # into one alternation; plain groups are harmless.
            raise ValueError("named groups (?P<name>...) are not allowed")
        if compiled.match(""):
            raise ValueError("pattern matches the empty string")
        _check_safe(value)
        return value


class ValidatorSpec(_Strict):
    """A named check (see ``model.rules.validators``) with its parameters."""

    name: str
    params: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known(self) -> ValidatorSpec:
        entry = VALIDATORS.get(self.name)
        if entry is None:
            known = ", ".join(sorted(VALIDATORS))
            raise ValueError(f"unknown validator {self.name!r} (known: {known})")
        entry.params_model.model_validate(self.params)
        return self


class MinOf(_Strict):
    """At least ``count`` of ``rules`` (ids or ``category:<name>``) fire."""

    count: int = Field(ge=1)
    rules: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _count_fits(self) -> MinOf:
        if self.count > len(self.rules):
            raise ValueError(
                f"count {self.count} exceeds the {len(self.rules)} rules listed"
            )
        return self


class Examples(_Strict):
    """Texts the rule must fire on / must not fire on; checked by the tests
    and by :meth:`RuleRegistry.self_check`."""

    positive: list[str] = Field(default_factory=list)
    negative: list[str] = Field(default_factory=list)


def _as_pattern_spec(value: Any) -> Any:
    return {"regex": value} if isinstance(value, str) else value


def _as_validator_spec(value: Any) -> Any:
    return {"name": value} if isinstance(value, str) else value


def _check_reference(ref: str) -> str:
    if ref.startswith(CATEGORY_PREFIX):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", ref[len(CATEGORY_PREFIX) :]):
            raise ValueError(f"bad category reference {ref!r}")
    elif not RULE_ID_RE.match(ref):
        raise ValueError(f"bad rule reference {ref!r} (want name.vN or category:x)")
    return ref


class Rule(_Strict):
    """One named, versioned red flag."""

    id: str
    title: LocalizedText
    message: LocalizedText
    weight: float = Field(ge=0.0, le=1.0)
    category: str = Field(pattern=r"^[a-z][a-z0-9_]{0,40}$")
    languages: list[str] = Field(min_length=1)
    source: str = Field(min_length=3)
    patterns: list[PatternSpec] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    negations: list[str] = Field(default_factory=list)
    negation_window: int = Field(default=30, ge=1, le=200)
    negations_after: list[str] = Field(default_factory=list)
    negation_window_after: int = Field(default=30, ge=1, le=200)
    validators: list[ValidatorSpec] = Field(default_factory=list)
    requires: list[str] = Field(default_factory=list)
    min_of: MinOf | None = None
    # The least risk a job ad gets when this rule fires, whatever the model
    # says: for patterns so specific that they decide on their own (issue
    # 13: ads in languages the model has little data for).
    floor: Literal["medium", "high"] | None = None
    examples: Examples = Field(default_factory=Examples)

    @field_validator("id")
    @classmethod
    def _id_format(cls, value: str) -> str:
        if not RULE_ID_RE.match(value):
            raise ValueError(
                "id must look like 'snake_case_name.v1' (lowercase, versioned)"
            )
        return value

    @field_validator("languages")
    @classmethod
    def _languages_known(cls, value: list[str]) -> list[str]:
        unknown = [lang for lang in value if lang not in LANGUAGES]
        if unknown:
            raise ValueError(
                f"unknown language code(s) {unknown}; use {', '.join(LANGUAGES)}"
            )
        return value

    @field_validator("patterns", mode="before")
    @classmethod
    def _pattern_shorthand(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [_as_pattern_spec(item) for item in value]
        return value

    @field_validator("validators", mode="before")
    @classmethod
    def _validator_shorthand(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [_as_validator_spec(item) for item in value]
        return value

    @field_validator("phrases")
    @classmethod
    def _phrases_non_blank(cls, value: list[str]) -> list[str]:
        for phrase in value:
            if not phrase.strip():
                raise ValueError("phrases must not be blank")
        return value

    @field_validator("negations", "negations_after")
    @classmethod
    def _negations_compile(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                re.compile(item)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {item!r}: {exc}") from exc
            _check_safe(item)
        return value

    @field_validator("requires")
    @classmethod
    def _requires_refs(cls, value: list[str]) -> list[str]:
        return [_check_reference(ref) for ref in value]

    @field_validator("min_of")
    @classmethod
    def _min_of_refs(cls, value: MinOf | None) -> MinOf | None:
        if value is not None:
            for ref in value.rules:
                _check_reference(ref)
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> Rule:
        matcher = bool(self.patterns or self.phrases)
        meta = bool(self.requires or self.min_of)
        if matcher and meta:
            raise ValueError(
                "a rule has either patterns/phrases or requires/min_of, not both"
            )
        if not matcher and not meta:
            raise ValueError("a rule needs patterns, phrases, requires or min_of")
        if meta and (self.validators or self.negations or self.negations_after):
            raise ValueError("meta rules take no validators or negations")
        refs = [*self.requires, *(self.min_of.rules if self.min_of else [])]
        if self.id in refs:
            raise ValueError("a meta rule cannot refer to itself")
        return self

    @property
    def is_meta(self) -> bool:
        return bool(self.requires or self.min_of)

    @property
    def references(self) -> tuple[str, ...]:
        """Rule ids and ``category:`` references a meta rule depends on."""
        refs = [*self.requires, *(self.min_of.rules if self.min_of else [])]
        return tuple(dict.fromkeys(refs))

    def canonical(self) -> dict[str, Any]:
        """The definition that decides behaviour, for fingerprints.

        Examples are left out on purpose: fixing a test example does not
        change what the rule does, so it must not invalidate model artifacts.
        """
        return self.model_dump(mode="json", exclude={"examples"})

    def public_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": {"en": self.title.en, "id": self.title.id},
            "message": {"en": self.message.en, "id": self.message.id},
            "weight": self.weight,
            "languages": list(self.languages),
            "category": self.category,
            "source": self.source,
        }
