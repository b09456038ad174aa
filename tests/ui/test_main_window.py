"""The app shell: the main window opens and lists the bundled bank."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_main_window_lists_the_bundled_bank_in_both_languages(qtbot, bank_store):
    from ui.main_window import MainWindow

    window = MainWindow(bank_store)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["banks"]
    assert page.bank_combo.count() == 1
    assert "Child protection" in page.bank_combo.currentText()
    assert page.proxy.rowCount() >= 30
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Question banks", "Assessments", "Cohorts", "Results", "Compare"]
    html = page.detail.toHtml()
    q = page.model.question(page.proxy.mapToSource(page.table.currentIndex()).row())
    assert q.text["en"][:20] in html and q.text["id"][:20] in html


def test_search_filters_in_either_language(qtbot, bank_store):
    from ui.workspace.banks_page import BanksPage

    page = BanksPage(bank_store)
    qtbot.addWidget(page)
    total = page.proxy.rowCount()
    page.search.setText("diversi")
    assert 0 < page.proxy.rowCount() < total
    page.search.setText("zzzz-nothing")
    assert page.proxy.rowCount() == 0


def test_question_table_model_is_well_behaved(qtmodeltester, bank_store):
    from ui.workspace.banks_page import QuestionTableModel

    model = QuestionTableModel()
    bank = bank_store.banks.list()[0]
    model.set_questions(bank_store.banks.questions(bank.id))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), Qt.UserRole) == model.question(0).key


def test_app_start_opens_window_on_a_database(qtbot, tmp_path):
    """`main.py --db X` loads the bundled bank into a new database and shows the window."""
    from ui import app as app_module

    window = app_module.start(["--db", str(tmp_path / "x.db"), "--lang", "en"])
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.pages["banks"].proxy.rowCount() >= 30
    assert (tmp_path / "x.db").exists()


def test_app_refuses_a_newer_database_with_a_message(qtbot, tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from assessor.store import Store
    from ui import app as app_module

    path = tmp_path / "new.db"
    Store.open(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('assessor', 'm999', 'x')")
    con.commit()
    con.close()
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    assert app_module.start(["--db", str(path)]) is None
    assert "newer version of Assessor" in said[0]


def test_the_window_opens_as_large_as_it_was_closed(qtbot, bank_store):
    from ui import settings
    from ui.main_window import MainWindow

    first = MainWindow(bank_store)
    qtbot.addWidget(first)
    first.show()
    assert first.height() == 760  # the first start: the default size
    assert settings.get(settings.MAIN_GEOMETRY) == b""
    first.resize(1340, 700)
    first.close()
    assert settings.get(settings.MAIN_GEOMETRY) != b""
    again = MainWindow(bank_store)
    qtbot.addWidget(again)
    again.show()
    # Qt fits a restored window onto the screen, and the offscreen screen is only 800 pixels
    # wide (narrower than the window may be), so only the height can be compared here.
    assert again.height() == 700
