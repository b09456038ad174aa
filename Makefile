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

# `make bench` runs every benchmark and writes docs/performance.md; `make bench QUICK=1` is a smoke run.
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m benchmarks.run $(if $(QUICK),--quick)

# Refresh the .ts sources from the code (developers only; .ts files are committed).
# Refresh the .ts sources from the code, one translation area at a time, and fill them
# from the area's YAML (developers only; .ts and .yaml files are committed).
AREA_shell := ui/app.py ui/banks_page.py ui/main_window.py ui/tasks.py ui/widgets.py
AREA_bankio := ui/bank_import.py
AREA_workspace := ui/audit_dialog.py ui/assessments_page.py ui/cohorts_page.py ui/question_editor.py ui/settings_dialog.py
AREA_runner := ui/runner/screens.py ui/runner/window.py
AREA_results := ui/compare_page.py ui/results_common.py ui/results_page.py ui/export_dialogs.py
AREA_harden := ui/errors.py ui/backups_dialog.py
AREA_exchange := ui/file_menu.py
AREAS := shell bankio workspace runner results harden exchange

lupdate: $(STAMP)
	$(foreach area,$(AREAS),$(VENV)/bin/pyside6-lupdate -silent -no-obsolete $(AREA_$(area)) -ts ui/translations/$(area)_id.ts && \
	  $(PY) tools/tsfill.py ui/translations/$(area)_id.ts ui/translations/$(area)_id.yaml && ) true

clean:
	rm -rf $(VENV) build *.egg-info screenshots $(QM)
