# Hearth — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
HEARTH_PORT ?= 8000

.PHONY: help run test check lint types fuzz bench clean

help:
	@echo "make run    start Hearth locally (embedded DynamoDB, ws://127.0.0.1:$(HEARTH_PORT)/ws, web client)"
	@echo "make test   install everything needed and run the whole test suite"
	@echo "make check  lint + types + tests"
	@echo "make bench  print the benchmark numbers"
	@echo "make fuzz   property-based fuzzing of the message handler (10,000+ examples)"
	@echo "make synth  synthesize the AWS CDK stack offline (infra/cdk.out/)"
	@echo "make deploy / make destroy   deploy to / remove from your AWS account (docs/deploy.md)"

$(STAMP): requirements.txt requirements-dev.txt $(wildcard requirements-infra.txt)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip<26.3"  # chalice 1.34 needs pip < 26.3
	$(PY) -m pip install --quiet -r requirements-dev.txt $(if $(wildcard requirements-infra.txt),-r requirements-infra.txt)
	touch $(STAMP)

$(NODE_STAMP): package.json
	npm install --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

run: $(STAMP)
	HEARTH_PORT=$(HEARTH_PORT) $(PY) -m devserver

test: $(STAMP) $(NODE_STAMP)
	$(PY) -m pytest -q -n 2 --dist loadfile

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q tests/unit/test_fuzz.py --hypothesis-show-statistics

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check app.py chalicelib

types: $(STAMP)
	$(PY) -m mypy

check: lint types test

bench: $(STAMP)
	$(PY) bench/send_requests.py
	$(PY) bench/fanout.py

include infra/Makefile.inc
synth deploy destroy infra-test: $(STAMP) $(NODE_STAMP)

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
