"""Adversarial round 18B (issue 21), the plan import: round 17B's numbered areas in capitals, on ordinary plans.

Round 17B (0d7b25d) made "1 | CẢI CÁCH THỂ CHẾ | Tư pháp" in capitals over unnumbered tasks an area. In a table that
numbers its tasks (1, 2, 3), a task written in capitals naming its lead and deadline ("2 | UBND XÃ TỔ CHỨC HỘI NGHỊ |
Văn phòng | Quý I/2026") with an unnumbered row of its own under it was taken for such an area: the task, its lead and
its deadline were lost, exit 0, no word.
"""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_bytes

HEAD = "STT,Nội dung công việc,Chủ trì,Thời gian hoàn thành"


def _read(rows: list[str]):
    return parse_bytes("\n".join(rows).encode(), "ke-hoach.csv", plan_year=2026)


@pytest.mark.parametrize("task", ["2,UBND XÃ TỔ CHỨC HỘI NGHỊ,Văn phòng,Quý I/2026", "2,KIỂM TRA CCHC,,Quý I/2026"])
def test_a_task_in_capitals_naming_its_deadline_in_a_table_numbering_tasks_stays_a_task(task):
    r = _read([HEAD, "1,Ban hành kế hoạch CCHC năm 2026,Văn phòng,Tháng 1/2026", task,
               ",Chuẩn bị tài liệu hội nghị,Văn hóa,Quý I/2026", "3,Rà soát TTHC,Văn phòng,Quý III/2026"])
    assert [t.stt for t in r.tasks] == ["1", "2", "", "3"]
    assert r.tasks[1].content == task.split(",")[1]
    assert r.tasks[1].deadline_text == "Quý I/2026"
    assert r.tasks[1].due_date.isoformat() == "2026-03-31"


def test_areas_in_capitals_naming_a_lead_and_a_deadline_in_a_table_numbering_only_them_are_areas():
    r = _read([HEAD, "1,CẢI CÁCH THỂ CHẾ,Tư pháp,Năm 2026", ",Rà soát văn bản QPPL,,Quý II/2026",
               "2,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,Văn phòng,Năm 2026", ",Niêm yết công khai TTHC,,Tháng 3/2026"])
    assert [(t.content, t.group, t.lead) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", "CẢI CÁCH THỂ CHẾ", "Tư pháp"),
        ("Niêm yết công khai TTHC", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Văn phòng")]


# Round 17B (f82ddf5) ended the table at a row opening "Nơi nhận:" or "TM. …": a numbered task so written ended it too,
# and it and every task after it were left out, exit 0, no word.
@pytest.mark.parametrize("task", ["2,TM. UBND xã ký số 100% văn bản điện tử,Văn phòng,Quý III/2026",
                                  "2,Nơi nhận: bộ phận một cửa tiếp nhận hồ sơ trực tuyến,Văn phòng,Quý III/2026"])
def test_a_numbered_task_opening_like_the_closing_block_is_read_with_those_after_it(task):
    r = _read([HEAD, "1,Rà soát văn bản QPPL,Tư pháp,Quý II/2026", task, "3,Kiểm tra công vụ,Văn phòng,Quý IV/2026",
               ",Nơi nhận:,,TM. ỦY BAN NHÂN DÂN", ",- Lưu: VT.,,Nguyễn Văn A"])
    assert [t.stt for t in r.tasks] == ["1", "2", "3"]


# A plan of three levels: a Roman area, a numbered heading inside it, its tasks under that ("I | CẢI CÁCH THỂ CHẾ",
# "1 | Rà soát văn bản", "1.1 | Văn bản của HĐND xã"). The heading names no area, so its tasks, whose words name none
# either, were stored with no area at all, exit 0 (the report by area left them out).
@pytest.mark.parametrize("rows", [
    ["I,CẢI CÁCH THỂ CHẾ,,", "1,Rà soát văn bản,,", "1.1,Văn bản của HĐND xã,Tư pháp,Quý II/2026",
     "1.2,Văn bản của UBND xã,Tư pháp,Quý III/2026", "II,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,", "2,Niêm yết,,",
     "2.1,Niêm yết tại trụ sở,Văn phòng,Quý I/2026"],
    ["I,CẢI CÁCH THỂ CHẾ,,", "1,RÀ SOÁT VĂN BẢN,Tư pháp,", ",Văn bản của HĐND xã,Tư pháp,Quý II/2026",
     ",Văn bản của UBND xã,Tư pháp,Quý III/2026", "II,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,", "2,NIÊM YẾT,,",
     "-,Niêm yết tại trụ sở,Văn phòng,Quý I/2026"]])
def test_the_tasks_under_a_heading_inside_a_roman_area_are_of_that_area(rows):
    r = _read([HEAD, *rows])
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Văn bản của HĐND xã", "2"), ("Văn bản của UBND xã", "2"), ("Niêm yết tại trụ sở", "3")]


def test_what_a_roman_area_names_reaches_the_tasks_under_a_heading_inside_it():
    r = _read([HEAD, "I,CẢI CÁCH THỂ CHẾ,Tư pháp,Năm 2026", "1,Rà soát văn bản,,",
               "1.1,Văn bản của HĐND xã,,Quý II/2026", "1.2,Văn bản của UBND xã,Văn phòng,"])
    assert [(t.lead, t.deadline_text) for t in r.tasks] == [("Tư pháp", "Quý II/2026"), ("Văn phòng", "Năm 2026")]


# Round 17B read "1 | CẢI CÁCH THỂ CHẾ" in capitals over unnumbered tasks as an area; written in one cell, across the
# row (a merged cell) or in the content column, it was still a row with no content (its tasks lost their area), a
# task "1. CẢI CÁCH THỂ CHẾ", or glued onto the task above it ("Rà soát văn bản QPPL 2. CẢI CÁCH THỦ TỤC…"), exit 0.
@pytest.mark.parametrize("at", [0, 1])
def test_a_numbered_area_in_capitals_written_in_one_cell_is_an_area(at):
    def area(text: str) -> str:
        return ",".join(text if i == at else "" for i in range(4))

    r = _read([HEAD, area("1. CẢI CÁCH THỂ CHẾ"), ",Rà soát văn bản QPPL,Tư pháp,Quý II/2026",
               area("2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), ",Niêm yết công khai,Văn phòng,Tháng 3/2026"])
    assert [(t.content, t.group, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", "CẢI CÁCH THỂ CHẾ", "2"), ("Niêm yết công khai", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "3")]


# The same areas written in ordinary case, under the very name the catalogue gives them: "2. Cải cách thủ tục hành
# chính" in the content column was glued onto the task above it, and the tasks after it kept the area before.
@pytest.mark.parametrize("at", [0, 1])
def test_a_numbered_area_under_its_own_name_written_in_one_cell_is_an_area(at):
    def area(text: str) -> str:
        return ",".join(text if i == at else "" for i in range(4))

    r = _read([HEAD, area("1. Cải cách thể chế"), ",Rà soát văn bản QPPL,Tư pháp,Quý II/2026",
               area("2. Cải cách thủ tục hành chính"), ",Niêm yết công khai,Văn phòng,Tháng 3/2026"])
    assert [(t.content, t.area_code) for t in r.tasks] == [("Rà soát văn bản QPPL", "2"), ("Niêm yết công khai", "3")]
