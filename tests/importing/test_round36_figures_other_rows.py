"""Round 36D, `figures import`: 35D set aside a row of rates or of another time under the fields ("Lũy kế từ đầu năm",
"Cùng kỳ năm trước"); a province's sheet adds, the same way, the year's estimate or its plan ("Ước cả năm", "Ước thực
hiện năm", "Kế hoạch năm", "Dự kiến cả năm", "Quý trước", "Tăng, giảm so với cùng kỳ"). With no total row such a row
was added as one more field (60 received online stored for 20, 84 early for 4), exit 0, not a word; under a total each
column was said not to add up. Such a row is no field; "Kế hoạch và Đầu tư" stays one."""

from __future__ import annotations

import pytest

from tests.importing.test_round35_figures_rate_rows import WANT, H

from parapp.core.figures_import import read_bytes

ROWS = ["Ước cả năm", "Ước thực hiện năm", "Ước thực hiện cả năm 2030", "Kế hoạch năm", "Kế hoạch", "Kế hoạch giao",
        "Dự kiến cả năm", "Quý trước", "Tháng trước", "Tăng, giảm so với cùng kỳ", "Tăng (+)/giảm (-)"]


@pytest.mark.parametrize("label", ROWS)
def test_an_estimate_or_a_plan_under_the_fields_is_no_field(label):
    read = read_bytes((H + f",\"{label}\",40,40,140,20\n").encode(), "bieu.csv")
    assert read.values == WANT, read.values


@pytest.mark.parametrize("label", ROWS)
def test_under_a_total_it_does_not_make_the_fields_disagree(label):
    read = read_bytes((H + f",Tổng cộng,20,4,14,2\n,\"{label}\",40,40,140,20\n").encode(), "bieu.csv")
    assert read.values == WANT, read.values
    assert not [n for n in read.notes if "cộng lại được" in str(n)], read.notes


@pytest.mark.parametrize("name", ["Kế hoạch và Đầu tư", "Kế hoạch - Đầu tư", "Kế hoạch, đầu tư",
                                  "Kế hoạch - Tài chính"])
def test_guard_the_planning_field_stays_a_field(name):
    read = read_bytes((H + f"3,\"{name}\",5,1,3,1\n").encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 25
