"""`waspada campaigns`: group scored postings into recruiters' campaigns.

Reads a file written by `waspada score` (JSONL, CSV or Parquet; its
``entities`` column holds each row's contacts), optionally the ads it scored
(``--ads``, for near-duplicate texts and dates), groups the postings with
``model.campaigns`` and writes, into the output folder:

- ``campaigns.parquet`` / ``campaigns.csv``: one row per campaign (id, size,
  risk mix, shared keys, destinations, first/last seen, example ad ids);
- ``postings.parquet``: every posting's campaign id (null when alone);
- ``campaigns.html``: a self-contained report with plots that an awareness
  team can open offline.
"""

from __future__ import annotations

import base64
import html
import io
import json
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from model.ad import AD_FIELDS, join_fields
from model.campaigns import (
    DEFAULT_PERMUTATIONS,
    DEFAULT_THRESHOLD,
    Grouping,
    group_postings,
    signature,
)
from model.entities import campaign_keys

DATE_COLUMNS = ("date", "posted_at", "created_at", "published", "timestamp", "time")
SOURCE_COLUMNS = ("platform", "source", "site", "group")
EXAMPLES_PER_CAMPAIGN = 5
KEYS_PER_CAMPAIGN = 10


class CampaignInputError(Exception):
    """An input the command cannot use (exit status 2)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class CampaignRun:
    scored: str
    out: str
    ads: str | None = None
    threshold: float = DEFAULT_THRESHOLD
    permutations: int = DEFAULT_PERMUTATIONS
    min_size: int = 2
    texts: bool = True
    progress: bool = False
    # None: in memory; "local" or a scheduler address: on dask.distributed
    # (``service.campaigns_dask.execute_dask`` runs those).
    dask: str | None = None
    workers: int = 2
    summary: dict[str, Any] = field(default_factory=dict)


def read_table(path: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A JSONL, CSV or Parquet file as a DataFrame (ids as strings)."""
    suffix = Path(path).suffix.lower()
    if not Path(path).is_file():
        raise CampaignInputError("NOT_FOUND", f"{path}: no such file")
    try:
        if suffix in (".parquet", ".pq"):
            frame = pd.read_parquet(path)
        elif suffix == ".csv":
            frame = pd.read_csv(path, dtype={"id": str}, keep_default_na=False)
        elif suffix in (".jsonl", ".ndjson"):
            frame = pd.read_json(path, lines=True, dtype={"id": str})
        else:
            raise CampaignInputError(
                "BAD_FORMAT",
                f"{path}: use a .jsonl, .csv or .parquet file",
            )
    except (ValueError, OSError) as error:
        raise CampaignInputError(
            "BAD_INPUT", f"{path}: cannot read it ({error})"
        ) from error
    if "id" not in frame.columns:
        raise CampaignInputError(
            "MISSING_ID", f"{path}: needs an 'id' column (as `waspada score` writes)"
        )
    frame["id"] = frame["id"].astype(str)
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns]]
    return frame


def _entities(value: Any) -> list[dict[str, Any]]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, str):
        if not value.strip():
            return []
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return []
    if isinstance(value, np.ndarray):
        value = value.tolist()
    return [dict(item) for item in value if isinstance(item, Mapping)]


def _ad_text(row: Mapping[str, Any]) -> str:
    text = row.get("text")
    if isinstance(text, str) and text.strip():
        return text
    fields = {
        name: str(row[name])
        for name in AD_FIELDS
        if isinstance(row.get(name), str) and row[name].strip()
    }
    return join_fields(fields) if fields else ""


def _dates(frame: pd.DataFrame) -> pd.Series | None:
    for column in DATE_COLUMNS:
        if column in frame.columns:
            parsed = pd.to_datetime(frame[column], errors="coerce", utc=True)
            if parsed.notna().any():
                return parsed
    return None


