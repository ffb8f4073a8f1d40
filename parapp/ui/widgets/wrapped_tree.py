"""Tree items whose text wraps onto as many lines as the tree's width needs.

QTreeView draws wrapped text when word wrap is on, but measures every row as one
line: long titles ("II. Kết quả thực hiện các nhiệm vụ cải cách hành chính") were
cut at 125 %. This delegate measures each row at the width its column gives it,
and the rows are measured again whenever that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Held by the window that owns the tree (the rule of lifetimes in parapp/ui/__init__.py)."""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self.tree = tree

    def _depth(self, index: QModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self.tree.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1)
        indent = self.tree.indentation() * (self._depth(index) + (1 if self.tree.rootIsDecorated() else 0))
        width = max(40, self.tree.columnWidth(index.column()) - indent - margin - 4)
        text = opt.text or ""
        rect = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        line = opt.fontMetrics.lineSpacing()
        return QSize(width, max(rect.height(), line) + 6)


def wrap_items(tree: QTreeView) -> WrappingDelegate:
    """Titles wrap instead of being cut; returns the delegate for the caller to keep."""
    delegate = WrappingDelegate(tree)
    tree.setItemDelegate(delegate)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(True)
    # A new width: every row measured again (Qt keeps the heights it measured first).
    header.sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())
    return delegate
