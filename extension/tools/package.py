"""Build the Chrome Web Store zip of the extension: ``make extension``.

The version comes from pyproject.toml. ``extension/manifest.json`` and
``extension/advice.json`` (the web page's advice, service/web/advice.json) are
brought in sync first, so that the unpacked folder and the zip never differ;
``--check`` only reports whether they are in sync (exit status 1 if not).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
ADVICE_SOURCE = ROOT / "service" / "web" / "advice.json"
# Not shipped: the build tools and the docs for developers.
EXCLUDE_DIRS = {"tools"}
EXCLUDE_SUFFIXES = {".md", ".py", ".pyc"}
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # reproducible zips


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def manifest_versions(version: str) -> tuple[str, str | None]:
    """Chrome wants 1-4 dot-separated integers; keep the full PEP 440 name aside."""
    match = re.match(r"^(\d+(?:\.\d+){0,3})", version)
    if not match:
        raise SystemExit(f"pyproject version {version!r} does not start with a number")
    numeric = match.group(1)
    return numeric, (None if numeric == version else version)


def expected_manifest(version: str) -> dict[str, object]:
    manifest = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    numeric, name = manifest_versions(version)
    manifest["version"] = numeric
    if name:
        manifest["version_name"] = name
    else:
        manifest.pop("version_name", None)
    return manifest


def out_of_sync(version: str) -> list[str]:
    problems = []
    current = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    if current != expected_manifest(version):
        problems.append(
            f"extension/manifest.json version {current.get('version')!r} != "
            f"pyproject.toml {version!r}"
        )
    if (EXTENSION / "advice.json").read_bytes() != ADVICE_SOURCE.read_bytes():
        problems.append("extension/advice.json differs from service/web/advice.json")
    return problems


def sync(version: str) -> None:
    manifest = expected_manifest(version)
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    # Rewritten only when the content changes, to keep the file's layout.
    if json.loads((EXTENSION / "manifest.json").read_text("utf-8")) != manifest:
        (EXTENSION / "manifest.json").write_text(text, encoding="utf-8")
    if (EXTENSION / "advice.json").read_bytes() != ADVICE_SOURCE.read_bytes():
        (EXTENSION / "advice.json").write_bytes(ADVICE_SOURCE.read_bytes())


def shipped_files() -> list[Path]:
    files = []
    for path in sorted(EXTENSION.rglob("*")):
        relative = path.relative_to(EXTENSION)
        if not path.is_file() or relative.parts[0] in EXCLUDE_DIRS:
            continue
        if path.suffix in EXCLUDE_SUFFIXES or any(
            p.startswith(".") for p in relative.parts
        ):
            continue
        if "__pycache__" in relative.parts:
            continue
        files.append(path)
    return files


def build(out_dir: Path, version: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"waspada-extension-{version}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in shipped_files():
            info = zipfile.ZipInfo(path.relative_to(EXTENSION).as_posix(), FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--check", action="store_true", help="only check that the folder is in sync"
    )
    args = parser.parse_args(argv)
    version = project_version()
    if args.check:
        problems = out_of_sync(version)
        for problem in problems:
            print(f"!! {problem} (run `make extension`)", file=sys.stderr)
        return 1 if problems else 0
    sync(version)
    target = build(args.out, version)
    print(f">> {target} ({len(shipped_files())} files, version {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
