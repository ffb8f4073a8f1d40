"""Round 37D, `figures import`: 36D set aside a row of the year's plan ("Kế hoạch năm", "Kế hoạch giao") by the word
"Kế hoạch" at its start, keeping a field only where "Đầu tư" or "Tài chính" followed after a space, comma, hyphen, en
dash or "&". A field written "Kế hoạch/Đầu tư", "Kế hoạch — Đầu tư", "Kế hoạch & ĐT", "Kế hoạch - ĐT", "Kế hoạch/Tài
chính", "Kế hoạch hóa gia đình" was dropped: 20 received online stored for 25, exit 0, not a word. Likewise "Tăng, giảm
…" took "Tăng cường, giảm nghèo". A plan's row is "Kế hoạch" alone or followed by the time or who set it; a row of
change is "Tăng" with "giảm" next to it."""

from __future__ import annotations

import pytest

from tests.importing.test_round35_figures_rate_rows import WANT, H

from parapp.core.figures_import import read_bytes

FIELDS = ["Kế hoạch/Đầu tư", "Kế hoạch — Đầu tư", "Kế hoạch ‑ Đầu tư", "Kế hoạch & ĐT", "Kế hoạch - ĐT",
          "Kế hoạch/Tài chính", "Kế hoạch (Đầu tư)", "Kế hoạch hóa gia đình", "Kế hoạch - Kinh tế",
          "Kế hoạch và Ngân sách", "Tăng cường, giảm nghèo"]


@pytest.mark.parametrize("name", FIELDS)
def test_a_field_opening_with_the_plan_word_stays_a_field(name):
    read = read_bytes((H + f"3,\"{name}\",5,1,3,1\n").encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 25, (name, read.values)


@pytest.mark.parametrize("label", ["Kế hoạch năm", "Kế hoạch", "Kế hoạch giao", "Kế hoạch năm 2030",
                                   "Kế hoạch được giao", "Kế hoạch (cả năm)", "Kế hoạch cả năm", "Tăng, giảm",
                                   "Tăng (+)/giảm (-)", "Tăng/giảm so với cùng kỳ", "Kế hoạch:"])
def test_guard_a_plan_or_change_row_is_still_no_field(label):
    read = read_bytes((H + f",\"{label}\",40,40,140,20\n").encode(), "bieu.csv")
    assert read.values == WANT, (label, read.values)


@pytest.mark.parametrize("label", ["Kế hoạch 2030", "Chỉ tiêu kế hoạch năm", "Chỉ tiêu giao", "KH năm", "KH năm 2030",
                                   "Dự ước cả năm", "Số ước thực hiện", "Thực hiện cùng kỳ", "Thực hiện năm trước",
                                   "Thực hiện quý trước", "Mục tiêu năm 2030", "Dự toán năm", "Chênh lệch"])
def test_a_plan_target_or_last_years_row_worded_otherwise_is_no_field(label):
    """36D's list missed these (and "Kế hoạch 2030" by 37D's first fix): 60 received online stored for 20, exit 0."""
    read = read_bytes((H + f",\"{label}\",40,40,140,20\n").encode(), "bieu.csv")
    assert read.values == WANT, (label, read.values)


@pytest.mark.parametrize("name", ["Khoa học và Công nghệ", "Thực hiện chính sách", "Chỉ tiêu 1 - Hộ tịch"])
def test_guard_fields_opening_alike_stay_fields(name):
    read = read_bytes((H + f"3,\"{name}\",5,1,3,1\n").encode(), "bieu.csv")
    assert read.values["dossiers.received_online"] == 25, (name, read.values)
