"""Where the real datasets live on this machine.

The datasets are not shipped with Waspada (several have no licence that allows
redistribution), so the corpus builder has to find them. The search order lets
a user point at any copy explicitly, while a developer checkout next to the
shared data works without configuration.
"""

from __future__ import annotations

import os
from pathlib import Path

from model.errors import DatasetMissingError

DATA_ENV_VAR = "WASPADA_DATA_DIR"

#: ``<project>``: the directory holding ``training/`` and ``model/``.
PROJECT_ROOT = Path(__file__).resolve().parents[2]

#: Where ``data/README.md`` tells users to unpack the datasets.
DEFAULT_RAW_DIR = PROJECT_ROOT / "data" / "raw"

#: The shared checkout of the datasets used while developing Waspada.
SHARED_DATA_DIR = PROJECT_ROOT.parent / "shared" / "data"

#: Default output of ``waspada data build`` / ``make data``.
DEFAULT_OUT_DIR = PROJECT_ROOT / "data" / "processed"

#: Compact copies of the real datasets whose licences allow shipping them
#: (see ``training.corpus.redistributable`` and ``data/README.md``).
REDISTRIBUTABLE_DIR = PROJECT_ROOT / "data" / "redistributable"

#: Hand-written seed ads (optional, project-written).
SEED_FILE = PROJECT_ROOT / "data" / "seed" / "seed_ads.jsonl"


def _dataset_folders() -> tuple[str, ...]:
    # Imported lazily: loaders imports pandas and this module must stay cheap
    # for the CLI's ``--help``.
    from training.corpus.loaders import DATASETS

    return tuple(DATASETS)


def has_dataset_folder(root: Path) -> bool:
    """True when ``root`` holds at least one known dataset folder."""
    if not root.is_dir():
        return False
    return any((root / name).is_dir() for name in _dataset_folders())


def resolve_data_root(explicit: str | Path | None = None) -> Path | None:
    """Find the directory that holds the dataset folders.

    Order: ``explicit``, then ``$WASPADA_DATA_DIR``, then ``<project>/data/raw/``
    when it holds any dataset folder, then ``<project>/../shared/data/``.
    Returns ``None`` when nothing is found, so the caller can fall back to a
    synthetic-only corpus.

    A directory the user named (argument or environment) that does not exist
    raises :class:`DatasetMissingError`: silently building a synthetic-only
    corpus after a typo in a path would be worse than stopping.
    """
    named: list[tuple[str, str | Path]] = []
    if explicit is not None and str(explicit) != "":
        named.append(("--data-dir", explicit))
    elif os.environ.get(DATA_ENV_VAR):
        named.append((f"${DATA_ENV_VAR}", os.environ[DATA_ENV_VAR]))
    for what, value in named:
        path = Path(value).expanduser().resolve()
        if not path.is_dir():
            raise DatasetMissingError(
                f"Data directory {path} (from {what}) does not exist. Point it at "
                "the folder that holds the dataset folders (emscad_partial/, "
                "orfd_58tongcheng_zh/, ...); see data/README.md."
            )
        return path
    if has_dataset_folder(DEFAULT_RAW_DIR):
        return DEFAULT_RAW_DIR
    if has_dataset_folder(SHARED_DATA_DIR):
        return SHARED_DATA_DIR.resolve()
    return None
