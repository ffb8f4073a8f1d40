"""Round 43D F9, `figures import` of a Biểu 06 whose figure columns (or header rows, grouped and collapsed) are hidden
in Excel: refused "Không nhận ra cột số liệu nào … Hãy chọn tệp thống kê xuất từ Hệ thống thông tin giải quyết
TTHC", sending the clerk to export again a file the system already gave (40D's note of the hidden rows and columns
was never shown: the import stopped first). Now the refusal names the hidden rows and columns and asks to unhide."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.figures_import import read_bytes
from parapp.core.importing.model import Unreadable
from tests.importing import onestop_files


def _hidden(cols: str = "", rows: tuple[int, ...] = ()) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(onestop_files.bieu06_xlsx()))
    ws = wb.active
    for c in cols:
        ws.column_dimensions[c].hidden = True
    for r in rows:
        ws.row_dimensions[r].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("cols", "rows", "said"), [("CDEFGHIJKLM", (), "C, D"), ("", (4, 5, 6, 7), "dòng 4, 5")])
def test_a_table_hidden_in_excel_is_said_to_be_hidden(cols, rows, said):
    with pytest.raises(Unreadable) as exc:
        read_bytes(_hidden(cols, rows), "Biểu 06.xlsx")
    message = str(exc.value)
    assert said in message and "bỏ ẩn" in message and "Hãy chọn tệp" not in message, message


def test_guard_a_file_without_figures_is_still_told_to_choose_another():
    wb = openpyxl.Workbook()
    wb.active.append(["Danh sách cán bộ", "Chức vụ"])
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(Unreadable) as exc:
        read_bytes(out.getvalue(), "x.xlsx")
    assert "Hãy chọn tệp" in str(exc.value)