def load_postings(run: CampaignRun) -> pd.DataFrame:
    """One row per scored posting: id, risk, entities, keys, text, date, source."""
    scored = read_table(run.scored)
    if "entities" not in scored.columns:
        raise CampaignInputError(
            "NO_ENTITIES",
            f"{run.scored} has no 'entities' column: score with a Waspada that "
            "extracts entities (`waspada score ... --entities all`).",
        )
    postings = pd.DataFrame({"id": scored["id"]})
    postings["risk"] = scored["risk"] if "risk" in scored.columns else None
    postings["score"] = scored["score"] if "score" in scored.columns else np.nan
    postings["entities"] = [_entities(value) for value in scored["entities"]]
    extra = scored
    if run.ads:
        ads = read_table(run.ads)
        ads = ads.drop_duplicates("id")
        wanted = ["id", "text", *AD_FIELDS, *DATE_COLUMNS, *SOURCE_COLUMNS]
        extra = postings[["id"]].merge(
            ads[[c for c in wanted if c in ads.columns]], on="id", how="left"
        )
    if run.texts:
        postings["text"] = [_ad_text(row) for row in extra.to_dict(orient="records")]
    else:
        postings["text"] = ""
    dates = _dates(extra)
    postings["date"] = dates.values if dates is not None else pd.NaT
    source = next((c for c in SOURCE_COLUMNS if c in extra.columns), None)
    postings["source"] = extra[source].astype(str).values if source else None
    postings["keys"] = [sorted(campaign_keys(items)) for items in postings["entities"]]
    return postings


def group(run: CampaignRun, postings: pd.DataFrame) -> Grouping:
    signatures: list[np.ndarray | None] | None = None
    if run.texts:
        texts = postings["text"].tolist()
        iterator: Iterable[str] = texts
        if run.progress:
            from tqdm import tqdm

            iterator = tqdm(texts, desc="text signatures", unit="ads")
        signatures = [
            signature(text, run.permutations) if len(text) >= 40 else None
            for text in iterator
        ]
    return group_postings(
        postings["keys"].tolist(),
        signatures,
        threshold=run.threshold,
        permutations=run.permutations,
    )


TABLE_COLUMNS = [
    "campaign_id",
    "size",
    "risk_high",
    "risk_medium",
    "risk_low",
    "shared_keys",
    "destinations",
    "first_seen",
    "last_seen",
    "example_ids",
]


def campaign_table(
    postings: pd.DataFrame, labels: np.ndarray, min_size: int = 2
) -> pd.DataFrame:
    """One row per campaign, largest first (plain Python per campaign: a
    pandas groupby over 100,000 small groups costs a minute)."""
    members: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        if label >= 0:
            members.setdefault(label, []).append(index)
    ids = postings["id"].tolist()
    keys = postings["keys"].tolist()
    entities = postings["entities"].tolist()
    risks = postings["risk"].tolist()
    dates = pd.to_datetime(postings["date"], utc=True, errors="coerce").tolist()
    rows = []
    for label, indices in members.items():
        if len(indices) < min_size:
            continue
        key_counts: Counter[str] = Counter(k for i in indices for k in keys[i])
        places: Counter[str] = Counter(
            entity.get("normalized") or entity.get("text")
            for i in indices
            for entity in entities[i]
            if entity.get("type") == "destination"
        )
        risk_counts = Counter(str(risks[i]) for i in indices)
        seen = [dates[i] for i in indices if pd.notna(dates[i])]
        rows.append(
            {
                "campaign_id": campaign_label(label),
                "size": len(indices),
                "risk_high": risk_counts.get("high", 0),
                "risk_medium": risk_counts.get("medium", 0),
                "risk_low": risk_counts.get("low", 0),
                "shared_keys": [
                    key
                    for key, count in key_counts.most_common(KEYS_PER_CAMPAIGN)
                    if count >= 2
                ],
                "destinations": [name for name, _ in places.most_common(5)],
                "first_seen": min(seen) if seen else pd.NaT,
                "last_seen": max(seen) if seen else pd.NaT,
                "example_ids": [ids[i] for i in indices[:EXAMPLES_PER_CAMPAIGN]],
            }
        )
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    return table.sort_values(["size", "campaign_id"], ascending=[False, True])


