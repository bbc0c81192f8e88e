# make run:  set up .venv and build the graph of seeds/ into out/
# make test: set up .venv with test needs, start what the tests need, run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install install-test test-services clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

run: install
	$(BIN)/graphbuild build seeds -o out

test-services: install

test: install test-services
	$(BIN)/python -m pytest

clean:
	rm -rf out .pytest_cache
