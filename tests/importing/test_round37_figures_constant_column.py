"""Round 37D, `figures import`: 36D made any column with no figure before the figures name the rows with the name
column ("Diễn giải", "Loại hồ sơ"). A column before "Lĩnh vực" that says the same on every row ("Kỳ báo cáo" = "Quý
II/2030", "Nhóm", "Ký hiệu", and, already before, "Đơn vị" = "UBND xã", "Cấp giải quyết" = "Cấp xã") then opened every
row's name: "Quý II/2030 Tổng cộng" was one more field (40 stored for 20) and "Quý II/2030 Ước cả năm", "… Lũy kế từ
đầu năm" fields (60 for 20), exit 0, not a word. A column saying one thing on every row names none of them."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

COLUMNS = [("Kỳ báo cáo", "Quý II/2030"), ("Nhóm", "Nhóm 1"), ("Ký hiệu", "A"), ("Đơn vị", "UBND xã"),
           ("Cơ quan giải quyết", "UBND xã Tân Phú"), ("Cấp giải quyết", "Cấp xã")]


def _read(col, val, last):
    data = (f"STT,{col},Lĩnh vực,Tiếp nhận trực tuyến,Trước hạn,Đúng hạn,Quá hạn\n"
            f"1,{val},Hộ tịch,10,2,7,1\n2,{val},Chứng thực,10,2,7,1\n,{val},{last}\n").encode()
    return read_bytes(data, "bieu.csv")


@pytest.mark.parametrize("col,val", COLUMNS)
def test_the_total_row_is_read_as_the_total(col, val):
    read = _read(col, val, "Tổng cộng,20,4,14,2")
    assert read.values["dossiers.received_online"] == 20, read.values


@pytest.mark.parametrize("col,val", COLUMNS)
@pytest.mark.parametrize("row", ["Ước cả năm", "Lũy kế từ đầu năm"])
def test_an_estimate_or_cumulative_row_is_no_field(col, val, row):
    read = _read(col, val, f"{row},40,40,140,20")
    assert read.values["dossiers.received_online"] == 20, read.values


def test_guard_a_total_merged_into_the_stt_column_is_still_the_total():
    data = ("STT,Lĩnh vực,Tiếp nhận trực tuyến,Trước hạn,Đúng hạn,Quá hạn\n"
            "1,Hộ tịch,10,2,7,1\n2,Chứng thực,10,2,7,1\nTổng cộng,,20,4,14,2\n").encode()
    assert read_bytes(data, "bieu.csv").values["dossiers.received_online"] == 20


def test_guard_a_group_column_naming_some_rows_still_reads_its_fields():
    data = ("STT,Nhóm,Diễn giải,Tiếp nhận trực tuyến,Trước hạn,Đúng hạn,Quá hạn\n"
            "1,Tư pháp,Hộ tịch,10,2,7,1\n2,Tư pháp,Chứng thực,10,2,7,1\n3,Đất đai,Đất đai,5,1,3,1\n"
            ",Tổng cộng,,25,5,17,3\n").encode()
    assert read_bytes(data, "bieu.csv").values["dossiers.received_online"] == 25


@pytest.mark.parametrize("row", ["Lũy kế", "Ước cả năm", "Tỷ lệ (%)"])
def test_a_groups_row_of_another_time_under_a_group_column_is_no_field(row):
    """The group's name merged down over its cumulative row ("Tư pháp | Lũy kế"): one more field, 65 stored for 25."""
    data = ("STT,Nhóm,Lĩnh vực,Tiếp nhận trực tuyến,Trước hạn,Đúng hạn,Quá hạn\n"
            "1,Tư pháp,Hộ tịch,10,2,7,1\n2,Tư pháp,Chứng thực,10,2,7,1\n3,Đất đai,Đất đai,5,1,3,1\n"
            f",Tư pháp,{row},40,4,14,2\n").encode()
    assert read_bytes(data, "bieu.csv").values["dossiers.received_online"] == 25


def test_guard_a_group_named_kế_hoạch_keeps_its_fields():
    data = ("STT,Nhóm,Lĩnh vực,Tiếp nhận trực tuyến,Trước hạn,Đúng hạn,Quá hạn\n"
            "1,Tư pháp,Hộ tịch,10,2,7,1\n2,Kế hoạch,Đăng ký kinh doanh,10,2,7,1\n"
            "3,Kế hoạch,Đăng ký hộ kinh doanh,5,1,3,1\n").encode()
    assert read_bytes(data, "bieu.csv").values["dossiers.received_online"] == 25
