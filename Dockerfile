# syntax=docker/dockerfile:1
# Waspada service image: build in one stage, run as a non-root user in another.
#   docker build -t waspada .
#   docker compose up -d          (see compose.yaml and docs/deployment.md)
# The model artifact is not baked in: mount it at /models (read-only) and point
# /models/current at it. Train it with this same image so that the library
# versions recorded in the artifact match (the service refuses otherwise).

ARG PYTHON_IMAGE=python:3.11.7-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# Dependencies first (cached while only the code changes).
COPY pyproject.toml README.md ./
COPY model ./model
COPY service ./service
COPY training ./training
RUN pip install --no-cache-dir .

FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="waspada" \
      org.opencontainers.image.description="Flags job ads that are likely scam-compound recruitment fronts." \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 waspada \
 && useradd --system --uid 10001 --gid waspada --home-dir /app \
      --shell /usr/sbin/nologin waspada \
 && mkdir -p /app /models \
 && chown waspada:waspada /app
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    WASPADA_HOST=0.0.0.0 \
    WASPADA_PORT=8000 \
    WASPADA_MODEL_PATH=/models/current
WORKDIR /app
USER 10001:10001
EXPOSE 8000
# Ready = the model is loaded and verified (a slow first load is allowed for).
HEALTHCHECK --interval=15s --timeout=3s --start-period=180s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request as u; sys.exit(0 if u.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"]
STOPSIGNAL SIGTERM
CMD ["waspada", "serve"]
