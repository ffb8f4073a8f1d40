"""Round 35C: a plan copied from its PDF (the clerk's usual source: the signed copy from the e-office) has its page
footnotes and page marks between its lines. A footnote whose mark became a plain digit ("1 Theo Nghị quyết số
76/NQ-CP …") was read as a numbered heading naming no area: the items after it, to the next heading, were left out
without a word. With its mark raised or bracketed ("¹ Theo …", "(1) …", "[1] …") it was a task; a page's number
"- 2 -" was the task "2 -"."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

PLAN = """KẾ HOẠCH
Cải cách hành chính năm 2026
II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
- Rà soát văn bản quy phạm pháp luật¹. Thời gian: Quý II
{0}
- Kiểm tra việc thi hành pháp luật. Thời gian: Quý III
2. Cải cách thủ tục hành chính
- Niêm yết công khai TTHC. Thời gian: Quý I
"""
TASKS = [("Rà soát văn bản quy phạm pháp luật¹.", "2"), ("Kiểm tra việc thi hành pháp luật.", "2"),
         ("Niêm yết công khai TTHC.", "3")]


@pytest.mark.parametrize("line", [
    "1 Theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.",
    "¹ Theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.",
    "(1) Tại Kế hoạch số 218/KH-UBND ngày 19/12/2025 của UBND huyện.",
    "[1] Kế hoạch số 218/KH-UBND ngày 19/12/2025 của UBND huyện.",
    "2 Quyết định số 15/QĐ-UBND ngày 05/01/2026 của UBND xã",
    "- 2 -",
    "- 12 -",
])
def test_a_footnote_or_a_page_s_number_from_a_pdf_is_no_heading_and_no_task(line):
    r = parse_text(PLAN.format(line), plan_year=2026)
    # the note of "¹" found, its mark is left out of the task's words (39C L3); kept where the note is another's
    found = line.lstrip("([")[:1] in ("1", "¹")
    tasks = [(c.replace("¹", "") if found else c, a) for c, a in TASKS]
    assert [(t.content, t.area_code) for t in r.tasks] == tasks


def test_tasks_opening_with_words_footnotes_open_with_stay_tasks():
    text = PLAN.format("- Theo dõi thi hành pháp luật. Thời gian: Quý IV\n- Báo cáo số liệu. Thời gian: Tháng 12")
    assert [t.content for t in parse_text(text, plan_year=2026).tasks] == [
        "Rà soát văn bản quy phạm pháp luật¹.", "Theo dõi thi hành pháp luật.", "Báo cáo số liệu.",
        "Kiểm tra việc thi hành pháp luật.", "Niêm yết công khai TTHC."]
