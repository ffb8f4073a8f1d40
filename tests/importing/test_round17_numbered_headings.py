"""Adversarial round 17B (issue 21), the importers: a numbered area heading that names its tasks' lead or deadline.

Round 16B made a Roman heading naming a lead ("I | CẢI CÁCH THỂ CHẾ | Tư pháp") an area whose tasks take its lead. In a
table numbered 1, 1.1, 1.2, 2, 2.1 the same heading numbered "1" was still stored as a task "CẢI CÁCH THỂ CHẾ" due
31/12/2026, and its tasks 1.1, 1.2 lost their area (and the lead and deadline they leave to it), exit 0, no word.
"""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes

ROWS = ["STT,Nội dung công việc,Chủ trì,Phối hợp,Thời gian hoàn thành",
        "1,CẢI CÁCH THỂ CHẾ,Tư pháp,,Năm 2026",
        "1.1,Rà soát văn bản QPPL,,,Quý II/2026",
        "1.2,Kiểm tra văn bản,Văn phòng,,",
        "2,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,,",
        "2.1,Công khai TTHC,Văn phòng,,Tháng 6/2026",
        "3,Tuyên truyền CCHC trên đài truyền thanh,Văn hóa,,Quý III/2026"]


def _read(rows: list[str]):
    return parse_bytes("\n".join(rows).encode(), "ke-hoach.csv", plan_year=2026)


def test_a_numbered_heading_naming_a_lead_is_an_area_its_tasks_take_the_lead_and_deadline_of():
    r = _read(ROWS)
    assert [(t.stt, t.group, t.area_code, t.lead, t.deadline_text) for t in r.tasks] == [
        ("1.1", "CẢI CÁCH THỂ CHẾ", "2", "Tư pháp", "Quý II/2026"),
        ("1.2", "CẢI CÁCH THỂ CHẾ", "2", "Văn phòng", "Năm 2026"),
        ("2.1", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "3", "Văn phòng", "Tháng 6/2026"),
        ("3", "", "", "Văn hóa", "Quý III/2026")]


def test_a_numbered_task_with_a_lead_and_nothing_numbered_under_it_stays_a_task():
    r = _read(ROWS[:1] + ["1,Rà soát văn bản QPPL,Tư pháp,,Quý II/2026", "-,Văn bản của HĐND xã,,,",
                          "2,Cải cách TTHC,,,", "2.1,Công khai TTHC,Văn phòng,,Tháng 6/2026"])
    assert [t.content for t in r.tasks][:1] == ["Rà soát văn bản QPPL"]
    assert r.tasks[1].lead == "Tư pháp"


# Round 17B: a table numbering only its areas ("1 | CẢI CÁCH THỂ CHẾ", its tasks unnumbered under it, each with a lead
# and a deadline) stored each area as a task with no deadline, and the tasks whose words name no area lost theirs.
AREAS_NUMBERED = ["STT,Nội dung công việc,Chủ trì,Phối hợp,Thời gian hoàn thành",
                  "1,CẢI CÁCH THỂ CHẾ,,,",
                  ",Rà soát văn bản QPPL,Tư pháp,,Quý II/2026",
                  ",Kiểm tra văn bản,Tư pháp,,Quý III/2026",
                  "2,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,,,",
                  ",Niêm yết công khai TTHC,Văn phòng,,Tháng 3/2026"]


