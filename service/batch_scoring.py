"""Scoring chunks of rows, wherever the model is: a pool worker, a Dask
worker or the parent process itself (``--workers 1``).

Every raw row gets exactly one output row whatever happens: a failing batch
is scored again ad by ad, and a failure that escapes even that costs only
the rows it touches.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.verdict import Verdict, entity_record, verdict_record
from service.batch_images import IMAGE_KEY, score_image_row
from service.batch_options import EntityMode
from service.batch_parse import parse_chunk
from service.batch_rows import Chunk, OutRow, ParsedRow, describe, row_error

if TYPE_CHECKING:
    from model.detector import Detector


@dataclass(frozen=True)
class ScoreConfig:
    """Everything a worker needs to turn a chunk into output rows."""

    model: str
    explain: bool = False
    lang: str = "en"
    fields: Mapping[str, str] = field(default_factory=dict)
    # Which rows list entities: none, flagged (medium/high, the default:
    # clean postings cost nothing extra) or all.
    entities: EntityMode = "flagged"
    # Folder that relative paths in the `image` column start from.
    image_root: str | None = None
    # Score every row as a job ad (no document-type override).
    assume_job_ad: bool = False


def _explanation(verdict: Verdict) -> dict[str, Any]:
    record = verdict_record(verdict, include_text=False)
    explanation = {
        "language": record["language"],
        "flags": record["flags"],
        "highlights": record["highlights"],
        "notices": record["notices"],
    }
    if "ocr_text" in record:  # a picture: its text, size and the boxes
        explanation["ocr_text"] = record["ocr_text"]
        explanation["image"] = record["image"]
    return explanation


def _to_row(row_id: str | None, result: Any, explain: bool) -> OutRow:
    from model.errors import WaspadaError

    if isinstance(result, WaspadaError):
        return OutRow(row_id, None, None, (), row_error(result.code, result.message))
    return OutRow(
        row_id,
        float(result.score),
        str(result.risk),
        tuple(flag.rule_id for flag in result.flags),
        None,
        _explanation(result) if explain else None,
        result.document_type,
        result.document_type_probability,
        tuple(entity_record(entity) for entity in result.entities),
        tuple(notice.code for notice in result.notices),
    )


def score_parsed(
    detector: Detector, parsed: Sequence[ParsedRow], config: ScoreConfig
) -> list[OutRow]:
    """Score the usable rows in one batch call; error rows pass through."""
    usable = [row for row in parsed if row.ad is not None and IMAGE_KEY not in row.ad]
    ads = [row.ad for row in usable if row.ad is not None]
    try:
        results: list[Any] = detector.score_batch(
            ads,
            explain=config.explain,
            message_language=config.lang,
            entities=config.entities,
            assume_job_ad=config.assume_job_ad,
        )
    except Exception:
        # One pathological ad must not cost its 999 neighbours: score one by
        # one and mark only the ads that fail.
        results = [_score_one(detector, ad, config) for ad in ads]
    by_row = iter(results)
    out: list[OutRow] = []
    for row in parsed:
        if row.ad is None:
            out.append(OutRow(row.id, None, None, (), row.error))
        elif IMAGE_KEY in row.ad:
            result = score_image_row(
                detector,
                row.ad,
                root=config.image_root,
                explain=config.explain,
                lang=config.lang,
                entities=config.entities,
            )
            out.append(_to_row(row.id, result, config.explain))
        else:
            out.append(_to_row(row.id, next(by_row), config.explain))
    return out


def _score_one(detector: Detector, ad: Mapping[str, str], config: ScoreConfig) -> Any:
    from model.errors import WaspadaError

    try:
        return detector.score_batch(
            [ad],
            explain=config.explain,
            message_language=config.lang,
            entities=config.entities,
            assume_job_ad=config.assume_job_ad,
        )[0]
    except Exception as exc:
        return WaspadaError(
            f"the model failed on this ad ({describe(exc)})",
            code="SCORING_FAILED",
        )


def score_chunk(detector: Detector, chunk: Chunk, config: ScoreConfig) -> list[OutRow]:
    """One output row per raw row, whatever happens: a failure that escapes
    the per-row handling (a bug, memory) costs only the rows it touches."""
    try:
        return score_parsed(detector, parse_chunk(chunk, config.fields), config)
    except Exception:
        return [
            _score_row_alone(detector, chunk, i, config) for i in range(len(chunk.rows))
        ]


def _score_row_alone(
    detector: Detector, chunk: Chunk, index: int, config: ScoreConfig
) -> OutRow:
    one = Chunk(chunk.kind, chunk.start + index, [chunk.rows[index]], chunk.header)
    try:
        return score_parsed(detector, parse_chunk(one, config.fields), config)[0]
    except Exception as exc:
        return OutRow(
            None,
            None,
            None,
            (),
            row_error(
                "INTERNAL_ROW_ERROR",
                f"this row could not be processed ({describe(exc)}) "
                f"(input row {one.start + 1:,})",
            ),
        )


_DETECTORS: dict[tuple[str, bool], Detector] = {}
_DETECTORS_LOCK = threading.Lock()


def cached_detector(model: str, *, verify: bool = True) -> Detector:
    """One Detector per process (and model path): Dask tasks and pool workers
    reuse it, so the model is unpickled once per worker, not per chunk."""
    key = (str(Path(model).resolve()), verify)
    with _DETECTORS_LOCK:  # threaded Dask workers must not load it twice
        detector = _DETECTORS.get(key)
        if detector is None:
            from model.detector import Detector
            from model.errors import ArtifactError, WaspadaError

            try:
                detector = Detector.load(model, verify=verify)
            except WaspadaError:
                raise
            except Exception as exc:
                # e.g. a pickle from another version of the code: still one
                # clear line for the user, not a traceback from a worker.
                raise ArtifactError(
                    f"Could not load the model at {model} "
                    f"({type(exc).__name__}: {exc}). Retrain it with "
                    "`make train` for this version of Waspada."
                ) from exc
            _DETECTORS[key] = detector
    return detector
