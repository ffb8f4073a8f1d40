"""Round 35D, `figures import`: a row of rates or of another time under the fields ("Tỷ lệ (%)", "Lũy kế từ đầu năm",
"Cùng kỳ năm trước", "So với cùng kỳ (%)"), as a province's sheet adds one.

With no total row it was added as one more field: 24 early dossiers stored for 4, 84 on time for 14, exit 0, not a
word. With a total row the total was right, but each column was said not to add up ("dòng tổng cộng ghi (4) nhưng các
dòng lĩnh vực cộng lại được (44)"): the row counted among the fields. Such a row is no field."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Tiếp nhận trực tuyến,Trước hạn,Đúng hạn,Quá hạn\n1,Hộ tịch,10,2,7,1\n2,Chứng thực,10,2,7,1\n"
ROWS = ["Tỷ lệ (%)", "Tỉ lệ %", "Tỷ lệ", "%", "Lũy kế từ đầu năm", "Cùng kỳ năm trước", "So với cùng kỳ (%)",
        "Tỷ lệ so với tổng số", "Lũy kế", "Năm trước"]
WANT = {"dossiers.received_online": 20, "dossiers.resolved_early": 4, "dossiers.resolved_on_time": 14,
        "dossiers.resolved_late": 2}


@pytest.mark.parametrize("label", ROWS)
def test_a_row_of_rates_or_another_time_is_no_field(label):
    read = read_bytes((H + f",{label},,20,70,10\n").encode(), "bieu.csv")
    assert read.values == WANT, read.values


@pytest.mark.parametrize("label", ROWS)
def test_under_a_total_it_does_not_make_the_fields_disagree(label):
    read = read_bytes((H + f",Tổng cộng,20,4,14,2\n,{label},40,40,140,20\n").encode(), "bieu.csv")
    assert read.values == WANT, read.values
    assert not [n for n in read.notes if "cộng lại được" in str(n)], read.notes


@pytest.mark.parametrize("name", ["Kế hoạch và Đầu tư", "Tư pháp - Hộ tịch", "Lao động, thương binh và xã hội"])
def test_fields_named_otherwise_stay_fields(name):
    """Guard."""
    read = read_bytes((H + f"3,\"{name}\",5,1,3,1\n").encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 25


def test_a_table_of_rate_rows_alone_has_no_figures():
    """Rows of rates only, three or more: no field is left (the first cut of this fix failed with IndexError)."""
    text = H.split("\n")[0] + "\n,Tỷ lệ (%),1,2,3,4\n,Lũy kế,5,6,7,8\n,Cùng kỳ năm trước,1,1,1,1\n"
    read = read_bytes(text.encode(), "bieu.csv")
    assert read.values == {}
