"""Adversarial round 19B (issue 21), the plan import: areas lettered "A", "B", "C", "D" as others number them "I", "II".

Round 18B read figures groups lettered "A", "B" as "I", "II"; a plan so lettered had "A | CẢI CÁCH THỂ CHẾ" and "B |
…" stored as tasks with no deadline, its tasks with no area, while "C" was taken for the Roman hundred: an area, so
"D | CHUYỂN ĐỔI SỐ" and its task "Số hóa hồ sơ" were stored under "CẢI CÁCH TÀI CHÍNH CÔNG" (area 6), exit 0.
"""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_bytes

HEAD = "STT,Nội dung công việc,Chủ trì,Thời gian hoàn thành"


def _read(rows: list[str]):
    return parse_bytes("\n".join(rows).encode(), "ke-hoach.csv", plan_year=2026)


@pytest.mark.parametrize("marks", [("A", "B", "C", "D"), ("A.", "B.", "C.", "D.")])
def test_areas_lettered_like_roman_numbers_are_areas(marks):
    r = _read([HEAD, f"{marks[0]},CẢI CÁCH THỂ CHẾ,,", "1,Rà soát văn bản,Tư pháp,Quý II/2026",
               f"{marks[1]},CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,", "1,Niêm yết công khai,Văn phòng,Quý I/2026",
               f"{marks[2]},CẢI CÁCH TÀI CHÍNH CÔNG,,", "1,Công khai ngân sách,Kế toán,Quý I/2026",
               f"{marks[3]},CHUYỂN ĐỔI SỐ,,", "1,Số hóa hồ sơ,Văn hóa,Quý IV/2026"])
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản", "2"), ("Niêm yết công khai", "3"), ("Công khai ngân sách", "6"), ("Số hóa hồ sơ", "7")]


@pytest.mark.parametrize("where", ["stt", "content"])
def test_a_lettered_area_written_in_one_cell_is_an_area(where):
    def head(text: str) -> str:
        return f"{text},,," if where == "stt" else f",{text},,"

    r = _read([HEAD, head("A. CẢI CÁCH THỂ CHẾ"), "1,Rà soát văn bản,Tư pháp,Quý II/2026",
               head("B. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), "2,Niêm yết công khai,Văn phòng,Quý I/2026"])
    assert [(t.content, t.area_code) for t in r.tasks] == [("Rà soát văn bản", "2"), ("Niêm yết công khai", "3")]


def test_tasks_lettered_in_a_table_with_no_numbers_stay_tasks():
    r = _read([HEAD, "A,Rà soát văn bản,Tư pháp,Quý II/2026", "B,Niêm yết công khai,Văn phòng,Quý I/2026",
               "C,Công khai ngân sách,Kế toán,Quý I/2026"])
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Niêm yết công khai", "Công khai ngân sách"]


def test_a_lettered_task_with_items_under_it_gives_them_its_deadline():
    r = _read([HEAD, "A,Rà soát văn bản,Tư pháp,Quý II/2026", ",- Văn bản của HĐND xã,,",
               "B,Niêm yết công khai,Văn phòng,Quý I/2026"])
    assert [(t.content, t.deadline_text) for t in r.tasks] == [
        ("Rà soát văn bản", "Quý II/2026"), ("Văn bản của HĐND xã", "Quý II/2026"),
        ("Niêm yết công khai", "Quý I/2026")]


def test_a_lettered_area_in_ordinary_case_in_the_content_column_is_an_area():
    r = _read([HEAD, ",A. Công tác chỉ đạo điều hành,,", "1,Ban hành kế hoạch CCHC,Văn phòng,Tháng 1/2026",
               ",B. Cải cách thể chế,,", "2,Rà soát văn bản,Tư pháp,Quý II/2026"])
    assert [(t.content, t.area_code) for t in r.tasks] == [("Ban hành kế hoạch CCHC", "1"), ("Rà soát văn bản", "2")]


def test_tasks_lettered_with_no_lead_or_deadline_are_tasks():
    r = parse_bytes("STT,Nội dung công việc,Ghi chú\nA,Rà soát văn bản QPPL,\nB,Niêm yết công khai TTHC,\n"
                    "C,Số hóa hồ sơ,\n".encode(), "ke-hoach.csv", plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản QPPL", "Niêm yết công khai TTHC", "Số hóa hồ sơ"]
