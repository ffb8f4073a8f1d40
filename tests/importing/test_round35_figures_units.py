"""Round 35D, `figures import`: a column's unit written into its title with its label, "(ĐVT: hồ sơ)", "(Đơn vị
tính: hồ sơ)", as many provinces' forms print it.

The colon inside the brackets split the title in two ("Trước hạn (ĐVT" and "hồ sơ)"), so the column was not understood
and left out; "Trước hạn" gone, the import then said the table kept no early dossiers and stored 0 for them over the
figure stored before, exit 0. The unit is no part of what a column holds."""

from __future__ import annotations

import pytest

from parapp.core.figures_header import column_meaning
from parapp.core.figures_import import read_bytes


@pytest.mark.parametrize("unit", ["(ĐVT: hồ sơ)", "(Đơn vị tính: hồ sơ)", "(đơn vị: Hồ sơ)", "(ĐVT: HS)",
                                  "(Đvt: bộ hồ sơ)", "[ĐVT: hồ sơ]", "- ĐVT: hồ sơ", "(ĐVT : hồ sơ)"])
def test_a_unit_with_its_label_is_no_part_of_the_title(unit):
    assert column_meaning([f"Trước hạn {unit}"]) == "early"
    assert column_meaning(["Số hồ sơ đã giải quyết", f"Quá hạn {unit}"]) == "late"
    assert column_meaning([f"Tiếp nhận trực tuyến {unit}"]) == "online"


def test_a_table_whose_titles_carry_their_unit_is_read_whole():
    text = ("STT,Lĩnh vực,Tiếp nhận trực tuyến (ĐVT: hồ sơ),Trước hạn (ĐVT: hồ sơ),Đúng hạn (ĐVT: hồ sơ),"
            "Quá hạn (ĐVT: hồ sơ),Tỷ lệ đúng hạn (ĐVT: %)\n1,Hộ tịch,10,3,5,2,80\n2,Chứng thực,5,1,4,0,100\n")
    read = read_bytes(text.encode(), "bieu.csv")
    assert read.values == {"dossiers.received_online": 15, "dossiers.resolved_early": 4,
                           "dossiers.resolved_on_time": 9, "dossiers.resolved_late": 2}, read.values
    assert not read.not_understood


@pytest.mark.parametrize("title", ["Trước hạn (hồ sơ)", "Trước hạn (4)", "Số hồ sơ đã giải quyết - Trước hạn",
                                   "Đã giải quyết: Trước hạn", "Số hồ sơ đã giải quyết của đơn vị: Trước hạn"])
def test_titles_without_a_unit_label_read_as_before(title):
    """Guard."""
    assert column_meaning([title]) == "early"
