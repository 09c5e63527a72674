"""Data access for cases and reviews (``CaseStore``).

Every method is blocking (run it in a worker thread from async code) and
turns database failures into ``StoreUnavailable``. Reviews are only ever
inserted, so concurrent reviewers cannot overwrite each other; the current
label is derived from them on read (``labels.derive``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    Engine,
    and_,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from service.store.db import StoreUnavailable
from service.store.labels import VOTING_LABELS, agrees, derive
from service.store.tables import cases, reviews

T = TypeVar("T")

RISK_ORDER = {"medium": 0, "high": 1, "low": 2}


def utcnow() -> datetime:
    """Naive UTC, as the tables store it."""
    return datetime.now(UTC).replace(tzinfo=None)


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")


def text_hash(text: str) -> str:
    """SHA-256 of the normalised text: the same ad is recognised again."""
    from model.preprocess import normalize

    key = " ".join(normalize(text).text.casefold().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class NewCase:
    """A case as the recorder hands it over (text already decided)."""

    id: str
    created_at: datetime
    channel: str
    model_version: str
    score: float
    risk: str
    flags: list[str]
    language: str
    text_sha256: str
    text: str | None = None
    source_url: str | None = None
    document_type: str | None = None
    marks: list[list[Any]] | None = None


@dataclass(frozen=True, slots=True)
class CaseFilter:
    unreviewed: bool = False
    risk: tuple[str, ...] = ()
    disagreement: bool = False
    channel: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None


@dataclass(slots=True)
class CasePage:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


@dataclass(slots=True)
class PurgeResult:
    texts_erased: int
    cutoff: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _tally() -> Any:
    """Per case: votes per label and the clients' right/wrong counts."""
    review = reviews.c.kind == "review"
    feedback = reviews.c.kind == "feedback"
    columns: list[Any] = [reviews.c.case_id]
    for label in (*VOTING_LABELS, "unsure"):
        columns.append(
            func.sum(case((and_(review, reviews.c.label == label), 1), else_=0)).label(
                f"n_{label}"
            )
        )
    columns.append(
        func.sum(case((and_(feedback, reviews.c.correct.is_(True)), 1), else_=0)).label(
            "n_right"
        )
    )
    columns.append(
        func.sum(
            case((and_(feedback, reviews.c.correct.is_(False)), 1), else_=0)
        ).label("n_wrong")
    )
    columns.append(func.max(reviews.c.created_at).label("last_review_at"))
    return select(*columns).group_by(reviews.c.case_id).subquery("tally")


class CaseStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _guard(self, work: Callable[[], T]) -> T:
        try:
            return work()
        except SQLAlchemyError as error:
            raise StoreUnavailable(type(error).__name__) from error

    def ping(self) -> None:
        def work() -> None:
            with self.engine.connect() as connection:
                connection.execute(select(1))

        self._guard(work)

    # -- writing -----------------------------------------------------------

    def add_cases(self, new: Sequence[NewCase]) -> int:
        if not new:
            return 0
        rows = [
            {
                "id": item.id,
                "created_at": item.created_at,
                "channel": item.channel,
                "model_version": item.model_version[:120],
                "score": item.score,
                "risk": item.risk,
                "flags": item.flags,
                "language": item.language[:16],
                "source_url": item.source_url,
                "text": item.text,
                "text_sha256": item.text_sha256,
                "text_erased": False,
                "document_type": item.document_type,
                "marks": item.marks,
            }
            for item in new
        ]

        def work() -> int:
            with self.engine.begin() as connection:
                connection.execute(insert(cases), rows)
            return len(rows)

        return self._guard(work)

    def exists(self, case_id: str) -> bool:
        def work() -> bool:
            with self.engine.connect() as connection:
                found = connection.execute(
                    select(cases.c.id).where(cases.c.id == case_id)
                ).first()
            return found is not None

        return self._guard(work)

    def add_review(
        self,
        case_id: str,
        *,
        kind: str,
        reviewer: str,
        label: str | None = None,
        correct: bool | None = None,
        note: str | None = None,
    ) -> int | None:
        """Append a review or feedback; None when the case does not exist."""

        def work() -> int | None:
            with self.engine.begin() as connection:
                found = connection.execute(
                    select(cases.c.id).where(cases.c.id == case_id)
                ).first()
                if found is None:
                    return None
                result = connection.execute(
                    insert(reviews).values(
                        case_id=case_id,
                        kind=kind,
                        reviewer=reviewer[:64],
                        label=label,
                        correct=correct,
                        note=note,
                        created_at=utcnow(),
                    )
                )
                key = result.inserted_primary_key
                return int(key[0]) if key else 0

        return self._guard(work)

    def erase(self, case_id: str, *, remove: bool = False) -> bool:
        """Erase a case's text and URL (or the whole case); False if absent."""

        def work() -> bool:
            with self.engine.begin() as connection:
                if remove:
                    connection.execute(
                        delete(reviews).where(reviews.c.case_id == case_id)
                    )
                    done = connection.execute(
                        delete(cases).where(cases.c.id == case_id)
                    )
                else:
                    done = connection.execute(
                        update(cases)
                        .where(cases.c.id == case_id)
                        .values(
                            text=None, source_url=None, marks=None, text_erased=True
                        )
                    )
            return bool(done.rowcount)

        return self._guard(work)

    def purge_texts(
        self, retention_days: int, now: datetime | None = None
    ) -> PurgeResult:
        """Erase texts and URLs of cases older than ``retention_days``."""
        if retention_days <= 0:
            return PurgeResult(0)
        cutoff = (now or utcnow()) - timedelta(days=retention_days)

        def work() -> PurgeResult:
            with self.engine.begin() as connection:
                done = connection.execute(
                    update(cases)
                    .where(cases.c.created_at < cutoff)
                    .where(
                        or_(cases.c.text.is_not(None), cases.c.source_url.is_not(None))
                    )
                    .values(text=None, source_url=None, marks=None, text_erased=True)
                )
            return PurgeResult(int(done.rowcount or 0), cutoff)

        return self._guard(work)

    # -- reading -----------------------------------------------------------

    def _case_query(self) -> tuple[Any, Any]:
        tally = _tally()
        columns: list[Any] = [cases]
        for name in (*VOTING_LABELS, "unsure", "right", "wrong"):
            columns.append(func.coalesce(tally.c[f"n_{name}"], 0).label(f"n_{name}"))
        columns.append(tally.c.last_review_at)
        query = select(*columns).select_from(
            cases.outerjoin(tally, tally.c.case_id == cases.c.id)
        )
        return query, tally

    def _where(self, query: Any, tally: Any, filters: CaseFilter) -> Any:
        n = {
            name: func.coalesce(tally.c[f"n_{name}"], 0)
            for name in (*VOTING_LABELS, "unsure", "right", "wrong")
        }
        if filters.unreviewed:
            query = query.where(
                n["scam"] + n["legitimate"] + n["not_a_job_ad"] + n["unsure"] == 0
            )
        if filters.risk:
            query = query.where(cases.c.risk.in_(filters.risk))
        if filters.channel:
            query = query.where(cases.c.channel.in_(filters.channel))
        if filters.since is not None:
            query = query.where(
                cases.c.created_at
                >= datetime.combine(filters.since, datetime.min.time())
            )
        if filters.until is not None and filters.until < date.max:
            end = datetime.combine(filters.until, datetime.min.time()) + timedelta(
                days=1
            )
            query = query.where(cases.c.created_at < end)
        if filters.disagreement:
            negative = n["legitimate"] + n["not_a_job_ad"]
            query = query.where(
                or_(
                    and_(cases.c.risk.in_(("high", "medium")), negative > n["scam"]),
                    and_(cases.c.risk == "low", n["scam"] > negative),
                    and_(n["scam"] > 0, negative > 0),
                    n["wrong"] > 0,
                )
            )
        return query

    def list_cases(
        self, filters: CaseFilter, *, limit: int = 20, offset: int = 0
    ) -> CasePage:
        query, tally = self._case_query()
        query = self._where(query, tally, filters)
        band = case(
            *((cases.c.risk == risk, order) for risk, order in RISK_ORDER.items()),
            else_=3,
        )
        ordered = (
            query.order_by(band, cases.c.created_at.desc(), cases.c.id)
            .limit(limit)
            .offset(offset)
        )
        counted = select(func.count()).select_from(query.subquery())

        def work() -> CasePage:
            with self.engine.connect() as connection:
                total = int(connection.execute(counted).scalar_one())
                rows = connection.execute(ordered).mappings().all()
            return CasePage([case_record(row) for row in rows], total, limit, offset)

        return self._guard(work)

    def get_case(
        self, case_id: str, *, with_reviews: bool = True
    ) -> dict[str, Any] | None:
        query, _tally = self._case_query()
        query = query.where(cases.c.id == case_id)

        def work() -> dict[str, Any] | None:
            with self.engine.connect() as connection:
                row = connection.execute(query).mappings().first()
                if row is None:
                    return None
                record = case_record(row)
                if with_reviews:
                    found = connection.execute(
                        select(reviews)
                        .where(reviews.c.case_id == case_id)
                        .order_by(reviews.c.id)
                    ).mappings()
                    record["review_log"] = [review_record(r) for r in found]
            return record

        return self._guard(work)

    def iter_cases(
        self, *, reviewed_only: bool = True, batch: int = 500
    ) -> Iterator[dict[str, Any]]:
        """Every case (or every reviewed one), oldest first, for export."""
        query, tally = self._case_query()
        if reviewed_only:
            query = query.where(tally.c.case_id.is_not(None))
        query = query.order_by(cases.c.created_at, cases.c.id)
        try:
            with self.engine.connect() as connection:
                result = connection.execution_options(yield_per=batch).execute(query)
                for row in result.mappings():
                    yield case_record(row)
        except SQLAlchemyError as error:
            raise StoreUnavailable(type(error).__name__) from error

    def stats(self) -> dict[str, Any]:
        """Counts, and agreement of reviewers with the model per week and band."""
        query, _tally = self._case_query()
        totals = select(
            func.count(),
            func.sum(case((cases.c.text.is_not(None), 1), else_=0)),
        ).select_from(cases)
        reviewed = query.where(_tally.c.case_id.is_not(None)).with_only_columns(
            cases.c.created_at,
            cases.c.risk,
            *(
                func.coalesce(_tally.c[f"n_{name}"], 0).label(f"n_{name}")
                for name in (*VOTING_LABELS, "unsure", "right", "wrong")
            ),
        )
        by_risk = select(cases.c.risk, func.count()).group_by(cases.c.risk)

        def work() -> dict[str, Any]:
            with self.engine.connect() as connection:
                total, with_text = connection.execute(totals).one()
                risks = {risk: int(n) for risk, n in connection.execute(by_risk)}
                rows = connection.execute(reviewed).mappings().all()
            return _stats(int(total or 0), int(with_text or 0), risks, rows)

        return self._guard(work)


