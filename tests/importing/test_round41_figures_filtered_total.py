"""Round 41D L3 (left by 40D), `figures import` of an .xlsx filtered (AutoFilter) to some fields, its total row hidden
with another field ("Chứng thực 3" and "Tổng cộng 10" hidden; "Hộ tịch 5", "Đất đai 2" shown): the rows shown were
added up and 7 stored on time for the quarter where the sheet's own total says 10, "Bảng không có dòng tổng cộng"
said, exit 0. The rows shown are not the table: refused, naming the hidden rows, nothing stored. A total hidden alone
(every field shown) and a field hidden under a total shown are read as before."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.importing.model import Unreadable

ROWS = [["Báo cáo quý II năm 2030"], ["STT", "Lĩnh vực", "Tiếp nhận", "Đúng hạn"], [1, "Hộ tịch", 5, 5],
        [2, "Chứng thực", 3, 3], [3, "Đất đai", 2, 2], [None, "Tổng cộng", 10, 10]]


def _book(hide: list[int]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in ROWS:
        ws.append(r)
    for h in hide:
        ws.row_dimensions[h].hidden = True
    ws.auto_filter.ref = "A2:D6"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_filter_hiding_the_total_and_a_field_is_refused():
    from parapp.core.figures_import import read_bytes

    with pytest.raises(Unreadable) as exc:
        read_bytes(_book([4, 6]), "so lieu.xlsx")
    said = str(exc.value)
    assert "dòng 6" in said and "dòng 4" in said and "bỏ lọc" in said, said


@pytest.mark.parametrize("hide", [[6], [4], []])
def test_guard_the_total_alone_or_a_field_under_a_total_shown_is_read(hide):
    from parapp.core.figures_import import read_bytes

    assert read_bytes(_book(hide), "so lieu.xlsx").values["dossiers.resolved_on_time"] == 10
