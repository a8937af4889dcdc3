# Every target first makes sure .venv matches requirements.txt.
PYTHON ?= python3
# Material prints an end-of-life banner on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: serve test build update-outputs clean bench

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

serve: $(STAMP)  ## the site at http://127.0.0.1:8000, reloading on every edit
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP)  ## every snippet, the harness, the invariants and a strict build
	$(BIN)/python -m pytest tests

build: $(STAMP)  ## the static site into site/
	$(BIN)/mkdocs build --strict

update-outputs: $(STAMP)  ## rewrite every snippet's #> lines from a real run
	$(BIN)/python -m pytest tests/test_docs.py --update-outputs

clean:
	rm -rf site .pytest_cache

bench: $(STAMP)  ## full-size benchmarks into docs/benchmark-data/bench-<device>.json, then the results page
	$(BIN)/python snippets/gpu/run_benchmarks.py --run
	$(BIN)/python -m pytest tests/test_docs.py -q --update-outputs -k benchmarks
