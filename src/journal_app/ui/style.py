"""Colours, spacing and fonts, defined once. A light and a true dark theme."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ..paths import resources_dir

READING_WIDTH = 720  # px: about 70 characters of body text
SPACING = 16


@dataclass(frozen=True)
class Colors:
    window: str
    sidebar: str
    surface: str  # cards, the editor page
    text: str
    muted: str  # secondary text; still >= 4.5:1 on window and surface
    border: str
    accent: str  # focus, the primary action, the selected area
    accent_text: str  # text on the accent
    highlight: str  # search matches
    note: str  # a gentle tint behind content notes (never alarm red)
    icons: str = "light"  # which resources/icons/*-NAME.svg match these colours


LIGHT = Colors(
    window="#F7F3EC", sidebar="#EFE8DD", surface="#FFFDF9", text="#2B2520",
    muted="#5F554C", border="#DED4C6", accent="#2E6660", accent_text="#FFFFFF",
    highlight="#F4DFA6", note="#EFE3D0",
)
DARK = Colors(
    window="#1E1B18", sidebar="#171512", surface="#262220", text="#EDE6DC",
    muted="#B5AA9C", border="#3A3430", accent="#7FC0B6", accent_text="#10201E",
    highlight="#6B5A2A", note="#3A3128", icons="dark",
)

_SERIF = ["Noto Serif", "Source Serif Pro", "Georgia", "DejaVu Serif", "Noto Serif CJK SC",
          "Noto Serif Tamil", "Noto Serif Malayalam", "Noto Naskh Arabic", "Noto Color Emoji", "serif"]


def current_colors() -> Colors:
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def writing_font(point_size: int = 13) -> QFont:
    font = QFont()
    font.setFamilies(_SERIF)
    font.setPointSize(point_size)
    return font


def prompt_font(length: int = 0, compact: bool = False) -> QFont:
    """The prompt's own type: large, and a little smaller for a long prompt (up to a
    short paragraph) or a narrow pane, so it stays readable without taking the screen."""
    size = 16 if compact else 18
    if length > 220:
        size -= 2
    elif length > 140:
        size -= 1
    return writing_font(size)


def monospace_font(point_size: int = 13) -> QFont:
    """For text copied by hand (a recovery key): every character distinct."""
    font = QFont()
    font.setFamilies(["Noto Sans Mono", "DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    return font


def heading_font(point_size: int = 20) -> QFont:
    font = QFont()
    font.setPointSize(point_size)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def apply(app) -> Colors:  # noqa: ANN001
    """Give the application its palette and stylesheet; returns the colours used."""
    colors = apply_palette(app)
    apply_style_sheet(app, colors)
    return colors


def apply_style_sheet(app, colors: Colors) -> None:  # noqa: ANN001
    app.setStyleSheet(stylesheet(colors))


def apply_palette(app) -> Colors:  # noqa: ANN001
    """The palette alone: enough for the window's first frame in the right colours (the
    style sheet, parsed and applied to every widget, can follow that frame)."""
    if QLocale.system().language() == QLocale.Language.C:
        # A bare "C" locale (no LANG set) formats 921960 and "22 11 2026"; English
        # reads better and is what such a system shows elsewhere.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    c = current_colors()
    palette = QPalette()
    for role, value in (
        (QPalette.ColorRole.Window, c.window), (QPalette.ColorRole.Base, c.surface),
        (QPalette.ColorRole.AlternateBase, c.window), (QPalette.ColorRole.Text, c.text),
        (QPalette.ColorRole.WindowText, c.text), (QPalette.ColorRole.Button, c.surface),
        (QPalette.ColorRole.ButtonText, c.text), (QPalette.ColorRole.Highlight, c.accent),
        (QPalette.ColorRole.HighlightedText, c.accent_text),
        (QPalette.ColorRole.PlaceholderText, c.muted), (QPalette.ColorRole.ToolTipBase, c.surface),
        (QPalette.ColorRole.ToolTipText, c.text), (QPalette.ColorRole.Link, c.accent),
    ):
        palette.setColor(role, QColor(value))
    app.setPalette(palette)
    return c


def stylesheet(c: Colors) -> str:
    try:
        icons = (resources_dir() / "icons").as_posix()  # drawn to match LIGHT and DARK
    except FileNotFoundError:  # a broken install: plain arrows, but the journal still opens
        icons = ""
    return f"""
    QWidget#Sidebar {{ background: {c.sidebar}; border-right: 1px solid {c.border}; }}
    QLabel#AppName {{ color: {c.text}; font-weight: 600; padding: 4px 8px 12px 8px; }}
    QListWidget#SidebarList {{ background: transparent; border: none; outline: none; }}
    QListWidget#SidebarList::item {{ padding-left: 12px; border-radius: 8px; color: {c.text}; }}
    QListWidget#SidebarList::item:selected {{ background: {c.surface}; color: {c.accent}; }}
    QListWidget#SidebarList::item:hover {{ background: {c.window}; }}
    QLabel[role="eyebrow"] {{ color: {c.muted}; font-size: 11pt; letter-spacing: 1px; }}
    QLabel[role="muted"] {{ color: {c.muted}; }}
    QLabel#RecoveryKey {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
        padding: 14px; color: {c.text}; }}
    QLabel#LockMessage {{ color: {c.text}; background: {c.note}; border-radius: 8px; padding: 8px 12px; }}
    QLabel[role="title"] {{ color: {c.text}; }}
    QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 12px; }}
    QPushButton {{ padding: 7px 16px; border-radius: 8px; border: 1px solid {c.border};
        background: {c.surface}; color: {c.text}; }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    /* A 2px focus ring takes 1px from the padding, so nothing shifts as focus moves. */
    QPushButton:focus {{ border: 2px solid {c.accent}; padding: 6px 15px; }}
    QPushButton:checked {{ background: {c.window}; color: {c.accent}; border-color: {c.accent}; }}
    QPushButton:disabled {{ background: {c.window}; color: {c.muted}; border-color: {c.border}; }}
    QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; }}
    QPushButton[role="primary"]:focus {{ border-color: {c.text}; }}
    QPushButton[role="primary"]:disabled {{ background: {c.border}; color: {c.muted}; border-color: {c.border}; }}
    QPushButton[role="quiet"] {{ border: none; background: transparent; color: {c.muted}; }}
    QPushButton[role="quiet"]:hover {{ color: {c.accent}; }}
    QPushButton[role="quiet"]:focus {{ border: 2px solid {c.accent}; padding: 5px 14px; }}
    QPushButton[role="quiet"]:disabled {{ color: {c.border}; }}
    QLineEdit {{ padding: 7px 10px; border: 1px solid {c.border}; border-radius: 8px;
        background: {c.surface}; color: {c.text}; }}
    QLineEdit:focus {{ border: 2px solid {c.accent}; padding: 6px 9px; }}
    QComboBox, QSpinBox, QDateEdit {{ padding: 5px 10px; border: 1px solid {c.border}; border-radius: 8px;
        background: {c.surface}; color: {c.text}; }}
    QComboBox:focus, QSpinBox:focus, QDateEdit:focus {{ border: 2px solid {c.accent}; padding: 4px 9px; }}
    QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 24px; }}
    QDateEdit::down-arrow {{ image: url({icons}/chevron-{c.icons}.svg); width: 12px; height: 12px; }}
    QDateEdit:disabled {{ color: {c.muted}; }}
    QComboBox::down-arrow {{ image: url({icons}/chevron-{c.icons}.svg); width: 12px; height: 12px; }}
    QSpinBox::up-button, QSpinBox::down-button {{ border: none; width: 20px; background: transparent; }}
    QSpinBox::up-arrow {{ image: url({icons}/chevron-up-{c.icons}.svg); width: 10px; height: 10px; }}
    QSpinBox::down-arrow {{ image: url({icons}/chevron-{c.icons}.svg); width: 10px; height: 10px; }}
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    QComboBox QAbstractItemView {{ background: {c.surface}; color: {c.text};
        selection-background-color: {c.window}; selection-color: {c.accent}; border: 1px solid {c.border}; }}
    QCheckBox {{ color: {c.text}; spacing: 8px; }}
    QCheckBox::indicator {{ width: 16px; height: 16px; border: 1px solid {c.muted}; border-radius: 4px;
        background: {c.surface}; }}
    QCheckBox::indicator:focus {{ border: 2px solid {c.accent}; }}
    QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent};
        image: url({icons}/check-{c.icons}.svg); }}
    QLineEdit#TitleEdit {{ border: none; border-bottom: 1px solid {c.border}; border-radius: 0;
        background: transparent; font-size: 16pt; padding: 6px 2px; }}
    QPlainTextEdit {{ border: 1px solid {c.border}; border-radius: 8px; background: {c.surface};
        color: {c.text}; padding: 4px; }}
    QPlainTextEdit:focus {{ border: 2px solid {c.accent}; padding: 3px; }}
    QPlainTextEdit#Writing, QPlainTextEdit#Writing:focus {{ border: none; background: transparent; color: {c.text}; }}
    QTableView#EntryList, QListWidget#LibraryList {{ background: {c.surface}; border: 1px solid {c.border};
        border-radius: 10px; outline: none; }}
    QListWidget#LibraryList::item {{ padding: 6px 10px;  /* wrapping_list.ROW_PADDING_* */ color: {c.text}; }}
    QListWidget#LibraryList::item:disabled {{ color: {c.muted}; padding-top: 14px; }}
    QListWidget#LibraryList::item:selected {{ background: {c.window}; color: {c.accent}; }}
    QLabel#ContentNote {{ background: {c.note}; color: {c.text}; border-radius: 8px; padding: 10px 12px; }}
    QFrame#PromptBanner {{ background: {c.sidebar}; border-radius: 10px; }}
    QToolButton#MenuButton {{ border: none; background: transparent; color: {c.muted}; padding: 6px 10px;
        border-radius: 8px; }}
    QToolButton#MenuButton:hover {{ color: {c.accent}; }}
    QToolButton#MenuButton:focus {{ border: 2px solid {c.accent}; padding: 4px 8px; }}
    QToolButton#MenuButton::menu-indicator {{ image: none; width: 0; }}
    QMenu {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
    QMenu::item {{ padding: 6px 24px 6px 14px; border-radius: 6px; }}
    QMenu::item:selected {{ background: {c.window}; color: {c.accent}; }}
    QMenu::item:disabled {{ color: {c.muted}; }}
    QFrame#FindBar, QFrame#FilterBar {{ background: {c.sidebar}; border-radius: 10px; }}
    QLineEdit#TagField {{ border: none; background: transparent; padding: 4px 2px; color: {c.text}; }}
    QLineEdit#TagField:focus {{ border: none; border-bottom: 2px solid {c.accent}; padding: 4px 2px 2px 2px; }}
    QPushButton#TagChip {{ padding: 2px 10px; border-radius: 11px; background: {c.sidebar}; border: none;
        color: {c.text}; }}
    QPushButton#TagChip:hover {{ color: {c.accent}; }}
    QPushButton#TagChip:focus {{ border: 2px solid {c.accent}; padding: 0 8px; }}
    QTextBrowser#ReadingView {{ border: none; background: transparent; color: {c.text}; }}
    QLabel#StepLabel {{ color: {c.muted}; padding: 4px 2px; }}
    QLabel#StepLabel[state="current"] {{ color: {c.accent}; font-weight: 600;
        border-bottom: 2px solid {c.accent}; }}
    QLabel#StepLabel[state="done"] {{ color: {c.text}; }}
    QLabel#Acknowledgement {{ color: {c.accent}; font-size: 13pt; padding: 4px 0; }}
    QLabel#SectionHeading {{ color: {c.text}; font-size: 14pt; font-weight: 600; padding-bottom: 4px; }}
    QPushButton#MoodButton {{ padding: 8px 10px; }}
    QPushButton#MoodButton:focus {{ padding: 7px 9px; }}
    QPushButton#MoodButton:checked {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
    QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 3px; min-height: 32px; }}
    QScrollBar::handle:vertical:hover {{ background: {c.muted}; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    """
