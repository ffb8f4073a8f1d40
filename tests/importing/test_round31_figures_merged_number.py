"""Round 31D, `figures import`: a field's number merged down over its rows ("1" over "Hộ tịch", "Khai sinh", "Khai
tử", as Excel, Word and HTML tables often group a field's breakdown). Each row under it carried the "1", read as field
1 again: every figure counted twice (25 dossiers received online stored for 15), exit 0, not a word. Rows under such a
number that do not add up to it (the field's procedures, no sum above them) stay rows of their own."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from parapp.core.figures_import import read_bytes

HD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]


def _values(data: bytes, name: str) -> tuple[float, float, float]:
    v = read_bytes(data, name).values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


def _xlsx(tmp_path, rows, merges) -> bytes:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    for m in merges:
        wb.active.merge_cells(m)
    wb.save(tmp_path / "b.xlsx")
    return (tmp_path / "b.xlsx").read_bytes()


@pytest.mark.parametrize("mark", ["", "- "])
def test_a_number_merged_down_over_a_fields_parts_is_one_field(tmp_path, mark):
    rows = [HD, [1, "Hộ tịch", 10, 5, 4], [None, f"{mark}Khai sinh", 6, 3, 3], [None, f"{mark}Khai tử", 4, 2, 1],
            [2, "Chứng thực", 5, 5, 1]]
    assert _values(_xlsx(tmp_path, rows, ["A2:A4"]), "b.xlsx") == (15, 10, 5)
    document = docx.Document()
    table = document.add_table(rows=5, cols=5)
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            table.cell(i, j).text = "" if c is None else str(c)
    table.cell(1, 0).merge(table.cell(3, 0))
    document.save(tmp_path / "b.docx")
    assert _values((tmp_path / "b.docx").read_bytes(), "b.docx") == (15, 10, 5)
    cells = ["".join(f"<td>{c}</td>" for c in r[1:]) for r in rows[1:]]
    page = ("<table><tr>" + "".join(f"<th>{c}</th>" for c in HD) + "</tr>"
            f"<tr><td rowspan=3>1</td>{cells[0]}</tr><tr>{cells[1]}</tr><tr>{cells[2]}</tr>"
            f"<tr><td>2</td>{cells[3]}</tr>"
            "</table>")
    assert _values(page.encode(), "b.html") == (15, 10, 5)


def test_a_group_mark_merged_down_over_its_fields_is_one_group(tmp_path):
    rows = [HD, ["I", "TTHC cấp xã", 15, 10, 5], [None, "Hộ tịch", 10, 5, 4], [None, "Chứng thực", 5, 5, 1]]
    assert _values(_xlsx(tmp_path, rows, ["A2:A4"]), "b.xlsx") == (15, 10, 5)


def test_rows_under_a_merged_number_that_are_no_parts_stay_rows(tmp_path):
    rows = [HD, [1, "Khai sinh", 6, 3, 3], [None, "Khai tử", 4, 2, 1], [2, "Chứng thực", 5, 5, 1]]
    assert _values(_xlsx(tmp_path, rows, ["A2:A3"]), "b.xlsx") == (15, 10, 5)
    hd = ["STT", "Lĩnh vực", "Thủ tục", *HD[2:]]
    rows = [hd, [1, "Hộ tịch", "Khai sinh", 6, 3, 3], [None, None, "Khai tử", 4, 2, 1],
            [2, "Chứng thực", "Bản sao", 5, 5, 1]]
    assert _values(_xlsx(tmp_path, rows, ["A2:A3", "B2:B3"]), "b.xlsx") == (15, 10, 5)


def test_a_field_filling_some_columns_over_its_merged_parts(tmp_path):
    """The field's row gives the received dossiers only; its parts give every column: the parts' results are the
    field's, its received figure is not added to again."""
    rows = [HD, [1, "Hộ tịch", 10, None, None], [None, "Khai sinh", 6, 3, 3], [None, "Khai tử", 4, 2, 1],
            [2, "Chứng thực", 5, 5, 1]]
    assert _values(_xlsx(tmp_path, rows, ["A2:A4"]), "b.xlsx") == (15, 10, 5)
