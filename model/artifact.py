"""The model artifact: one folder, a joblib pipeline and a verified ``meta.json``.

A pickle runs code when it loads, so Waspada never loads one it cannot trace
to its own training run: every file's SHA-256 is recorded in ``meta.json``,
``meta.json`` carries a checksum of its own content, and the library versions
the pipeline was pickled with must match the running ones.
"""

from __future__ import annotations

import hashlib
import json
import platform
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from model.errors import ArtifactChecksumError, ArtifactError, ArtifactNotFoundError

PIPELINE_FILE = "pipeline.joblib"
META_FILE = "meta.json"
CARD_FILE = "model_card.md"
FORMAT_VERSION = 2  # 2: hashed character n-grams (model.features.HashedCharTfidf)

# A pickle is only portable between identical versions of these.
PINNED_LIBRARIES: tuple[str, ...] = ("scikit-learn", "numpy", "scipy")
RECORDED_LIBRARIES: tuple[str, ...] = (
    *PINNED_LIBRARIES,
    "pandas",
    "pyarrow",
    "joblib",
    "spacy",
    "pydantic",
    "fastapi",
    "torch",
    "transformers",
)


def library_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {
        "python": platform.python_version(),
    }
    for name in RECORDED_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _meta_checksum(meta: dict[str, Any]) -> str:
    body = {key: value for key, value in meta.items() if key != "checksum"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def save_artifact(
    out_dir: Path,
    pipeline: Any,
    meta: dict[str, Any],
    *,
    extra_files: dict[str, str] | None = None,
    extra_models: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write ``pipeline`` and ``meta`` (plus text files) into ``out_dir``.

    ``extra_models`` are further estimators (e.g. ``doctype.joblib``), each
    pickled under its file name and hashed like the pipeline.
    Returns the final meta with versions, file hashes and its own checksum.
    """
    import joblib

    out_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, out_dir / PIPELINE_FILE, compress=3)
    for name, content in (extra_files or {}).items():
        (out_dir / name).write_text(content, encoding="utf-8")
    for name, estimator in (extra_models or {}).items():
        joblib.dump(estimator, out_dir / name, compress=3)
    files = {PIPELINE_FILE: sha256_file(out_dir / PIPELINE_FILE)}
    for name in sorted({*(extra_files or {}), *(extra_models or {})}):
        files[name] = sha256_file(out_dir / name)
    final = {
        "format_version": FORMAT_VERSION,
        **meta,
        "versions": library_versions(),
        "files": files,
    }
    final["checksum"] = _meta_checksum(final)
    (out_dir / META_FILE).write_text(
        json.dumps(final, indent=2, ensure_ascii=False, default=str) + "\n",
        encoding="utf-8",
    )
    return final


@dataclass(frozen=True)
class LoadedArtifact:
    path: Path
    pipeline: Any
    meta: dict[str, Any]
    # Further verified estimators, by file name (e.g. "doctype.joblib").
    models: dict[str, Any] = field(default_factory=dict)

    @property
    def pipeline_sha256(self) -> str:
        return str(self.meta["files"][PIPELINE_FILE])


def read_meta(path: Path) -> dict[str, Any]:
    """Read and self-check ``meta.json`` without touching the pickle."""
    meta_path = path / META_FILE
    if not path.is_dir() or not meta_path.is_file():
        raise ArtifactNotFoundError(
            f"No model artifact at {path} (expected {META_FILE} and {PIPELINE_FILE}). "
            "Train one with `make train` or `waspada train --out DIR`."
        )
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArtifactError(f"{meta_path} is not valid JSON: {exc}") from exc
    if not isinstance(meta, dict) or "checksum" not in meta or "files" not in meta:
        raise ArtifactError(f"{meta_path} lacks the 'checksum' and 'files' entries.")
    if meta["checksum"] != _meta_checksum(meta):
        raise ArtifactChecksumError(
            f"{meta_path} was modified after training (its checksum does not "
            "match). Retrain the model instead of editing its metadata."
        )
    if meta.get("format_version") != FORMAT_VERSION:
        raise ArtifactError(
            f"Artifact format {meta.get('format_version')} is not supported by "
            f"this Waspada (expects {FORMAT_VERSION}). Retrain with `make train`."
        )
    return meta


def verify_artifact(path: Path) -> dict[str, Any]:
    """Check hashes and library versions; return meta or raise ArtifactError."""
    meta = read_meta(path)
    for name, expected in meta["files"].items():
        file_path = path / name
        if not file_path.is_file():
            raise ArtifactChecksumError(f"Artifact file {file_path} is missing.")
        actual = sha256_file(file_path)
        if actual != expected:
            raise ArtifactChecksumError(
                f"{file_path} does not match the SHA-256 recorded in {META_FILE} "
                f"(expected {expected[:12]}…, found {actual[:12]}…). Refusing to "
                "load a file that may have been tampered with."
            )
    recorded = meta.get("versions", {})
    current = library_versions()
    mismatched = [
        f"{name} {recorded.get(name)} (artifact) vs {current.get(name)} (installed)"
        for name in PINNED_LIBRARIES
        if recorded.get(name) != current.get(name)
    ]
    if mismatched:
        raise ArtifactError(
            "The artifact was built with other library versions, so its pickle "
            "may not load correctly: " + "; ".join(mismatched) + ". Retrain it "
            "with `make train` in this environment."
        )
    return meta


def load_artifact(path: str | Path, *, verify: bool = True) -> LoadedArtifact:
    """Load a verified artifact folder."""
    import joblib

    folder = Path(path)
    meta = verify_artifact(folder) if verify else read_meta(folder)
    try:
        pipeline = joblib.load(folder / PIPELINE_FILE)
    except Exception as exc:  # a verified pickle that fails is a real fault
        raise ArtifactError(
            f"Could not unpickle {folder / PIPELINE_FILE}: {exc}"
        ) from exc
    models: dict[str, Any] = {}
    # Only files listed (and so hashed and verified) in meta.json are loaded.
    for name in sorted(meta["files"]):
        if name == PIPELINE_FILE or not name.endswith(".joblib"):
            continue
        try:
            models[name] = joblib.load(folder / name)
        except Exception as exc:
            raise ArtifactError(f"Could not unpickle {folder / name}: {exc}") from exc
    return LoadedArtifact(folder, pipeline, meta, models)
