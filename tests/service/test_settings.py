"""Settings: safe defaults and environment parsing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.settings import Settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("WASPADA_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_are_safe_for_a_public_deployment() -> None:
    settings = Settings()
    assert settings.host == "127.0.0.1"
    assert settings.port == 8000
    assert settings.max_body_bytes == 2 * 1024 * 1024
    assert settings.max_ad_chars == 20_000
    assert settings.max_batch_size == 1_000
    assert settings.rate_limit_per_second > 0
    assert settings.api_keys == []
    assert settings.cors_origins == []
    assert settings.log_ad_text is False
    assert settings.model_path == Path("artifacts/default")
    regex = re.compile(settings.cors_origin_regex or "")
    assert regex.match("chrome-extension://abcdefghijklmnopabcdefghijklmnop")
    assert regex.match("moz-extension://0d7b6f44-8a5c-4c1b-9f3e-2b1a5e6c7d8f")
    assert not regex.match("https://evil.example")
    assert not regex.match("chrome-extension://abc.evil.example/x")


def test_environment_and_dotenv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("WASPADA_PORT=9001\nWASPADA_LOG_AD_TEXT=true\n")
    monkeypatch.setenv("WASPADA_API_KEYS", "k1, k2,")
    monkeypatch.setenv(
        "WASPADA_CORS_ORIGINS", '["https://a.example", "https://b.example"]'
    )
    monkeypatch.setenv("WASPADA_MODEL_PATH", "/models/x")
    monkeypatch.setenv("WASPADA_CORS_ORIGIN_REGEX", "")
    settings = Settings()
    assert settings.port == 9001
    assert settings.log_ad_text is True
    assert settings.api_key_values() == ("k1", "k2")
    assert "k1" not in repr(settings)
    assert settings.cors_origins == ["https://a.example", "https://b.example"]
    assert settings.model_path == Path("/models/x")
    assert settings.cors_origin_regex is None


def test_invalid_settings_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WASPADA_PORT", "99999")
    with pytest.raises(ValueError):
        Settings()


def test_create_app_does_no_work() -> None:
    from service.app import create_app

    app = create_app(Settings(model_path=Path("/does/not/exist")))
    assert app.state.runtime.detector is None


def test_every_setting_is_documented_with_its_default() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "service.md").read_text(
        encoding="utf-8"
    )
    defaults = Settings()
    for name, field in Settings.model_fields.items():
        row = re.search(rf"^\| `WASPADA_{name.upper()}` \| ([^|]*) \|", docs, re.M)
        assert row, f"WASPADA_{name.upper()} is missing from docs/service.md"
        assert field.description, f"{name} has no description"
        value = getattr(defaults, name)
        if isinstance(value, bool | int | float) or (
            isinstance(value, str) and name != "cors_origin_regex"
        ):
            shown = str(value).lower() if isinstance(value, bool) else str(value)
            assert shown in row.group(1), f"{name}: default {shown} not in the docs"
