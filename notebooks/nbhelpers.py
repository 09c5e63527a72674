"""Presentation helpers for the Waspada notebooks: plots, tables, excerpts.

Only presentation lives here. Every number the notebooks show is computed by
the project's own modules (``training.*``, ``model.*``); these helpers only
decide how it looks, so the figures stay consistent across the notebooks.
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

#: One colour per label everywhere: scam red, legitimate blue, unknown grey.
LABEL_COLORS = {"scam": "#b3261e", "legit": "#1f5fa8", "unlabelled": "#9e9e9e"}
ACCENT = "#b3261e"
NEUTRAL = "#1f5fa8"

# Candidate phone/account numbers: digits possibly split by spaces or dashes.
# Dots and commas are not joined, so salaries such as "Rp 15.000.000" stay.
_NUMBER_RUN = re.compile(r"\+?\d[\d \-]{6,}\d")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def setup(dpi: int = 100) -> None:
    """Readable defaults: large enough fonts, light grid, tight layout."""
    plt.rcParams.update(
        {
            "figure.figsize": (9, 4.5),
            "figure.dpi": dpi,
            "savefig.dpi": dpi,
            "figure.autolayout": True,
            "font.size": 10,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.labelsize": 10,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "legend.fontsize": 9,
            "legend.frameon": False,
        }
    )
    pd.set_option("display.max_colwidth", 200)
    pd.set_option("display.width", 160)


def project_path(value: str | os.PathLike[str], root: Path) -> Path:
    """A path from an environment variable; relative ones are under ``root``."""
    path = Path(value).expanduser()
    return path if path.is_absolute() else root / path


def env_flag(name: str, default: str = "auto") -> str:
    """``0``/``1``/``auto`` from an environment variable (anything else: auto)."""
    value = os.environ.get(name, default).strip().lower()
    if value in ("1", "true", "yes", "on"):
        return "1"
    if value in ("0", "false", "no", "off"):
        return "0"
    return "auto"


def mask_numbers(text: str) -> str:
    """Replace phone and account numbers with ``#######``.

    Masked: 9+ digits in one run, or a number written in groups that starts
    with ``+`` (8+ digits) or ``0`` (9+ digits), e.g. ``0812-3456-7890``.
    Salary ranges such as ``8000-12000`` are left alone.
    """

    def replace(match: re.Match[str]) -> str:
        value = match.group()
        digits = sum(ch.isdigit() for ch in value)
        longest = max(len(run) for run in _DIGITS.findall(value))
        phone = (value.startswith("+") and digits >= 8) or (
            value.startswith("0") and digits >= 9
        )
        return "#######" if phone or longest >= 9 else value

    return _NUMBER_RUN.sub(replace, text)


def excerpt(text: Any, limit: int = 160) -> str:
    """A one-line excerpt: whitespace folded, phone/account numbers masked,
    cut at ``limit`` characters."""
    flat = mask_numbers(_SPACE.sub(" ", str(text)).strip())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    """``…context [[match]] context…`` around ``text[start:end]``, one line,
    numbers masked as in :func:`excerpt`."""

    def flat(part: str) -> str:
        return mask_numbers(_SPACE.sub(" ", part))

    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return (
        ("…" if start > width else "")
        + flat(before).lstrip()
        + "[["
        + flat(text[start:end]).strip()
        + "]]"
        + flat(after).rstrip()
        + ("…" if end + width < len(text) else "")
    )


def label_name(value: Any) -> str:
    """1 -> scam, 0 -> legit, missing -> unlabelled."""
    if value is None or pd.isna(value):
        return "unlabelled"
    return "scam" if int(value) == 1 else "legit"


def pct(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None or pd.isna(value) else f"{value:.{digits}%}"


def stacked_barh(
    table: pd.DataFrame,
    *,
    title: str,
    xlabel: str,
    colors: Mapping[str, str] | None = None,
    log: bool = False,
    ax: plt.Axes | None = None,
    annotate: bool = True,
) -> plt.Axes:
    """Horizontal stacked bars: one bar per row of ``table``, one segment per
    column; the total is written at the end of each bar."""
    colors = colors or LABEL_COLORS
    height = max(2.5, 0.38 * len(table) + 1.2)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, height))
    left = np.zeros(len(table))
    labels = [str(i) for i in table.index]
    for column in table.columns:
        values = table[column].to_numpy(dtype=float)
        ax.barh(
            labels,
            values,
            left=left,
            label=str(column),
            color=colors.get(str(column)),
            edgecolor="white",
            linewidth=0.5,
        )
        left = left + values
    if annotate:
        for y, total in enumerate(left):
            ax.text(total, y, f" {int(total):,}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    if log:
        ax.set_xscale("log")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right")
    ax.margins(x=0.12)
    return ax


def heatmap(
    data: pd.DataFrame,
    *,
    title: str,
    xlabel: str = "",
    ylabel: str = "",
    fmt: str | Callable[[float], str] = "{:.0f}",
    cmap: str = "Reds",
    colorbar_label: str = "",
    vmax: float | None = None,
    figsize: tuple[float, float] | None = None,
) -> plt.Axes:
    """An annotated heatmap; empty (NaN) cells stay blank."""
    values = data.to_numpy(dtype=float)
    rows, cols = values.shape
    if figsize is None:
        figsize = (max(6.0, 0.55 * cols + 3.5), max(3.0, 0.38 * rows + 1.8))
    fig, ax = plt.subplots(figsize=figsize)
    masked = np.ma.masked_invalid(values)
    finite = values[np.isfinite(values)]
    top = vmax if vmax is not None else (finite.max() if finite.size else 1.0)
    image = ax.imshow(masked, cmap=cmap, aspect="auto", vmin=0, vmax=top or 1.0)
    ax.set_xticks(range(cols), [str(c) for c in data.columns], rotation=45, ha="right")
    ax.set_yticks(range(rows), [str(r) for r in data.index])
    ax.grid(False)
    for i in range(rows):
        for j in range(cols):
            value = values[i, j]
            if not np.isfinite(value):
                continue
            dark = top and value > 0.6 * top
            ax.text(
                j,
                i,
                fmt(value) if callable(fmt) else fmt.format(value),
                ha="center",
                va="center",
                fontsize=7,
                color="white" if dark else "black",
            )
    bar = fig.colorbar(image, ax=ax, fraction=0.03, pad=0.02)
    if colorbar_label:
        bar.set_label(colorbar_label)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def length_boxes(
    groups: Mapping[str, Sequence[float]],
    *,
    title: str,
    xlabel: str = "characters per ad (log scale)",
) -> plt.Axes:
    """Horizontal box plots on a log axis, one per named group; whiskers at the
    5th and 95th percentiles, the median written beside each box."""
    names = [name for name, values in groups.items() if len(values)]
    data = [np.asarray(groups[name], dtype=float) for name in names]
    _, ax = plt.subplots(figsize=(9, max(2.5, 0.45 * len(names) + 1.2)))
    if not data:
        ax.set_title(title + " (no data)")
        return ax
    # ``orientation`` replaced ``vert`` in matplotlib 3.10.
    horizontal = (
        {"orientation": "horizontal"}
        if tuple(int(p) for p in matplotlib.__version__.split(".")[:2]) >= (3, 10)
        else {"vert": False}
    )
    parts = ax.boxplot(
        data,
        **horizontal,
        whis=(5, 95),
        showfliers=False,
        patch_artist=True,
        widths=0.6,
    )
    for name, box in zip(names, parts["boxes"], strict=True):
        label = name.rsplit("· ", 1)[-1].strip()
        box.set_facecolor(LABEL_COLORS.get(label, "#cccccc"))
        box.set_alpha(0.75)
    for median in parts["medians"]:
        median.set_color("black")
    for y, values in enumerate(data, start=1):
        ax.text(
            float(np.percentile(values, 95)) * 1.15,
            y,
            f"median {np.median(values):,.0f} (n={len(values):,})",
            va="center",
            fontsize=8,
        )
    ax.set_yticks(range(1, len(names) + 1), names)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.margins(x=0.25)
    ax.grid(axis="y", visible=False)
    return ax


def pr_curves(
    curves: Mapping[str, tuple[Sequence[int], Sequence[float]]],
    *,
    title: str,
    min_positives: int = 3,
) -> list[str]:
    """Precision-recall curves, one per named group, AP in the legend.

    Groups with one class, or fewer than ``min_positives`` scams, get no
    curve (it would be noise); they are named under the plot instead of
    silently vanishing, and returned.
    """
    from sklearn.metrics import average_precision_score, precision_recall_curve

    # Wide: the legend sits right of a square-ish plot.
    _, ax = plt.subplots(figsize=(10.5, 5))
    skipped = []
    for name, (y, scores) in curves.items():
        y = np.asarray(y, dtype=int)
        if y.sum() < min_positives or y.sum() == len(y):
            skipped.append(f"{name} ({int(y.sum())}/{len(y)} scam)")
            continue
        precision, recall, _ = precision_recall_curve(y, np.asarray(scores))
        ap = average_precision_score(y, scores)
        ax.step(
            recall,
            precision,
            where="post",
            label=f"{name}: AP {ap:.3f} (n={len(y):,}, {int(y.sum()):,} scam)",
        )
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("recall (share of scam ads caught)")
    ax.set_ylabel("precision (share of flags that are scams)")
    ax.set_title(title)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(
            loc="upper left",
            bbox_to_anchor=(1.02, 1.0),
            title="AP = average precision",
            fontsize=8,
        )
    if skipped:
        note = textwrap.fill(
            f"No curve (one class or < {min_positives} scams): " + ", ".join(skipped),
            width=95,
        )
        ax.text(0, -0.14, note, transform=ax.transAxes, va="top", fontsize=8)
    return skipped


def reliability(
    table: Sequence[Mapping[str, Any]],
    scores: Sequence[float],
    *,
    title: str,
) -> plt.Figure:
    """Reliability diagram (from ``training.metrics.reliability_table``) above
    a histogram of the scores, so a reader sees where the ads actually fall."""
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(6.5, 6.5), sharex=True, gridspec_kw={"height_ratios": [3, 1]}
    )
    top.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    top.plot(
        [row["mean_score"] for row in table],
        [row["observed_rate"] for row in table],
        marker="o",
        color=ACCENT,
        label="Waspada (per score bin)",
    )
    for row in table:
        top.annotate(
            f"n={row['n']}",
            (row["mean_score"], row["observed_rate"]),
            fontsize=7,
            xytext=(4, -10),
            textcoords="offset points",
        )
    top.set_ylabel("observed share of scam ads")
    top.set_xlim(0, 1)
    top.set_ylim(-0.06, 1.04)
    top.set_title(title)
    top.legend(loc="upper left")
    bottom.hist(np.asarray(scores, dtype=float), bins=20, range=(0, 1), color=NEUTRAL)
    bottom.set_yscale("log")
    bottom.set_xlabel("predicted scam probability (score)")
    bottom.set_ylabel("ads (log)")
    return fig


def threshold_tradeoff(
    y: Sequence[int],
    scores: Sequence[float],
    thresholds: Mapping[str, float],
    *,
    title: str,
) -> pd.DataFrame:
    """Precision, recall and share of ads flagged as the threshold moves, with
    the model's stored thresholds marked. Returns the curve as a table."""
    y = np.asarray(y, dtype=int)
    p = np.asarray(scores, dtype=float)
    cuts = np.linspace(0.01, 0.99, 99)
    rows = []
    for cut in cuts:
        flagged = p >= cut
        tp = int((flagged & (y == 1)).sum())
        fp = int((flagged & (y == 0)).sum())
        rows.append(
            {
                "threshold": round(float(cut), 2),
                "precision": tp / (tp + fp) if tp + fp else np.nan,
                "recall": tp / y.sum() if y.sum() else np.nan,
                "false positive rate": fp / (len(y) - y.sum())
                if len(y) - y.sum()
                else np.nan,
                "flagged share": flagged.mean() if len(p) else np.nan,
            }
        )
    curve = pd.DataFrame(rows)
    _, ax = plt.subplots(figsize=(9, 4.5))
    styles = {
        "precision": ("#2e7d32", "-"),
        "recall": (ACCENT, "-"),
        "false positive rate": ("#ef6c00", "--"),
        "flagged share": (NEUTRAL, ":"),
    }
    for name, (color, style) in styles.items():
        ax.plot(
            curve["threshold"], curve[name], color=color, linestyle=style, label=name
        )
    # Thresholds closer than 0.05 share one label ("medium = high ≥ 0.15").
    marks: list[tuple[float, list[str]]] = []
    for name, cut in sorted(thresholds.items(), key=lambda item: item[1]):
        if marks and abs(cut - marks[-1][0]) < 0.05:
            marks[-1][1].append(name)
        else:
            marks.append((cut, [name]))
    for cut, names in marks:
        ax.axvline(cut, color="black", linewidth=0.8, alpha=0.6)
        ax.text(
            cut,
            1.03,
            f"{' = '.join(names)} ≥ {cut:.2f}",
            ha="center",
            fontsize=8,
            transform=ax.get_xaxis_transform(),
        )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("score threshold (an ad at or above it is flagged)")
    ax.set_ylabel("rate")
    ax.set_title(title, pad=18)
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5))
    return curve


