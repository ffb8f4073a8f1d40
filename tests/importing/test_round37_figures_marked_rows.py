"""Round 37D, `figures import`: 35D/36D set aside a row of another time or of a plan by its first words ("Lũy kế",
"Ước cả năm", "Kế hoạch năm"). Marked or opened otherwise ("Tổng lũy kế", "Cộng lũy kế từ đầu năm", "Tổng cộng lũy
kế", "B | Lũy kế từ đầu năm", "1. Ước cả năm", "(*) Kế hoạch năm", "Số liệu lũy kế"), it was one more field: 60
received online stored for 20, exit 0, not a word; under a total every column was said not to add up. The marks and
the total's words before them are no part of what the row is."""

from __future__ import annotations

import pytest

from tests.importing.test_round35_figures_rate_rows import WANT, H

from parapp.core.figures_import import read_bytes

ROWS = [("", "Tổng lũy kế"), ("", "Cộng lũy kế từ đầu năm"), ("", "Tổng cộng lũy kế"), ("B", "Lũy kế từ đầu năm"),
        ("III", "Ước cả năm"), ("", "1. Ước cả năm"), ("", "(*) Kế hoạch năm"), ("", "Số liệu lũy kế"),
        ("", "[Lũy kế]"), ("", "Tổng số ước cả năm")]


@pytest.mark.parametrize("stt,label", ROWS)
def test_a_marked_row_of_another_time_is_no_field(stt, label):
    read = read_bytes((H + f"{stt},\"{label}\",40,40,140,20\n").encode(), "bieu.csv")
    assert read.values == WANT, (label, read.values)


@pytest.mark.parametrize("stt,label", ROWS)
def test_under_a_total_it_does_not_make_the_fields_disagree(stt, label):
    read = read_bytes((H + f",Tổng cộng,20,4,14,2\n{stt},\"{label}\",40,40,140,20\n").encode(), "bieu.csv")
    assert read.values == WANT, read.values
    assert not [n for n in read.notes if "cộng lại được" in str(n)], read.notes


@pytest.mark.parametrize("label", ["Tổng cộng", "Tổng cộng năm 2030", "Cộng toàn xã"])
def test_guard_the_total_is_still_the_total(label):
    read = read_bytes((H + f",\"{label}\",20,4,14,2\n").encode(), "bieu.csv")
    assert read.values == WANT, read.values
    assert "tổng cộng" in str(read.rows_used)


@pytest.mark.parametrize("name", ["Công thương", "Cộng đồng dân cư", "Vi phạm hành chính", "Tôn giáo"])
def test_guard_fields_stay_fields(name):
    read = read_bytes((H + f"3,\"{name}\",5,1,3,1\n").encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 25, (name, read.values)
