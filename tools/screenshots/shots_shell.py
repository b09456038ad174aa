"""Screenshots of the app shell: the main window on the Question banks section."""

from __future__ import annotations


def render(shots) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(shots.store)
    window.show_page("banks")
    shots.grab(window, "shell_banks")
    window.close()
