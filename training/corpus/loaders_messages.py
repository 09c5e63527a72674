"""Loaders for the message datasets: fraud SMS and online-gambling comments.

See ``training.corpus.loaders`` for what every loader returns and how labels
are mapped; the registry of all datasets lives there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from training.corpus.read import as_number, read_csv_as_text, row_ids
from training.corpus.schema import conform

# --- SMS -----------------------------------------------------------------------


def load_id_sms_spam_wibisono(folder: Path) -> pd.DataFrame:
    """Indonesian SMS: penipuan (1) -> 1; normal (0) and promo (2) -> 0.

    Promo SMS are unwanted but not fraud, so they are negatives: they teach
    the model that "promo, gratis, hadiah" alone is not a scam.
    """
    raw = read_csv_as_text(folder / "dataset_sms_spam_v1.csv")
    frame = pd.DataFrame(
        {
            "id": row_ids("id_sms_spam_wibisono", None, len(raw)),
            "text": raw["teks"],
            "label": as_number(raw["label"]).map({1: 1, 0: 0, 2: 0}),
        }
    )
    return conform(
        frame,
        source="id_sms_spam_wibisono",
        genre="sms",
        label_origin="source_label",
        text_only=True,
    )


def load_id_sms_spam_bopbi(folder: Path) -> pd.DataFrame:
    """Indonesian spam SMS (loan, prize, ...); every row is spam -> 1."""
    raw = read_csv_as_text(folder / "bopbi_sms.csv")
    frame = pd.DataFrame(
        {
            "id": row_ids("id_sms_spam_bopbi", raw["file"], len(raw)),
            "text": raw["text"],
            "label": 1,
        }
    )
    return conform(
        frame,
        source="id_sms_spam_bopbi",
        genre="sms",
        label_origin="source_label",
        text_only=True,
    )


# Cells of the AGR-Yes "proof" column that describe evidence instead of
# quoting a message ("Screenshot", "Row 469 - Proof", a bare link or e-mail).
_PROOF_NOTE = re.compile(
    r"screenshot|mentioned my (full )?name|^row \d+ - proof", re.IGNORECASE
)
_LINKISH = re.compile(r"\S*(://|@|www\.)\S*|\S+\.[a-z]{2,}(/\S*)?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def is_quoted_message(proof: object) -> bool:
    """True when an AGR-Yes ``proof`` cell quotes a message of >= 4 words."""
    if not isinstance(proof, str) or _PROOF_NOTE.search(proof):
        return False
    return len(_WORD.findall(_LINKISH.sub(" ", proof))) >= 4


def load_ph_scam_sms(folder: Path) -> pd.DataFrame:
    """Philippine scam/spam SMS from three sub-sources (``ph_scam_sms/<sub>``).

    - ``agryes``: crowd scam reports (all scams -> 1); only cells that quote a
      message are kept (see ``is_quoted_message``).
    - ``bwandowando``: Kaggle spam copy (all spam -> 1).
    - ``bantay_bait``: merged corpus, safe -> 0, spam/malicious -> 1. Its test
      set file is a subset of the corpus (all 2,805 rows), so it is not read.
    Overlaps between the three (~200 texts) are removed by dedup.
    """
    ag = read_csv_as_text(folder / "agryes_proof_by_type.csv")
    ag = ag[ag["proof"].map(is_quoted_message)]
    bw = read_csv_as_text(folder / "bwandowando_SPAM_SMS_copy.csv")
    bb = read_csv_as_text(folder / "bantay_bait_corpus.csv")
    bb_label = (
        bb["label"].str.strip().str.lower().map({"safe": 0, "spam": 1, "malicious": 1})
    )
    parts = [
        pd.DataFrame(
            {
                "id": [f"ph_scam_sms/agryes:{i}" for i in ag.index],
                "source": "ph_scam_sms/agryes",
                "text": ag["proof"],
                "label": 1,
            }
        ),
        pd.DataFrame(
            {
                "id": row_ids("ph_scam_sms/bwandowando", bw["_id"], len(bw)),
                "source": "ph_scam_sms/bwandowando",
                "text": bw["text"],
                "label": 1,
            }
        ),
        pd.DataFrame(
            {
                "id": row_ids("ph_scam_sms/bantay_bait", None, len(bb)),
                "source": "ph_scam_sms/bantay_bait",
                "text": bb["text"],
                "label": bb_label,
            }
        ),
    ]
    frame = pd.concat(parts, ignore_index=True)
    return conform(frame, genre="sms", label_origin="source_label", text_only=True)


# --- online-gambling (judol) comments ------------------------------------------


def _judol(
    folder_name: str, raw: pd.DataFrame, text_col: str, id_col: str | None
) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "id": row_ids(folder_name, raw[id_col] if id_col else None, len(raw)),
            "text": raw[text_col],
            "label": as_number(raw["label"]).map({1: 1, 0: 0}),
        }
    )
    return conform(
        frame,
        source=folder_name,
        genre="comment",
        label_origin="source_label",
        text_only=True,
    )


def load_judol_youtube_gbennnn(folder: Path) -> pd.DataFrame:
    """YouTube comments, judol promotion (1) vs not (0).

    The "labelled" file keeps the original text (with the Unicode
    obfuscation real spam uses); the "clean" file is the author's
    preprocessing of it and is not read.
    """
    raw = read_csv_as_text(folder / "dataset_judol_labelled.csv")
    return _judol("judol_youtube_gbennnn", raw, "comment_text", "comment_id")


def load_judol_tiktok_akbaralfaidah(folder: Path) -> pd.DataFrame:
    """TikTok comments, judol (1) vs not (0), balanced by the author.

    ``data_validasi_mentah.csv`` is not read: all 1,569 of its texts are also
    in the 19k file, so it adds only duplicates.
    """
    raw = read_csv_as_text(folder / "dataset_judol_BALANCED_19k.csv")
    return _judol("judol_tiktok_akbaralfaidah", raw, "text", None)


def load_judol_youtube_live_jogja(folder: Path) -> pd.DataFrame:
    """YouTube live chat, judol promotion (1) vs not (0).

    ``message`` is the raw chat line; ``cleaned_message`` is the author's
    preprocessing. Only 36 distinct promo texts exist: dedup collapses them.
    """
    raw = read_csv_as_text(folder / "youtube_chat_jogja_clean.csv")
    return _judol("judol_youtube_live_jogja", raw, "message", None)
