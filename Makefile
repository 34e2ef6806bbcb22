# pyenforce: two commands on a fresh Debian machine.
#   make demo   evaluate the bundled cases, with explanations
#   make test   run the Python and Prolog test suites
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test swipl chromium venv plunit clean

demo: $(STAMP)
	$(BIN)/pyenforce check --explain examples/*.json
	@echo
	$(BIN)/pyenforce explain examples/us-ru-2023.json

test: $(STAMP) chromium
	$(BIN)/python -m pytest

plunit: swipl
	swipl -g "load_test_files([]), run_tests" -t halt logic/load.pl

# SWI-Prolog from Debian's packages, when swipl is not on the PATH.
swipl:
	@command -v swipl >/dev/null 2>&1 || { \
	  echo "Installing SWI-Prolog (swi-prolog-nox) with apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq swi-prolog-nox; }

# Headless Chromium (and a font with the tree's marks) for the HTML test.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Chromium (chromium) with apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; }

venv: $(STAMP)

$(STAMP): pyproject.toml | swipl
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info pyenforce.egg-info
