"""Round 30D, `figures import`: rows a commune's table holds that were added as one more field, every figure of
them counted twice, exit 0, not a word.

- Parts marked "a", "b" (a bare letter, no bracket) under "1 | Hộ tịch": 25 dossiers received online for 15.
- A total row labelled "Toàn xã" (the commune as a whole): 30 for 15.
- A total row with neither number nor name (",, 15, 10, 5" under the fields, as a row of sums in a sheet): 30 for 15.
"""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,Giải quyết quá hạn\n"
FIELDS = "1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n"


def _values(text: str) -> tuple[float, float, float]:
    v = read_bytes(text.encode(), "bieu.csv").values
    return v["dossiers.received_online"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"]


@pytest.mark.parametrize("a, b", [("a", "b"), ("c", "d"), ("a", "đ")])
def test_parts_marked_with_a_bare_letter_are_parts(a, b):
    text = H + f"1,Hộ tịch,10,5,4\n{a},Khai sinh,6,3,3\n{b},Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


@pytest.mark.parametrize("label", ["Toàn xã", "TOÀN XÃ", "Toàn xã:", "Cả xã"])
def test_the_commune_as_a_whole_is_the_total(label):
    assert _values(H + FIELDS + f",{label},15,10,5\n") == (15, 10, 5)


def test_a_total_row_without_a_name_is_the_total():
    assert _values(H + FIELDS + ",,15,10,5\n") == (15, 10, 5)
    assert _values(H + "1,Hộ tịch,10,5,4\n2,Chứng thực,5,5,1\n3,Đất đai,2,1,1\n,,17,11,6\n") == (17, 11, 6)


def test_a_nameless_row_that_is_no_sum_stays_a_field():
    assert _values(H + FIELDS + ",,2,1,1\n") == (17, 11, 6)
    assert _values(H + "1,Hộ tịch,10,5,4\n,,10,5,4\n") == (20, 10, 8)  # one row above: no sum to speak of


@pytest.mark.parametrize("label", ["Tổng cộng*", "Tổng cộng¹", "Tổng cộng (**)", "Tổng số TTHC", "Tổng cộng cấp xã",
                                   "Tổng cộng xã", "Tổng số trong kỳ", "Tổng số thủ tục hành chính"])
def test_a_total_so_worded_or_footnoted_is_the_total(label):
    assert _values(H + FIELDS + f",{label},15,10,5\n") == (15, 10, 5)


@pytest.mark.parametrize("opener", ["Chia ra:", "Chia ra", "Bao gồm:", "Gồm:", "Cụ thể:", "Chia theo:", "- Chia ra:"])
def test_a_breakdown_opened_in_other_words_is_parts(opener):
    text = H + f"1,Hộ tịch,10,5,4\n,{opener},,,\n,Khai sinh,6,3,3\n,Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)
    text = H + f"1,Hộ tịch,10,5,4\n,{opener} Khai sinh,6,3,3\n,Khai tử,4,2,1\n2,Chứng thực,5,5,1\n"
    assert _values(text) == (15, 10, 5)


def test_parts_numbered_1_1_that_excel_made_dates_are_parts():
    """"1.1", "1.2" typed where a date's separator is a dot are kept by Excel as 1 January and 1 February (shown
    1/1, 1/2): the parts were fields, added to "1 | Hộ tịch" again (25 for 15)."""
    import datetime as dt
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [H.strip().split(","), [1, "Hộ tịch", 10, 5, 4], [dt.datetime(2026, 1, 1), "Khai sinh", 6, 3, 3],
                [dt.datetime(2026, 2, 1), "Khai tử", 4, 2, 1], [2, "Chứng thực", 5, 5, 1]]:
        ws.append(row)
    for at in ("A3", "A4"):
        ws[at].number_format = "d.m"
    buf = io.BytesIO()
    wb.save(buf)
    v = read_bytes(buf.getvalue(), "bieu.xlsx").values
    assert (v["dossiers.received_online"], v["dossiers.resolved_late"]) == (15, 5)


@pytest.mark.parametrize("mark", ["—", "‒", "−", "·", "◦", "➢", "►", "▪", "●", "→", "a/", "(a)", "ii)"])
@pytest.mark.parametrize("where", ["name", "number"])
def test_parts_marked_otherwise_are_parts(mark, where):
    """An em dash (Word's AutoFormat of "--"), a bullet pasted as text, "a/" (as Vietnamese documents letter their
    points), "(a)", "ii)": the parts were fields, added to "1 | Hộ tịch" again (25 for 15)."""
    rows = ([f",{mark} Khai sinh,6,3,3", f",{mark} Khai tử,4,2,1"] if where == "name"
            else [f"{mark},Khai sinh,6,3,3", f"{mark},Khai tử,4,2,1"])
    assert _values(H + "1,Hộ tịch,10,5,4\n" + "\n".join(rows) + "\n2,Chứng thực,5,5,1\n") == (15, 10, 5)
