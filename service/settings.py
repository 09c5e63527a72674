"""Service configuration from the environment (prefix ``WASPADA_``) or ``.env``.

Every default is chosen for a public deployment: bind to loopback only, small
bodies, bounded batches, a per-client rate limit and no ad text in the logs.
List settings accept a comma-separated string (``WASPADA_API_KEYS=k1,k2``) or
a JSON list.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# Browser extensions call from their own origin; their ids are not known in
# advance, so the default allows any extension origin and no web origin. The
# web page is served by this app itself (same origin, no CORS needed).
DEFAULT_CORS_ORIGIN_REGEX = (
    r"^(chrome-extension|moz-extension|safari-web-extension)://[A-Za-z0-9._-]+$"
)


def _split_list(value: Any) -> Any:
    """Accept ``a,b`` as well as ``["a", "b"]`` from the environment."""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("["):
            return json.loads(stripped)
        return [part.strip() for part in stripped.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Settings of the HTTP service; see the field descriptions."""

    model_config = SettingsConfigDict(
        env_prefix="WASPADA_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        # Protected namespace "model_" would clash with model_path.
        protected_namespaces=(),
    )

    model_path: Path = Field(
        default=Path("artifacts/default"), description="Model artifact folder."
    )
    verify_model: bool = Field(
        default=True, description="Verify the artifact's checksums before loading."
    )
    model_retry_seconds: float = Field(
        default=5.0,
        gt=0,
        description="While the model cannot be loaded, retry this often "
        "(/readyz stays 503 meanwhile).",
    )
    host: str = Field(default="127.0.0.1", description="Bind address.")
    port: int = Field(default=8000, ge=0, le=65535, description="Bind port.")

    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Exact web origins allowed to call the API from a browser "
        "(e.g. https://awareness.example.org); '*' allows all.",
    )
    cors_origin_regex: str | None = Field(
        default=DEFAULT_CORS_ORIGIN_REGEX,
        description="Origins matching this regex are allowed too (default: "
        "browser-extension origins). Empty string disables it.",
    )

    max_body_bytes: int = Field(
        default=2 * 1024 * 1024, ge=1024, description="Largest request body (413)."
    )
    max_ad_chars: int = Field(
        default=20_000, ge=1, description="Longest ad text, in characters (422)."
    )
    max_batch_size: int = Field(
        default=1_000, ge=1, description="Most ads in one batch request (413)."
    )
    artifact_key: SecretStr | None = Field(
        default=None,
        description="Signing key: refuse model artifacts whose meta.json lacks "
        "a valid HMAC-SHA256 signature made with it.",
    )
    pipeline_sha256: str | None = Field(
        default=None,
        description="Refuse any model whose pipeline.joblib has another SHA-256.",
    )
    max_ad_seconds: float = Field(
        default=3.0,
        gt=0,
        le=600,
        description="Time budget per ad in seconds; past it the ad is 422 "
        "AD_TOO_COSTLY (a batch row's error) instead of holding a worker.",
    )

    api_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="When set, POST /v1/score/batch needs one of these in the "
        "X-API-Key header (or Authorization: Bearer).",
    )
    admin_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="Keys for the admin endpoints (POST /v1/admin/reload), in "
        "X-API-Key; none configured: the admin endpoints refuse everyone.",
    )
    require_api_key_for_single: bool = Field(
        default=False,
        description="Also require an API key for POST /v1/score (off by default so "
        "that the web page and the extension work without one).",
    )

    rate_limit_per_second: float = Field(
        default=10.0,
        ge=0,
        description="Sustained requests per second per client to /v1/ (0 = off).",
    )
    rate_limit_burst: int = Field(
        default=60, ge=1, description="Requests a client may send in a burst."
    )
    rate_limit_ads_per_second: float = Field(
        default=200.0,
        ge=0,
        description="Sustained ads per second per client in batches: a batch of "
        "n ads costs n (0 = off).",
    )
    rate_limit_ads_burst: int = Field(
        default=2000, ge=1, description="Ads a client may send in a burst of batches."
    )
    redis_url: SecretStr | None = Field(
        default=None,
        description="Redis for rate limits shared by all workers and replicas "
        "(e.g. redis://127.0.0.1:6379/0); unset: per-process memory.",
    )
    rate_limit_key_prefix: str = Field(
        default="waspada-rl",
        description="Prefix of the rate-limit keys in Redis.",
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["127.0.0.1/32", "::1/128"],
        description="Addresses or networks of your reverse proxies: with "
        "trust_forwarded_for, the client is the right-most X-Forwarded-For hop "
        "not in this list.",
    )
    open_batch: bool = Field(
        default=False,
        description="Let POST /v1/score/batch run without an API key (by default "
        "it needs one of api_keys; with no keys configured it is refused).",
    )
    open_metrics: bool = Field(
        default=False,
        description="Serve /metrics to anyone (by default it needs an API key, "
        "or with no keys configured a loopback client).",
    )
    docs_try_it: bool = Field(
        default=False,
        description="Enable Swagger UI's 'Try it out' buttons on /docs.",
    )
    trust_forwarded_for: bool = Field(
        default=False,
        description="Identify clients by X-Forwarded-For (only behind a proxy "
        "you control; otherwise clients could pick their own identity).",
    )

    # Scoring is mostly pure Python and holds the GIL: a second scoring
    # thread in the same lane adds no throughput, only GIL hand-offs (the
    # server's CPU per request doubled with 4 threads under load). Use more
    # worker processes (workers) for more cores.
    score_threads: int = Field(
        default=1,
        ge=1,
        description="Single-ad scoring calls (POST /v1/score) running at once "
        "in each worker process; more requests wait their turn.",
    )
    batch_threads: int = Field(
        default=1,
        ge=1,
        description="Batch scoring calls (POST /v1/score/batch) running at once "
        "in each worker process, in a lane of their own so that batches never "
        "make single ads wait.",
    )
    # The event loop answers every request (health probes included) and
    # needs the GIL back each time it wakes for I/O; while a scoring thread
    # runs, CPython hands it over only after the switch interval (5 ms by
    # default), and a request wakes the loop several times.
    gil_switch_interval_ms: float = Field(
        default=1.0,
        gt=0,
        le=100,
        description="How long a running thread keeps the GIL from a waiting "
        "one (sys.setswitchinterval), in milliseconds: shorter keeps the event "
        "loop, and so /healthz and small requests, responsive while ads score.",
    )
    workers: int = Field(
        default=1,
        ge=1,
        description="uvicorn worker processes. Each loads its own model copy; "
        "/metrics adds them up; rate limits are shared through redis_url.",
    )
    max_concurrency: int = Field(
        default=256,
        ge=1,
        description="Requests served at once by each worker process before 503 "
        "SERVER_BUSY (idle connections do not count).",
    )
    header_timeout_seconds: float = Field(
        default=10.0,
        ge=0,
        description="Time a client has to send a request's headers (then 408, "
        "or a plain close if it sent nothing; 0 = no limit).",
    )
    body_timeout_seconds: float = Field(
        default=30.0,
        ge=0,
        description="Time to wait for each piece of a request body (then 408; "
        "0 = no limit).",
    )
    max_header_bytes: int = Field(
        default=16_384,
        ge=1024,
        description="Largest request line plus headers, in bytes (431).",
    )
    keep_alive_seconds: float = Field(
        default=5.0,
        gt=0,
        description="Idle time before a keep-alive connection closes.",
    )
    max_connections: int = Field(
        default=2048,
        ge=0,
        description="Open connections per worker process; at the cap the oldest "
        "idle connection is closed, and a new one is refused (503) only if all "
        "are busy (0 = no cap).",
    )
    max_connections_per_client: int = Field(
        default=100,
        ge=0,
        description="Open connections per client address, with the same "
        "oldest-idle-first rule (0 = no cap; raise it behind a proxy, whose "
        "connections all come from one address).",
    )

    log_level: Literal["debug", "info", "warning", "error"] = Field(
        default="info", description="Least severe log records written."
    )
    log_ad_text: bool = Field(
        default=False,
        description="Log the texts of scored ads (off: ad texts are private).",
    )
    log_client_ip: bool = Field(
        default=False, description="Include client addresses in access logs."
    )
    # Pictures (POST /v1/score/image, docs/ocr.md).
    max_image_bytes: int = Field(
        default=10 * 1024 * 1024,
        ge=1024,
        description="Largest picture upload, in bytes (413 IMAGE_TOO_LARGE).",
    )
    max_image_pixels: int = Field(
        default=40_000_000,
        ge=10_000,
        description="Most pixels in a picture (413 IMAGE_TOO_MANY_PIXELS, or "
        "IMAGE_DECOMPRESSION_BOMB for a small file declaring far more).",
    )
    ocr_engine: Literal["auto", "rapidocr", "tesseract"] = Field(
        default="auto",
        description="OCR engine: auto (PP-OCR, Tesseract for Thai, Khmer, Myanmar "
        "and Vietnamese or when PP-OCR reads nothing), rapidocr or tesseract.",
    )
    ocr_threads: int = Field(
        default=1, ge=1, description="CPU threads one picture's OCR may use."
    )
    web_dir: Path | None = Field(
        default=None,
        description="Folder of the web page (default: the package's service/web).",
    )

    # -- cases and reviews (docs/cases.md) ---------------------------------
    store_cases: bool = Field(
        default=True,
        description="Keep a case for every ad scored through /v1/score (its "
        "verdict, and its text where store_text allows) so that people can "
        "say whether the verdict was right.",
    )
    database_url: SecretStr | None = Field(
        default=None,
        description="SQLAlchemy URL of the case database, e.g. "
        "postgresql+psycopg://user@host/db (default: SQLite in state_dir).",
    )
    state_dir: Path = Field(
        default=Path("var"),
        description="Folder of the service's own data (the SQLite database).",
    )
    db_auto_migrate: bool | None = Field(
        default=None,
        description="Apply database migrations at start (default: on for "
        "SQLite, off for other databases: run `waspada db upgrade`).",
    )
    db_timeout_seconds: float = Field(
        default=3.0, gt=0, description="Connect / lock wait limit of the database."
    )
    store_text: bool | None = Field(
        default=None,
        description="Keep the ad texts of cases (default: on for the local "
        "SQLite database, off otherwise). Off: only a SHA-256 of the "
        "normalised text is kept.",
    )
    text_retention_days: int = Field(
        default=90,
        ge=0,
        description="Texts of cases older than this are erased by `waspada "
        "cases purge` and at service start (0 = keep).",
    )
    store_queue_size: int = Field(
        default=10_000,
        ge=1,
        description="Cases waiting to be written; beyond it they are skipped.",
    )
    reviewer_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="Reviewers' keys as name:key (comma-separated): they open "
        "the review queue, reviews, export and delete. Without any, those are "
        "open only to a server bound to loopback.",
    )

    @field_validator(
        "cors_origins",
        "api_keys",
        "admin_keys",
        "trusted_proxies",
        "reviewer_keys",
        mode="before",
    )
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _split_list(value)

    @field_validator("cors_origin_regex", mode="before")
    @classmethod
    def _empty_regex(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        import ipaddress

        for net in value:
            ipaddress.ip_network(net, strict=False)  # ValueError: refused
        return value

    @field_validator("redis_url", mode="before")
    @classmethod
    def _empty_url(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def admin_key_values(self) -> tuple[str, ...]:
        return tuple(key.get_secret_value() for key in self.admin_keys if key)

    def api_key_values(self) -> tuple[str, ...]:
        return tuple(key.get_secret_value() for key in self.api_keys if key)

    def resolved_web_dir(self) -> Path:
        return self.web_dir or Path(__file__).resolve().parent / "web"

    def database_url_value(self) -> str:
        from service.store.db import default_url

        if self.database_url is not None and self.database_url.get_secret_value():
            return self.database_url.get_secret_value()
        return default_url(self.state_dir)

    def reviewer_key_values(self) -> tuple[tuple[str, str], ...]:
        """(name, key) pairs; a key without ``name:`` is named reviewer-N."""
        pairs = []
        for number, secret in enumerate(self.reviewer_keys, start=1):
            value = secret.get_secret_value()
            name, sep, key = value.partition(":")
            if not sep:
                name, key = f"reviewer-{number}", value
            if key:
                pairs.append((name.strip() or f"reviewer-{number}", key))
        return tuple(pairs)
