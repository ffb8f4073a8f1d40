"""Round 34C: a prose task's field lines of one kind one after another ("+ Sản phẩm: Báo cáo …" / "+ Sản phẩm:
Quyết định …", "+ Kinh phí: ngân sách xã" / "+ Dự toán: 5.000.000 đồng", "+ Phối hợp: Tư pháp" / "+ Phối hợp: Công an
xã", "+ Yêu cầu: …" / "+ Ghi chú: …"): each replaced the one before, the first lost, silently (round 33C read
products, budgets and what the work asks into fields and the note; a second line of a kind overwrote)."""

from __future__ import annotations

from parapp.core.importing import parse_text

HEAD = "II. NỘI DUNG\n1. Cải cách thủ tục hành chính\n- Rà soát thủ tục hành chính thuộc thẩm quyền của xã.\n"


def _task(lines: str):
    [t] = parse_text(HEAD + lines + "+ Thời gian: Quý II\n", plan_year=2026).tasks
    return t


def test_a_second_product_line_adds_to_the_first():
    t = _task("+ Sản phẩm: Báo cáo kết quả rà soát\n+ Sản phẩm: Quyết định công bố\n")
    assert t.product == "Báo cáo kết quả rà soát; Quyết định công bố"
    t = _task("+ Sản phẩm: Báo cáo\n+ Kết quả dự kiến: 100% thủ tục được rà soát\n")
    assert t.product == "Báo cáo; 100% thủ tục được rà soát"


def test_a_second_budget_note_or_helpers_line_adds_to_the_first():
    assert _task("+ Kinh phí: ngân sách xã\n+ Dự toán: 5.000.000 đồng\n").budget == "ngân sách xã; 5.000.000 đồng"
    assert _task("+ Ghi chú: A\n+ Ghi chú: B\n").note == "A; B"
    assert _task("+ Yêu cầu: đúng quy định\n+ Ghi chú: phối hợp Đoàn thanh niên\n").note == \
        "Yêu cầu: đúng quy định; phối hợp Đoàn thanh niên"
    assert _task("+ Phối hợp: Tư pháp\n+ Phối hợp: Công an xã\n").coordinators == "Tư pháp, Công an xã"


def test_a_tasks_own_line_still_replaces_what_the_section_says():
    text = ("II. NỘI DUNG\n1. Cải cách thủ tục hành chính\n* Văn phòng chủ trì, Tư pháp phối hợp:\n"
            "- Rà soát thủ tục hành chính.\n+ Phối hợp: Công an xã\n+ Thời gian: Quý II\n")
    [t] = parse_text(text, plan_year=2026).tasks
    assert t.coordinators == "Công an xã"


def test_a_label_with_a_bracketed_word_or_mark_is_the_label():
    # "+ Thời gian (dự kiến): Quý II", "+ Kinh phí (*): …": each a task of its own, the task above without its
    # deadline and both asking for one
    t = _task("+ Kinh phí (*): ngân sách xã\n+ Sản phẩm (dự kiến): Báo cáo\n")
    assert (t.budget, t.product, t.deadline_text) == ("ngân sách xã", "Báo cáo", "Quý II")
    [t] = parse_text(HEAD + "+ Thời gian (dự kiến): Quý II\n", plan_year=2026).tasks
    assert t.deadline_text == "Quý II"
