"""Round 36D, `figures import`: the column naming the rows titled otherwise than the words the importer knows ("Diễn
giải", "Loại hồ sơ", "Nhóm thủ tục", "Danh mục", "Kỳ", "Bộ phận"), beside a "STT" column. The rows were then known by
their STT cell alone: "Tổng cộng" was no total but one more field, every figure stored twice (30 received online for
15), exit 0, "đã cộng 3 dòng lĩnh vực"; a row "Lũy kế 6 tháng" (35D) was a field too. A column with no figure before
the figures names the rows, whatever its title."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

WANT = {"dossiers.received_online": 15, "dossiers.resolved_on_time": 13, "dossiers.resolved_late": 2,
        "dossiers.resolved_early": 0}


@pytest.mark.parametrize("title", ["Diễn giải", "Loại hồ sơ", "Nhóm thủ tục", "Danh mục", "Kỳ", "Bộ phận",
                                   "Thời gian"])
@pytest.mark.parametrize("last", ["Tổng cộng", "Lũy kế 6 tháng", "Tỷ lệ (%)"])
def test_a_name_column_titled_otherwise_names_the_rows(title, last):
    data = (f"STT,{title},Tiếp nhận trực tuyến,Đúng hạn,Quá hạn\n1,Hộ tịch,10,8,2\n2,Chứng thực,5,5,0\n"
            f",{last},15,13,2\n").encode()
    assert read_bytes(data, "bieu.csv").values == WANT


def test_guard_a_name_column_titled_as_known_reads_as_before():
    data = ("STT,Lĩnh vực,Tiếp nhận trực tuyến,Đúng hạn,Quá hạn\n1,Hộ tịch,10,8,2\n2,Chứng thực,5,5,0\n"
            ",Tổng cộng,15,13,2\n")
    assert read_bytes(data.encode(), "bieu.csv").values == WANT