def metrics_frame(
    groups: Mapping[str, Mapping[str, Any]], at: str = "high"
) -> pd.DataFrame:
    """``training.metrics.binary_metrics`` results as one table, one row per
    group, with precision/recall/FPR at the named threshold ``at``."""
    rows = []
    for name, m in groups.items():
        cut = m.get(at) or {}
        rows.append(
            {
                "group": name,
                "ads": m.get("n"),
                "scam": m.get("positives"),
                "legit": m.get("negatives"),
                "PR-AUC": m.get("pr_auc"),
                "ROC-AUC": m.get("roc_auc"),
                "Brier": m.get("brier"),
                f"precision@{at}": cut.get("precision"),
                f"recall@{at}": cut.get("recall"),
                f"FPR@{at}": cut.get("false_positive_rate"),
                f"flagged@{at}": cut.get("flagged_share"),
            }
        )
    return pd.DataFrame(rows).set_index("group")


def savefig_if(path_env: str = "WASPADA_NB_FIGDIR", name: str = "figure") -> None:
    """Save the current figure as PNG when ``$WASPADA_NB_FIGDIR`` is set
    (used while reviewing figures; the notebooks display them inline anyway)."""
    folder = os.environ.get(path_env)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        plt.gcf().savefig(Path(folder) / f"{name}.png", bbox_inches="tight")
