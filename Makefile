# Waspada: two commands set everything up on a fresh machine.
#   make run    install into .venv, train the default model if absent, serve :8000
#   make test   install dev extras, lint, run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
MODEL_DIR ?= artifacts/default
HOST ?= 127.0.0.1
PORT ?= 8000
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run serve install install-dev train model eval eval-floors bench bench-million lint format test \
        test-fast browser-deps ocr-deps proxy-deps bench-soak data notebooks extension clean help

help:
	@echo "make run | test | train | eval | bench | bench-million | lint | data | notebooks | extension"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Stamps re-run the install whenever pyproject.toml changes.
$(VENV)/.core-installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	@touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[dev,transformer]'
	@touch $@ $(VENV)/.core-installed

install: $(VENV)/.core-installed
install-dev: $(VENV)/.dev-installed

$(MODEL_DIR)/meta.json: | $(VENV)/.core-installed
	@echo ">> No model at $(MODEL_DIR): training the default model (a few minutes)."
	$(BIN)/waspada train --out $(MODEL_DIR)

model: $(MODEL_DIR)/meta.json

run: install ocr-deps model
	@echo ">> Serving on http://$(HOST):$(PORT)/ (API docs at /docs). Ctrl+C stops."
	WASPADA_MODEL_PATH=$(MODEL_DIR) $(BIN)/waspada serve --host $(HOST) --port $(PORT)

serve: run

train: install
	$(BIN)/waspada train --out $(MODEL_DIR)

eval: install model
	$(BIN)/waspada evaluate --model $(MODEL_DIR) --out reports

# What the rules with a floor change: the same verdicts, floors off and on.
eval-floors: install model
	mkdir -p reports
	$(BIN)/python -m training.eval_floors --model $(MODEL_DIR) > reports/floors.md

data: install
	$(BIN)/waspada data build --out data/processed

bench: install-dev model
	$(BIN)/python bench/run_all.py --model $(MODEL_DIR)

# 1,000,000 JSONL rows end to end through `waspada score` (~10 min on 2 cores).
bench-million: install-dev model
	$(BIN)/python bench/bench_batch.py --model $(MODEL_DIR) --modes --million \
	  --out bench/results/batch_million.md

lint: install-dev
	$(BIN)/ruff check model service training tests bench notebooks/nbhelpers.py
	$(BIN)/ruff format --check model service training tests bench notebooks/nbhelpers.py
	$(BIN)/mypy model service training

format: install-dev
	$(BIN)/ruff format model service training tests bench
	$(BIN)/ruff check --fix model service training tests bench

# Browser tests need Debian's chromium; install it when we may (root, apt).
browser-deps:
	@if [ -x /usr/bin/chromium ]; then echo ">> chromium present"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo ">> installing Debian chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	    || echo "!! WARNING: could not install chromium; browser tests will be SKIPPED"; \
	else echo "!! WARNING: /usr/bin/chromium missing and cannot apt-get; browser tests will be SKIPPED"; fi

# Pictures (docs/ocr.md): Tesseract and its language packs, the second OCR
# engine, and the CJK font the tests draw Chinese flyers with. PP-OCR itself
# comes from PyPI (core dependency); without these only Tesseract is missing.
OCR_APT := tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng tesseract-ocr-tha \
  tesseract-ocr-vie tesseract-ocr-chi-sim tesseract-ocr-khm tesseract-ocr-mya fonts-noto-cjk \
  libgl1 libglib2.0-0
ocr-deps:
	@if command -v tesseract >/dev/null && [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] \
	  && tesseract --list-langs 2>/dev/null | grep -q '^khm$$'; then echo ">> tesseract present"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo ">> installing Debian tesseract-ocr, its language packs and fonts-noto-cjk"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_APT) >/dev/null) \
	    || echo "!! WARNING: could not install tesseract; pictures are read with PP-OCR only"; \
	else echo "!! WARNING: tesseract-ocr missing and cannot apt-get; pictures are read with PP-OCR only"; fi

test: install-dev lint browser-deps ocr-deps proxy-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider --ignore=tests/service/test_batch_faults.py
	@# The random-kill test signals processes; it runs in a pytest process of its
	@# own (in the whole suite's process it hung twice after a worker was killed).
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/service/test_batch_faults.py

test-fast: install-dev
	$(BIN)/python -m pytest -q -x -m "not e2e and not transformer"

# The browser extension (extension/) as a Chrome Web Store zip,
# dist/waspada-extension-<version>.zip; syncs its version from pyproject.toml.
extension: | $(BIN)/python
	$(BIN)/python extension/tools/package.py --out dist

notebooks: install-dev model
	$(BIN)/jupyter nbconvert --to html --execute notebooks/*.ipynb --output-dir reports/notebooks

clean:
	rm -rf $(VENV) artifacts reports data/processed .pytest_cache .mypy_cache .ruff_cache

# The reverse-proxy test (tests/service/test_deploy.py) needs Debian's nginx.
proxy-deps:
	@if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then echo ">> nginx present"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo ">> installing Debian nginx for the reverse-proxy test"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null) \
	    || echo "!! WARNING: could not install nginx; the proxy tests will be SKIPPED"; \
	else echo "!! nginx missing and not root: the proxy tests will be SKIPPED"; fi

# Mixed load with hostile inputs on loopback, bounded in time (SOAK_SECONDS).
SOAK_SECONDS ?= 120
bench-soak: install-dev model
	$(BIN)/python bench/bench_soak.py --model $(MODEL_DIR) --seconds $(SOAK_SECONDS) \
	  --out bench/results/soak.md
