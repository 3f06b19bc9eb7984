# Two entry points do all set-up on a fresh machine (python3 with venv, make, bash):
#   make demo   create .venv, install Parley, run `parley demo` on the bundled example
#   make test   create .venv, install Parley with its test tools, run the checks and tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install lint clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/parley demo

lint: $(STAMP)
	$(BIN)/lint-imports

# Browser tests drive Debian's chromium (never a downloaded browser); without it they skip.
browser:
	@command -v chromium >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || \
	  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || \
	  echo "chromium could not be installed: browser tests will skip"

test: $(STAMP) browser
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis parley-demo.db*
