"""Round 33D, `figures import`: a row's words spaced by a no-break space (U+00A0, as text copied from a web page or
Word into Excel keeps it) or led by a zero-width space. The rules read the words with plain spaces: "Trong đó:" opened
no breakdown (its parts added to their field again, 25 stored for 15), "Cộng trang", "Xã An Phú", "Tất cả" were one
more field (every figure stored twice), and "Công chứng" was the total "Cộng chung" (the other fields dropped), silent.
The HTML reader turned "&nbsp;" into a space already; CSV, Excel and a paste did not."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


@pytest.mark.parametrize("opener", ["Trong\u00a0đó:", "Chia\u00a0ra:", "\u200bTrong đó:"])
def test_a_breakdown_opener_spaced_by_a_no_break_space(opener):
    text = H + f"1,Hộ tịch,10,5,4\n,{opener},,,\n,Khai sinh,6,3,2\n,Khai tử,4,2,2\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


@pytest.mark.parametrize("label", ["Xã\u00a0An Phú", "Cộng\u00a0toàn phường", "Tất\u00a0cả", "UBND\u00a0xã An Phú",
                                   "\u200bXã An Phú", "Cộng\u00a0trang"])
def test_a_total_spaced_by_a_no_break_space(label):
    assert _values(H + f"1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n,{label},5,3,2\n") == (5, 3, 2)


def test_cong_chung_spaced_by_a_no_break_space_is_a_field():
    assert _values(H + "1,Hộ tịch,3,2,1\n2,Chứng thực,2,1,1\n3,Công\u00a0chứng,5,3,2\n") == (10, 6, 4)


def test_in_an_excel_sheet_with_merged_cells_too():
    wb = openpyxl.Workbook()
    for row in [H.strip().split(","), [1, "Hộ tịch", 10, 5, 4], [None, "Trong\u00a0đó:"], [None, "Khai sinh", 6, 3, 2],
                [None, "Khai tử", 4, 2, 2], [2, "Chứng thực", 5, 5, 1], ["Cộng\u00a0toàn phường", None, 15, 10, 5]]:
        wb.active.append(row)
    wb.active.merge_cells("A7:B7")
    wb.active.merge_cells("A2:A5")
    out = io.BytesIO()
    wb.save(out)
    v = read_bytes(out.getvalue(), "b.xlsx").values
    assert (v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]) == (15, 10, 5)


@pytest.mark.parametrize("count", ["\u200b10", "10\u200b", "\ufeff10", "1\u200b0"])
def test_a_count_with_a_zero_width_space_is_the_count(count):
    """"không phải số: tính là 0" of a cell that shows 10: 0 stored for 10."""
    assert _values(H + f"1,Hộ tịch,{count},5,4\n2,Chứng thực,5,5,1\n") == (15, 10, 5)
