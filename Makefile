# One entry point for every workflow; `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The generator toolchain needs Python 3.11; the SDK runtime supports 3.9 to 3.13.
PYENV_ROOT ?= $(shell pyenv root 2>/dev/null || echo $$HOME/.pyenv)
PYTHON ?= $(firstword $(wildcard $(PYENV_ROOT)/versions/3.11*/bin/python) $(shell command -v python3.11) python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The documentation site's toolchain: a venv of its own (see requirements-docs.txt).
DOCS_VENV := .venvs/docs
DOCS_STAMP := $(DOCS_VENV)/.installed
# Other interpreters the runtime is tested on by `make test` (3.11 is the main venv).
OTHER_PYTHONS ?= 3.9 3.10 3.12 3.13

.PHONY: help install generate golden breaking check lint typecheck drift docs dist test test-unit test-versions test-ray serve demo bench bench-batch clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# Every venv is made by scripts/venv.sh, which writes the stamp (DIR/.installed) last.
$(STAMP): pyproject.toml
	./scripts/venv.sh $(PYTHON) $(VENV) -e '.[dev]'

install: $(STAMP) ## Create .venv with the SDKs (editable), the generator, test tools and the local gateway

generate: $(STAMP) ## Validate spec/ and rewrite generated/ from it
	$(PY) -m generator generate

# The LiteLLM proxy (a real /v1/messages server for tests/realserver), about 750 MB: a venv of its own.
LITELLM_STAMP := .venvs/litellm/.installed
$(LITELLM_STAMP): scripts/litellm/requirements.txt scripts/litellm/constraints.txt
	./scripts/litellm-venv.sh $(PYTHON)

litellm: $(LITELLM_STAMP) ## Create .venvs/litellm with the pinned LiteLLM proxy (the real messages server)

golden: $(STAMP) ## Refresh the generator's golden record (tests/pipeline/golden) after a deliberate change
	$(PY) -m generator golden

breaking: $(STAMP) ## List spec/ changes that break clients of the last release (newest v* tag, else main; BASE=rev to choose)
	$(PY) -m generator breaking $(if $(BASE),--base $(BASE))

drift: $(STAMP) ## Fail, showing the diff, when generated/ is not what spec/ and templates/ produce
	$(PY) -m generator check

lint: $(STAMP) ## ruff lint and format check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m ruff check --config generator/ruff-generated.toml generated tests/pipeline/golden
	$(PY) -m ruff format --check --config generator/ruff-generated.toml generated tests/pipeline/golden

# The runtime and generated/ are checked as each SDK carries them (zaguan._runtime,
# meganova.generated, ...), through the links in overlays/.
typecheck: $(STAMP) ## mypy --strict over the SDKs (runtime and generated code included), the generator, the gateway, examples, benchmarks, tests
	$(PY) -m mypy --strict overlays/zaguan overlays/meganova generator local_gateway examples benchmarks tests

$(DOCS_STAMP): requirements-docs.txt
	./scripts/venv.sh $(PYTHON) $(DOCS_VENV) -r requirements-docs.txt

docs: $(DOCS_STAMP) ## Build the documentation site into site/ (mkdocs --strict: a broken reference fails it)
	NO_MKDOCS_2_WARNING=1 $(DOCS_VENV)/bin/mkdocs build --strict
	@echo "site/index.html built; browse it with: $(DOCS_VENV)/bin/mkdocs serve"

check: lint typecheck drift docs ## Everything CI checks besides the tests

test-unit: $(STAMP) $(LITELLM_STAMP) ## The whole test suite on the main interpreter, real servers (llama.cpp, LiteLLM) included
	REQUIRE_REALSERVER=1 $(PY) -m pytest -q

test-versions: $(STAMP) ## The suite on every other supported Python (3.9, 3.10, 3.12, 3.13), real server aside
	./scripts/test-versions.sh $(OTHER_PYTHONS)

# Ray (the [ray] extra) in a venv of its own: ~160 MB of wheels the other tests do not need.
RAY_VENV := .venvs/ray
RAY_STAMP := $(RAY_VENV)/.installed

$(RAY_STAMP): pyproject.toml
	./scripts/venv.sh $(PYTHON) $(RAY_VENV) -e '.[server,test,ray,progress]'

test-ray: $(RAY_STAMP) ## The Ray tests (tests/ray: the batch on a local Ray cluster) in .venvs/ray
	$(RAY_VENV)/bin/python -m pytest -q -m ray tests/ray

test: test-unit test-versions test-ray ## All tests: the suite on 3.11, then on 3.9, 3.10, 3.12 and 3.13, then Ray's

# What the demo and `make serve` need, alone: the SDKs and the local gateway (seconds to
# install, against minutes for the whole development set of `make install`).
DEMO_VENV := .venvs/demo
DEMO_STAMP := $(DEMO_VENV)/.installed
$(DEMO_STAMP): pyproject.toml
	./scripts/venv.sh --keep-pip $(PYTHON) $(DEMO_VENV) -e '.[server]'

PORT ?= 8080
serve: $(DEMO_STAMP) ## Run the local gateway for both APIs on 127.0.0.1:$(PORT) (Ctrl-C stops it)
	$(DEMO_VENV)/bin/python -m local_gateway --port $(PORT)

demo: $(DEMO_STAMP) ## Start the local gateway, run every example against it, stop it
	$(DEMO_VENV)/bin/python -m examples.run_all

dist: $(STAMP) ## Build the sdists and wheels of both distributions (meganova, zaguan-corex) into dist/
	$(PY) scripts/build_dists.py

bench: $(STAMP) ## Benchmarks against the local gateway, as ratios to raw httpx
	$(PY) -m benchmarks

bench-batch: $(RAY_STAMP) ## Batch benchmark: 10,000 chats with latency, gather vs the runner vs Ray, and 429s
	$(RAY_VENV)/bin/python -m benchmarks.batch

clean: ## Remove virtual environments, caches and the built site
	rm -rf $(VENV) .venvs .mypy_cache .ruff_cache .pytest_cache site build dist
