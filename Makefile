# make demo   installs everything, starts local databases when none are configured, builds a
#             synthetic practice, runs the pipeline and prints a summary
# make test   installs everything the same way and runs the whole test suite
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MELTANO := $(BIN)/meltano
# Plugins the pipeline runs (`meltano install airflow` adds Airflow, see orchestrate/README.md).
PLUGINS := tap-opendental tap-opendental--replica target-mysql-replica target-postgres dbt \
	synthetic-practice ops schema-analyzer
PATIENTS ?= 2000
PYTEST_ARGS ?=

.PHONY: help install databases demo test lint format bench stop clean

help:
	@echo "make demo    build a synthetic practice and run the whole pipeline on it"
	@echo "make test    run the test suite against throwaway local databases"
	@echo "make bench   measure load speed on a 1,000,000-row procedurelog (bench/results/)"
	@echo "make lint    ruff check and format check"
	@echo "make stop    stop the local databases (data stays in .local/)"
	@echo "make clean   remove the virtualenvs, plugin installs and local databases"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@scripts/localdb packages
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

.meltano/.installed: meltano.yml $(VENV)/.installed
	$(MELTANO) install $(PLUGINS)
	touch $@

install: $(VENV)/.installed .meltano/.installed

# Local MariaDB and PostgreSQL under .local/, unless .env points at servers of the user's own.
databases:
	@if [ ! -f .env ] || grep -q '^# Written by scripts/localdb' .env; then \
		scripts/localdb start && scripts/localdb env > .env; \
	else echo "using the servers configured in .env"; fi

demo: install databases
	$(BIN)/python scripts/demo.py --patients $(PATIENTS)

test: install
	@scripts/localdb start
	set -a && source <(scripts/localdb env | grep '^TEST_') && set +a && $(BIN)/pytest $(PYTEST_ARGS)

# A benchmark, not a test: a synthetic practice with 1,000,000 procedurelog rows (built once,
# kept in the source server), loaded by our plugins, the raw limit and a Singer peer; then the
# whole nightly job on that practice, its first night and the night after a clinic day.
bench: install databases
	$(BIN)/python bench/run.py
	$(BIN)/python bench/night.py

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

stop:
	@scripts/localdb stop

# Also removes the PostgreSQL cluster that scripts/localdb keeps outside a checkout the postgres
# user cannot reach.
clean:
	@scripts/localdb clean
	rm -rf $(VENV) .meltano
