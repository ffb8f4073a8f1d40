"""Round 31C F16: a prose plan's item naming its lead and time after its words on the same line ("- Rà soát văn bản
QPPL. Chủ trì: Tư pháp. Thời gian: Quý II.", "- Tuyên truyền pháp luật (Chủ trì: Văn hóa; thời gian: Quý III).",
"…; đơn vị chủ trì: Tư pháp; thời gian thực hiện: Quý IV/2027."): the fields were kept in its words, the task with no
lead and asking a deadline the line gives. They are its fields now; the words before them its content."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text


def test_fields_after_the_words():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"
                   "- Rà soát văn bản quy phạm pháp luật. Chủ trì: Tư pháp. Thời gian: Quý II.\n"
                   "- Tuyên truyền pháp luật (Chủ trì: Văn hóa; thời gian: Quý III).\n"
                   "- Kiểm tra việc thi hành pháp luật; đơn vị chủ trì: Tư pháp; thời gian thực hiện: Quý IV/2027.\n"
                   "- Thời gian giải quyết hồ sơ: rút ngắn 30%.\n", plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", "Tư pháp", "Quý II", dt.date(2027, 6, 30)),
        ("Tuyên truyền pháp luật", "Văn hóa", "Quý III", dt.date(2027, 9, 30)),
        ("Kiểm tra việc thi hành pháp luật", "Tư pháp", "Quý IV/2027", dt.date(2027, 12, 31)),
        ("Thời gian giải quyết hồ sơ: rút ngắn 30%.", "", "", None)]
