"""CaseStore on SQLite and PostgreSQL: cases, append-only reviews, labels."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from service.store.cases import CaseFilter, CaseStore, NewCase, text_hash, utcnow
from service.store.db import upgrade
from service.store.labels import derive
from service.store.tables import reviews
from tests.service.store.conftest import BACKENDS


def _case(
    case_id: str,
    risk: str = "medium",
    *,
    channel: str = "api",
    text: str | None = "ad text",
    created_at: datetime | None = None,
) -> NewCase:
    return NewCase(
        id=case_id,
        created_at=created_at or utcnow(),
        channel=channel,
        model_version="tiny-1",
        score={"high": 0.9, "medium": 0.5, "low": 0.05}[risk],
        risk=risk,
        flags=["free_travel_abroad.v1"] if risk != "low" else [],
        language="id",
        text_sha256=text_hash(text or case_id),
        text=text,
        source_url="https://example.org/ad" if text else None,
    )


@pytest.fixture
def store(engine_for: Callable[[], Engine]) -> CaseStore:
    engine = engine_for()
    upgrade(engine)
    return CaseStore(engine)


@pytest.mark.parametrize(
    ("votes", "label", "conflict"),
    [
        ({}, None, False),
        ({"unsure": 2}, None, False),
        ({"scam": 1}, "scam", False),
        ({"scam": 2, "legitimate": 1}, "scam", True),
        ({"scam": 1, "legitimate": 1}, None, True),
        ({"not_a_job_ad": 1, "unsure": 3}, "not_a_job_ad", False),
    ],
)
def test_derived_label(
    votes: dict[str, int], label: str | None, conflict: bool
) -> None:
    derived = derive(votes)
    assert (derived.label, derived.conflict) == (label, conflict)


def test_text_hash_recognises_the_same_ad() -> None:
    assert text_hash("Gaji  15 JUTA\n di Kamboja") == text_hash(
        "gaji 15 juta di kamboja"
    )
    assert text_hash("gaji 15 juta") != text_hash("gaji 16 juta")


@pytest.mark.parametrize("database_url", BACKENDS, indirect=True)
def test_reviews_append_and_derive_label(store: CaseStore) -> None:
    store.add_cases([_case("c1", "high"), _case("c2", "low")])
    for reviewer, label in (("ana", "scam"), ("budi", "scam"), ("citra", "legitimate")):
        assert store.add_review("c1", kind="review", reviewer=reviewer, label=label)
    store.add_review("c1", kind="feedback", reviewer="client", correct=False)
    assert (
        store.add_review("missing", kind="review", reviewer="ana", label="scam") is None
    )
    record = store.get_case("c1")
    assert record is not None
    assert record["label"] == "scam" and record["conflict"] is True
    assert record["votes"]["scam"] == 2 and record["reviews"] == 3
    assert record["feedback"] == {"right": 0, "wrong": 1}
    assert [r["reviewer"] for r in record["review_log"]] == [
        "ana", "budi", "citra", "client"
    ]  # fmt: skip
    assert store.get_case("c2")["label"] is None  # type: ignore[index]


@pytest.mark.parametrize("database_url", BACKENDS, indirect=True)
def test_queue_filters_and_medium_first(store: CaseStore) -> None:
    old = utcnow() - timedelta(days=10)
    store.add_cases(
        [
            _case("h1", "high"),
            _case("m1", "medium", channel="web"),
            _case("l1", "low", channel="extension"),
            _case("m2", "medium", created_at=old),
            _case("h2", "high"),
        ]
    )
    store.add_review("h2", kind="review", reviewer="ana", label="legitimate")
    store.add_review("l1", kind="feedback", reviewer="client", correct=True)

    page = store.list_cases(CaseFilter(), limit=3)
    assert page.total == 5
    assert [item["risk"] for item in page.items] == ["medium", "medium", "high"]
    assert page.items[0]["case_id"] == "m1"  # newest first within a band
    assert (
        store.list_cases(CaseFilter(), limit=3, offset=3).items[-1]["case_id"] == "l1"
    )

    def ids(**kwargs: object) -> set[str]:
        items = store.list_cases(CaseFilter(**kwargs), limit=50).items  # type: ignore[arg-type]
        return {item["case_id"] for item in items}

    assert ids(unreviewed=True) == {"h1", "m1", "l1", "m2"}
    assert ids(risk=("high",)) == {"h1", "h2"}
    assert ids(channel=("web", "extension")) == {"m1", "l1"}
    assert ids(disagreement=True) == {"h2"}
    assert ids(until=old.date()) == {"m2"}
    assert ids(since=date.today()) == {"h1", "m1", "l1", "h2"}


@pytest.mark.parametrize("database_url", BACKENDS, indirect=True)
def test_erase_purge_and_export(store: CaseStore) -> None:
    old = utcnow() - timedelta(days=40)
    store.add_cases([_case("old", created_at=old), _case("new"), _case("gone")])
    store.add_review("old", kind="review", reviewer="ana", label="scam")
    store.add_review("gone", kind="review", reviewer="ana", label="scam")

    assert store.purge_texts(30).texts_erased == 1
    erased = store.get_case("old")
    assert erased is not None and erased["text"] is None and erased["text_erased"]
    assert erased["text_sha256"] == text_hash("ad text")
    assert store.get_case("new")["text"] == "ad text"  # type: ignore[index]

    assert store.erase("new") is True
    assert store.get_case("new")["source_url"] is None  # type: ignore[index]
    assert store.erase("gone", remove=True) is True
    assert store.get_case("gone") is None
    assert store.erase("gone") is False

    exported = list(store.iter_cases())
    assert [row["case_id"] for row in exported] == ["old"]
    assert {row["case_id"] for row in store.iter_cases(reviewed_only=False)} == {
        "old",
        "new",
    }
    stats = store.stats()
    assert stats["cases"] == 2 and stats["labelled"] == 1
    assert stats["agreement"]["by_risk"]["medium"] == {
        "agreed": 1,
        "reviewed": 1,
        "rate": 1.0,
    }


@pytest.mark.parametrize("database_url", BACKENDS, indirect=True)
def test_parallel_reviewers_lose_nothing(
    store: CaseStore, engine_for: Callable[[], Engine]
) -> None:
    store.add_cases([_case(f"p{n}") for n in range(5)])
    writers, per_writer = 8, 25
    errors: list[BaseException] = []
    start = threading.Barrier(writers)

    def write(number: int) -> None:
        # Each writer its own engine: separate connections, as separate workers.
        mine = CaseStore(engine_for())
        start.wait()
        try:
            for step in range(per_writer):
                label = "scam" if (number + step) % 2 else "legitimate"
                mine.add_review(
                    f"p{step % 5}", kind="review", reviewer=f"r{number}", label=label
                )
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(reviews))
        assert count.scalar_one() == writers * per_writer
    total = sum(store.get_case(f"p{n}")["reviews"] for n in range(5))  # type: ignore[index]
    assert total == writers * per_writer
