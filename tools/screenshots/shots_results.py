"""Screenshots of the Results section (overview, items, participants) and the Compare section."""

from __future__ import annotations

from tools.screenshots import SIZE


def render(shots) -> None:
    import gc

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    # Windows other screens dropped may sit in reference cycles; free them here, on the GUI
    # thread, before a background analysis starts (the cyclic GC may otherwise run on the
    # worker thread and delete widgets there, which crashes).
    gc.collect()

    window = MainWindow(shots.store)
    window.show_page("results")
    page = window.pages["results"]
    window.resize(*SIZE)
    window.show()
    _wait(lambda: page.data is not None)
    for index, name in ((0, "results_overview"), (1, "results_items"), (2, "results_participants"),
                        (3, "results_retention"), (4, "results_disaggregation")):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        shots.grab(window, name)
    window.show_page("compare")
    compare = window.pages["compare"]
    _wait(lambda: compare.data is not None)
    shots.grab(window, "compare")
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()


def _wait(done, timeout_ms: int = 20000) -> None:
    """Let the background analysis finish (the screenshot runner has no event loop of its own)."""
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while not done() and not deadline.hasExpired():
        QApplication.processEvents()
        QThread.msleep(20)