def campaign_label(label: int) -> str | None:
    return None if label < 0 else f"C{int(label):06d}"


def write_campaign_tables(out: Path, table: pd.DataFrame) -> None:
    out.mkdir(parents=True, exist_ok=True)
    table.to_parquet(out / "campaigns.parquet", index=False)
    flat = table.copy()
    for column in ("shared_keys", "destinations", "example_ids"):
        flat[column] = [";".join(map(str, items)) for items in flat[column]]
    flat.to_csv(out / "campaigns.csv", index=False)


def execute(run: CampaignRun) -> dict[str, Any]:
    started = time.perf_counter()
    postings = load_postings(run)
    grouping = group(run, postings)
    table = campaign_table(postings, grouping.labels, run.min_size)
    out = Path(run.out)
    write_campaign_tables(out, table)
    member_ids = [campaign_label(label) for label in grouping.labels.tolist()]
    pd.DataFrame({"id": postings["id"], "campaign_id": member_ids}).to_parquet(
        out / "postings.parquet", index=False
    )
    summary = {
        "postings": len(postings),
        "campaigns": len(table),
        "postings_in_campaigns": int(table["size"].sum()) if len(table) else 0,
        "links_by_shared_key": grouping.key_links,
        "links_by_similar_text": grouping.text_links,
        "seconds": round(time.perf_counter() - started, 2),
    }
    (out / "campaigns.html").write_text(
        render_html(report_counts(postings), table, summary), encoding="utf-8"
    )
    run.summary = summary
    return summary


# --- the HTML report -------------------------------------------------------------


def _figure_png(draw: Any) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6.4, 3.2), dpi=100)
    try:
        draw(axes)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    finally:
        plt.close(figure)
    return base64.b64encode(buffer.getvalue()).decode()


def _channel(key: str) -> str:
    kind = key.split(":", 1)[0]
    return {"phone": "phone / WhatsApp", "handle": "Telegram / handle"}.get(kind, kind)


def _shared(keys: Sequence[str]) -> str:
    return ", ".join(keys[:4]) or "(near-identical text)"


@dataclass
class ReportCounts:
    """What the report's plots count, over every posting (not only campaigns).

    ``channels_by_week`` is a week x channel table of key occurrences when the
    postings have dates; ``channels`` counts them regardless of dates.
    """

    places: Counter[str] = field(default_factory=Counter)
    channels: Counter[str] = field(default_factory=Counter)
    channels_by_week: pd.DataFrame | None = None


def _week(dates: pd.Series) -> pd.Series:
    return pd.to_datetime(dates, utc=True).dt.tz_localize(None).dt.to_period("W")


def report_counts(postings: pd.DataFrame) -> ReportCounts:
    """Destinations and contact channels named in the postings, for the plots."""
    counts = ReportCounts()
    counts.places.update(
        entity.get("normalized") or entity.get("text")
        for items in postings["entities"]
        for entity in items
        if entity.get("type") == "destination"
    )
    channels = [
        (date, _channel(key))
        for date, keys in zip(postings["date"], postings["keys"], strict=True)
        for key in keys
    ]
    counts.channels.update(channel for _, channel in channels)
    frame = pd.DataFrame(channels, columns=["date", "channel"]).dropna()
    if len(frame):
        frame["week"] = _week(frame["date"])
        counts.channels_by_week = (
            frame.groupby(["week", "channel"]).size().unstack(fill_value=0)
        )
    return counts


def render_html(
    counts: ReportCounts,
    table: pd.DataFrame,
    summary: Mapping[str, Any],
) -> str:
    """A report that opens offline: plots are embedded PNGs, no scripts."""
    return _page(
        _facts(summary),
        _figures_html(_plots(counts, table)),
        _campaigns_html(table),
    )


