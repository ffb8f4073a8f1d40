"""The preview table both import dialogs show (a plan's tasks, a province's criteria set), read
the way the person reads it: its headings, the "Nhập" box that leaves a row out, a corrected cell
kept, a row with a problem coloured. One model serves both (importing/preview_rows.py)."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from ..par.province_files import province_xlsx

TODAY = dt.date(2024, 5, 20)
PLAN = ("STT\tNội dung\tChủ trì\tThời hạn\n1\tĐối thoại với Nhân dân\tVăn phòng\tQuý II/2024\n"
        "2\tCông khai dữ liệu\tVăn phòng\t\n")


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_plan_preview_reads_as_before(qtbot, ui_db):
    from parapp.ui.importing.import_dialog import ImportDialog

    dlg = ImportDialog(ui_db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.plan_year.setValue(2024)
    dlg.load_text(PLAN, None, "dán")
    m = dlg.model
    assert _headers(m)[:4] == ["Nhập", "Dòng", "STT", "Nội dung nhiệm vụ"]
    assert m.rowCount() == 2 and m.data(m.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert m.data(m.index(0, 0)) is None  # the box, no words beside it
    assert m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags  # the line read: fixed
    assert m.data(m.index(1, 3), Qt.ItemDataRole.BackgroundRole) is not None  # no deadline: coloured
    assert "Chưa có thời hạn" in m.data(m.index(1, 0), Qt.ItemDataRole.ToolTipRole)  # said even on the box
    assert "2 dòng cần xem lại" in dlg.summary.text()
    assert m.setData(m.index(1, 3), "  Công khai   dữ liệu mở ", Qt.ItemDataRole.EditRole)
    assert m.data(m.index(1, 3)) == "Công khai dữ liệu mở"  # tidied as typed in the register
    m.setData(m.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert m.data(m.index(1, 3), Qt.ItemDataRole.ForegroundRole) is not None  # greyed, left out
    assert [t.content for t in m.to_import()] == ["Đối thoại với Nhân dân"]
    assert "1 dòng cần xem lại" in dlg.summary.text()
    assert not m.setData(m.index(0, 1), "7", Qt.ItemDataRole.EditRole)  # not a cell to correct


@pytest.fixture
def criteria(qtbot, ui_db, tmp_path):
    """The criteria import dialog with the province's annex opened in it."""
    from parapp.ui.par.par_import_dialog import ParImportDialog

    f = tmp_path / "Bộ chỉ số.xlsx"
    f.write_bytes(province_xlsx())
    dlg = ParImportDialog(ui_db, 2024)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    return dlg


def test_the_criteria_preview_reads_as_before(qtbot, criteria):
    dlg = criteria
    m = dlg.model
    assert _headers(m) == ["Nhập", "Dòng", "STT", "Mã", "Tên", "Tối đa", "Loại", "Cần xem lại"]
    assert "26 tiêu chí" in dlg.summary.text()
    row = next(r for r in range(m.rowCount()) if m.rows[r].code == "1.5")
    line = m.rows[row].line
    assert m.data(m.index(row, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    m.setData(m.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: "25 tiêu chí" in dlg.summary.text())  # read again without it
    row = next(r for r in range(m.rowCount()) if m.rows[r].line == line)
    assert m.rows[row].skip and m.data(m.index(row, 4), Qt.ItemDataRole.ForegroundRole) is not None
    area = next(r for r in range(m.rowCount()) if m.data(m.index(r, 6)) == "Lĩnh vực")
    assert m.data(m.index(area, 4), Qt.ItemDataRole.FontRole).bold()
    m.setData(m.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: "26 tiêu chí" in dlg.summary.text())


def test_a_long_column_heading_is_whole_in_its_tooltip_and_a_maximum_as_written_fits(criteria):
    # Seen at 1366×768: "Lĩnh vực/Tiêu chí/Tiêu chí t" over a column, and "2,5 đi…" for "2,5 điểm".
    from PySide6.QtWidgets import QLabel

    dlg = criteria
    labels = [lb for lb in dlg.columns_box.findChildren(QLabel)]
    cut = [lb for lb in labels if len(lb.toolTip()) > len(lb.text())]
    assert cut and all(lb.toolTip().startswith(lb.text()) for lb in cut)
    m = dlg.model
    written = [r for r in range(m.rowCount()) if "điểm" in str(m.data(m.index(r, 5)))]
    assert written
    fm = dlg.table.fontMetrics()
    assert all(fm.horizontalAdvance(m.data(m.index(r, 5))) + 10 <= dlg.table.columnWidth(5) for r in written)
