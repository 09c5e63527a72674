"""`waspada campaigns --dask`: the same grouping for inputs larger than memory.

The in-memory path holds every posting's entities, text signature and keys
at once. Here the work is split into partitions on a ``dask.distributed``
cluster and only small things reach the driver:

1. each partition turns its rows into a compact table (global row number,
   id, risk, date, platform, contact keys, destinations, and the MinHash
   LSH *band keys* of its text), written to a work folder as Parquet;
2. every key (a contact, a link or a text band) links its postings to the
   first posting that has it: a shuffle groupby gives those edges;
3. the driver finds connected components of the edges (scipy, two int64
   per edge) and numbers the campaigns in order of their first posting;
4. the members of campaigns (not every posting) come back to build the
   campaign table; the report's counts are summed per partition;
   ``postings.parquet`` is written by the workers as a folder of parts.

Text links follow datasketch's ``MinHashLSH`` banding for the same
threshold and permutations (two texts are linked when one band of their
signatures is equal), which is what the in-memory path unions on, so the
campaigns agree with it (tests compare both on generated campaigns).
"""

from __future__ import annotations

import glob
import hashlib
import logging
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from model.campaigns import signature
from model.entities import campaign_keys
from service.campaigns import (
    DATE_COLUMNS,
    SOURCE_COLUMNS,
    CampaignInputError,
    CampaignRun,
    ReportCounts,
    _ad_text,
    _channel,
    _dates,
    _entities,
    _week,
    campaign_label,
    campaign_table,
    render_html,
    write_campaign_tables,
)

SEPARATOR = "\x1f"
WORK_FOLDER = ".work"
#: Bytes per partition read from a CSV or JSONL file.
BLOCKSIZE = 32 * 1024 * 1024
MIN_TEXT_CHARS = 40


def lsh_bands(threshold: float, permutations: int) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH picks."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
    return int(lsh.b), int(lsh.r)


