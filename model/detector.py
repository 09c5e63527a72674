"""The one entry point the service, CLI and batch jobs use: ads in, verdicts out."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, get_args

from model.ad import join_fields
from model.artifact import LoadedArtifact, load_artifact
from model.budget import DEFAULT_MAX_AD_SECONDS, ad_budget
from model.doctype import DOCTYPE_FILE, NOT_A_JOB_AD, notice_message
from model.entities import EntityExtractor
from model.errors import AdTooCostlyError, AdTooLongError, EmptyAdError, InvalidAdError
from model.explain import LinearExplainer
from model.features import PreparedAd, default_registry, prepare
from model.langid import detect_language
from model.linear_scorer import Explained, LinearScorer
from model.rules.registry import RuleRegistry
from model.verdict import (
    Entity,
    Evidence,
    Flag,
    Highlight,
    Notice,
    Risk,
    RuleHit,
    Verdict,
)

AdInput = str | Mapping[str, Any]
# Which verdicts carry entities: none, only medium/high ones, or all.
EntityMode = Literal["none", "flagged", "all"]
ENTITY_MODES: tuple[str, ...] = get_args(EntityMode)
logger = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 100_000
MESSAGE_LANGUAGES = ("en", "id")
# An ad ready to score: its position in the batch, its rules and features,
# and when its time budget started (see model.budget).
_Kept = tuple[int, PreparedAd, float]
# Probability a non-ad document type needs before it overrides the scam
# score, for artifacts that do not store their own.
DEFAULT_DOCTYPE_CONFIDENCE = 0.7
RED_FLAG_PATTERN = "RED_FLAG_PATTERN"
# Document types a rule with a floor overrides: a scam-recruitment pattern
# in what reads as a promotion or a listing is a job offer after all (ads in
# languages the document-type model knows little of are often read so). A
# warning or a news report quotes such patterns: it stays low.
FLOOR_BEATS_TYPES = frozenset({"other_scam_or_promo", "other"})
# What the RED_FLAG_PATTERN notice says, per message language.
_FLOOR_MESSAGES = {
    "en": "Raised to {risk} risk by a red-flag pattern that is enough on its "
    "own: {title}.",
    "id": "Dinaikkan ke risiko {risk} oleh pola tanda bahaya yang cukup kuat "
    "dengan sendirinya: {title}.",
}
_RISK_WORDS = {"en": {}, "id": {"medium": "sedang", "high": "tinggi"}}


class Detector:
    """A loaded, verified model plus the red-flag rules that explain it."""

    def __init__(
        self,
        artifact: LoadedArtifact,
        registry: RuleRegistry | None = None,
        *,
        max_chars: int = DEFAULT_MAX_CHARS,
        max_seconds: float | None = DEFAULT_MAX_AD_SECONDS,
    ) -> None:
        self.artifact = artifact
        # Time budget per ad (model.budget); None: unlimited.
        self.max_seconds = max_seconds
        self.pipeline = artifact.pipeline
        self.meta = artifact.meta
        self.registry = registry if registry is not None else default_registry()
        self.max_chars = max_chars
        thresholds = self.meta.get("thresholds", {})
        self.high_threshold = float(thresholds.get("high", 0.8))
        self.medium_threshold = float(thresholds.get("medium", 0.5))
        self._scorer = _verified_scorer(self.pipeline, self.registry)
        self._explainer = (
            LinearExplainer(self._scorer) if self._scorer is not None else None
        )
        self._entity_extractor: EntityExtractor | None = None
        # Rules whose firing decides the least risk (``floor`` in their data).
        self.floors = {
            rule.id: rule.floor for rule in self.registry.rules if rule.floor
        }
        # What the text is (job ad, warning, ...): absent in older artifacts.
        self.doctype = artifact.models.get(DOCTYPE_FILE)
        doctype_meta = self.meta.get("document_type") or {}
        self.doctype_confidence = float(
            doctype_meta.get("confidence_threshold", DEFAULT_DOCTYPE_CONFIDENCE)
        )

    @property
    def entity_extractor(self) -> EntityExtractor:
        """Built on first use: spaCy's import and tokenizers take seconds."""
        if self._entity_extractor is None:
            self._entity_extractor = EntityExtractor()
        return self._entity_extractor

    @classmethod
    def load(
        cls,
        path: str | Path,
        *,
        registry: RuleRegistry | None = None,
        verify: bool = True,
        max_chars: int = DEFAULT_MAX_CHARS,
        max_seconds: float | None = DEFAULT_MAX_AD_SECONDS,
        key: str | bytes | None = None,
        pipeline_sha256: str | None = None,
    ) -> Detector:
        """Load and verify an artifact folder (see ``model.artifact``; the
        signing key and pipeline pin default to the environment's)."""
        return cls(
            load_artifact(
                path, verify=verify, key=key, pipeline_sha256=pipeline_sha256
            ),
            registry,
            max_chars=max_chars,
            max_seconds=max_seconds,
        )

    @property
    def version(self) -> str:
        return str(self.meta.get("model_version", "unknown"))

    @property
    def thresholds(self) -> dict[str, float]:
        return {"high": self.high_threshold, "medium": self.medium_threshold}

    def risk_for(self, score: float) -> Risk:
        if score >= self.high_threshold:
            return "high"
        if score >= self.medium_threshold:
            return "medium"
        return "low"

    def ad_text(self, ad: AdInput) -> str:
        """The text that is scored for ``ad``; raises InvalidAdError if unusable."""
        if isinstance(ad, str):
            text = ad
        elif isinstance(ad, Mapping):
            text = join_fields(ad)
        else:
            raise InvalidAdError(
                f"An ad is a string or an object of fields, not {type(ad).__name__}."
            )
        if not text.strip():
            raise EmptyAdError(
                "The ad is empty: give its text or at least one non-empty field."
            )
        if len(text) > self.max_chars:
            raise AdTooLongError(
                f"The ad has {len(text):,} characters; the limit is "
                f"{self.max_chars:,}. Send the ad itself, not a whole page."
            )
        return text

    def score(
        self,
        ads: Sequence[AdInput],
        *,
        explain: bool = True,
        message_language: str = "en",
        entities: EntityMode = "none",
        assume_job_ad: bool = False,
    ) -> list[Verdict]:
        """Score ads; raises InvalidAdError on the first ad that cannot be scored."""
        results = self.score_batch(
            ads,
            explain=explain,
            message_language=message_language,
            entities=entities,
            assume_job_ad=assume_job_ad,
        )
        for result in results:
            if isinstance(result, InvalidAdError):
                raise result
        return [r for r in results if isinstance(r, Verdict)]

    def score_one(
        self,
        ad: AdInput,
        *,
        explain: bool = True,
        message_language: str = "en",
        entities: EntityMode = "none",
        assume_job_ad: bool = False,
    ) -> Verdict:
        return self.score(
            [ad],
            explain=explain,
            message_language=message_language,
            entities=entities,
            assume_job_ad=assume_job_ad,
        )[0]

    def score_batch(
        self,
        ads: Sequence[AdInput],
        *,
        explain: bool = False,
        message_language: str = "en",
        entities: EntityMode = "none",
        assume_job_ad: bool = False,
    ) -> list[Verdict | InvalidAdError]:
        """Score ads, returning an error object in place of each unusable ad.

        ``entities`` says which verdicts carry the contacts, places, pay and
        organisations the ad names: none, medium/high ones ("flagged"), all.
        A text the document-type model confidently calls something other
        than a job ad gets risk ``low`` and a ``NOT_A_JOB_AD`` notice (its
        flags are still listed); ``assume_job_ad`` skips that and gives the
        plain scam score of any text.
        """
        if entities not in ENTITY_MODES:
            raise ValueError(
                f"entities must be one of {ENTITY_MODES}, not {entities!r}"
            )
        results: list[Verdict | InvalidAdError | None] = [None] * len(ads)
        kept = self._prepare_all(ads, explain, results)
        if kept and explain and self._scorer is not None:
            self._score_explained(
                kept, results, message_language, entities, assume_job_ad
            )
        elif kept:
            self._score_together(
                kept, results, explain, message_language, entities, assume_job_ad
            )
        return [r for r in results if r is not None]

    def _prepare_all(
        self,
        ads: Sequence[AdInput],
        explain: bool,
        results: list[Verdict | InvalidAdError | None],
    ) -> list[_Kept]:
        """Normalise and match rules on each ad; the ads that can be scored,
        with an error put in ``results`` for each of the others."""
        kept: list[_Kept] = []
        for position, ad in enumerate(ads):
            try:
                text = self.ad_text(ad)
            except InvalidAdError as error:
                results[position] = error
                continue
            # When the ad's time budget started (see model.budget).
            began = time.monotonic()
            try:
                with ad_budget(self.max_seconds, started=began):
                    ready = prepare(text, self.registry, evidence=explain)
            except AdTooCostlyError as error:
                results[position] = error
                continue
            if not ready.text.strip():
                # Markup or invisible characters only: nothing a person can read.
                results[position] = EmptyAdError(
                    "The ad has no readable text once HTML and invisible "
                    "characters are removed."
                )
                continue
            kept.append((position, ready, began))
        return kept

    def _score_explained(
        self,
        kept: list[_Kept],
        results: list[Verdict | InvalidAdError | None],
        message_language: str,
        entities: EntityMode,
        assume_job_ad: bool,
    ) -> None:
        """Score and explain with the direct scorer, one ad at a time: the
        explanation reuses what scored it."""
        assert self._scorer is not None
        for position, ready_ad, began in kept:
            try:
                with ad_budget(self.max_seconds, started=began):
                    probability, found = self._scorer.score_explained(ready_ad)
                    results[position] = self._verdict(
                        ready_ad,
                        probability,
                        True,
                        message_language,
                        entities,
                        found,
                        assume_job_ad=assume_job_ad,
                    )
            except AdTooCostlyError as error:
                results[position] = error

    def _score_together(
        self,
        kept: list[_Kept],
        results: list[Verdict | InvalidAdError | None],
        explain: bool,
        message_language: str,
        entities: EntityMode,
        assume_job_ad: bool,
    ) -> None:
        """Score all kept ads in one call (no explanation)."""
        prepared = [ready for _, ready, _ in kept]
        if self._scorer is not None:
            probabilities = self._scorer.predict_proba(prepared)
        else:
            probabilities = self.pipeline.predict_proba(prepared)[:, 1]
        for (position, ready_ad, _), probability in zip(
            kept, probabilities, strict=True
        ):
            results[position] = self._verdict(
                ready_ad,
                float(probability),
                explain,
                message_language,
                entities,
                assume_job_ad=assume_job_ad,
            )

    def _verdict(
        self,
        ad: PreparedAd,
        score: float,
        explain: bool,
        message_language: str,
        entities: EntityMode = "none",
        found: Explained | None = None,
        *,
        assume_job_ad: bool = False,
    ) -> Verdict:
        assert ad.normalized is not None
        flags = self._flags(ad.hits, message_language) if explain else ()
        if not explain:
            flags = tuple(
                Flag(rule_id, "", "", weight)
                for rule_id, weight in _distinct_rules(ad.fired)
            )
        highlights: tuple[Highlight, ...] = ()
        if explain and self._explainer is not None:
            highlights = tuple(self._explainer.highlights(ad, found))
        decided = self._decide(ad, score, message_language, assume_job_ad)
        score, risk, document_type, type_probability, notices = decided
        language = detect_language(ad.text)
        named: tuple[Entity, ...] = ()
        if entities == "all" or (entities == "flagged" and risk != "low"):
            named = tuple(
                self.entity_extractor.extract(
                    ad.normalized.original, language=language, normalized=ad.normalized
                )
            )
        return Verdict(
            score=round(score, 6),
            risk=risk,
            language=language,
            model_version=self.version,
            flags=flags,
            highlights=highlights,
            text=ad.normalized.original,
            document_type=document_type,  # type: ignore[arg-type]
            document_type_probability=(
                None if type_probability is None else round(type_probability, 4)
            ),
            entities=named,
            notices=notices,
        )

    def _decide(
        self, ad: PreparedAd, score: float, message_language: str, assume_job_ad: bool
    ) -> tuple[float, Risk, str | None, float | None, tuple[Notice, ...]]:
        """The score and risk served for ``ad``, after its document type and
        the rules with a floor: (score, risk, type, its probability, notices)."""
        lang = message_language if message_language in MESSAGE_LANGUAGES else "en"
        floor = self._floor_rule(ad.fired)
        # A floor that overrides a confident non-ad reading always says so,
        # even where the score needs no raising: it decided the risk.
        beat_type = False
        if self.doctype is None:
            document_type, type_probability = None, None
        else:
            document_type, type_probability, p_job = self.doctype.classify(ad.text)
            read_as_not_ad = (
                not assume_job_ad
                and document_type != "job_ad"
                and type_probability >= self.doctype_confidence
            )
            # A recruitment pattern in what reads as a promotion or a
            # listing: a job offer after all (see FLOOR_BEATS_TYPES).
            beat_type = bool(
                read_as_not_ad and floor and document_type in FLOOR_BEATS_TYPES
            )
            if read_as_not_ad and not beat_type:
                # P(scam recruitment front) = P(job ad) x P(scam | job ad),
                # kept below the medium threshold: the text is not an ad.
                score = min(score * p_job, self.medium_threshold * 0.999)
                notice = Notice(NOT_A_JOB_AD, notice_message(document_type, lang))
                return score, "low", document_type, type_probability, (notice,)
        notices: tuple[Notice, ...] = ()
        if floor:
            score, notices = self._floor(score, floor, lang, always=beat_type)
        return score, self.risk_for(score), document_type, type_probability, notices

    def _floor_rule(self, fired: Sequence[tuple[str, float]]) -> tuple[str, str] | None:
        """(floor, rule id) of the strongest floor among the rules that fired."""
        floored = [
            (self.floors[rule_id], rule_id)
            for rule_id, _ in fired
            if rule_id in self.floors
        ]
        # "high" sorts before "medium": the strongest floor, then the rule id.
        return min(floored) if floored else None

    def _floor(
        self, score: float, floor: tuple[str, str], lang: str, *, always: bool = False
    ) -> tuple[float, tuple[Notice, ...]]:
        """``score`` raised to the threshold of ``floor``, with the notice
        that says why; or unchanged, and without a notice unless ``always``,
        where it is already there."""
        risk, rule_id = floor
        threshold = self.high_threshold if risk == "high" else self.medium_threshold
        # Rounded up to the 6 decimals a verdict shows, so the shown score
        # still reaches the threshold.
        threshold = math.ceil(threshold * 1e6) / 1e6
        if score >= threshold and not always:
            return score, ()
        try:
            title = getattr(self.registry.get(rule_id).title, lang)
        except KeyError:
            title = rule_id
        message = _FLOOR_MESSAGES[lang].format(
            risk=_RISK_WORDS[lang].get(risk, risk), title=title
        )
        return max(score, threshold), (Notice(RED_FLAG_PATTERN, message),)

    def _flags(self, hits: Sequence[RuleHit], language: str) -> tuple[Flag, ...]:
        lang = language if language in MESSAGE_LANGUAGES else "en"
        grouped: dict[str, list[RuleHit]] = {}
        for hit in hits:
            grouped.setdefault(hit.rule_id, []).append(hit)
        flags = []
        for rule_id, rule_hits in grouped.items():
            try:
                rule = self.registry.get(rule_id)
                title = getattr(rule.title, lang)
                message = getattr(rule.message, lang)
            except KeyError:
                title = message = rule_id
            flags.append(
                Flag(
                    rule_id=rule_id,
                    title=title,
                    message=message,
                    weight=rule_hits[0].weight,
                    evidence=tuple(
                        Evidence(hit.start, hit.end, hit.text) for hit in rule_hits
                    ),
                )
            )
        flags.sort(key=lambda flag: (-flag.weight, flag.rule_id))
        return tuple(flags)


