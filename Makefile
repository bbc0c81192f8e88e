# make run:  set up .venv and build the graph of seeds/ into out/
# make test: set up .venv with test needs, start what the tests need, run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install install-test test-services clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

install-test: $(TEST_STAMP)

run: install
	$(BIN)/graphbuild build seeds -o out

test-services: install-test browser

# The browser tests drive Debian's Chromium (Playwright cannot download its own here).
browser:
	@test -x /usr/bin/chromium || (apt-get update && apt-get install -y chromium)

test: install-test test-services
	$(BIN)/python -m pytest

clean:
	rm -rf out .pytest_cache
