# Two commands on a fresh machine with Python and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test quality format dashboard clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# The CPU build of torch first, so nothing later pulls the multi-GB CUDA build.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/synthlens analyze data/demo.jsonl -o runs/demo

test: install
	$(BIN)/python -m pytest -q

quality: install
	$(BIN)/ruff check src tests benchmarks dashboards data
	$(BIN)/ruff format --check src tests benchmarks dashboards data

format: install
	$(BIN)/ruff check --fix src tests benchmarks dashboards data
	$(BIN)/ruff format src tests benchmarks dashboards data

dashboard: install
	$(BIN)/synthlens dashboard runs/demo

clean:
	rm -rf $(VENV) runs .pytest_cache .ruff_cache