# Short ads in the languages Waspada serves, scored both ways at load time.
PROBE_ADS = (
    "Loker admin online Kamboja, gaji 15 juta, tiket PP ditanggung, tanpa "
    "pengalaman. Hubungi WA +62 812-3456-7890",
    "Customer service wanted in Phnom Penh. Salary $1,500/month, free flight, "
    "no experience needed! Telegram @hr_asia",
    "PT Maju Jaya membuka lowongan staf gudang di Bekasi. Syarat: SMA/SMK, "
    "jujur dan disiplin. Lamaran ke hrd@majujaya.co.id",
    "Accountant, full time, Kuala Lumpur. Degree in accounting and 3 years "
    "of experience. Apply through our careers page.",
    "高薪招聘客服，月薪2万，包机票，无需经验，工作地点柬埔寨西港",
    "รับสมัครพนักงานแอดมิน เงินเดือนสูง ไม่ต้องมีประสบการณ์ ทำงานที่กัมพูชา",
    "Tuyển nhân viên chăm sóc khách hàng, lương cao, bao vé máy bay, Campuchia",
    "ជ្រើសរើសបុគ្គលិក ប្រាក់ខែខ្ពស់ នៅភ្នំពេញ",
    "SLOT GACOR hari ini!!! Daftar sekarang, deposit 10rb WD berapapun 🎰🔥",
    "ok",
)


def _verified_scorer(pipeline: Any, registry: RuleRegistry) -> LinearScorer | None:
    """The direct scorer for ``pipeline``, if it reproduces the pipeline.

    It re-implements the pipeline's arithmetic for speed, so it is only
    trusted after agreeing with ``pipeline.predict_proba`` on probe ads;
    otherwise (another pipeline shape, a library change) the pipeline
    itself scores.
    """
    if not LinearScorer.supports(pipeline):
        return None
    try:
        scorer = LinearScorer(pipeline)
        probes = [prepare(text, registry, keep_offsets=False) for text in PROBE_ADS]
        agrees, difference = scorer.agrees_with_pipeline(pipeline, probes)
    except Exception:  # any doubt: keep the pipeline, which is verified
        logger.warning(
            "fast scorer unavailable; scoring with the pipeline", exc_info=True
        )
        return None
    if not agrees:
        logger.warning(
            "fast scorer differs from the pipeline by %.2g; scoring with the pipeline",
            difference,
        )
        return None
    return scorer


def _distinct_rules(fired: Sequence[tuple[str, float]]) -> list[tuple[str, float]]:
    return sorted(fired, key=lambda item: (-item[1], item[0]))
