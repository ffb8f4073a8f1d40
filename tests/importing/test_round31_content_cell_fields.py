"""Round 31C F14: a table with no lead or time column of its own (or those cells left empty), each task's cell naming
its fields on lines under its words, as the prose plans do (30C F8): "Rà soát văn bản QPPL" / "- Chủ trì: Tư pháp" /
"- Thời gian: Quý II". The lines were kept in the task's words: no lead, no helpers, a deadline asked for that the
plan gives. They are the row's fields where its own cells name none."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text


def test_the_lines_under_the_words_are_the_rows_fields():
    r = parse_text('KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung nhiệm vụ\tGhi chú\n'
                   '1\t"Rà soát văn bản QPPL\n- Chủ trì: Tư pháp\n- Thời gian: Quý II"\t\n'
                   '2\t"Tuyên truyền pháp luật\nChủ trì: Văn hóa; phối hợp: Đoàn thanh niên\n'
                   'Thời gian hoàn thành: Quý III"\t\n'
                   '3\t"Thời gian giải quyết hồ sơ: rút ngắn 30%"\t\n', plan_year=2027)
    assert [(t.content, t.lead, t.coordinators, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", "Tư pháp", "", "Quý II", dt.date(2027, 6, 30)),
        ("Tuyên truyền pháp luật", "Văn hóa", "Đoàn thanh niên", "Quý III", dt.date(2027, 9, 30)),
        ("Thời gian giải quyết hồ sơ: rút ngắn 30%", "", "", "", None)]


def test_a_rows_own_cell_stays_and_the_line_with_it():
    r = parse_text('KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời hạn\n'
                   '1\t"Rà soát văn bản QPPL\nThời gian: Quý II"\tTư pháp\t\n'
                   '2\t"Tuyên truyền\nChủ trì: Văn hóa"\tVăn phòng\tQuý IV\n', plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", "Tư pháp", "Quý II"),
        ("Tuyên truyền\nChủ trì: Văn hóa", "Văn phòng", "Quý IV")]


def test_en_dash_bullets_in_the_content_and_the_lead_cells():
    r = parse_text('KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì, phối hợp\tThời hạn\n'
                   '1\t"Rà soát văn bản QPPL\n– Thời gian: Quý II"\t"– Chủ trì: Tư pháp\n– Phối hợp: Văn phòng"\t\n',
                   plan_year=2027)
    assert [(t.content, t.lead, t.coordinators, t.deadline_text) for t in r.tasks] == [
        ("Rà soát văn bản QPPL", "Tư pháp", "Văn phòng", "Quý II")]
