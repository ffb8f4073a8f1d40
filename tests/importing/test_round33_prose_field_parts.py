"""Round 33C: a prose field line whose later part has a label no field is named by ("+ Thời gian: Quý II; Báo cáo
kết quả: trước 15/6", "+ Chủ trì: Tư pháp. Báo cáo về: Văn phòng", "+ Thời gian thực hiện: Quý II; Thời gian báo
cáo: 15/6") was no field line: a task of its own, its words the whole line, the task above without its lead or
deadline. The line is the task's fields; the part goes, with its label, in the note."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
II. NHIỆM VỤ
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật.
+ {line}
- Niêm yết công khai TTHC.
"""


@pytest.mark.parametrize("line, lead, deadline, note", [
    ("Thời gian: Quý II; Báo cáo kết quả: trước 15/6", "", "Quý II", "Báo cáo kết quả: trước 15/6"),
    ("Chủ trì: Tư pháp. Báo cáo về: Văn phòng", "Tư pháp", "", "Báo cáo về: Văn phòng"),
    ("Thời gian thực hiện: Quý II; Thời gian báo cáo: 15/6", "", "Quý II", "Thời gian báo cáo: 15/6"),
    ("Thời gian: Quý II. Lưu ý: phối hợp chặt chẽ", "", "Quý II", "Lưu ý: phối hợp chặt chẽ"),
])
def test_the_line_is_the_tasks(line, lead, deadline, note):
    r = parse_text(PLAN.format(line=line), plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.note) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", lead, deadline, note), ("Niêm yết công khai TTHC.", "", "", "")]
    assert r.tasks[0].due_date == (dt.date(2027, 6, 30) if deadline else None)


def test_a_line_opening_with_no_field_is_still_an_item():
    r = parse_text(PLAN.format(line="Thời gian giải quyết hồ sơ: rút ngắn 30%; Chủ trì: Văn phòng"), plan_year=2027)
    assert len(r.tasks) == 3


@pytest.mark.parametrize("line, lead, note", [
    ("Chủ trì: Tư pháp; Tiêu chí: 100% văn bản được rà soát", "Tư pháp", "Tiêu chí: 100% văn bản được rà soát"),
    ("Tiêu chí: 100% văn bản được rà soát", "", "Tiêu chí: 100% văn bản được rà soát"),
])
def test_a_criterion_part_naming_no_code(line, lead, note):
    """A criterion's label with no code after a field (or alone, with its own bullet under the task's line) was a
    task of its own; with the list's own bullet it stays an item (32C's test)."""
    r = parse_text(PLAN.format(line=line + "\n+ Thời gian: Quý II/2027"), plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.par_code, t.note) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", lead, "Quý II/2027", "", note),
        ("Niêm yết công khai TTHC.", "", "", "", "")]
