"""Round 33C: a prose task's lines saying what the work asks or is for, "+ Yêu cầu: …", "+ Hình thức: …", "+ Đối
tượng: …", "+ Địa điểm: …", "+ Chỉ tiêu: …", were each a task of its own taking the time under it (the task above
left without its deadline); after "Chủ trì: Văn hóa;" on one line (32C's group going on) one was glued to the lead,
linked to no official. They go, with their label, in the task's note. With no task above, such a line stays an
item's words."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.model import ImportedTask
from parapp.core.importing.parse import parse_text
from parapp.core.importing.prose_fields import fields_in_content

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
II. NHIỆM VỤ
1. Cải cách thể chế
- Tuyên truyền pháp luật về CCHC.
+ {line}
+ Thời gian: Quý II/2027
- Niêm yết công khai TTHC.
"""


@pytest.mark.parametrize("line, lead, note", [
    ("Yêu cầu: đúng quy định", "", "Yêu cầu: đúng quy định"),
    ("Hình thức: hội nghị, pa nô, loa truyền thanh", "", "Hình thức: hội nghị, pa nô, loa truyền thanh"),
    ("Chỉ tiêu: 100% thôn được tuyên truyền", "", "Chỉ tiêu: 100% thôn được tuyên truyền"),
    ("Chủ trì: Văn hóa - Xã hội; Đối tượng: cán bộ, công chức xã", "Văn hóa - Xã hội",
     "Đối tượng: cán bộ, công chức xã"),
    ("Chủ trì: Văn hóa - Xã hội; Địa điểm: Hội trường UBND xã", "Văn hóa - Xã hội", "Địa điểm: Hội trường UBND xã"),
])
def test_the_line_is_the_tasks_note(line, lead, note):
    r = parse_text(PLAN.format(line=line), plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.due_date, t.note) for t in r.tasks] == [
        ("Tuyên truyền pháp luật về CCHC.", lead, "Quý II/2027", dt.date(2027, 6, 30), note),
        ("Niêm yết công khai TTHC.", "", "", None, "")]


def test_with_no_task_above_it_is_an_item():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\nII. NHIỆM VỤ\n1. Cải cách thể chế\n- Yêu cầu: rà soát 100% văn bản.\n"
                   "+ Thời gian: Quý II\n", plan_year=2027)
    assert [(t.content, t.deadline_text, t.note) for t in r.tasks] == [
        ("Yêu cầu: rà soát 100% văn bản.", "Quý II", "")]


def test_under_a_numbered_heading_its_items_have_it():
    """The heading's fields go to the items under it (30C); "+ Yêu cầu: …" among them stopped the import with
    "'ImportedTask' object has no attribute 'remark'" in my first cut."""
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\nII. NHIỆM VỤ\n1. Cải cách thể chế\n1.1. Rà soát văn bản QPPL\n"
                   "+ Chủ trì: Tư pháp\n+ Yêu cầu: đúng quy định\n- Rà soát nghị quyết.\n- Rà soát quyết định.\n",
                   plan_year=2027)
    assert [(t.content, t.lead, t.note) for t in r.tasks] == [
        ("Rà soát nghị quyết.", "Tư pháp", "Yêu cầu: đúng quy định"),
        ("Rà soát quyết định.", "Tư pháp", "Yêu cầu: đúng quy định")]


def test_on_the_items_own_line_or_in_a_cell_alone_it_stays_in_the_words():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"
                   "- Cập nhật TTHC (Hình thức: trực tuyến)\n- Tuyên truyền. Hình thức: loa. Chủ trì: Văn hóa.\n",
                   plan_year=2027)
    assert [(t.content, t.lead, t.note) for t in r.tasks] == [
        ("Cập nhật TTHC (Hình thức: trực tuyến)", "", ""), ("Tuyên truyền.", "Văn hóa", "Hình thức: loa")]
    task = ImportedTask(line=1, stt="1", content="Tuyên truyền CCHC\n- Hình thức: hội nghị", lead="VP")
    fields_in_content(task)
    assert (task.content, task.note) == ("Tuyên truyền CCHC\n- Hình thức: hội nghị", "")


def test_with_the_items_bullet_right_under_an_item_it_is_an_item():
    """"- Yêu cầu: …" under "- Niêm yết TTHC." (the list's own bullet) is an item of the list, as before, also after
    the task's field lines; with its own bullet it is the task's note."""
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\nII. NHIỆM VỤ\n1. Cải cách TTHC\n- Niêm yết công khai TTHC.\n"
                   "- Yêu cầu: 100% hồ sơ giải quyết đúng hạn.\n- Số hóa hồ sơ.\n- Chủ trì: Văn phòng\n"
                   "- Yêu cầu: đúng quy định\n+ Yêu cầu: bảo mật\n", plan_year=2027)
    assert [(t.content, t.lead, t.note) for t in r.tasks] == [
        ("Niêm yết công khai TTHC.", "", ""), ("Yêu cầu: 100% hồ sơ giải quyết đúng hạn.", "", ""),
        ("Số hóa hồ sơ.", "Văn phòng", ""), ("Yêu cầu: đúng quy định", "", "Yêu cầu: bảo mật")]
