"""Round 31C F3: a table heading its areas in rows of its own without a Roman number ("| CẢI CÁCH THỦ TỤC HÀNH CHÍNH
|", "A | CẢI CÁCH …") and naming each task's field in a "Lĩnh vực" column ("Hộ tịch", "Đất đai"). 30C read the column
as the areas' headings in place of the plan's: the first heading row became a task asking a deadline, the next one
was glued onto the words of the task above ("Công khai quy trình cấp GCN CẢI CÁCH TÀI CHÍNH CÔNG"), which lost the
area its heading named; with letters the headings were dropped. The column is left to the note, as where the
areas are numbered in Roman figures (30C)."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

H = ["STT", "Nội dung nhiệm vụ", "Lĩnh vực", "Đơn vị chủ trì", "Thời hạn"]


@pytest.mark.parametrize("a, b", [("", ""), ("A", "B"), ("A.", "B.")])
def test_the_plans_own_headings_stay(a, b):
    rows = [H, [a, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""],
            ["1", "Rà soát TTHC hộ tịch", "Hộ tịch", "Tư pháp", "Quý II"],
            ["2", "Công khai quy trình cấp GCN", "Đất đai", "Địa chính", "Quý III"],
            [b, "CẢI CÁCH TÀI CHÍNH CÔNG", "", "", ""],
            ["3", "Công khai ngân sách xã", "Tài chính", "Kế toán", "Quý IV"]]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in rows) + "\n", plan_year=2027)
    assert [(t.content, t.lead, t.area_code, t.group) for t in r.tasks] == [
        ("Rà soát TTHC hộ tịch", "Tư pháp", "3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        ("Công khai quy trình cấp GCN", "Địa chính", "3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        ("Công khai ngân sách xã", "Kế toán", "6", "CẢI CÁCH TÀI CHÍNH CÔNG")]
    assert not r.problems


def test_a_totals_row_in_capitals_is_no_heading_of_the_plans():
    rows = [H, ["1", "Rà soát văn bản", "Cải cách thể chế", "Tư pháp", "Quý II"],
            ["2", "Công khai TTHC", "Cải cách thủ tục hành chính", "Văn phòng", "Quý III"],
            ["", "TỔNG CỘNG", "", "", ""]]
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(c) for c in rows) + "\n", plan_year=2027)
    assert [(t.content, t.area_code, t.group) for t in r.tasks] == [
        ("Rà soát văn bản", "2", "Cải cách thể chế"), ("Công khai TTHC", "3", "Cải cách thủ tục hành chính")]
