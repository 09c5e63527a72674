"""`waspada score` on a ``dask.distributed`` cluster, and the DataFrame API.

* ``DaskScorer`` (``--dask [ADDRESS]``) sends the command's chunks to a
  cluster (a LocalCluster by default); the parent still reads and writes.
* ``score_dask`` scores an existing ``dask.dataframe`` with
  ``map_partitions``; ``score_partition`` is its per-partition function.

See docs/batch.md.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from service.batch_options import EntityMode
from service.batch_parse import parse_record
from service.batch_rows import (
    EXPLAIN_COLUMN,
    Chunk,
    OutRow,
    entities_json,
)
from service.batch_scoring import (
    ScoreConfig,
    cached_detector,
    score_chunk,
    score_parsed,
)
from service.batch_workers import Results, in_order

if TYPE_CHECKING:
    import pandas as pd


def _dask_work(chunk: Chunk, config: ScoreConfig) -> list[OutRow]:
    return score_chunk(cached_detector(config.model, verify=False), chunk, config)


class DaskScorer:
    """The same chunks, scored as tasks on a ``dask.distributed`` cluster.

    The parent still reads and writes (so order, the error rows, resume and
    the output formats are exactly those of the local path); the cluster does
    the parsing and scoring. Workers need the model folder at the same path.
    """

    def __init__(self, config: ScoreConfig, address: str | None, workers: int) -> None:
        from distributed import Client, LocalCluster

        self.config = config
        self.cluster: Any = None
        import logging

        if not logging.getLogger().isEnabledFor(logging.INFO):
            # distributed logs every worker start and stop at INFO on stderr;
            # keep the command's stderr to the progress bar and the summary
            # unless `waspada -v` asked for more.
            logging.getLogger("distributed").setLevel(logging.WARNING)
        if address:
            self.client = Client(address, timeout="30s")
            where = address
        else:
            # Loopback only, and a random port for the scheduler's HTTP
            # endpoint (the default, 8787, may be taken by another cluster).
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
            )
            self.client = Client(self.cluster)
            where = f"LocalCluster of {workers}"
        nworkers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.window = 2 * nworkers + 1
        self.name = f"dask ({where})"

    def results(self, chunks: Iterable[Chunk]) -> Results:
        def submit(chunk: Chunk) -> Any:
            return self.client.submit(_dask_work, chunk, self.config, pure=False)

        def wait(future: Any) -> list[OutRow]:
            return future.result()

        return in_order(chunks, submit, wait, self.window)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --- the Dask DataFrame API ------------------------------------------------------


def _string_dtype() -> Any:
    import pandas as pd

    # pandas 3 infers its "str" dtype, pandas 2 object; meta must match.
    return pd.Series(["x"]).dtype


def output_frame(rows: Sequence[OutRow], explain: bool = False) -> pd.DataFrame:
    """Scored rows as a pandas DataFrame (the ``map_partitions`` output shape)."""
    import pandas as pd

    text = _string_dtype()
    frame = pd.DataFrame(
        {
            "id": pd.Series([row.id for row in rows], dtype=text),
            "score": pd.Series([row.score for row in rows], dtype="float64"),
            "risk": pd.Series([row.risk for row in rows], dtype=text),
            "flags": pd.Series([list(row.flags) for row in rows], dtype=object),
            "error": pd.Series([row.error for row in rows], dtype=text),
            "document_type": pd.Series([row.document_type for row in rows], dtype=text),
            "document_type_probability": pd.Series(
                [row.document_type_probability for row in rows], dtype="float64"
            ),
            "entities": pd.Series(
                [entities_json(row.entities) for row in rows], dtype=text
            ),
            "notices": pd.Series([list(row.notices) for row in rows], dtype=object),
        }
    )
    if explain:
        frame[EXPLAIN_COLUMN] = pd.Series(
            [
                None if row.explanation is None else json.dumps(row.explanation)
                for row in rows
            ],
            dtype=text,
        )
    return frame


def score_partition(
    frame: pd.DataFrame,
    model: str | os.PathLike[str],
    explain: bool = False,
    fields: Mapping[str, str] | None = None,
    lang: str = "en",
    entities: EntityMode = "flagged",
    assume_job_ad: bool = False,
) -> pd.DataFrame:
    """Score one pandas partition; the model is loaded once per process.

    The result has one row per input row, same order and index.
    """
    config = ScoreConfig(
        str(model),
        explain,
        lang,
        dict(fields or {}),
        entities=entities,
        assume_job_ad=assume_job_ad,
    )
    detector = cached_detector(config.model)
    parsed = [
        parse_record(record, config.fields)
        for record in frame.to_dict(orient="records")
    ]
    out = output_frame(score_parsed(detector, parsed, config), explain)
    out.index = frame.index
    return out


def score_dask(
    ddf: Any,
    model: str | os.PathLike[str],
    *,
    explain: bool = False,
    fields: Mapping[str, str] | None = None,
    lang: str = "en",
    entities: EntityMode = "flagged",
    assume_job_ad: bool = False,
) -> Any:
    """``ddf.map_partitions(score_partition, ...)`` with the right ``meta``.

    ``ddf`` is a ``dask.dataframe.DataFrame`` with an ``id`` column and
    ``text`` or ad-field columns (or other names, mapped with ``fields``).
    Compute it on any ``dask.distributed`` cluster whose workers can read
    ``model``.
    """
    return ddf.map_partitions(
        score_partition,
        str(model),
        explain,
        dict(fields or {}),
        lang,
        entities,
        assume_job_ad,
        meta=output_frame([], explain),
    )
