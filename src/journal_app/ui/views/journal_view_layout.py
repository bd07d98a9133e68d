"""The Journal area's widgets and where they sit: the list with its search, tools,
filters and Trash button on the left; the editor, the Trash or a hint on the right.
What they do is journal_view.py."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...domain.settings import TEXT_SIZE
from .. import style
from ..widgets.empty_state import EmptyState
from ..widgets.entry_delegate import EntryDelegate
from ..widgets.entry_editor import EntryEditor
from ..widgets.entry_list_model import EntryListModel
from ..widgets.entry_list_view import EntryListView
from ..widgets.journal_filter_bar import JournalFilterBar
from ..widgets.trash_panel import TrashPanel


def build_journal_view(view, services, dialogs, colors: style.Colors) -> None:  # noqa: ANN001
    """Make the area's widgets as the view's attributes, and lay them out."""
    view.new_button = QPushButton(view.tr("New entry"))
    view.new_button.setProperty("role", "primary")
    view.new_button.setToolTip(view.tr("Start a new entry (Ctrl+N)"))
    view.search_box = QLineEdit()
    view.search_box.setPlaceholderText(view.tr("Search your journal"))
    view.search_box.setAccessibleName(view.tr("Search your journal"))
    view.search_box.setClearButtonEnabled(True)
    view.filter_button = QPushButton(view.tr("Filter"), checkable=True)
    view.filter_button.setProperty("role", "quiet")
    view.filter_button.setToolTip(view.tr("Narrow the list by tag, theme, prompt, mood or dates"))
    view.date_button = QPushButton(view.tr("Go to date…"))
    view.date_button.setProperty("role", "quiet")
    view.date_button.setToolTip(view.tr("A calendar of the days you wrote (Ctrl+G)"))
    view.tags_button = QPushButton(view.tr("Tags…"))
    view.tags_button.setProperty("role", "quiet")
    view.tags_button.setToolTip(view.tr("Every tag with its entries; rename or merge them"))
    view.filters = JournalFilterBar()
    view.filters.hide()
    view.result_label = QLabel(wordWrap=True)
    view.result_label.setProperty("role", "muted")
    view.model = EntryListModel(view._journal, view)
    view.list_view = EntryListView(objectName="EntryList")
    view.list_view.setModel(view.model)
    view.list_view.setItemDelegate(EntryDelegate(colors, view.list_view, prompt_text=view._prompt_text))
    view.list_view.setAccessibleName(view.tr("Entries"))
    view.list_empty = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
    view.list_empty.setProperty("role", "muted")
    view.trash_button = QPushButton(checkable=True)
    view.trash_button.setProperty("role", "quiet")
    view.empty_trash_button = QPushButton(view.tr("Empty the Trash…"))
    view.empty_trash_button.setProperty("role", "quiet")
    view.empty_trash_button.hide()

    tools = QHBoxLayout()
    tools.setSpacing(2)
    for widget in (view.filter_button, view.date_button, view.tags_button):
        tools.addWidget(widget)
    tools.addStretch(1)
    bottom = QHBoxLayout()
    bottom.addWidget(view.trash_button)
    bottom.addStretch(1)
    bottom.addWidget(view.empty_trash_button)
    left = QVBoxLayout()
    left.setSpacing(8)
    left.addWidget(view.new_button)
    left.addWidget(view.search_box)
    left.addLayout(tools)
    left.addWidget(view.filters)
    left.addWidget(view.result_label)
    left.addWidget(view.list_view, 1)
    left.addWidget(view.list_empty, 1)
    left.addLayout(bottom)
    left_pane = QWidget()
    left_pane.setLayout(left)
    left_pane.setMinimumWidth(240)
    left_pane.setMaximumWidth(380)

    view.editor = EntryEditor(view._journal, services.settings.get(TEXT_SIZE), recovery=services.recovery,
                              dialogs=dialogs)
    view.trash_panel = TrashPanel()
    view.welcome = EmptyState(
        view.tr("Nothing written yet"),
        view.tr("This is your private journal. Nothing leaves this computer. "
                "Start with a few lines about today, or with today's prompt."),
        view.tr("Write your first entry"),
    )
    view.pick_hint = EmptyState(
        view.tr("Pick up where you left off"),
        view.tr("Choose an entry on the left to read or keep writing, or start a new one."),
        view.tr("New entry"),
    )
    view.trash_hint = EmptyState(
        view.tr("The Trash"),
        view.tr("Entries you delete wait here: restore them, or delete them forever."), "")
    view.right = QStackedWidget()
    for page in (view.welcome, view.pick_hint, view.editor, view.trash_panel, view.trash_hint):
        view.right.addWidget(page)

    layout = QHBoxLayout(view)
    layout.setContentsMargins(20, 20, 12, 12)
    layout.addWidget(left_pane)
    layout.addWidget(view.right, 1)
