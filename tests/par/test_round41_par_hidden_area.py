"""Round 41D F7, `par import-set` of an .xlsx filtered so that an area's row is hidden and its criteria shown (a filter
on a column the area rows leave blank): "II. Cải cách TTHC" hidden, its 2.1 and 2.2 were stored under area I (10 points
where I says 5, a note), exit 0; "I" hidden, 1.1 and 1.2 each became an area. Which area a criterion is under is no
longer on the sheet: refused, naming the rows, nothing stored. An area hidden with its criteria is left out (40D)."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.importing.model import Unreadable

ROWS = [["BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030"], ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa"], ["I", "Công tác chỉ đạo", 5],
        ["1.1", "Kế hoạch CCHC", 2], ["1.2", "Báo cáo CCHC", 3], ["II", "Cải cách TTHC", 5],
        ["2.1", "Công khai TTHC", 2], ["2.2", "Giải quyết TTHC", 3], [None, "Tổng cộng", 10]]


def _book(hide: list[int]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in ROWS:
        ws.append(r)
    for h in hide:
        ws.row_dimensions[h].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("hide", "said"), [([6], "dòng 6"), ([3], "dòng 3")])
def test_an_area_hidden_over_criteria_shown_is_refused(hide, said):
    from parapp.core.par.reading import read_bytes

    with pytest.raises(Unreadable) as exc:
        read_bytes(_book(hide), "bo tieu chi.xlsx")
    assert said in str(exc.value) and "bỏ lọc" in str(exc.value), str(exc.value)


def test_guard_an_area_hidden_with_its_criteria_is_left_out():
    """The set's "Tổng cộng" shown below it is no criterion of the area (the first version refused it)."""
    from parapp.core.par.reading import read_bytes

    read = read_bytes(_book([6, 7, 8]), "bo tieu chi.xlsx")
    assert [r.label for r in read.rows][:3] == ["I", "1.1", "1.2"] and "2.1" not in [r.label for r in read.rows]
