"""Round 36C: a table's group row marked with a star ("* Nhiệm vụ thường xuyên") merged across the whole row, as Word
keeps a group row, comes with its words in the number cell. 35C's F15 read it only in the content column: merged, it
was split into the number "*" and a task "Nhiệm vụ thường xuyên" of its own, asking for a deadline; a second one
("* Nhiệm vụ trọng tâm") under a task took that task's lead and deadline, silently. It is the group of the tasks
under it, as in the content column."""

from __future__ import annotations

import docx

from parapp.core.importing.parse import parse_file, parse_text

HEAD = "STT\tNội dung\tChủ trì\tThời gian\n"
ROWS = [["STT", "Nội dung", "Chủ trì", "Thời gian"], ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
        ["* Nhiệm vụ thường xuyên"], ["1", "Rà soát TTHC thuộc thẩm quyền", "Văn phòng", "Quý II"],
        ["* Nhiệm vụ trọng tâm"], ["2", "Công khai TTHC tại Bộ phận một cửa", "Tư pháp", "Quý III"]]


def test_a_starred_group_row_merged_across_a_word_table_is_the_group_of_the_tasks_under_it(tmp_path):
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2026")
    table = d.add_table(rows=len(ROWS), cols=4)
    for i, row in enumerate(ROWS):
        if len(row) == 1:
            table.cell(i, 0).merge(table.cell(i, 3)).text = row[0]
            continue
        for j, v in enumerate(row):
            table.cell(i, j).text = v
    path = tmp_path / "kh.docx"
    d.save(path)
    r = parse_file(path, plan_year=2026)
    assert [(t.stt, t.content, t.group, t.lead, t.deadline_text) for t in r.tasks] == [
        ("1", "Rà soát TTHC thuộc thẩm quyền", "* Nhiệm vụ thường xuyên", "Văn phòng", "Quý II"),
        ("2", "Công khai TTHC tại Bộ phận một cửa", "* Nhiệm vụ trọng tâm", "Tư pháp", "Quý III")]


def test_the_same_in_a_pasted_table_with_the_words_in_the_number_column():
    text = (HEAD + "1\tRà soát TTHC\tVăn phòng\tQuý II\n* Nhiệm vụ thường xuyên\t\t\t\n"
            "2\tNiêm yết TTHC\tVăn phòng\tQuý I\n3\tSố hóa hồ sơ\tVăn phòng\tQuý III\n")
    r = parse_text(text, plan_year=2026)
    assert [(t.content, t.group) for t in r.tasks] == [
        ("Rà soát TTHC", ""), ("Niêm yết TTHC", "* Nhiệm vụ thường xuyên"), ("Số hóa hồ sơ", "* Nhiệm vụ thường xuyên")]


def test_a_starred_task_naming_its_lead_and_deadline_stays_a_task():
    text = HEAD + "1\tRà soát TTHC\tVăn phòng\tQuý II\n*\tThực hiện nhiệm vụ khác do huyện giao\tVăn phòng\tCả năm\n"
    r = parse_text(text, plan_year=2026)
    assert [t.content for t in r.tasks] == ["Rà soát TTHC", "Thực hiện nhiệm vụ khác do huyện giao"]
