"""Round 32C F4-F6: prose field lines that were no field lines, each stored as a task of its own (the lines under it
given to that false task, the task above left without its field and its deadline):
F4 a helpers' list naming a group's members after a colon ("+ Phối hợp: Văn phòng; các đoàn thể: Hội Phụ nữ, Đoàn
thanh niên"); F5 a label carrying Word's raised footnote mark ("+ Chủ trì¹: …", "+ Thời gian²: …"); F6 a note's line
("+ Ghi chú: …")."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027\n\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"


def _tasks(body: str):
    r = parse_text(HEAD + body, plan_year=2027)
    return [(t.content, t.lead, t.coordinators, t.deadline_text, t.due_date, t.note) for t in r.tasks]


def test_a_groups_members_after_a_colon_are_helpers():
    assert _tasks("- Rà soát văn bản.\n+ Chủ trì: Tư pháp.\n"
                  "+ Phối hợp: Văn phòng; các đoàn thể: Hội Phụ nữ, Đoàn thanh niên.\n+ Thời gian: Quý II.\n"
                  "- Tuyên truyền.\n+ Chủ trì: Văn hóa; Thời gian giải quyết: 5 ngày.\n") == [
        ("Rà soát văn bản.", "Tư pháp", "Văn phòng; các đoàn thể: Hội Phụ nữ, Đoàn thanh niên", "Quý II",
         dt.date(2027, 6, 30), ""),
        # a label naming time does not go on the lead; round 33C: the part goes in the note, the line no task
        ("Tuyên truyền.", "Văn hóa", "", "", None, "Thời gian giải quyết: 5 ngày")]


def test_a_labels_raised_mark():
    assert _tasks("- Tuyên truyền pháp luật.\n+ Chủ trì¹: Văn hóa - Xã hội.\n+ Thời gian²: Quý III.\n") == [
        ("Tuyên truyền pháp luật.", "Văn hóa - Xã hội", "", "Quý III", dt.date(2027, 9, 30), "")]


def test_a_note_line():
    assert _tasks("- Cập nhật thủ tục.\n+ Chủ trì: Tư pháp\n+ Ghi chú: làm theo hướng dẫn của huyện.\n"
                  "+ Thời gian: Quý I\n") == [
        ("Cập nhật thủ tục.", "Tư pháp", "", "Quý I", dt.date(2027, 3, 31), "làm theo hướng dẫn của huyện")]


def test_a_label_opening_with_cac():
    """F12: "+ Các đơn vị phối hợp: …" (the label opening with "Các") was a task of its own taking the lines under
    it, the task above left with no lead, helpers or deadline."""
    assert _tasks("- Tuyên truyền pháp luật.\n+ Các đơn vị phối hợp: Đoàn thanh niên; Hội Phụ nữ.\n"
                  "+ Chủ trì: Văn hóa.\n+ Tiến độ: Quý III\n") == [
        ("Tuyên truyền pháp luật.", "Văn hóa", "Đoàn thanh niên; Hội Phụ nữ", "Quý III", dt.date(2027, 9, 30), "")]
