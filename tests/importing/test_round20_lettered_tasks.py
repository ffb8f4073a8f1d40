"""Adversarial round 20B (issue 21), the plan import: tasks lettered A, B, C under a Roman area (round 19B, cb6ba8c).

"I | CẢI CÁCH THỂ CHẾ" over "A | Rà soát văn bản", "B | Tuyên truyền", "C | Kiểm tra", then "II | …": A and B were
kept as tasks (a lettered row follows each), but "C", the last, followed by the next Roman area, was read as an area
with no task and lost, exit 0, no word said. A lettered row right after a lettered task is its sibling, a task too.
"""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_bytes

HEAD = "STT,Nội dung công việc,Chủ trì,Thời gian hoàn thành"


def _read(rows: list[str]):
    return parse_bytes("\n".join(rows).encode(), "ke-hoach.csv", plan_year=2026)


@pytest.mark.parametrize("after", ["II,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,", "\"II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\",,,",
                                   "1,Rà soát thủ tục hành chính,Văn phòng,Quý II/2026"])
def test_the_last_of_tasks_lettered_a_b_c_is_a_task(after):
    r = _read([HEAD, "I,CẢI CÁCH THỂ CHẾ,,", "A,Rà soát văn bản quy phạm pháp luật,,",
               "B,Tuyên truyền phổ biến pháp luật,,", "C,Kiểm tra việc thi hành pháp luật,,", after,
               "2,Số hóa hồ sơ,Văn phòng,Quý IV/2026"])
    assert [t.content for t in r.tasks][:3] == [
        "Rà soát văn bản quy phạm pháp luật", "Tuyên truyền phổ biến pháp luật", "Kiểm tra việc thi hành pháp luật"]
    assert {t.area_code for t in r.tasks[:3]} == {"2"}


def test_areas_lettered_in_ordinary_case_over_tasks_stay_areas():
    r = _read([HEAD, "A,Cải cách thể chế,,", "1,Rà soát văn bản,Tư pháp,Quý II/2026",
               "B,Cải cách thủ tục hành chính,,", "1,Niêm yết công khai,Văn phòng,Quý I/2026"])
    assert [(t.content, t.area_code) for t in r.tasks] == [("Rà soát văn bản", "2"), ("Niêm yết công khai", "3")]


# The Roman area "I" in ordinary case over tasks lettered A, B ("I | Cải cách thể chế", "A | Rà soát văn bản | Tư pháp
# | Quý II/2026"): "I" is a letter too, and with a lettered row under it, it was read as one of the lettered tasks: the
# area stored as a task with no deadline, its tasks with no area, exit 0.
@pytest.mark.parametrize("first", ["I", "V", "X"])
def test_a_roman_area_over_tasks_lettered_a_b_is_an_area(first):
    r = _read([HEAD, f"{first},Cải cách thể chế,,", "A,Rà soát văn bản,Tư pháp,Quý II/2026",
               "B,Tuyên truyền pháp luật,Tư pháp,Quý III/2026", "XI,Cải cách thủ tục hành chính,,",
               "A,Niêm yết thủ tục hành chính,,", "B,Số hóa kết quả giải quyết,,"])
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản", "2"), ("Tuyên truyền pháp luật", "2"), ("Niêm yết thủ tục hành chính", "3"),
        ("Số hóa kết quả giải quyết", "3")]


def test_tasks_lettered_in_vietnamese_order_are_all_tasks():
    r = _read([HEAD, "I,CẢI CÁCH THỂ CHẾ,,", "C,Rà soát văn bản,,", "D,Tuyên truyền pháp luật,,",
               "Đ,Kiểm tra thi hành,,", "E,Theo dõi thi hành pháp luật,,", "II,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,",
               "1,Niêm yết TTHC,Văn phòng,Quý I/2026"])
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Tuyên truyền pháp luật", "Kiểm tra thi hành",
                                            "Theo dõi thi hành pháp luật", "Niêm yết TTHC"]


def test_a_lettered_area_over_tasks_after_an_empty_one_stays_an_area():
    r = _read([HEAD, "A,Cải cách thể chế,,", "B,Cải cách thủ tục hành chính,,", "1,Niêm yết TTHC,Văn phòng,Quý I/2026"])
    assert [(t.content, t.area_code) for t in r.tasks][-1] == ("Niêm yết TTHC", "3")