def test_numbered_areas_over_unnumbered_tasks_are_areas():
    r = _read(AREAS_NUMBERED)
    assert [(t.content, t.group, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", "CẢI CÁCH THỂ CHẾ", "2"), ("Kiểm tra văn bản", "CẢI CÁCH THỂ CHẾ", "2"),
        ("Niêm yết công khai TTHC", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "3")]


def test_a_numbered_task_after_such_an_area_is_no_part_of_it():
    r = _read(AREAS_NUMBERED[:4] + ["2,Tuyên truyền CCHC trên loa,Văn hóa,,Quý III/2026"])
    assert [(t.content, t.group) for t in r.tasks][-1] == ("Tuyên truyền CCHC trên loa", "")


def test_a_numbered_task_written_in_lower_case_over_its_marked_items_stays_a_task():
    r = _read(["STT,Nội dung công việc,Chủ trì,Phối hợp,Thời gian hoàn thành", "1,Tuyên truyền CCHC,,,",
               "-,Trên loa truyền thanh,Văn hóa,,Quý II/2026", "2,Kiểm tra văn bản,Tư pháp,,Quý III/2026"])
    assert [t.content for t in r.tasks] == ["Tuyên truyền CCHC", "Trên loa truyền thanh", "Kiểm tra văn bản"]


# Round 17B: the closing block a plan ends with, a borderless table after the task table ("Nơi nhận: …" | "TM. ỦY BAN
# NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn A"), was imported and stored as a task "TM. ỦY BAN NHÂN DÂN…", exit 0.
def _plan_with_closing(annex: bool) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026")
    rows = [["STT", "Nội dung công việc", "Chủ trì", "Thời gian hoàn thành"],
            ["1", "Rà soát văn bản QPPL", "Tư pháp", "Quý II/2026"],
            ["2", "Niêm yết TTHC", "Văn phòng", "Tháng 3/2026"]]
    t = d.add_table(rows=3, cols=4)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    s = d.add_table(rows=2, cols=2)
    s.cell(0, 0).text = "Nơi nhận:\n- UBND huyện;\n- Lưu: VT."
    s.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    s.cell(1, 1).text = "Nguyễn Văn A"
    if annex:
        d.add_paragraph("Phụ lục II")
        a = d.add_table(rows=2, cols=5)
        for j, v in enumerate(["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"]):
            a.cell(0, j).text = v
        for j, v in enumerate(["1", "Số hóa hồ sơ TTHC", "Văn phòng", "Công an", "Quý III/2026"]):
            a.cell(1, j).text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_the_closing_block_after_the_table_is_no_task():
    r = parse_bytes(_plan_with_closing(False), "ke-hoach.docx", plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản QPPL", "Niêm yết TTHC"]


def test_a_table_under_its_own_header_after_the_closing_block_is_read():
    r = parse_bytes(_plan_with_closing(True), "ke-hoach.docx", plan_year=2026)
    assert [(t.content, t.coordinators) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", ""), ("Niêm yết TTHC", ""), ("Số hóa hồ sơ TTHC", "Công an")]


def test_a_closing_block_in_a_sheet_is_no_task():
    rows = ["STT,Nội dung công việc,Chủ trì,Thời gian hoàn thành", "1,Rà soát văn bản QPPL,Tư pháp,Quý II/2026",
            ",,,", ",Người lập biểu,,KT. CHỦ TỊCH", ",,,PHÓ CHỦ TỊCH", ",Trần Thị B,,Lê Văn C"]
    r = _read(rows)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản QPPL"]


# Round 17B: an area heading's budget ("I | CẢI CÁCH THỂ CHẾ | Tư pháp | Năm 2026 | 50 triệu") was copied onto each of
# its tasks with its lead and deadline: the area's 50 triệu became 50 triệu a task.
def test_an_area_headings_budget_is_said_not_copied_onto_its_tasks():
    r = _read(["STT,Nội dung công việc,Chủ trì,Phối hợp,Thời gian hoàn thành,Kinh phí",
               "I,CẢI CÁCH THỂ CHẾ,Tư pháp,,Năm 2026,50 triệu", "1,Rà soát văn bản QPPL,,,Quý II/2026,",
               "2,Kiểm tra văn bản,Văn phòng,,,10 triệu"])
    assert [(t.lead, t.budget) for t in r.tasks] == [("Tư pháp", ""), ("Văn phòng", "10 triệu")]
    assert any("50 triệu" in str(p.message) for p in r.problems)


def test_numbered_areas_naming_a_lead_over_unnumbered_tasks_are_areas():
    rows = [AREAS_NUMBERED[0], "1,CẢI CÁCH THỂ CHẾ,Tư pháp,,", ",Rà soát văn bản QPPL,,,Quý II/2026",
            "2,CẢI CÁCH THỦ TỤC HÀNH CHÍNH,Văn phòng,,", ",Niêm yết công khai TTHC,,,Tháng 3/2026"]
    r = _read(rows)
    assert [(t.content, t.group, t.lead) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", "CẢI CÁCH THỂ CHẾ", "Tư pháp"),
        ("Niêm yết công khai TTHC", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Văn phòng")]


def test_an_annex_under_the_same_header_or_a_long_one_after_the_closing_block_is_read():
    head = "STT,Nội dung công việc,Chủ trì,Thời gian hoàn thành"
    long_head = "STT,Nội dung công việc cần thực hiện trong năm 2026 (ghi cụ thể),Chủ trì,Thời gian hoàn thành"
    for annex in (head, long_head):
        r = _read([head, "1,Rà soát văn bản QPPL,Tư pháp,Quý II/2026", ",Nơi nhận:,,TM. ỦY BAN NHÂN DÂN",
                   ",- Lưu: VT.,,Nguyễn Văn A", "PHỤ LỤC,,,", annex, "1,Số hóa hồ sơ TTHC,Văn phòng,Quý III/2026"])
        assert [t.content for t in r.tasks] == ["Rà soát văn bản QPPL", "Số hóa hồ sơ TTHC"], annex


def test_a_task_in_capitals_naming_a_lead_goes_on_in_the_row_under_it():
    r = _read([AREAS_NUMBERED[0], "1,RÀ SOÁT VĂN BẢN QPPL,Tư pháp,,Quý II/2026", ",DO HĐND XÃ BAN HÀNH,,,",
               "2,KIỂM TRA VĂN BẢN,Văn phòng,,Quý III/2026"])
    assert [t.content for t in r.tasks] == ["RÀ SOÁT VĂN BẢN QPPL DO HĐND XÃ BAN HÀNH", "KIỂM TRA VĂN BẢN"]
