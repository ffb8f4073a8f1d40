"""Round 43D F8, `par import-set` of an .xlsx whose "Điểm tối đa" column (or the criteria's names, or the header row)
is hidden in Excel: refused "Không thấy bảng tiêu chí nào có cột điểm tối đa … Hãy chọn tệp Word/Excel chứa bảng chấm
điểm", sending the clerk to look for another file while the one chosen holds the table, hidden (40D's note naming the
hidden columns was never shown: the import stopped first). Now the refusal names the hidden rows and columns and asks
to unhide them."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.importing.model import Unreadable

ROWS = [["BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030"], ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"],
        ["I", "Công tác chỉ đạo", 5, None], ["1.1", "Kế hoạch", 2, 2], ["1.2", "Báo cáo", 3, 1]]


def _book(rows=(), cols=()) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in ROWS:
        ws.append(r)
    for h in rows:
        ws.row_dimensions[h].hidden = True
    for c in cols:
        ws.column_dimensions[c].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("rows", "cols", "said"), [((), ("C",), "cột C"), ((), ("B",), "cột B"), ((2,), (), "dòng 2")])
def test_a_table_hidden_in_excel_is_said_to_be_hidden(rows, cols, said):
    from parapp.core.par.reading import read_bytes

    with pytest.raises(Unreadable) as exc:
        read_bytes(_book(rows, cols), "bộ tiêu chí.xlsx")
    assert said in str(exc.value) and "bỏ ẩn" in str(exc.value) and "Hãy chọn tệp" not in str(exc.value), exc.value


def test_guard_a_file_without_a_table_is_still_told_to_choose_another():
    from parapp.core.par.reading import read_bytes

    wb = openpyxl.Workbook()
    wb.active.append(["Danh sách cán bộ", "Chức vụ"])
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(Unreadable) as exc:
        read_bytes(out.getvalue(), "x.xlsx")
    assert "Hãy chọn tệp" in str(exc.value)