def _plots(counts: ReportCounts, table: pd.DataFrame) -> list[tuple[str, str]]:
    """(title, base64 PNG) of each plot the data allows, in report order."""
    plots = [
        _sizes_plot(table["size"].to_numpy()) if len(table) else None,
        _places_plot(counts.places) if counts.places else None,
        _channels_plot(counts),
    ]
    return [plot for plot in plots if plot is not None]


def _sizes_plot(sizes: np.ndarray) -> tuple[str, str]:
    def draw(ax: Any) -> None:
        ax.hist(sizes, bins=min(30, max(5, len(set(sizes)))))
        ax.set_xlabel("postings per campaign")
        ax.set_ylabel("campaigns")

    return "Campaign sizes", _figure_png(draw)


def _places_plot(places: Counter[str]) -> tuple[str, str]:
    top = places.most_common(12)[::-1]

    def draw(ax: Any) -> None:
        ax.barh([name for name, _ in top], [n for _, n in top])
        ax.set_xlabel("postings")

    return "Top destinations named", _figure_png(draw)


def _channels_plot(counts: ReportCounts) -> tuple[str, str] | None:
    """Channels per week when the postings are dated, else their totals."""
    by_week = counts.channels_by_week
    if by_week is not None and len(by_week):

        def draw_time(ax: Any) -> None:
            for channel in by_week.columns:
                ax.plot(by_week.index.to_timestamp(), by_week[channel], label=channel)
            ax.set_ylabel("postings per week")
            ax.legend(fontsize=8)

        return "Contact channels over time", _figure_png(draw_time)
    if not counts.channels:
        return None
    by_channel = counts.channels.most_common()[::-1]

    def draw_totals(ax: Any) -> None:
        ax.barh([c for c, _ in by_channel], [n for _, n in by_channel])
        ax.set_xlabel("postings")

    return "Contact channels", _figure_png(draw_totals)


def _figures_html(plots: Sequence[tuple[str, str]]) -> str:
    return "\n".join(
        f'<figure><img alt="{html.escape(title)}" '
        f'src="data:image/png;base64,{png}"><figcaption>{html.escape(title)}'
        "</figcaption></figure>"
        for title, png in plots
    )


def _facts(summary: Mapping[str, Any]) -> str:
    return (
        f"{summary['postings']:,} postings; {summary['campaigns']:,} campaigns of "
        f"two or more postings holding {summary['postings_in_campaigns']:,} "
        f"postings. Links: {summary['links_by_shared_key']:,} by a shared contact "
        f"or link, {summary['links_by_similar_text']:,} by near-identical text."
    )


