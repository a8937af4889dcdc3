# Every target first makes sure .venv matches requirements.txt. `make help` lists them.
PYTHON ?= python3
# Material prints an end-of-life banner on every build; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Two workers: the snippets, the build and the page visits spread over both cores.
PARALLEL := -n 2

.PHONY: help serve test lint build update-outputs portability timings screenshots bench gpu-run gpu-apply matrix api-inventory clean

help:  ## this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

serve: $(STAMP)  ## the site at http://127.0.0.1:8000, reloading on every edit
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: lint  ## lint, then every snippet, the harness, the invariants, a strict build, the browser (FRESH=1: no cached run)
	$(BIN)/python -m pytest $(PARALLEL) $(if $(FRESH),--fresh)

lint: $(STAMP)  ## ruff check (never ruff format: it would rewrite the #> lines)
	$(BIN)/ruff check .

build: $(STAMP)  ## the static site into site/
	$(BIN)/mkdocs build --strict

update-outputs: $(STAMP)  ## rewrite the #> lines of every snippet from a real run
	$(BIN)/python -m pytest tests/test_docs.py $(PARALLEL) --update-outputs

portability: $(STAMP)  ## the snippets with torch's plain (non-vectorised) kernels, one thread, reversed
	# inductor's cache does not key on the capability: code generated for AVX-512 fails to build
	ATEN_CPU_CAPABILITY=default OMP_NUM_THREADS=1 TORCHINDUCTOR_CACHE_DIR=$(CURDIR)/.cache/inductor-default \
		$(BIN)/python -m pytest tests/test_docs.py $(PARALLEL) --reverse --fresh

timings: $(STAMP)  ## measure make test, a cold and a warm build, and serve's edit-to-page time
	$(BIN)/python tests/tooling/timings.py

screenshots: build  ## pictures of key pages in screenshots/, for a person to look at
	$(BIN)/python tests/tooling/screenshots.py site screenshots

bench: $(STAMP)  ## full-size benchmarks into docs/benchmark-data/bench-<device>.json, then the results page
	$(BIN)/python tests/tooling/benchmarks.py
	$(BIN)/python -m pytest tests/test_docs.py -q --update-outputs -k benchmarks

# A GPU machine may have no .venv and no package registry: there, any python3 that holds torch.
GPU_PYTHON ?= $(if $(wildcard $(BIN)/python),$(BIN)/python,python3)
GPU_OUT ?= gpu-results

gpu-run:  ## on a CUDA GPU: the CUDA snippets and full benchmarks into $(GPU_OUT)/ (QUICK=1 small, DRY=1 no GPU)
	$(GPU_PYTHON) tests/tooling/gpu_run.py run $(GPU_OUT) $(if $(QUICK),--quick) $(if $(DRY),--dry)

gpu-apply: $(STAMP)  ## bring $(GPU_OUT)/ back: the CUDA snippets' #> lines, docs/benchmark-data/, the results page
	$(BIN)/python tests/tooling/gpu_run.py apply $(GPU_OUT)
	$(BIN)/python -m pytest tests/test_docs.py -q --update-outputs -k benchmarks

matrix: $(STAMP)  ## the snippets under each torch release into docs/matrix-data/ (TORCH=2.15.0 one; FULL=1 all, not only changed)
	$(BIN)/python tests/tooling/matrix.py $(if $(TORCH),--torch $(TORCH)) $(if $(FULL),--full)

api-inventory: $(STAMP)  ## the docs' index of objects the code links to, from a downloaded FILE=objects.inv (PROJECT=torch or torchvision)
	$(BIN)/python tests/tooling/api_inventory.py $(PROJECT) $(FILE)

clean:  ## remove the built site and every cache
	rm -rf site .cache .pytest_cache
