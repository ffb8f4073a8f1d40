"""A province's own indicator, stated in the reports beside the national ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit

from parapp.core.figures import FLOW, STOCK_END, STOCK_START
from parapp.core.figures_entry import suggested_code
from parapp.services.figures import add_indicator
from parapp.store.catalogues import catalogue_code_for_year, list_areas
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import save_cancel, tr
from parapp.ui.widgets.unsaved_edits import AsksBeforeDropping

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


class IndicatorDialog(AsksBeforeDropping, QDialog):
    """A province's own indicator, stated in the reports beside the national ones."""

    def __init__(self, db: Workspace, year: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Thêm chỉ tiêu của tỉnh"))
        fit_window(self)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("ví dụ: tinh.ho_so_lien_thong"))
        # The code follows the name as it is typed, until the clerk types one of his own (round 33E: left empty, it
        # was refused as “”, and a newcomer had to make one up).
        self.code_typed = False
        self.code.textEdited.connect(lambda text: setattr(self, "code_typed", bool(text)))
        self.name.textChanged.connect(self._follow_name)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(tr("ví dụ: hồ sơ"))
        self.area = QComboBox()
        for a in list_areas(db, catalogue_code_for_year(year)):
            self.area.addItem(a.name, a.code)
        self.combine = QComboBox()
        self.combine.addItem(tr("Cộng dồn qua các kỳ (số hồ sơ, văn bản…)"), FLOW)
        self.combine.addItem(tr("Đọc ở cuối kỳ (số đang tồn tại)"), STOCK_END)
        self.combine.addItem(tr("Đọc ở đầu kỳ (số chuyển sang)"), STOCK_START)
        form = QFormLayout(self)
        form.addRow(tr("Tên chỉ tiêu *"), self.name)
        form.addRow(tr("Mã *"), self.code)
        form.addRow(tr("Đơn vị tính"), self.unit)
        form.addRow(tr("Lĩnh vực"), self.area)
        form.addRow(tr("Cách cộng"), self.combine)
        form.addRow(save_cancel(self))

    def _follow_name(self, name: str) -> None:
        if not self.code_typed:
            self.code.setText(suggested_code(name))

    def save(self) -> None:
        if not attempt(self, lambda: add_indicator(self.db, self.code.text(), self.name.text(), self.unit.text(),
                                                   self.area.currentData() or "", self.combine.currentData())):
            return
        self.accept()
