"""Round 29C F12: a heading in capitals naming no area right under the area's own heading, or first in the table
("I | CẢI CÁCH THỂ CHẾ", then "TUYÊN TRUYỀN" over tasks 1, 2), became a task "TUYÊN TRUYỀN" asking a deadline, and
the tasks under it were not its group; rounds 27C/28C read such a heading only below a task."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

H = "KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"


@pytest.mark.parametrize("area", ["I\tCẢI CÁCH THỂ CHẾ\t\t\n", ""])
def test_the_first_heading_under_an_area(area):
    r = parse_text(H + area + "\tTUYÊN TRUYỀN\t\t\n1\tTuyên truyền pháp luật\tVăn hóa\tQuý II\n"
                   "\tTHEO DÕI THI HÀNH PHÁP LUẬT\t\t\n2\tKiểm tra thi hành\tTư pháp\tQuý III\n", plan_year=2027)
    assert [(t.content, t.group) for t in r.tasks] == [("Tuyên truyền pháp luật", "TUYÊN TRUYỀN"),
                                                       ("Kiểm tra thi hành", "THEO DÕI THI HÀNH PHÁP LUẬT")]
    assert not r.tasks[0].problems or area == ""
    assert r.tasks[0].area_code == r.tasks[1].area_code


def test_a_task_in_capitals_naming_its_lead_stays_a_task():
    r = parse_text(H + "I\tCẢI CÁCH THỂ CHẾ\t\t\n\tTỔ CHỨC HỘI NGHỊ\tVăn phòng\tQuý I\n"
                   "1\tTuyên truyền pháp luật\tVăn hóa\tQuý II\n", plan_year=2027)
    assert [t.content for t in r.tasks] == ["TỔ CHỨC HỘI NGHỊ", "Tuyên truyền pháp luật"]
