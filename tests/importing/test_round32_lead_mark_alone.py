"""Round 32C F9: a lead cell marking its unit as the lead ("Tư pháp - Hộ tịch (CT)", "… (chủ trì)", "… chủ trì"),
as officials mark the lead column, kept the mark in the lead: the task was linked to no official where the same cell
without the mark is (store.importer.post_key), not a word said."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text


@pytest.mark.parametrize("cell", ["Tư pháp - Hộ tịch (CT)", "Tư pháp - Hộ tịch (chủ trì)", "Tư pháp - Hộ tịch chủ trì",
                                  "Tư pháp - Hộ tịch (Chủ trì)."])
@pytest.mark.parametrize("helpers", ["", "Văn phòng"])
def test_the_leads_mark_is_not_its_name(cell, helpers):
    text = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\n"
            f"1\tRà soát văn bản\t{cell}\t{helpers}\tQuý II\n")
    r = parse_text(text, plan_year=2027)
    assert [(t.lead, t.coordinators) for t in r.tasks] == [("Tư pháp - Hộ tịch", helpers)]


def test_a_name_holding_the_words_elsewhere_is_kept():
    text = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời hạn\n"
            "1\tRà soát văn bản\tVăn phòng (thường trực)\tQuý II\n")
    assert [t.lead for t in parse_text(text, plan_year=2027).tasks] == ["Văn phòng (thường trực)"]
