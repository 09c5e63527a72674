"""The model artifact: one folder, a joblib pipeline and a verified ``meta.json``.

A pickle runs code when it loads, so Waspada never loads one it cannot trace
to its own training run. Before anything is unpickled:

* ``meta.json`` lists **every** regular file of the folder (anything but
  ``meta.json`` itself, subfolders included) with its SHA-256; a file on
  disk that is not listed, or listed but missing, or whose hash differs, is
  refused (``ARTIFACT_CHECKSUM_MISMATCH``);
* ``meta.json`` carries a checksum of its own content (it catches edits and
  corruption, not an attacker, who can recompute it);
* with a signing key (``WASPADA_ARTIFACT_KEY``), ``meta.json`` must carry an
  HMAC-SHA256 ``signature`` over its canonical content made with that key:
  unsigned or wrongly signed artifacts are refused
  (``ARTIFACT_SIGNATURE_INVALID``). As the signed content includes every
  file's hash, the signature covers every byte of the folder;
* ``WASPADA_PIPELINE_SHA256`` pins the exact ``pipeline.joblib`` to load;
* the library versions the pipeline was pickled with must match the
  running ones.

The pipeline is unpickled from the very bytes that were hashed, so the file
cannot be swapped between the check and the load. Code that adds a file to
an artifact (e.g. a document-type model) writes it into the folder and calls
:func:`seal_artifact`, which recomputes the listing, the checksum and (with a
key) the signature.

skops (a restricted, non-pickle format for scikit-learn) is not used: tried
on the tiny model, it round-trips the pipeline exactly but must be told to
trust 7 types by name (our four feature classes/functions and three private
scikit-learn ones), which is the same trust a verified hash gives, while the
hash and the signature also cover the model card and any other file (see
docs/service.md, "Trusted artifacts").
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from model.errors import (
    ArtifactChecksumError,
    ArtifactError,
    ArtifactNotFoundError,
    ArtifactSignatureError,
)

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


KEY_ENV = "WASPADA_ARTIFACT_KEY"
PIPELINE_PIN_ENV = "WASPADA_PIPELINE_SHA256"
# Entries of meta.json that its checksum and signature do not cover.
_UNSIGNED = ("checksum", "signature")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _canonical(meta: dict[str, Any]) -> bytes:
    body = {key: value for key, value in meta.items() if key not in _UNSIGNED}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, default=str).encode(
        "utf-8"
    )


def _meta_checksum(meta: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(meta)).hexdigest()


def _key_bytes(key: str | bytes | None) -> bytes | None:
    if key is None:
        return None
    raw = key.encode("utf-8") if isinstance(key, str) else key
    return raw or None


def env_key() -> bytes | None:
    """The signing key from ``WASPADA_ARTIFACT_KEY`` (None when unset/empty)."""
    return _key_bytes(os.environ.get(KEY_ENV))


def env_pipeline_pin() -> str | None:
    """The pinned pipeline hash from ``WASPADA_PIPELINE_SHA256``, if any."""
    value = os.environ.get(PIPELINE_PIN_ENV, "").strip().lower()
    return value or None


def sign_meta(meta: dict[str, Any], key: str | bytes) -> str:
    """HMAC-SHA256 (hex) of the canonical meta (checksum/signature excluded)."""
    raw = _key_bytes(key)
    if raw is None:
        raise ValueError("an artifact signing key must not be empty")
    return hmac.new(raw, _canonical(meta), hashlib.sha256).hexdigest()


def artifact_files(folder: Path) -> dict[str, Path]:
    """Every file of the artifact by its relative POSIX name (meta.json
    excluded). Links and other non-regular entries are refused: the listing
    must describe exactly the bytes that will be read."""
    found: dict[str, Path] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            raise ArtifactChecksumError(
                f"Artifact entry {path} is a link or special file; an artifact "
                "holds regular files only."
            )
        if path.is_file() and name != META_FILE:
            found[name] = path
    return found


def seal_artifact(
    folder: str | Path, *, key: str | bytes | None = None
) -> dict[str, Any]:
    """(Re)compute ``meta.json``'s file listing, checksum and signature.

    Call it after adding or replacing files in an artifact folder. Every
    regular file except ``meta.json`` is listed with its SHA-256. ``key``
    (default: ``WASPADA_ARTIFACT_KEY``) signs the result; without one any
    old signature is dropped. Returns the new meta.
    """
    path = Path(folder)
    meta_path = path / META_FILE
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArtifactError(
            f"cannot seal {path}: {META_FILE} unreadable: {exc}"
        ) from exc
    return _write_sealed(path, meta, key)


def _write_sealed(
    path: Path, meta: dict[str, Any], key: str | bytes | None
) -> dict[str, Any]:
    sealed = {k: v for k, v in meta.items() if k not in _UNSIGNED}
    sealed["files"] = {
        name: sha256_file(file) for name, file in artifact_files(path).items()
    }
    sealed["checksum"] = _meta_checksum(sealed)
    raw = _key_bytes(key) if key is not None else env_key()
    if raw is not None:
        sealed["signature"] = sign_meta(sealed, raw)
    tmp = path / f".{META_FILE}.tmp"
    tmp.write_text(
        json.dumps(sealed, indent=2, ensure_ascii=False, default=str) + "\n",
        encoding="utf-8",
    )
    os.replace(tmp, path / META_FILE)
    return sealed


def save_artifact(
    out_dir: Path,
    pipeline: Any,
    meta: dict[str, Any],
    *,
    extra_files: dict[str, str] | None = None,
    key: str | bytes | None = None,
) -> dict[str, Any]:
    """Write ``pipeline`` and ``meta`` (plus text files) into ``out_dir``.

    Returns the final meta with versions, file hashes, its own checksum and
    (with ``key`` or ``WASPADA_ARTIFACT_KEY``) its signature.
    """
    import joblib

    out_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, out_dir / PIPELINE_FILE, compress=3)
    for name, content in (extra_files or {}).items():
        (out_dir / name).write_text(content, encoding="utf-8")
    final = {
        "format_version": FORMAT_VERSION,
        **meta,
        "versions": library_versions(),
    }
    return _write_sealed(out_dir, final, key)


@dataclass(frozen=True)
class LoadedArtifact:
    path: Path
    pipeline: Any
    meta: dict[str, Any]

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
    if (
        not isinstance(meta, dict)
        or "checksum" not in meta
        or not isinstance(meta.get("files"), dict)
    ):
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


def check_signature(path: Path, meta: dict[str, Any], key: str | bytes) -> None:
    """Refuse ``meta`` unless it carries a valid HMAC made with ``key``."""
    signature = meta.get("signature")
    if not isinstance(signature, str) or not signature:
        raise ArtifactSignatureError(
            f"{path / META_FILE} is not signed, but a signing key is configured "
            f"({KEY_ENV}). Sign it with the key (waspada train, or "
            "model.artifact.seal_artifact) or unset the key."
        )
    if not hmac.compare_digest(signature, sign_meta(meta, key)):
        raise ArtifactSignatureError(
            f"{path / META_FILE} carries a signature that does not match the "
            f"configured key ({KEY_ENV}): it was signed with another key or "
            "changed after signing. Refusing to load it."
        )


def _check_listing(path: Path, meta: dict[str, Any]) -> None:
    listed = set(meta["files"])
    present = set(artifact_files(path))
    extra = sorted(present - listed)
    if extra:
        raise ArtifactChecksumError(
            f"Artifact {path} holds files that {META_FILE} does not list: "
            f"{', '.join(extra[:5])}. Remove them, or seal the artifact again "
            "(model.artifact.seal_artifact) if they belong to it."
        )
    missing = sorted(listed - present)
    if missing:
        raise ArtifactChecksumError(
            f"Artifact file {path / missing[0]} is missing"
            + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
            + "."
        )
    if PIPELINE_FILE not in listed:
        raise ArtifactChecksumError(f"{META_FILE} does not list {PIPELINE_FILE}.")


def _hash_mismatch(
    file_path: Path, expected: str, actual: str
) -> ArtifactChecksumError:
    return ArtifactChecksumError(
        f"{file_path} does not match the SHA-256 recorded in {META_FILE} "
        f"(expected {str(expected)[:12]}…, found {actual[:12]}…). Refusing to "
        "load a file that may have been tampered with."
    )


def verify_artifact(
    path: Path,
    *,
    key: str | bytes | None = None,
    pipeline_sha256: str | None = None,
) -> dict[str, Any]:
    """Check listing, hashes, signature, pin and library versions; return
    meta or raise ArtifactError. ``key`` and ``pipeline_sha256`` default to
    ``WASPADA_ARTIFACT_KEY`` and ``WASPADA_PIPELINE_SHA256``."""
    meta = read_meta(path)
    _check_authentic(path, meta, key, pipeline_sha256)
    _check_listing(path, meta)
    for name, expected in meta["files"].items():
        actual = sha256_file(path / name)
        if actual != expected:
            raise _hash_mismatch(path / name, expected, actual)
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


def _check_authentic(
    path: Path,
    meta: dict[str, Any],
    key: str | bytes | None,
    pipeline_sha256: str | None,
) -> None:
    """Signature and pin: checked even when verification is turned off."""
    raw = _key_bytes(key) if key is not None else env_key()
    if raw is not None:
        check_signature(path, meta, raw)
    pin = pipeline_sha256.strip().lower() if pipeline_sha256 else env_pipeline_pin()
    if pin is not None and meta["files"].get(PIPELINE_FILE) != pin:
        raise ArtifactSignatureError(
            f"{path / PIPELINE_FILE} is not the pinned pipeline "
            f"({PIPELINE_PIN_ENV}={pin[:12]}…, artifact lists "
            f"{str(meta['files'].get(PIPELINE_FILE))[:12]}…). Refusing to load it."
        )


def load_artifact(
    path: str | Path,
    *,
    verify: bool = True,
    key: str | bytes | None = None,
    pipeline_sha256: str | None = None,
) -> LoadedArtifact:
    """Load a verified artifact folder.

    ``verify=False`` skips the listing, hashes and versions, but a signing
    key or pipeline pin (arguments or environment) is still enforced, and
    the pipeline's bytes are still checked against the listed hash.
    """
    import joblib

    folder = Path(path)
    if verify:
        meta = verify_artifact(folder, key=key, pipeline_sha256=pipeline_sha256)
    else:
        meta = read_meta(folder)
        _check_authentic(folder, meta, key, pipeline_sha256)
    pipeline_path = folder / PIPELINE_FILE
    try:
        data = pipeline_path.read_bytes()
    except OSError as exc:
        raise ArtifactChecksumError(f"Cannot read {pipeline_path}: {exc}") from exc
    # Unpickle exactly the bytes that were hashed: the file cannot be swapped
    # between the check and the load.
    actual = hashlib.sha256(data).hexdigest()
    expected = meta["files"].get(PIPELINE_FILE)
    if actual != expected:
        raise _hash_mismatch(pipeline_path, str(expected), actual)
    try:
        pipeline = joblib.load(io.BytesIO(data))
    except Exception as exc:  # a verified pickle that fails is a real fault
        raise ArtifactError(f"Could not unpickle {pipeline_path}: {exc}") from exc
    return LoadedArtifact(folder, pipeline, meta)
