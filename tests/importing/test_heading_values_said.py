"""A numbered heading's own lead and deadline, when every task under it names its own, are said on its line (left by
rounds 26C–29C: kept nowhere, nothing said, though nothing the plan says may be dropped silently)."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_bytes

HEAD = "KẾ HOẠCH Cải cách hành chính năm 2027\nSTT\tNội dung\tChủ trì\tThời hạn\n"


def _read(rows: str):
    return parse_bytes((HEAD + rows).encode("utf-8"), "ke-hoach.txt", plan_year=2027)


def _said(r) -> list[str]:
    return [str(p.message) for p in r.problems if "Dòng nhóm" in str(p.message)]


def test_a_heading_whose_lead_and_deadline_no_task_takes_is_said_on_its_line():
    r = _read("1\tRà soát văn bản quy phạm pháp luật\tTư pháp\tQuý II/2027\n"
              "1.1\tRà soát nghị quyết\tVăn hóa\tTháng 3/2027\n"
              "1.2\tRà soát quyết định\tVăn phòng\tTháng 4/2027\n"
              "2\tTuyên truyền CCHC\tVăn hóa\tQuý III/2027\n")
    assert [(t.content, t.lead, t.due_date) for t in r.tasks] == [
        ("Rà soát nghị quyết", "Văn hóa", dt.date(2027, 3, 31)),
        ("Rà soát quyết định", "Văn phòng", dt.date(2027, 4, 30)),
        ("Tuyên truyền CCHC", "Văn hóa", dt.date(2027, 9, 30))]
    said = _said(r)
    assert len(said) == 1 and "Tư pháp" in said[0] and "Quý II/2027" in said[0], said
    assert [p.line for p in r.problems if "Dòng nhóm" in str(p.message)] == [3]


def test_a_heading_whose_values_a_task_takes_says_nothing():
    r = _read("1\tRà soát văn bản quy phạm pháp luật\tTư pháp\tQuý II/2027\n"
              "1.1\tRà soát nghị quyết\t\tTháng 3/2027\n"
              "1.2\tRà soát quyết định\tVăn phòng\t\n")
    assert [(t.lead, t.due_date) for t in r.tasks] == [("Tư pháp", dt.date(2027, 3, 31)),
                                                       ("Văn phòng", dt.date(2027, 6, 30))]
    assert _said(r) == []


def test_a_roman_areas_lead_taken_through_a_heading_inside_it_says_nothing():
    r = _read("I\tCẢI CÁCH THỂ CHẾ\tTư pháp\t\n"
              "1\tRà soát văn bản quy phạm pháp luật\t\t\n"
              "1.1\tRà soát nghị quyết\t\tTháng 3/2027\n"
              "1.2\tRà soát quyết định\t\tTháng 4/2027\n")
    assert [t.lead for t in r.tasks] == ["Tư pháp", "Tư pháp"]
    assert _said(r) == []
