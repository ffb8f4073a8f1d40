"""Round 39D F5, `figures import` of a table writing each count with its share, as Word reports do ("17 (85%)", "3
(chiếm 15%)"): "không phải số: tính là 0", 0 dossiers on time and 0 late stored where the total row held 17
and 3, exit 0. The count before its share is read, and said (other words stay no number: round 30D)."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

H = "STT,Lĩnh vực,Tiếp nhận,Đúng hạn,Quá hạn"


@pytest.mark.parametrize(("on_time", "late"), [
    ("17 (85%)", "3 (15%)"), ("17 (chiếm 85%)", "3 (chiếm 15 %)"), ("17 (85,0%)", "3 (15,0%)"),
    ("17 (tỷ lệ 85%)", "3 (tỷ lệ 15%)"),
])
def test_the_count_before_its_share(on_time, late):
    text = "\n".join(["Báo cáo quý II năm 2030", H, "1,Hộ tịch,12,10,2", "2,Đất đai,8,7,1",
                      f',Tổng cộng,20,"{on_time}","{late}"'])
    read = read_bytes(text.encode(), "bieu.csv")
    assert (read.values["dossiers.resolved_on_time"], read.values["dossiers.resolved_late"]) == (17, 3), read.notes
    assert any("17" in str(n) and on_time in str(n) for n in read.notes), read.notes


@pytest.mark.parametrize("cell", ["85% (17)", "x", "17 (2029: 15)"])
def test_guard_what_is_no_count_with_its_share_stays_unread(cell):
    text = "\n".join(["Báo cáo quý II năm 2030", H, "1,Hộ tịch,12,10,2", "2,Đất đai,8,7,1",
                      f',Tổng cộng,20,"{cell}",3'])
    read = read_bytes(text.encode(), "bieu.csv")
    assert read.values["dossiers.resolved_on_time"] != 17, read.values
