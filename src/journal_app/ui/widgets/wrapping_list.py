"""A list whose rows wrap long text to the list's width and show all of it.

Two Qt habits cut wrapped rows short: QListWidget measures rows once, at the
width it has when they are added, and the style sheet's item padding narrows
the painted text without narrowing the measured text. Adjust mode re-measures
on resize; the delegate measures at the width the text is painted in."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView, QListWidget, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# Must match `QListWidget#LibraryList::item { padding: ... }` in style.py.
ROW_PADDING_H, ROW_PADDING_V = 10, 6
_TEXT_MARGINS = 8  # the style's own text margins, both sides


class _WrappingRows(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        view = self.parent()
        width = view.viewport().width() - 2 * ROW_PADDING_H - _TEXT_MARGINS
        if width <= 0:
            return base
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        wrapped = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(base.width(), max(base.height(), wrapped.height() + 2 * ROW_PADDING_V + 4))


def wrapping_list(accessible_name: str, parent: QWidget | None = None) -> QListWidget:
    view = QListWidget(parent, objectName="LibraryList")
    view.setAccessibleName(accessible_name)
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(_WrappingRows(view))
    return view
