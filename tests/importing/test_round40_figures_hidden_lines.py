"""Round 40D L2 (left by 39D), `figures import` of an .xlsx with hidden rows or columns: a hidden field row ("Chứng
thực 3 | 3", hidden under "Báo cáo quý II năm 2030") was added to the visible ones, 10 on time stored where the sheet
shows 7 (5 + 2), exit 0; a hidden "Quý I" section beside the visible "Quý II" was the one chosen under a title naming
quý I. Hidden rows and columns are now read as Excel shows and prints the sheet: left out, and named in a note (unhide
them to have them read). Decided so because the clerk checks the figures against the sheet he sees; a hidden row is
most often one he hid (another level's field, an old period, a filter), and a note says where it was."""

from __future__ import annotations

import io

import openpyxl

from parapp.core.figures_import import read_bytes


def _rows_book() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["Báo cáo quý II năm 2030"], ["STT", "Lĩnh vực", "Tiếp nhận", "Đúng hạn"], [1, "Hộ tịch", 5, 5],
              [2, "Chứng thực", 3, 3], [3, "Đất đai", 2, 2]]:
        ws.append(r)
    ws.row_dimensions[4].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _cols_book(title: str = "Báo cáo quý I năm 2030") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(["STT", "Lĩnh vực", "Quý I", None, "Quý II", None])
    ws.append([None, None, "Tiếp nhận", "Đúng hạn", "Tiếp nhận", "Đúng hạn"])
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:F2")
    ws.append([1, "Hộ tịch", 4, 4, 5, 5])
    ws.append([None, "Tổng cộng", 4, 4, 5, 5])
    for c in "CD":
        ws.column_dimensions[c].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_hidden_field_row_is_left_out_and_named():
    read = read_bytes(_rows_book(), "so lieu.xlsx")
    assert read.values["dossiers.resolved_on_time"] == 7, read.values
    said = " ".join(str(n) for n in read.notes)
    assert "dòng 4" in said and "ẩn" in said, said


def test_hidden_columns_are_left_out_and_named():
    read = read_bytes(_cols_book(), "so lieu.xlsx")
    assert read.values.get("dossiers.resolved_on_time") == 5 and not read.others, read.values
    said = " ".join(str(n) for n in read.notes)
    assert "C, D" in said and "ẩn" in said, said


def test_guard_a_sheet_with_nothing_hidden_says_nothing():
    wb = openpyxl.load_workbook(io.BytesIO(_rows_book()))
    wb.active.row_dimensions[4].hidden = False
    out = io.BytesIO()
    wb.save(out)
    read = read_bytes(out.getvalue(), "so lieu.xlsx")
    assert read.values["dossiers.resolved_on_time"] == 10
    assert not any("ẩn" in str(n) for n in read.notes), read.notes
