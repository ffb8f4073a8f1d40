"""Round 35C: a numbered heading with no item under it is a task of its own (26C), but the deadline and the lead it
names on its line ("1.1. Rà soát văn bản … Thời gian: Quý II", "… Chủ trì: Tư pháp.") were not read: kept in its words,
the task asked for a deadline the plan gives. An item's line has been read so since 31C."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2026\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"


def test_a_numbered_task_s_deadline_and_lead_on_its_line_are_read():
    text = HEAD + ("1.1. Rà soát văn bản quy phạm pháp luật. Chủ trì: Tư pháp. Thời gian: Quý II\n"
                   "1.2. Tự kiểm tra văn bản. Thời gian: Quý III\n")
    r = parse_text(text, plan_year=2026)
    assert [(t.content, t.lead, t.deadline_text, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", "Tư pháp", "Quý II", "2"),
        ("Tự kiểm tra văn bản.", "", "Quý III", "2")]
    assert not any(t.problems for t in r.tasks)


def test_a_numbered_heading_s_deadline_reaches_the_items_under_it():
    text = HEAD + "1.1. Rà soát văn bản quy phạm pháp luật. Thời gian: Quý II\n- Lĩnh vực đất đai\n- Lĩnh vực hộ tịch\n"
    r = parse_text(text, plan_year=2026)
    assert [(t.content, t.deadline_text) for t in r.tasks] == [
        ("Lĩnh vực đất đai", "Quý II"), ("Lĩnh vực hộ tịch", "Quý II")]
