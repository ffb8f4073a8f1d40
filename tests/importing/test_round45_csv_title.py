"""Round 45C F3: a plan table saved by Excel as CSV ("Lưu thành CSV"), its title rows over the table: Excel writes each
row's empty cells, so the title line is "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027,,,". The new plan was named "Kế hoạch
cải cách hành chính năm 2027,,," (the dry run said so, the import stored it), and a title with a comma in it, quoted
by Excel, kept its quotes. The title is now read from the cells, as a sheet's is."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_bytes, parse_text

CSV = ('UBND XÃ AN BÌNH{0}{0}{0}\n{1}{0}{0}{0}\nSTT{0}Nội dung{0}Chủ trì{0}Thời gian hoàn thành\n'
       '1{0}Rà soát văn bản quy phạm pháp luật{0}Tư pháp{0}Quý I\n'
       '2{0}Niêm yết thủ tục hành chính{0}Văn phòng{0}Quý III\n')


@pytest.mark.parametrize("sep", [",", ";"])
@pytest.mark.parametrize("title, read", [
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027", "Kế hoạch cải cách hành chính năm 2027"),
    ('"KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ NĂM 2027"', "Kế hoạch cải cách hành chính, chuyển đổi số năm 2027")])
def test_a_csv_s_title_has_no_empty_cells_nor_quotes(sep, title, read):
    text = CSV.format(sep, title)
    r = parse_bytes(text.encode("utf-8"), "kế hoạch.csv", plan_year=2026)
    assert (r.heading.title, len(r.tasks), r.year) == (read, 2, 2027)
    assert parse_text(text, plan_year=2026).heading.title == read  # the same lines pasted
