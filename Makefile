# Two commands do all set-up: `make run` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard ui/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run demo test sysdeps screenshots bench dist mutate translations lupdate clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

ui/translations/%.qm: ui/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(PY) main.py $(ARGS)

demo: $(STAMP) translations
	$(PY) main.py --demo $(ARGS)

# System packages that some tests need (browser tests, a real window under a window manager,
# PDF pages as PNG). As root (CI) the missing ones are installed with apt-get; otherwise the
# install line is printed.
SYSDEPS := chromium chromium-driver xvfb openbox poppler-utils x11-utils libxcb-cursor0 libxcb-icccm4 \
  libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0

sysdeps:
	@missing=""; for p in $(SYSDEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then echo "installing:$$missing"; apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else echo "Some tests need: sudo apt-get install$$missing"; fi

test: sysdeps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots screenshots

# `make bench` runs every benchmark and writes docs/performance.md; `make bench QUICK=1` is a smoke run.
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m benchmarks.run $(if $(QUICK),--quick)

# `make dist`: the self-contained app folder dist/assessor/ (assessor-app and assessor, no Python
# needed) and its archive, built with PyInstaller from packaging/assessor.spec (docs/install.md).
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
ARCHIVE := dist/assessor-$(VERSION)-$(shell uname -s | tr A-Z a-z)-$(shell uname -m).tar.gz

# Mutation testing of the scoring rules and the statistics (configuration in pyproject.toml);
# prints the score per module and the surviving mutants, fails below 90 %.
mutate: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,mutate]'
	$(VENV)/bin/mutmut run || true
	$(PY) tools/mutation_score.py

dist: $(STAMP) translations
	test -x $(VENV)/bin/pyinstaller || $(PY) -m pip install --quiet -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller packaging/assessor.spec
	tar -C dist -czf $(ARCHIVE) assessor
	@echo "built dist/assessor/ and $(ARCHIVE)"

# Refresh the .ts sources from the code, one translation area at a time, and fill them
# from the area's YAML (developers only; .ts and .yaml files are committed).
AREA_shell := ui/app.py ui/workspace/banks_page.py ui/main_window.py ui/tasks.py ui/widgets.py
AREA_bankio := ui/workspace/bank_import.py
AREA_workspace := ui/dialogs/audit_dialog.py ui/workspace/assessments_page.py ui/workspace/cohorts/texts.py ui/workspace/cohorts/models.py ui/workspace/cohorts/dialogs.py ui/workspace/cohorts/page.py ui/workspace/question_editor.py ui/workspace/cloze_blanks.py ui/dialogs/settings_dialog.py
AREA_runner := ui/runner/screens.py ui/runner/window.py ui/runner/cloze_item.py
AREA_results := ui/results/compare_page.py ui/results/results_common.py ui/results/results_page.py ui/dialogs/export_dialogs.py ui/results/essay_dialog.py
AREA_harden := ui/errors.py ui/dialogs/backups_dialog.py
AREA_exchange := ui/file_menu.py
AREA_evaluation := ui/runner/evaluation_items.py ui/results/evaluation_tab.py
AREA_classroom := ui/classroom/window.py
AREA_paper := ui/paper/actions.py ui/paper/review_dialog.py ui/paper/manual_dialog.py
AREAS := shell bankio workspace runner results harden exchange evaluation classroom paper

lupdate: $(STAMP)
	$(foreach area,$(AREAS),$(VENV)/bin/pyside6-lupdate -silent -no-obsolete $(AREA_$(area)) -ts ui/translations/$(area)_id.ts && \
	  $(PY) tools/tsfill.py ui/translations/$(area)_id.ts ui/translations/$(area)_id.yaml && ) true
	# Qt's own strings (qt_id.ts: Qt ships no Indonesian file); their sources are Qt's, so no lupdate.
	$(PY) tools/tsfill.py ui/translations/qt_id.ts ui/translations/qt_id.yaml

clean:
	rm -rf $(VENV) build dist *.egg-info screenshots $(QM)
