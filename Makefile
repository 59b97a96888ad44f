# A newcomer needs two commands: `make run` (set up and start everything) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# axe-core from the npm registry: the browser tests' accessibility check
AXE    := tests/browser/node_modules/axe-core/axe.min.js
# The AsyncAPI JSON Schemas from the npm registry: docs/asyncapi.json is checked against them
ASYNCAPI_SPECS := tests/contracts/node_modules/@asyncapi/specs/package.json

.PHONY: setup system run test test-unit chaos bench lint format lock audit up down clean images

setup: system $(STAMP)
	$(BIN)/rathaus setup

system:
	@bash infra/install-system.sh

# Every package from the lock file, each checked against its pinned SHA-256 (requirements.lock, `make lock`),
# then the project itself
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

# The lock file anew from pyproject.toml, with the hash of every file of every pinned version
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --generate-hashes --extra dev --strip-extras --allow-unsafe --no-emit-find-links \
		-o requirements.lock pyproject.toml

# Known vulnerabilities in the locked packages (pip-audit asks PyPI's advisory data; --strict fails when a
# package cannot be checked, so a run without that service says so instead of passing)
audit: $(STAMP)
	$(BIN)/pip-audit --strict --require-hashes --disable-pip -r requirements.lock

# A newcomer's platform pays in the browser through the provider's stand-in (test payments, no money moves).
# `make run BROKERS=3`: a Kafka cluster of three nodes instead of one (docs/decisions/0027)
BROKERS ?= 1
run: setup
	$(BIN)/rathaus run --test-payments --brokers $(BROKERS)

# The tests also run the platform in containers (tests/e2e/test_docker.py): Docker is installed for them
test: setup lint $(AXE) $(ASYNCAPI_SPECS)
	DOCKER=1 bash infra/install-system.sh
	$(BIN)/pytest $(PYTEST_ARGS)

# The unit tier alone: seconds, no servers and nothing installed but the virtual environment.
test-unit: $(STAMP)
	$(BIN)/pytest tests/unit $(PYTEST_ARGS)

# The fault test at length: `make chaos CHAOS_SECONDS=600 CHAOS_OUTAGE_SECONDS=300` (the CI run is short).
CHAOS_SECONDS ?= 300
CHAOS_OUTAGE_SECONDS ?= 60
chaos: setup
	CHAOS_SECONDS=$(CHAOS_SECONDS) CHAOS_OUTAGE_SECONDS=$(CHAOS_OUTAGE_SECONDS) $(BIN)/pytest -x -s tests/e2e/test_chaos.py

# Speed and size, each figure against a baseline measured in the same run (bench/README.md).
bench: setup
	BENCH=1 bash infra/install-system.sh
	$(BIN)/python -m bench

# The images docker-compose.yml runs on, made here where no registry is reachable (docs/decisions/0028);
# then `IMAGE_REGISTRY=localhost docker-compose up --build`
images: setup
	DOCKER=1 bash infra/install-system.sh
	$(BIN)/rathaus images

$(AXE): tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --silent
	touch $(AXE)

$(ASYNCAPI_SPECS): tests/contracts/package-lock.json
	npm ci --prefix tests/contracts --no-audit --no-fund --silent
	touch $(ASYNCAPI_SPECS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

up: setup
	$(BIN)/rathaus up

down: $(STAMP)
	$(BIN)/rathaus down

clean: down
	rm -rf var