def _campaigns_html(table: pd.DataFrame) -> str:
    """The 50 largest campaigns as an HTML table."""
    rows = [_campaign_row(record) for record in table.head(50).to_dict("records")]
    if not rows:
        return "<p>No two postings share a contact, a link or their text.</p>"
    return (
        "<table><thead><tr><th>campaign</th><th>postings</th>"
        "<th>high / medium / low</th><th>shared contacts and links</th>"
        "<th>destinations</th><th>seen</th><th>example ids</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _campaign_row(record: Mapping[str, Any]) -> str:
    first, last = record["first_seen"], record["last_seen"]
    seen = (
        f"{pd.Timestamp(first):%Y-%m-%d} – {pd.Timestamp(last):%Y-%m-%d}"
        if pd.notna(first)
        else "—"
    )
    return (
        "<tr>"
        f"<td>{html.escape(record['campaign_id'])}</td>"
        f"<td class=n>{record['size']}</td>"
        f"<td class=n>{record['risk_high']} / {record['risk_medium']} / "
        f"{record['risk_low']}</td>"
        f"<td>{html.escape(_shared(record['shared_keys']))}</td>"
        f"<td>{html.escape(', '.join(record['destinations'][:3]))}</td>"
        f"<td>{seen}</td>"
        f"<td>{html.escape(', '.join(map(str, record['example_ids'][:3])))}</td>"
        "</tr>"
    )


def _page(facts: str, figures: str, campaigns: str) -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Waspada: recruitment campaigns</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;
padding:0 1rem;color:#1b1b1b}}
h1{{font-size:1.5rem}} figure{{display:inline-block;margin:0 1rem 1rem 0}}
img{{max-width:100%;border:1px solid #ddd}}
table{{border-collapse:collapse;width:100%;font-size:.9rem}}
th,td{{border-bottom:1px solid #ddd;padding:.35rem;text-align:left;
vertical-align:top}}
td.n{{text-align:right;white-space:nowrap}}
p.note{{color:#555;font-size:.9rem}}
</style></head><body>
<h1>Recruitment campaigns</h1>
<p>{html.escape(facts)}</p>
<p class="note">Postings are grouped when they share a phone or WhatsApp
number, a Telegram/LINE/WeChat handle, an e-mail address or a link, or when
their texts are near copies. A shared contact is strong evidence of one
recruiter; check a campaign's examples before acting on it.</p>
{figures}
<h2>Largest campaigns</h2>
{campaigns}
</body></html>
"""


# --- campaigns over stored cases (GET /v1/cases/campaigns) -----------------------


def campaigns_from_cases(
    cases: Iterable[Mapping[str, Any]],
    extract: Any,
    *,
    min_size: int = 2,
    threshold: float = DEFAULT_THRESHOLD,
    texts: bool = True,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Campaigns among stored cases (records as ``CaseStore.iter_cases`` gives).

    ``extract(text, language)`` returns a case's entities (the detector's
    extractor): cases keep their text, not their entities. A case whose text
    was not kept still links to its exact copies through the SHA-256 of its
    normalised text.
    """
    from model.verdict import entity_record

    ids: list[str] = []
    risks: list[Any] = []
    dates: list[Any] = []
    entities: list[list[dict[str, Any]]] = []
    keys: list[list[str]] = []
    signatures: list[np.ndarray | None] = []
    with_text = 0
    for case in cases:
        text = case.get("text") or ""
        found = (
            [entity_record(e) for e in extract(text, case.get("language") or "xx")]
            if text
            else []
        )
        case_keys = set(campaign_keys(found))
        if case.get("text_sha256"):
            case_keys.add(f"text:{case['text_sha256']}")
        with_text += bool(text)
        ids.append(str(case["case_id"]))
        risks.append(case.get("risk"))
        dates.append(case.get("created_at"))
        entities.append(found)
        keys.append(sorted(case_keys))
        signatures.append(signature(text) if texts and len(text) >= 40 else None)
    grouping = group_postings(keys, signatures if texts else None, threshold=threshold)
    postings = pd.DataFrame(
        {
            "id": ids,
            "risk": risks,
            "date": pd.to_datetime(pd.Series(dates, dtype=object), utc=True),
            "keys": keys,
            "entities": entities,
        }
    )
    table = campaign_table(postings, grouping.labels, min_size)
    summary = {
        "cases": len(ids),
        "cases_with_text": with_text,
        "campaigns": len(table),
        "cases_in_campaigns": int(table["size"].sum()) if len(table) else 0,
        "links_by_shared_key": grouping.key_links,
        "links_by_similar_text": grouping.text_links,
    }
    return table, summary


def campaign_records(table: pd.DataFrame, limit: int) -> list[dict[str, Any]]:
    """The table's largest ``limit`` campaigns as JSON-ready records."""
    records = []
    for row in table.head(limit).to_dict(orient="records"):
        for column in ("first_seen", "last_seen"):
            value = row[column]
            row[column] = pd.Timestamp(value).isoformat() if pd.notna(value) else None
        for column in ("shared_keys", "destinations", "example_ids"):
            row[column] = [str(item) for item in row[column]]
        for column in ("size", "risk_high", "risk_medium", "risk_low"):
            row[column] = int(row[column])
        records.append(row)
    return records
