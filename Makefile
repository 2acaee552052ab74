# Two set-up commands: `make demo` and `make test`. Everything they need is installed from the
# package registries into .venv; nothing else is downloaded, at install or at run time.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test
GAZETTEER_STAMP := $(VENV)/.gazetteer

.PHONY: demo test install gazetteer bench clean

demo: $(GAZETTEER_STAMP)
	$(BIN)/sitrep analyze examples/ examples/sahel-yemen-myanmar.jsonl --format table

test: $(TESTSTAMP) $(GAZETTEER_STAMP)
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "sitrep needs Python 3.11 or newer"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TESTSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The gazetteer index is built from installed packages and the curated overlay into the user's
# data directory (SITREP_DATA_DIR to move it); rebuilt when the overlay or the builder changes.
$(GAZETTEER_STAMP): $(STAMP) src/sitrep/gazetteer.py $(wildcard src/sitrep/data/gazetteer/*)
	$(BIN)/sitrep gazetteer build
	touch $@

gazetteer: $(GAZETTEER_STAMP)

bench: $(TESTSTAMP) $(GAZETTEER_STAMP)
	$(BIN)/python benchmarks/cleaning.py
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/references_eval.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
