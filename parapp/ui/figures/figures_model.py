"""The year's figures as a grid: one row per indicator (under its reform area),
one column per period (the four quarters, then 6 tháng, 9 tháng, năm).

Derived values (from the quarters, or computed sums and rates) are shown in
grey italics and can be overridden by typing; clearing a typed value brings
the derived one back. Rates and sums are never typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from parapp.core.figures import FIGURE_KINDS, RATE, SUM, FigureValue, Indicator, Source
from parapp.core.periods import PeriodKind
from parapp.ui.widgets.texts import fmt_number, tr, trc

KIND_COLUMNS = [PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4, PeriodKind.H1,
                PeriodKind.NINE_MONTHS, PeriodKind.YEAR]
FIRST_VALUE_COLUMN = 2


@dataclass
class GridRow:
    title: str                        # the area's name for a group row
    indicator: Indicator | None = None
    values: dict[PeriodKind, FigureValue] | None = None

    @property
    def is_group(self) -> bool:
        return self.indicator is None


def column_titles() -> list[str]:
    return [tr("Chỉ tiêu"), tr("Đơn vị"), tr("Quý I"), tr("Quý II"), tr("Quý III"), tr("Quý IV"), tr("6 tháng"),
            tr("9 tháng"), tr("Năm")]


def value_text(f: FigureValue) -> str:
    if f.value is None:
        return ""
    if f.indicator.combine == RATE:
        return fmt_number(round(f.value, 1)) + "%"
    return fmt_number(int(f.value) if float(f.value).is_integer() else f.value)


def source_text(f: FigureValue) -> str:
    if f.source is Source.DERIVED and f.indicator.combine in (RATE, SUM):
        return tr("Tự tính từ các số liệu khác")
    from parapp.core.figures import SOURCE_LABELS

    return trc("figures", SOURCE_LABELS[f.source])


class FiguresModel(QAbstractTableModel):
    edited = Signal(str, str, str)  # period kind, indicator code, text typed ("" clears)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self.readonly = False
        # (period kind, indicator code): text typed and not yet stored (a full disk), shown in its cell in red until
        # it is (round 39B: the cell went back to the stored value, the number typed gone)
        self.unstored: dict[tuple[str, str], str] = {}

    def set_rows(self, rows: list[GridRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else FIRST_VALUE_COLUMN + len(KIND_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def _figure(self, index) -> FigureValue | None:
        row = self._rows[index.row()]
        if row.is_group or index.column() < FIRST_VALUE_COLUMN:
            return None
        return row.values[KIND_COLUMNS[index.column() - FIRST_VALUE_COLUMN]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if row.is_group:
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return row.title
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#eef3fb"))
            return None
        f = self._figure(index)
        typed = None if f is None else self.unstored.get((KIND_COLUMNS[col - FIRST_VALUE_COLUMN].value,
                                                           f.indicator.code))
        if typed is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return typed
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Số vừa gõ chưa lưu được; sẽ lưu khi gõ số tiếp theo hoặc trước khi đóng cửa sổ")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return row.indicator.name
            if col == 1:
                return row.indicator.unit
            return value_text(f) if role == Qt.ItemDataRole.DisplayRole else (
                "" if f.value is None or f.source is Source.DERIVED else value_text(f))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return f"{row.indicator.name} ({row.indicator.code})"
            if f is not None:
                return source_text(f)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= FIRST_VALUE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if f is not None and f.source is Source.DERIVED:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#6b6b6b"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def flags(self, index):
        base = super().flags(index)
        f = self._figure(index)
        if f is not None and f.indicator.enterable and not self.readonly:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        f = self._figure(index)
        if f is None or role != Qt.ItemDataRole.EditRole or self.readonly:
            return False
        kind = KIND_COLUMNS[index.column() - FIRST_VALUE_COLUMN]
        self.edited.emit(kind.value, f.indicator.code, str(value).strip())
        return True


assert len(KIND_COLUMNS) == len(FIGURE_KINDS)
