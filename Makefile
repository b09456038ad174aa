# Two commands do all set-up: `make run` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard ui/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run demo test screenshots bench translations lupdate clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

ui/translations/%.qm: ui/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(PY) main.py

demo: $(STAMP) translations
	$(PY) main.py --demo

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots screenshots

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m benchmarks.run

# Refresh the .ts sources from the code (developers only; .ts files are committed).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate ui/runner/*.py -ts ui/translations/runner_id.ts
	$(PY) tools/tsfill.py ui/translations/runner_id.ts ui/translations/runner_id.yaml
	@echo "Other areas, e.g.: $(VENV)/bin/pyside6-lupdate ui/<area>*.py -ts ui/translations/<area>_id.ts"

clean:
	rm -rf $(VENV) build *.egg-info screenshots $(QM)
