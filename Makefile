# The two commands a newcomer runs: `make run` (set up and start the app) and `make test`
# (set up and run ruff, mypy and the whole test suite). Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test test-latest upgrade-deps lint typecheck pytest bench figures sounds screenshots translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# `make run` and `make test` install the exact versions in requirements/*.txt (every package,
# direct and transitive, with hashes), so a new release cannot break a fresh clone by surprise.
# pyproject.toml keeps the lower bounds for people who `pip install` the app. Stamps, so a
# second `make` does not reinstall; a changed lock file, pyproject.toml or setup.py does.
$(VENV)/.installed-run: requirements/run.txt pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements/run.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: requirements/test.txt pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements/test.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
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
	$(VENV)/bin/lint-imports --no-cache

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

# Two workers, each taking whole files (so a module's X server or sound server starts once);
# then the tests that time real sound, alone, so the other worker's load cannot make them late.
# A worker that crashes ends the run at once (xdist's loadfile scheduler can wait for ever on
# a crashed worker's files), and a run that hangs anyway is stopped after 20 minutes: a
# failure said in minutes, not a CI run timed out after 90.
pytest: $(VENV)/.installed-test
	timeout --kill-after=30 1200 $(PY) -m pytest -n 2 --dist loadfile --max-worker-restart=0 -m "not solo"
	timeout --kill-after=30 600 $(PY) -m pytest -m solo

# The suite against the newest release of everything, in its own .venv-latest, so a breaking
# release is seen on purpose (then `make upgrade-deps`, or a fix), not by a fresh clone.
LATEST := .venv-latest
test-latest:
	[ -x $(LATEST)/bin/python ] || $(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --upgrade pip
	$(LATEST)/bin/python -m pip install --quiet --upgrade --upgrade-strategy eager -e '.[test]'
	scripts/system-deps.sh test $(LATEST)/bin/python
	$(LATEST)/bin/ruff check . && $(LATEST)/bin/mypy
	$(LATEST)/bin/python -m pytest -n 2 --dist loadfile -m "not solo"
	$(LATEST)/bin/python -m pytest -m solo

# Refresh the lock files to the newest releases that pyproject.toml allows (pip-tools, in the
# test venv only). Written on CPython 3.11, the version CI runs; PySide6's python_version
# marker is dropped because the locked release satisfies both of pyproject.toml's ranges.
upgrade-deps: $(VENV)/.installed-test
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements/run.txt pyproject.toml requirements/build.in
	$(VENV)/bin/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
		--extra test -o requirements/test.txt pyproject.toml requirements/build.in
	sed -i 's/^\(pyside6==[^ ]*\) ; python_version .*\\$$/\1 \\/' requirements/*.txt

bench: $(VENV)/.installed-test
	$(PY) -m benchmarks

# Regenerate what the repository ships from its sources: pictures from the poses in
# assets/poses/ (and docs/figures.png), cues from tools/make_sounds.py, and the README's
# screenshots (with the plan and session in German and French, docs/translations.md).
figures: $(VENV)/.installed-test
	$(PY) tools/make_figures.py

sounds: $(VENV)/.installed-test
	$(PY) tools/make_sounds.py

screenshots: $(VENV)/.installed-test
	$(PY) tools/screenshots.py
	$(PY) tools/translated_screenshots.py

# The catalogues: every marked string of the package into the .ts files translators edit
# (lupdate keeps what is translated; no line numbers, so a moved line changes nothing), then
# the .qm files the app loads, committed so that an install needs no Qt tools.
CATALOGUES := backpain_gui/translations/backpain_gui_de.ts backpain_gui/translations/backpain_gui_fr.ts
translations: $(VENV)/.installed-test
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find backpain_gui -name '*.py' | sort) -ts $(CATALOGUES)
	$(VENV)/bin/pyside6-lrelease -nounfinished $(CATALOGUES)

clean:
	rm -rf $(VENV) $(LATEST) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
