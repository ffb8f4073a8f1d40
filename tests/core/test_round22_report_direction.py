"""Round 22B: the year report's part IV (next year's direction) as the lead's deadline rules feed it.

"Giai đoạn 2026 - 2030" is due at the span's end (31/12/2030) since round 21; a task so written, in progress, was then
left out of "IV. Phương hướng, nhiệm vụ trọng tâm năm 2027" (only open work due in 2027 was listed), while the same
work written "Năm 2026 - 2027" was there.
"""

import datetime as dt

from parapp.core.periods import PRESETS, periods_for_year
from parapp.core.report_builder import AreaFact, ReportInput, TaskFact, assemble
from parapp.core.report_words import next_span

D = dt.date
YEAR = next(p for p in periods_for_year(PRESETS["15-14"], 2026) if p.kind.value == "year")


def _ahead(tasks, today=D(2026, 12, 10)) -> str:
    areas = [AreaFact("1", "Công tác chỉ đạo, điều hành CCHC", True), AreaFact("7", "Chính quyền số")]
    d = assemble(ReportInput(YEAR, next_span(YEAR.kind, YEAR.year), areas, tasks, [], today,
                             commune="Ủy ban nhân dân xã Ba Giang"))
    s = d.find("direction")
    return "\n".join([*s.paragraphs, *(line for sub in s.subsections for line in [sub.title, *sub.paragraphs])])


def test_work_of_a_span_of_years_is_next_years_work_too():
    long = TaskFact(id=1, content="Triển khai Đề án chuyển đổi số của xã", area_code="7", due=D(2030, 12, 31),
                    status="in_progress", deadline_text="Giai đoạn 2026 - 2030", plan_year=2026)
    two = TaskFact(id=2, content="Xây dựng xã điểm về cải cách hành chính", area_code="1", due=D(2027, 12, 31),
                   status="in_progress", deadline_text="Năm 2026 - 2027", plan_year=2026)
    done = TaskFact(id=3, content="Số hóa hồ sơ lưu trữ", area_code="7", due=D(2030, 12, 31), status="done",
                    completed_on=D(2026, 11, 2), deadline_text="Giai đoạn 2026 - 2030", plan_year=2026)
    ahead = _ahead([long, two, done])
    assert "Xây dựng xã điểm về cải cách hành chính (thời hạn ngày 31/12/2027)" in ahead
    assert "Triển khai Đề án chuyển đổi số của xã (thời hạn ngày 31/12/2030)" in ahead
    assert "Số hóa hồ sơ lưu trữ" not in ahead   # finished: no one's work next year


def test_a_later_plans_work_is_not_next_years():
    later = TaskFact(id=4, content="Tổng kết Đề án giai đoạn 2026 - 2030", area_code="7", due=D(2028, 12, 31),
                     status="not_started", deadline_text="Năm 2028", plan_year=2028)
    assert "Tổng kết Đề án" not in _ahead([later])