def _stats(
    total: int,
    with_text: int,
    risks: dict[str, int],
    rows: Sequence[Any],
) -> dict[str, Any]:
    labelled = conflicts = feedback_right = feedback_wrong = 0
    weeks: dict[str, dict[str, list[int]]] = {}
    bands: dict[str, list[int]] = {risk: [0, 0] for risk in RISK_ORDER}
    for row in rows:
        feedback_right += int(row["n_right"])
        feedback_wrong += int(row["n_wrong"])
        derived = derive(
            {name: row[f"n_{name}"] for name in (*VOTING_LABELS, "unsure")}
        )
        conflicts += int(derived.conflict)
        if derived.label is None:
            continue
        labelled += 1
        agreed = agrees(row["risk"], derived.label)
        year, week, _ = row["created_at"].isocalendar()
        key = f"{year}-W{week:02d}"
        cell = weeks.setdefault(key, {}).setdefault(row["risk"], [0, 0])
        cell[0] += int(agreed)
        cell[1] += 1
        band = bands.setdefault(row["risk"], [0, 0])
        band[0] += int(agreed)
        band[1] += 1
    return {
        "cases": total,
        "cases_with_text": with_text,
        "by_risk": risks,
        "reviewed": len(rows),
        "labelled": labelled,
        "conflicts": conflicts,
        "feedback": {"right": feedback_right, "wrong": feedback_wrong},
        "agreement": {
            "by_risk": {
                risk: {"agreed": a, "reviewed": n, "rate": _rate(a, n)}
                for risk, (a, n) in bands.items()
            },
            "by_week": [
                {
                    "week": week,
                    "by_risk": {
                        risk: {"agreed": a, "reviewed": n, "rate": _rate(a, n)}
                        for risk, (a, n) in sorted(cells.items())
                    },
                }
                for week, cells in sorted(weeks.items())
            ],
        },
    }


def _rate(agreed: int, reviewed: int) -> float | None:
    return round(agreed / reviewed, 4) if reviewed else None


def case_record(row: Any) -> dict[str, Any]:
    derived = derive({name: row[f"n_{name}"] for name in (*VOTING_LABELS, "unsure")})
    return {
        "case_id": row["id"],
        "created_at": iso(row["created_at"]),
        "channel": row["channel"],
        "model_version": row["model_version"],
        "score": row["score"],
        "risk": row["risk"],
        "flags": list(row["flags"] or []),
        "language": row["language"],
        "document_type": row["document_type"],
        "source_url": row["source_url"],
        "text": row["text"],
        "has_text": row["text"] is not None,
        "marks": row["marks"] or [],
        "text_sha256": row["text_sha256"],
        "text_erased": bool(row["text_erased"]),
        "label": derived.label,
        "conflict": derived.conflict,
        "votes": derived.votes,
        "reviews": derived.reviews,
        "feedback": {"right": int(row["n_right"]), "wrong": int(row["n_wrong"])},
        "last_review_at": iso(row["last_review_at"]),
    }


def review_record(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "kind": row["kind"],
        "reviewer": row["reviewer"],
        "label": row["label"],
        "correct": row["correct"],
        "note": row["note"],
        "created_at": iso(row["created_at"]),
    }
