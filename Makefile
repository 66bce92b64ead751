# Developer and CI entry points. Every target uses the project's own virtualenv in .venv.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
# Benchmarks run as modules from the repository root (they reuse tests/fakes); _*.py are helpers.
BENCHES := $(sort $(filter-out bench/_%,$(wildcard bench/*.py)))

.PHONY: venv run test serve bench lint screenshots translations package smoke-package clean

venv: $(STAMP)

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's metadata changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --disable-pip-version-check -e '.[test,dev]'
	touch $@

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

serve: $(STAMP)
	$(PY) main.py serve

bench: $(STAMP)
	@test -n "$(BENCHES)" || echo "no benchmarks in bench/"
	@set -e; for script in $(BENCHES); do echo "== $$script"; $(PY) -m bench.$$(basename $$script .py); done

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy vircom_desktop

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m vircom_desktop.ui.screenshots docs/screenshots

# Every tr() string of the desk into the translation source (Qt Linguist opens it).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find vircom_desktop/ui -name '*.py' | sort) -ts resources/translations/vircom_desk_en.ts

# The one-folder desktop app in dist/vircom-desk/ (executable dist/vircom-desk/vircom-desk).
package: $(STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN installer.spec
	install -m 644 packaging/vircom-desk.desktop dist/vircom-desk/vircom-desk.desktop
	install -m 644 resources/icons/app.png dist/vircom-desk/vircom-desk.png
	@du -sh --apparent-size dist/vircom-desk

# Runs the built program the way a shop would (CI does this after `make test`).
smoke-package:
	$(PY) .ci/smoke_package.py dist/vircom-desk

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
