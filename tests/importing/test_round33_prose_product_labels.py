"""Round 33C: a prose task's field lines labelled as a plan's table heads its columns, "+ Sản phẩm dự kiến: Báo
cáo", "+ Kết quả dự kiến: …", "+ Kết quả cần đạt: …", "+ Hình thức sản phẩm: …", "+ Nguồn kinh phí: …", "+ Dự toán:
…", were no field lines: each a task of its own taking the time under it, the task above left without its deadline
and its product. Read as the product and the budget."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027
II. NHIỆM VỤ
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật.
+ Chủ trì: Tư pháp
+ {label}: {value}
+ Thời gian: Quý II/2027
- Niêm yết công khai TTHC.
"""


@pytest.mark.parametrize("label, field", [
    ("Sản phẩm dự kiến", "product"), ("Kết quả dự kiến", "product"), ("Kết quả cần đạt", "product"),
    ("Hình thức sản phẩm", "product"), ("Sản phẩm", "product"), ("Nguồn kinh phí", "budget"),
    ("Dự toán", "budget"), ("Dự toán kinh phí", "budget"), ("Kinh phí", "budget"),
])
def test_the_label_names_the_field(label, field):
    r = parse_text(PLAN.format(label=label, value="Báo cáo kết quả rà soát"), plan_year=2027)
    assert [(t.content, t.lead, t.deadline_text, t.due_date) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", "Tư pháp", "Quý II/2027", dt.date(2027, 6, 30)),
        ("Niêm yết công khai TTHC.", "", "", None)]
    assert getattr(r.tasks[0], field) == "Báo cáo kết quả rà soát"
