"""Round 29C F6: a prose plan numbered as round 28C reads it ("II/ NHIỆM VỤ", "1/ Cải cách thể chế") whose items are
lettered "a/", "b/" or numbered "1.1/", "1.2/": the items were no items. A short one ("a/ Họp giao ban") was left out
without a word (exit 0); a longer one kept its mark in its text ("a/ Rà soát …", "1.1/ Rà soát …"). "a)" items and
"1.1." headings were read."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2027\nI/ MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng.\nII/ NHIỆM VỤ\n"


@pytest.mark.parametrize(("a", "b", "c"), [("a/", "b/", "a/"), ("a)", "b)", "a)"), ("1.1/", "1.2/", "2.1/"),
                                           ("1.1.", "1.2.", "2.1.")])
def test_lettered_and_numbered_items(a, b, c):
    r = parse_text(HEAD + f"1/ Cải cách thể chế\n{a} Họp giao ban\n{b} Rà soát văn bản quy phạm pháp luật\n"
                          f"2/ Cải cách thủ tục hành chính\n{c} Niêm yết TTHC\n", plan_year=2027)
    assert [t.content for t in r.tasks] == ["Họp giao ban", "Rà soát văn bản quy phạm pháp luật", "Niêm yết TTHC"]
    assert r.tasks[0].area_code == r.tasks[1].area_code != r.tasks[2].area_code


def test_a_date_in_the_text_is_no_mark():
    r = parse_text(HEAD + "1/ Cải cách thể chế\n- Rà soát văn bản ban hành năm 2026\n"
                          "- 15/3 tổ chức hội nghị tuyên truyền\n", plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản ban hành năm 2026", "15/3 tổ chức hội nghị tuyên truyền"]
