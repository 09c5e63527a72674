"""The Dask path gives exactly the single-machine results (LocalCluster, 2 workers)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")

from service.batch import ScoreRun, execute, score_dask  # noqa: E402
from service.batch_rows import OUTPUT_COLUMNS  # noqa: E402

ADS = [
    "Admin online Kamboja, gaji 20 juta, tiket dan visa ditanggung, tanpa "
    "pengalaman. Hubungi Telegram @hrd_cepat",
    "Customer service Myanmar, free flight and housing, $2000/month, passport "
    "only, no experience needed. WA +855 12 345 678",
    "Staf akuntansi PT Sinar Jaya, Surabaya. Minimal S1, pengalaman 2 tahun, "
    "kirim CV lewat portal karir.",
    "Junior data analyst in Jakarta: bachelor degree, SQL and Python. Apply on "
    "our careers page.",
    "Kerja dari HP, bonus harian, deposit awal 100rb untuk aktivasi, slot gacor "
    "maxwin tiap hari!",
]


def make_ads(n: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for i in range(n):
        if i % 3:
            rows.append({"id": f"ad-{i}", "text": f"{ADS[i % len(ADS)]} #{i}"})
        else:  # structured ads too
            rows.append(
                {"id": f"ad-{i}", "title": f"Lowongan {i}", "description": ADS[i % 5]}
            )
    return rows


def read_output(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text().splitlines()]
    records = pq.read_table(path).to_pylist()
    for record in records:
        if record["entities"] is not None:
            record["entities"] = json.loads(record["entities"])
    return records


@pytest.fixture(scope="module")
def model(tiny_model_dir: Path) -> str:
    return str(tiny_model_dir)


@pytest.fixture(scope="module")
def parquet_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 ads plus rows that cannot be scored, in several row groups."""
    rows: list[dict[str, Any]] = make_ads(60)
    rows[5] = {"id": None, "text": "Lowongan tanpa id"}
    rows[17] = {"id": "empty", "text": "   "}
    rows[33] = {"id": "long", "text": "x" * 200_000}
    columns = ["id", "text", "title", "description"]
    table = pa.table(
        {c: pa.array([row.get(c) for row in rows], pa.string()) for c in columns}
    )
    path = tmp_path_factory.mktemp("dask") / "ads.parquet"
    pq.write_table(table, path, row_group_size=16)
    return path


@pytest.fixture(scope="module")
def single_machine(
    model: str, parquet_input: Path, tmp_path_factory: pytest.TempPathFactory
) -> list[dict[str, Any]]:
    output = tmp_path_factory.mktemp("single") / "out.parquet"
    execute(ScoreRun(str(parquet_input), str(output), model, workers=1, quiet=True))
    return read_output(output)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as local,
        Client(local),
    ):
        yield local


def test_single_machine_reference_has_errors_and_scores(single_machine: list) -> None:
    codes = [row["error"].split(":")[0] for row in single_machine if row["error"]]
    assert codes == ["MISSING_ID", "EMPTY_AD", "AD_TOO_LONG"]
    assert len(single_machine) == 60


def test_cli_path_on_a_scheduler_address_is_identical(
    model: str, parquet_input: Path, single_machine: list, cluster: Any, tmp_path: Path
) -> None:
    output = tmp_path / "out.parquet"
    summary = execute(
        ScoreRun(
            str(parquet_input),
            str(output),
            model,
            workers=2,
            chunk_size=7,
            quiet=True,
            dask=cluster.scheduler_address,
        )
    )
    assert summary["mode"].startswith("dask (tcp://127.0.0.1")
    assert read_output(output) == single_machine


def test_map_partitions_api_is_identical(
    model: str, parquet_input: Path, single_machine: list, cluster: Any
) -> None:
    from distributed import Client

    ddf = dd.read_parquet(str(parquet_input), split_row_groups=True)
    assert ddf.npartitions > 1
    scored = score_dask(ddf, model)
    with Client(cluster.scheduler_address) as client:
        frame = client.compute(scored).result()
    assert list(frame.columns) == list(OUTPUT_COLUMNS)
    rows = [
        {
            "id": None if _missing(row["id"]) else row["id"],
            "score": None if _missing(row["score"]) else row["score"],
            "risk": None if _missing(row["risk"]) else row["risk"],
            "flags": list(row["flags"]),
            "error": None if _missing(row["error"]) else row["error"],
            "document_type": (
                None if _missing(row["document_type"]) else row["document_type"]
            ),
            "document_type_probability": (
                None
                if _missing(row["document_type_probability"])
                else row["document_type_probability"]
            ),
            "entities": (
                None if _missing(row["entities"]) else json.loads(row["entities"])
            ),
            "notices": list(row["notices"]),
        }
        for row in frame.to_dict(orient="records")
    ]
    # The API sees partitions, not input rows, so its messages have no row
    # numbers; the codes and every score are the same.
    expected = [
        {**row, "error": row["error"] and row["error"].split(" (input row")[0]}
        for row in single_machine
    ]
    assert rows == expected


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def test_cli_dask_flag_starts_a_local_cluster(
    model: str, parquet_input: Path, single_machine: list, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    summary = execute(
        ScoreRun(
            str(parquet_input), str(output), model, workers=2, quiet=True, dask="local"
        )
    )
    assert summary["mode"] == "dask (LocalCluster of 2)"
    assert [json.loads(line) for line in output.read_text().splitlines()] == (
        single_machine
    )
