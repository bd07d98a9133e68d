"""The entry editor's widgets and where they sit: the prompt it answers, the date,
title, tags, the text (or its reading view), find, and the footer with the word
count, the save line and the Format and More menus. What they do is entry_editor.py."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from .. import style
from .editor_menus import _action, format_actions, menu_button
from .find_bar import FindBar
from .markdown_highlighter import MarkdownHighlighter
from .reading_view import ReadingView
from .tag_editor import TagEditor
from .writing_edit import WritingEdit


def build_editor(editor, can_delete: bool) -> None:  # noqa: ANN001
    """Make the editor's widgets as its attributes, and lay them out."""
    editor.prompt_banner = QFrame(objectName="PromptBanner")
    banner = QVBoxLayout(editor.prompt_banner)
    banner.setContentsMargins(16, 12, 16, 12)
    editor.prompt_caption = QLabel(editor.tr("Writing about"))
    editor.prompt_caption.setProperty("role", "eyebrow")
    editor.prompt_text = QLabel(wordWrap=True)
    editor.prompt_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    banner.addWidget(editor.prompt_caption)
    banner.addWidget(editor.prompt_text)

    editor.when_label = QLabel()
    editor.when_label.setProperty("role", "muted")
    editor.when_button = QPushButton(editor.tr("Change…"))
    editor.when_button.setProperty("role", "quiet")
    editor.when_button.setToolTip(editor.tr("Writing about an earlier day? Give this entry that date and time"))
    when_row = QHBoxLayout()
    when_row.setContentsMargins(0, 0, 0, 0)
    when_row.addWidget(editor.when_label)
    when_row.addWidget(editor.when_button)
    when_row.addStretch(1)
    editor.when = QWidget()
    editor.when.setLayout(when_row)

    editor.title_edit = QLineEdit(objectName="TitleEdit")
    editor.title_edit.setPlaceholderText(editor.tr("Title (optional)"))
    editor.title_edit.setAccessibleName(editor.tr("Entry title"))
    editor.tag_editor = TagEditor()
    editor.body_edit = WritingEdit(objectName="Writing")
    editor.body_edit.setPlaceholderText(editor.tr("Write whatever comes. It saves as you go."))
    editor.body_edit.setAccessibleName(editor.tr("Entry text"))
    editor.placeholder = editor.body_edit.placeholderText()
    editor.highlighter = MarkdownHighlighter(editor.body_edit.document())
    editor.reading = ReadingView()
    editor.reading.setAccessibleName(editor.tr("Entry, as it reads"))
    editor.pages = QStackedWidget()
    editor.pages.addWidget(editor.body_edit)
    editor.pages.addWidget(editor.reading)
    editor.find_bar = FindBar(editor.body_edit)

    editor.word_label = QLabel()
    editor.word_label.setProperty("role", "muted")
    editor.state_label = QLabel(wordWrap=True)
    editor.state_label.setProperty("role", "muted")
    editor.state_label.setAccessibleName(editor.tr("Save status"))
    editor.read_button = QPushButton(editor.tr("Read"), checkable=True)
    editor.read_button.setProperty("role", "quiet")
    editor.read_button.setToolTip(editor.tr("See the entry as it reads, formatted (Ctrl+E)"))
    editor.format_button, format_menu = menu_button(editor.tr("Format"), editor)
    editor.format_actions = format_actions(editor, editor.body_edit)
    for action in editor.format_actions.values():
        format_menu.addAction(action)
    editor.more_button, more_menu = menu_button(editor.tr("More"), editor)
    # Ctrl+F and Ctrl+H belong to the view around the editor (the Journal sends
    # Ctrl+F to its search unless the page has focus), so they are only shown here.
    editor.find_action = _action(editor, _with_keys(editor.tr("Find in this entry"), QKeySequence.StandardKey.Find),
                               None, editor.open_find)
    editor.replace_action = _action(editor, _with_keys(editor.tr("Find and replace"),
                                                   QKeySequence.StandardKey.Replace), None, editor.open_replace)
    editor.read_action = _action(editor, editor.tr("Read / edit"), "Ctrl+E", editor.read_button.toggle)
    editor.when_action = _action(editor, editor.tr("Change the date and time…"), None, editor.change_moment)
    editor.print_action = _action(editor, editor.tr("Print…"), QKeySequence.StandardKey.Print, editor.print_entry)
    editor.delete_action = _action(editor, editor.tr("Delete…"), None, editor._ask_delete)
    for action in (editor.find_action, editor.replace_action, editor.read_action, editor.when_action,
                   editor.print_action):
        more_menu.addAction(action)
    if can_delete:
        more_menu.addSeparator()
        more_menu.addAction(editor.delete_action)

    editor.footer = QWidget()
    footer = QHBoxLayout(editor.footer)
    footer.setContentsMargins(0, 0, 0, 0)
    footer.addWidget(editor.word_label)
    footer.addSpacing(16)
    footer.addWidget(editor.state_label, 1)
    for widget in (editor.read_button, editor.format_button, editor.more_button):
        footer.addWidget(widget)

    column = QVBoxLayout()
    column.setSpacing(10)
    for widget in (editor.prompt_banner, editor.when, editor.title_edit, editor.tag_editor, editor.find_bar):
        column.addWidget(widget)
    column.addWidget(editor.pages, 1)
    column.addWidget(editor.footer)
    page = QWidget()
    page.setLayout(column)
    page.setMaximumWidth(style.READING_WIDTH)
    outer = QHBoxLayout(editor)
    outer.setContentsMargins(24, 20, 24, 16)
    outer.addWidget(page, 1)


def _with_keys(text: str, keys: QKeySequence.StandardKey) -> str:
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text}\t{shown}" if shown else text
