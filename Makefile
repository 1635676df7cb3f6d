# The two commands a newcomer runs: `make run` (set up and start the app) and `make test`
# (set up and run ruff, mypy and the whole test suite). Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint typecheck pytest bench figures sounds screenshots clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamps, so a second `make` does not reinstall; editing pyproject.toml or setup.py does.
$(VENV)/.installed-run: pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	scripts/system-deps.sh run $(PY)
	$(VENV)/bin/backpain-gui

test: $(VENV)/.installed-test
	scripts/system-deps.sh test $(PY)
	$(MAKE) --no-print-directory lint typecheck pytest

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

pytest: $(VENV)/.installed-test
	$(PY) -m pytest

bench: $(VENV)/.installed-test
	$(PY) -m benchmarks

# Regenerate what the repository ships from its sources: pictures from the poses in
# assets/poses/ (and docs/figures.png), cues from tools/make_sounds.py, and the README's
# screenshots.
figures: $(VENV)/.installed-test
	$(PY) tools/make_figures.py

sounds: $(VENV)/.installed-test
	$(PY) tools/make_sounds.py

screenshots: $(VENV)/.installed-test
	$(PY) tools/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
