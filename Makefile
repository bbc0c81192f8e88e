# make run:  set up .venv and build the graph of seeds/ into out/
# make test: set up .venv with test needs, start what the tests need, run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install install-test test-services clean browser neo4j-test-server

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# constraints.txt pins every transitive dependency to the versions the tests ran with.
$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(TEST_STAMP): pyproject.toml constraints.txt $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

install: $(STAMP)

install-test: $(TEST_STAMP)

run: install
	$(BIN)/graphbuild build seeds -o out
	$(BIN)/graphbuild series out --actor Russia --plot out/series-russia.png

test-services: install-test browser neo4j-test-server

# The browser tests drive Debian's Chromium (Playwright cannot download its own here).
browser:
	@test -x /usr/bin/chromium || .ci/install-packages \
		"the browser tests (tests/viz) drive Chromium to check the actor page" chromium

# The Neo4j tests use a local server of their own (Neo4j Community from Maven Central, run with
# Java 17), started here unless it runs already. Its initial password is NEO4J_PASSWORD, else a
# test default; the tests read the same variables.
GRAPHBUILD_TEST_NEO4J_HOME ?= $(HOME)/.cache/graphbuild/neo4j-test
GRAPHBUILD_TEST_NEO4J_PORT ?= 7688
export GRAPHBUILD_TEST_NEO4J_HOME GRAPHBUILD_TEST_NEO4J_PORT
neo4j-test-server: install
	@command -v mvn >/dev/null && command -v java >/dev/null || .ci/install-packages \
		"the Neo4j tests run a local Neo4j server: Maven fetches it, Java 17 runs it" maven openjdk-17-jre-headless
	NEO4J_PASSWORD="$${NEO4J_PASSWORD:-graphbuild-test}" $(BIN)/graphbuild neo4j start \
		--home "$(GRAPHBUILD_TEST_NEO4J_HOME)" --bolt-port $(GRAPHBUILD_TEST_NEO4J_PORT)

# The test server is stopped at the end when this run started it (KEEP_NEO4J=1 keeps it);
# one that was running before is left running, and the last line says so.
NEO4J_TEST_ARGS = --home "$(GRAPHBUILD_TEST_NEO4J_HOME)" --bolt-port $(GRAPHBUILD_TEST_NEO4J_PORT)
test: install-test browser
	@if $(BIN)/graphbuild neo4j status $(NEO4J_TEST_ARGS) >/dev/null; then started=; \
	else $(MAKE) --no-print-directory neo4j-test-server || exit 2; started=1; fi; \
	$(BIN)/python -m pytest; status=$$?; \
	if [ -n "$$started" ] && [ -z "$(KEEP_NEO4J)" ]; then $(BIN)/graphbuild neo4j stop $(NEO4J_TEST_ARGS); \
	else echo "graphbuild: the test Neo4j server is left running; stop it with:" \
		"$(BIN)/graphbuild neo4j stop --home $(GRAPHBUILD_TEST_NEO4J_HOME)"; fi; \
	exit $$status

clean:
	rm -rf out .pytest_cache
