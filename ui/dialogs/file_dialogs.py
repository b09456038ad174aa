"""File dialogs that open where the facilitator last saved or opened a file.

The same calls and results as ``QFileDialog``'s static functions; the folder of the last
chosen file (or folder) is kept in the settings and used as the starting place of the next
dialog, with any suggested file name put inside it. A full path given by the caller wins.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ui import settings

LAST_FOLDER = settings.Setting("ui/last_folder", "", str)


def _start(suggested: str) -> str:
    """Where the dialog opens: the suggested name inside the last folder, unless it is a full path."""
    last = settings.get(LAST_FOLDER)
    if not last or not Path(last).is_dir() or Path(suggested).is_absolute():
        return suggested
    return str(Path(last) / suggested) if suggested else last


def _remember(chosen: str, is_folder: bool = False) -> None:
    if chosen:
        settings.put(LAST_FOLDER, str(Path(chosen) if is_folder else Path(chosen).parent))


def save_file_name(parent, caption: str = "", suggested: str = "", filters: str = "", *args, **kwargs):
    """``QFileDialog.getSaveFileName``, opening in the last folder: (path or "", filter)."""
    path, chosen = QFileDialog.getSaveFileName(parent, caption, _start(suggested), filters, *args, **kwargs)
    _remember(path)
    return path, chosen


def open_file_name(parent, caption: str = "", suggested: str = "", filters: str = "", *args, **kwargs):
    """``QFileDialog.getOpenFileName``, opening in the last folder: (path or "", filter)."""
    path, chosen = QFileDialog.getOpenFileName(parent, caption, _start(suggested), filters, *args, **kwargs)
    _remember(path)
    return path, chosen


def open_file_names(parent, caption: str = "", suggested: str = "", filters: str = "", *args, **kwargs):
    """``QFileDialog.getOpenFileNames``, opening in the last folder: ([paths], filter)."""
    paths, chosen = QFileDialog.getOpenFileNames(parent, caption, _start(suggested), filters, *args, **kwargs)
    if paths:
        _remember(paths[0])
    return paths, chosen


def existing_directory(parent, caption: str = "", suggested: str = "", *args, **kwargs) -> str:
    """``QFileDialog.getExistingDirectory``, opening in the last folder: the folder or ""."""
    folder = QFileDialog.getExistingDirectory(parent, caption, _start(suggested), *args, **kwargs)
    _remember(folder, is_folder=True)
    return folder