def band_keys(values: np.ndarray, bands: int, rows: int) -> list[str]:
    keys = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows].tobytes()
        keys.append(f"lsh:{band}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def _join(items: list[str]) -> str:
    return SEPARATOR.join(items)


def _split(value: Any) -> list[str]:
    return value.split(SEPARATOR) if isinstance(value, str) and value else []


# Strings as pandas' string dtype: Parquet needs a type it can name, and
# dask's stand-in for an empty object column has none.
COMPACT_TYPES = {
    "row": "int64",
    "id": "string",
    "risk": "string",
    "date": "datetime64[ns, UTC]",
    "source": "string",
    "keys": "string",
    "bands": "string",
    "destinations": "string",
}
COMPACT_META = pd.DataFrame(
    {name: pd.Series(dtype=dtype) for name, dtype in COMPACT_TYPES.items()}
)


def compact_partition(
    frame: pd.DataFrame,
    offsets: list[int],
    texts: bool,
    bands: tuple[int, int],
    partition_info: dict[str, Any] | None = None,
) -> pd.DataFrame:
    """One partition of scored rows as the compact table the grouping needs."""
    number = partition_info["number"] if partition_info else 0
    start = offsets[number] if offsets else 0
    records = frame.to_dict(orient="records")
    entities = [_entities(record.get("entities")) for record in records]
    band_lists: list[str] = []
    for record in records:
        text = _ad_text(record) if texts else ""
        if len(text) >= MIN_TEXT_CHARS:
            values = signature(text, bands[0] * bands[1])
            band_lists.append(_join(band_keys(values, *bands)))
        else:
            band_lists.append("")
    dates = _dates(frame)
    source = next((c for c in SOURCE_COLUMNS if c in frame.columns), None)
    return pd.DataFrame(
        {
            "row": np.arange(start, start + len(frame), dtype=np.int64),
            "id": frame["id"].astype(str).to_numpy(),
            "risk": (
                frame["risk"].astype(str).to_numpy()
                if "risk" in frame.columns
                else None
            ),
            "date": (
                dates.to_numpy()
                if dates is not None
                else pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
            ),
            "source": frame[source].astype(str).to_numpy() if source else None,
            "keys": [_join(sorted(campaign_keys(items))) for items in entities],
            "bands": band_lists,
            "destinations": [
                _join(
                    [
                        str(item.get("normalized") or item.get("text"))
                        for item in items
                        if item.get("type") == "destination"
                    ]
                )
                for items in entities
            ],
        }
    ).astype(COMPACT_TYPES)


EDGE_META = pd.DataFrame(
    {
        "key": pd.Series(dtype="object"),
        "row": pd.Series(dtype="int64"),
        "text": pd.Series(dtype="bool"),
    }
)


def key_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """(key, row, is-a-text-band) for every key of every posting."""
    keys: list[str] = []
    rows: list[int] = []
    text: list[bool] = []
    for row, contact, band in zip(
        frame["row"].tolist(), frame["keys"], frame["bands"], strict=True
    ):
        for key in _split(contact):
            keys.append(key)
            rows.append(row)
            text.append(False)
        for key in _split(band):
            keys.append(key)
            rows.append(row)
            text.append(True)
    return pd.DataFrame(
        {
            "key": pd.Series(keys, dtype="object"),
            "row": np.asarray(rows, dtype=np.int64),
            "text": np.asarray(text, dtype=bool),
        }
    )


def campaign_labels(total: int, rows: np.ndarray, roots: np.ndarray) -> np.ndarray:
    """Campaign number per posting (-1 alone), numbered by first posting."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix(
        (np.ones(len(rows), dtype=np.int8), (rows, roots)), shape=(total, total)
    )
    _, component = connected_components(graph, directed=False)
    sizes = np.bincount(component)
    unique, first = np.unique(component, return_index=True)
    grouped = sizes[unique] >= 2
    ordered = unique[grouped][np.argsort(first[grouped], kind="stable")]
    numbering = np.full(len(sizes), -1, dtype=np.int64)
    numbering[ordered] = np.arange(len(ordered), dtype=np.int64)
    labels: np.ndarray = numbering[component]
    return labels


def members_partition(frame: pd.DataFrame, labels: np.ndarray) -> pd.DataFrame:
    label = labels[frame["row"].to_numpy()]
    kept = frame.loc[label >= 0].copy()
    kept["label"] = label[label >= 0]
    return kept


def postings_partition(frame: pd.DataFrame, labels: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": frame["id"].to_numpy(),
            "campaign_id": [
                campaign_label(label) for label in labels[frame["row"].to_numpy()]
            ],
        }
    ).astype("string")


COUNT_META = pd.DataFrame(
    {
        "kind": pd.Series(dtype="object"),
        "name": pd.Series(dtype="object"),
        "week": pd.Series(dtype="object"),
        "count": pd.Series(dtype="int64"),
    }
)


def count_partition(frame: pd.DataFrame) -> pd.DataFrame:
    """The report's counts for one partition (summed on the driver)."""
    counts: Counter[tuple[str, str, str]] = Counter()
    weeks = _week(frame["date"]).astype(str).where(frame["date"].notna(), "")
    for destinations, keys, week in zip(
        frame["destinations"], frame["keys"], weeks, strict=True
    ):
        for place in _split(destinations):
            counts["place", place, ""] += 1
        for key in _split(keys):
            counts["channel", _channel(key), week] += 1
    return pd.DataFrame(
        [(kind, name, week, n) for (kind, name, week), n in counts.items()],
        columns=list(COUNT_META.columns),
    ).astype({"count": "int64"})


def report_counts_from(totals: pd.DataFrame) -> ReportCounts:
    counts = ReportCounts()
    places = totals[totals["kind"] == "place"]
    counts.places.update(dict(zip(places["name"], places["count"], strict=True)))
    channels = totals[totals["kind"] == "channel"]
    for name, number in channels.groupby("name")["count"].sum().items():
        counts.channels[str(name)] = int(number)
    dated = channels[channels["week"] != ""]
    if len(dated):
        table = dated.pivot_table(
            index="week", columns="name", values="count", aggfunc="sum", fill_value=0
        )
        table.index = pd.PeriodIndex(table.index, freq="W")
        counts.channels_by_week = table.sort_index()
    return counts


def read_frame(path: str) -> Any:
    """SCORED or --ads as a dask DataFrame: a file, a glob or a Parquet folder."""
    import dask.dataframe as dd

    matches = sorted(glob.glob(path)) if any(c in path for c in "*?[") else [path]
    if not matches or not all(Path(m).exists() for m in matches):
        raise CampaignInputError("NOT_FOUND", f"{path}: no such file")
    first = Path(matches[0])
    suffix = first.suffix.lower()
    try:
        if first.is_dir() or suffix in (".parquet", ".pq"):
            frame = dd.read_parquet(matches)
        elif suffix == ".csv":
            frame = dd.read_csv(
                matches, dtype=str, keep_default_na=False, blocksize=BLOCKSIZE
            )
        elif suffix in (".jsonl", ".ndjson"):
            frame = dd.read_json(
                matches, lines=True, blocksize=BLOCKSIZE, dtype={"id": str}
            )
        else:
            raise CampaignInputError(
                "BAD_FORMAT", f"{path}: use .jsonl, .csv or .parquet files"
            )
    except (ValueError, OSError) as error:
        raise CampaignInputError(
            "BAD_INPUT", f"{path}: cannot read it ({error})"
        ) from error
    if "id" not in frame.columns:
        raise CampaignInputError(
            "MISSING_ID", f"{path}: needs an 'id' column (as `waspada score` writes)"
        )
    return frame.assign(id=frame["id"].astype(str))


def _client(run: CampaignRun) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if run.dask and run.dask != "local":
        return Client(run.dask, timeout="30s"), None
    cluster = LocalCluster(
        n_workers=max(1, run.workers),
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    )
    return Client(cluster), cluster


def execute_dask(run: CampaignRun) -> dict[str, Any]:
    started = time.perf_counter()
    frame = input_frame(run)
    out = Path(run.out)
    out.mkdir(parents=True, exist_ok=True)
    work = out / WORK_FOLDER
    shutil.rmtree(work, ignore_errors=True)
    client, cluster = _client(run)
    try:
        compact, total = write_compact(run, frame, work / "compact")
        found = key_edges(compact)
        labels = campaign_labels(
            total, found["row"].to_numpy(), found["root"].to_numpy()
        )
        table = member_table(compact, labels, run.min_size)
        write_campaign_tables(out, table)
        write_postings(compact, labels, out / "postings.parquet")
        totals = compact.map_partitions(count_partition, meta=COUNT_META).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(work, ignore_errors=True)
    summary = {
        "postings": total,
        "campaigns": len(table),
        "postings_in_campaigns": int(table["size"].sum()) if len(table) else 0,
        "links_by_shared_key": int((~found["text"]).sum()),
        "links_by_similar_text": int(found["text"].sum()),
        "seconds": round(time.perf_counter() - started, 2),
    }
    (out / "campaigns.html").write_text(
        render_html(report_counts_from(totals), table, summary), encoding="utf-8"
    )
    run.summary = summary
    return summary


def input_frame(run: CampaignRun) -> Any:
    """SCORED's columns that matter, joined with --ads by id when given."""
    from model.ad import AD_FIELDS

    scored = read_frame(run.scored)
    if "entities" not in scored.columns:
        raise CampaignInputError(
            "NO_ENTITIES",
            f"{run.scored} has no 'entities' column: score with a Waspada that "
            "extracts entities (`waspada score ... --entities all`).",
        )
    wanted = ["id", "risk", "entities", "text", *AD_FIELDS]
    wanted += [*DATE_COLUMNS, *SOURCE_COLUMNS]
    frame = scored[[c for c in wanted if c in scored.columns]]
    if run.ads:
        ads = read_frame(run.ads)
        joined = [c for c in ("id", "text", *AD_FIELDS, *DATE_COLUMNS, *SOURCE_COLUMNS)
                  if c in ads.columns]  # fmt: skip
        extra = [c for c in joined if c != "id" and c not in frame.columns]
        frame = frame.merge(
            ads[["id", *extra]].drop_duplicates(subset="id"), on="id", how="left"
        )
    return frame


def write_compact(run: CampaignRun, frame: Any, folder: Path) -> tuple[Any, int]:
    """Step 1: every partition as its compact table, in ``folder``; returns
    that table (as a dask DataFrame) and the number of postings."""
    import dask.dataframe as dd

    lengths = frame.map_partitions(len).compute().tolist()
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(int).tolist()
    bands = lsh_bands(run.threshold, run.permutations)
    frame.map_partitions(
        compact_partition, offsets, run.texts, bands, meta=COMPACT_META
    ).to_parquet(folder, write_index=False)
    return dd.read_parquet(folder), int(offsets[-1])


def key_edges(compact: Any) -> pd.DataFrame:
    """Step 2: (row, root, is-a-text-link) linking each posting to the first
    posting that shares one of its keys."""
    pairs = compact.map_partitions(key_rows, meta=EDGE_META)
    # Many partitions for the keys: a million postings have ~16 million
    # text bands, more than the driver should hold at once.
    first = (
        pairs.groupby("key")["row"]
        .min(split_out=max(1, pairs.npartitions))
        .rename("root")
        .to_frame()
    )
    edges = pairs.merge(first, left_on="key", right_index=True)
    edges = edges[edges["row"] != edges["root"]][["row", "root", "text"]]
    found: pd.DataFrame = edges.compute()
    return found


def member_table(compact: Any, labels: np.ndarray, min_size: int) -> pd.DataFrame:
    """Step 4: the campaign table, from the members of campaigns only."""
    members = compact.map_partitions(
        members_partition,
        labels,
        meta=COMPACT_META.assign(label=pd.Series(dtype="int64")),
    ).compute()
    members = members.sort_values("row", kind="stable")
    postings = pd.DataFrame(
        {
            "id": members["id"].to_numpy(),
            "risk": members["risk"].to_numpy(),
            "date": members["date"].to_numpy(),
            "keys": [_split(keys) for keys in members["keys"]],
            "entities": [
                [{"type": "destination", "normalized": place} for place in places]
                for places in map(_split, members["destinations"])
            ],
        }
    )
    return campaign_table(postings, members["label"].to_numpy(), min_size)


def write_postings(compact: Any, labels: np.ndarray, path: Path) -> None:
    """Every posting's campaign id, written by the workers as a folder of parts."""
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
    compact.map_partitions(
        postings_partition,
        labels,
        meta={"id": "string", "campaign_id": "string"},
    ).to_parquet(path, write_index=False)
