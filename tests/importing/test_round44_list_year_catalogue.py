"""Round 44C F2: the import window, a prose plan of 2020 read (its areas in the 2016-2020 catalogue: "Thực hiện cơ chế
một cửa, một cửa liên thông" is area 8), then the year set to 2021 (or a 2021 plan chosen in "Nhập vào"): the tasks kept
the old catalogue's codes and names, the preview showing "Thực hiện cơ chế một cửa …" with no problem, and the import
stored them by code in the 2021-2030 catalogue, which has no area 8: stored with no area, without a word (43C F2 keeps
a list's rows across a change of year; a table's are read again). A list's areas are now found again by name in the
new year's catalogue (one-stop work is "Cải cách thủ tục hành chính" there); one it has not is asked for."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text, remap

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2020
1. Thực hiện cơ chế một cửa, một cửa liên thông
- Niêm yết thủ tục hành chính tại bộ phận một cửa. Thời gian: Quý I
2. Hiện đại hóa hành chính
- Áp dụng hệ thống quản lý chất lượng ISO. Thời gian: Quý II
"""


def _areas(result) -> list[tuple[str, str]]:
    return [(t.area_code, t.area_name) for t in result.tasks]


def test_a_list_s_areas_follow_the_year_s_catalogue():
    read = parse_text(PLAN, plan_year=2020)
    assert read.kind == "list" and _areas(read)[0] == ("8", "Thực hiện cơ chế một cửa, một cửa liên thông")
    now = remap(read, read.columns, 2021)
    assert now.catalogue == "2021-2030"
    assert _areas(now) == [("3", "Cải cách thủ tục hành chính (TTHC)"),
                           ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số")]
    assert not [p for t in now.tasks for p in t.problems]
    back = remap(now, now.columns, 2020)  # and back: the 2016-2020 areas again
    assert _areas(back) == [("3", "Cải cách thủ tục hành chính"), ("7", "Hiện đại hóa hành chính")]


def test_an_area_the_new_catalogue_has_not_is_asked_for():
    read = parse_text(PLAN.replace("2020", "2021").replace("2. Hiện đại hóa hành chính", "2. Cải cách chế độ công vụ"),
                      plan_year=2021)
    assert _areas(read)[1] == ("5", "Cải cách chế độ công vụ")
    old = remap(read, read.columns, 2020)
    assert old.tasks[1].area_code == "" and "lĩnh vực" in " ".join(map(str, old.tasks[1].problems))
    assert remap(old, old.columns, 2022).tasks[1].area_code == "5"  # found again from its heading
