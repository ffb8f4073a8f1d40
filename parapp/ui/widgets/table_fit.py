"""Tables that show what matters: headers never clipped, long texts wrapped or in tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QHeaderView, QTableView

# Room a header needs beside its text: the style's margins and the sort arrow. Fixed
# numbers rather than asking the style, whose enums cost start-up time to load.
HEADER_MARGINS = 16
SORT_ARROW = 20


def header_width(view: QTableView, column: int) -> int:
    """What a column's header needs: its text, the sort arrow and the style's margins."""
    header = view.horizontalHeader()
    text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    fm = header.fontMetrics()
    widest = max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)
    return widest + HEADER_MARGINS + (SORT_ARROW if view.isSortingEnabled() else 0)


def fit_header_widths(view: QTableView) -> None:
    """Widen every column set by hand (Interactive or Fixed) that is narrower than its header."""
    header = view.horizontalHeader()
    model = view.model()
    for c in range(model.columnCount()):
        mode = header.sectionResizeMode(c)
        if mode in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed):
            need = header_width(view, c)
            if header.sectionSize(c) < need:
                header.resizeSection(c, need)


class TypingGrid(QTableView):
    """A grid that is typed into (figures): a key pressed on a cell that cannot be typed in does
    nothing. Qt's default jumps to the next cell whose text starts with that key, and with "edit on
    any key" the next key then overwrote that other cell: "35" typed on a computed cell put 5 into
    "Hồ sơ giải quyết đúng hạn". Held by its page (the rule of lifetimes)."""

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        return

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        """Enter goes on to the next row of the same column that can be typed in, as in a spreadsheet: the area
        headings (spanned rows) and the cells ParApp computes (sums, rates) passed over. Round 33E: after "4", Enter,
        no cell was current; round 35E: Enter landed on "Hồ sơ đã giải quyết" (a sum), and the next figure typed
        went nowhere."""
        super().closeEditor(editor, hint)
        here = self.currentIndex()
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache or not here.isValid():
            return
        model = self.model()
        for row in range(here.row() + 1, model.rowCount()):
            below = model.index(row, here.column())
            if self.columnSpan(row, 0) == 1 and model.flags(below) & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(below)
                return
