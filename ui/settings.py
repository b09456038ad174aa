"""Every UI setting, declared once with its default; QSettings stays in ui/."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    type: type


UI_LANGUAGE = Setting("ui/language", "en", str)
FONT_POINT_SIZE = Setting("ui/font_point_size", 11, int)
RUNNER_FONT_POINT_SIZE = Setting("runner/font_point_size", 18, int)
HIGH_CONTRAST = Setting("runner/high_contrast", False, bool)
MAIN_GEOMETRY = Setting("window/main_geometry", b"", bytes)
DATABASE_FILE = Setting("data/database_file", "", str)  # chosen in Settings; used from the next start
AUTO_BUNDLE_FOLDER = Setting("exchange/auto_bundle_folder", "", str)  # results written here after each submit


def settings() -> QSettings:
    return QSettings("Assessor", "Assessor")


def get(setting: Setting):
    value = settings().value(setting.key, setting.default)
    if setting.type is bool and isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    try:
        return setting.type(value) if value is not None else setting.default
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value) -> None:
    settings().setValue(setting.key, value)
