"""Round 29C: area headings and lettered tasks that round 28C's marks ("II/", "II -", "Phần II") still mis-read.

F3: "Phần I. CẢI CÁCH THỂ CHẾ", "Mục II: CẢI CÁCH THỦ TỤC HÀNH CHÍNH" written in one cell merged across the row were
refused ("Dòng không có nội dung nhiệm vụ") and the tasks under them had no area (or the area above); round 28C read
"Phần II" in a cell of its own and "II/ …" merged.
F4: an area numbered "II)" in the number column became a task asking a deadline, its tasks kept the area above.
F5: tasks lettered "A", "B", "C", "D" naming their lead and deadline under a Roman area: "C" (and "C/", "C -", which
round 28C turns into "C") was read as the Roman area one hundred, a task and an area at once; "C", "D", "E" lost
their area and stood in the group "Việc C"."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

H = "KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"


@pytest.mark.parametrize(("first", "second"), [("Phần I. ", "Phần II - "), ("Mục I. ", "Mục II: "),
                                               ("PHẦN I/ ", "PHẦN II. "), ("Mục I - ", "Mục II/ ")])
def test_a_part_heading_in_one_merged_cell(first, second):
    r = parse_text(H + f"{first}CẢI CÁCH THỂ CHẾ\t\t\t\n1\tRà soát văn bản\tVăn phòng\tQuý I\n"
                       f"{second}CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\n1\tNiêm yết công khai\tVăn phòng\tQuý III\n",
                   plan_year=2027)
    assert not r.problems
    assert [(t.content, t.group) for t in r.tasks] == [("Rà soát văn bản", "CẢI CÁCH THỂ CHẾ"),
                                                       ("Niêm yết công khai", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")]
    assert r.tasks[0].area_code != r.tasks[1].area_code and all(t.area_code for t in r.tasks)


@pytest.mark.parametrize("mark", ["II)", "II )"])
def test_an_area_numbered_with_a_bracket(mark):
    r = parse_text(H + "I)\tCẢI CÁCH THỂ CHẾ\t\t\n1\tRà soát văn bản\tVăn phòng\tQuý I\n"
                       f"{mark}\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n1\tNiêm yết công khai\tVăn phòng\tQuý III\n",
                   plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản", "Niêm yết công khai"]
    assert r.tasks[1].group == "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" and r.tasks[0].area_code != r.tasks[1].area_code


@pytest.mark.parametrize("mark", ["", ".", "/", " -"])
def test_tasks_lettered_past_c_keep_their_area(mark):
    r = parse_text(H + "I\tCẢI CÁCH THỂ CHẾ\t\t\n1\tRà soát\tVăn phòng\tQuý I\nII\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n"
                   + "".join(f"{x}{mark}\tViệc {x}\tVăn phòng\tQuý I\n" for x in "ABCDE"), plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát"] + [f"Việc {x}" for x in "ABCDE"]
    assert {t.group for t in r.tasks[1:]} == {"CẢI CÁCH THỦ TỤC HÀNH CHÍNH"}
    assert len({t.area_code for t in r.tasks[1:]}) == 1 and r.tasks[1].area_code != r.tasks[0].area_code


def test_areas_lettered_a_b_c_stay_areas():
    r = parse_text(H + "A\tCẢI CÁCH THỂ CHẾ\t\t\n1\tRà soát\tVăn phòng\tQuý I\nB\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n"
                   "1\tNiêm yết\tVăn phòng\tQuý II\nC\tCẢI CÁCH TÀI CHÍNH CÔNG\tKế toán\t\n1\tCông khai ngân sách\t\t"
                   "Quý III\n", plan_year=2027)
    assert [(t.content, t.group) for t in r.tasks] == [
        ("Rà soát", "CẢI CÁCH THỂ CHẾ"), ("Niêm yết", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        ("Công khai ngân sách", "CẢI CÁCH TÀI CHÍNH CÔNG")]
    assert r.tasks[2].lead == "Kế toán"


@pytest.mark.parametrize("mark", ["/", " -"])
def test_tasks_lettered_in_capitals_keep_the_area_above(mark):
    r = parse_text(H + f"I\tCẢI CÁCH THỂ CHẾ\t\t\nA{mark}\tRÀ SOÁT VĂN BẢN\tVăn phòng\tQuý I\n"
                       f"B{mark}\tTUYÊN TRUYỀN PHÁP LUẬT\tVăn hóa\tQuý II\n", plan_year=2027)
    assert [(t.content, t.group) for t in r.tasks] == [("RÀ SOÁT VĂN BẢN", "CẢI CÁCH THỂ CHẾ"),
                                                       ("TUYÊN TRUYỀN PHÁP LUẬT", "CẢI CÁCH THỂ CHẾ")]
