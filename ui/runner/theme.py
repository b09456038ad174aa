"""The look of participant mode: the colours of the normal and high-contrast themes, and the
style sheet built from them.

All colours participant mode uses are in :data:`THEMES`, so the accessibility tests read
the same values the screens are painted with (WCAG 2.1 contrast: text 4.5:1, borders of
controls and the focus ring 3:1 against the page and against the control itself).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

THEMES = {
    "normal": {
        "fg": "#1a1a1a",          # text
        "bg": "#f4f6f8",          # the page
        "panel": "#ffffff",       # controls: buttons, options, text fields, the top bar
        "accent": "#0b5cad",      # primary buttons, the border of a chosen option
        "accent_fg": "#ffffff",   # text on accent
        "border": "#6b7785",      # borders of controls (3:1 against page and panel)
        "chosen": "#dbeafe",      # a chosen option
        "chosen_fg": "#0a2540",
        "focus": "#000000",       # the focus ring (3:1 against page, panel, chosen and accent)
        "placeholder": "#5c6670",  # placeholder text in fields (4.5:1 against panel)
        "disabled": "#6b7785",
        "track": "#dde2e7",       # scroll bar groove
        "handle": "#4a5562",      # scroll bar handle (3:1 against the groove)
    },
    "high_contrast": {
        "fg": "#ffffff",
        "bg": "#000000",
        "panel": "#000000",
        "accent": "#ffff00",
        "accent_fg": "#000000",
        "border": "#ffffff",
        "chosen": "#ffff00",
        "chosen_fg": "#000000",
        "focus": "#e000e0",       # magenta: 3:1 against black, white and yellow
        "placeholder": "#c0c0c0",
        "disabled": "#a0a0a0",
        "track": "#000000",
        "handle": "#ffffff",
    },
}

FOCUS_WIDTH = 4  # px; the focus ring is drawn as the control's border while it has focus


def colours(high_contrast: bool) -> dict[str, str]:
    return THEMES["high_contrast" if high_contrast else "normal"]


def palette(base: QPalette, high_contrast: bool) -> QPalette:
    """``base`` with the roles style sheets cannot set (placeholder text) in the theme's colours."""
    c = colours(high_contrast)
    pal = QPalette(base)
    pal.setColor(QPalette.PlaceholderText, QColor(c["placeholder"]))
    pal.setColor(QPalette.Window, QColor(c["bg"]))
    pal.setColor(QPalette.WindowText, QColor(c["fg"]))
    pal.setColor(QPalette.Base, QColor(c["panel"]))
    pal.setColor(QPalette.Text, QColor(c["fg"]))
    pal.setColor(QPalette.Highlight, QColor(c["accent"]))
    pal.setColor(QPalette.HighlightedText, QColor(c["accent_fg"]))
    return pal


def stylesheet(high_contrast: bool, base_pt: int) -> str:
    c = colours(high_contrast)
    big = round(base_pt * 1.25)
    f = FOCUS_WIDTH
    return f"""
    QWidget {{ font-size: {base_pt}pt; }}
    RunnerWindow, QStackedWidget, QScrollArea, #questionContent, #scrollContent {{
        background: {c["bg"]}; color: {c["fg"]}; }}
    QLabel {{ color: {c["fg"]}; background: transparent; }}
    #screenTitle {{ font-size: {round(base_pt * 1.6)}pt; font-weight: bold; }}
    #questionText {{ font-size: {big}pt; font-weight: 600; border: {f}px solid transparent; }}
    #questionText:focus {{ border: {f}px dashed {c["focus"]}; }}
    #score {{ font-size: {round(base_pt * 1.6)}pt; font-weight: bold; }}
    #hint {{ color: {c["fg"]}; font-style: italic; }}
    #topBar {{ background: {c["panel"]}; border-bottom: 2px solid {c["border"]}; }}
    #timer {{ font-weight: bold; }}
    #warning {{ background: {c["accent"]}; color: {c["accent_fg"]}; padding: 4px 12px; font-weight: bold; }}
    #tile {{ background: {c["panel"]}; border: 2px solid {c["border"]}; border-radius: 8px; padding: 2px; }}
    #tile:checked {{ background: {c["chosen"]}; border: {f}px solid {c["accent"]}; padding: 0px; }}
    #tile:focus {{ border: {f}px dashed {c["focus"]}; padding: 0px; }}
    #tile:checked:focus {{ border: {f}px dashed {c["focus"]}; padding: 0px; }}
    #tile QLabel[checked="true"] {{ color: {c["chosen_fg"]}; }}
    #tileKey {{ font-weight: bold; }}
    QPushButton {{ background: {c["panel"]}; color: {c["fg"]}; border: 2px solid {c["border"]}; border-radius: 6px;
                   padding: 10px 18px; min-height: 36px; margin: 2px; }}
    QPushButton:focus {{ border: {f}px solid {c["focus"]}; margin: 0px; }}
    QPushButton:disabled {{ color: {c["disabled"]}; border-style: dotted; }}
    QPushButton:checked {{ background: {c["chosen"]}; color: {c["chosen_fg"]}; border: 3px solid {c["accent"]}; }}
    QPushButton:checked:focus {{ border: {f}px solid {c["focus"]}; }}
    QPushButton#primary {{ background: {c["accent"]}; color: {c["accent_fg"]}; font-weight: bold; }}
    QPushButton#primary:focus {{ border: {f}px solid {c["focus"]}; }}
    QPushButton#bigChoice {{ font-size: {big}pt; padding: 18px; }}
    QPushButton#cell {{ min-width: 70px; min-height: 44px; padding: 6px 8px; }}
    QPushButton#cell[answered="true"] {{ background: {c["chosen"]}; color: {c["chosen_fg"]}; }}
    QPushButton#cell[flagged="true"] {{ border: 3px solid {c["accent"]}; }}
    QPushButton#cell:focus {{ border: {f}px solid {c["focus"]}; margin: 0px; }}
    QLineEdit, QListWidget, QComboBox, QPlainTextEdit {{ background: {c["panel"]}; color: {c["fg"]};
                                         placeholder-text-color: {c["placeholder"]};
                                         border: 2px solid {c["border"]}; padding: 6px; margin: 2px; }}
    QLineEdit:focus, QListWidget:focus, QComboBox:focus, QPlainTextEdit:focus {{
        border: {f}px solid {c["focus"]}; margin: 0px; }}
    QListWidget::item {{ padding: 8px; }}
    QListWidget::item:selected {{ background: {c["accent"]}; color: {c["accent_fg"]}; }}
    QDialog {{ background: {c["bg"]}; color: {c["fg"]}; border: 3px solid {c["border"]}; }}
    QScrollBar:vertical {{ background: {c["track"]}; width: 18px; margin: 0px;
                           border-left: 1px solid {c["border"]}; }}
    QScrollBar:horizontal {{ background: {c["track"]}; height: 18px; margin: 0px;
                             border-top: 1px solid {c["border"]}; }}
    QScrollBar::handle {{ background: {c["handle"]}; border-radius: 4px; margin: 3px; }}
    QScrollBar::handle:vertical {{ min-height: 40px; }}
    QScrollBar::handle:horizontal {{ min-width: 40px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; background: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    """
