"""Round 34C: the plan's title, number and day read from its first page (plan_heading.py, new in 3cc13ab) were taken
from the wrong place on honest plans: the day a law cited in the grounds was passed when the plan's own day was left
in dots for the records clerk, the line under the title and the grounds glued to the title (a Word file's paragraphs
come with no blank line between them), a decision's number taken for the plan's."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.plan_heading import PlanHeading, read_heading

HEADER = "ỦY BAN NHÂN DÂN\nXÃ BA GIANG\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
GROUNDS = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"


def test_the_day_left_in_dots_is_no_day_not_the_day_of_a_law_the_grounds_cite():
    page = HEADER + "Ba Giang, ngày ..... tháng ..... năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n" + GROUNDS
    assert read_heading(page) == PlanHeading("Kế hoạch cải cách hành chính năm 2026", "12/KH-UBND", None)
    page = HEADER + "Ba Giang, ngày … tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n" + GROUNDS
    assert read_heading(page).issued_on is None


def test_a_plan_with_no_date_line_takes_no_day_from_its_grounds_or_its_tasks():
    assert read_heading("KẾ HOẠCH\nCải cách hành chính năm 2026\n\n" + GROUNDS).issued_on is None
    tasks = "KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NỘI DUNG\n- Tổ chức hội nghị, ngày 15 tháng 3 năm 2026\n"
    assert read_heading(tasks).issued_on is None
    grid = "STT\tNội dung\tThời gian\n1\tHội nghị tổng kết\tngày 15 tháng 3 năm 2026\n"
    assert read_heading(grid).issued_on is None


def test_the_day_signed_is_still_read_where_decree_30_puts_it():
    title = "KẾ HOẠCH\nCải cách hành chính năm 2026\n"
    signed = "Ba Giang, ngày 05 tháng 01 năm 2026\n"
    assert read_heading(HEADER + signed + title + GROUNDS).issued_on == dt.date(2026, 1, 5)
    # a Word header table's second row: the number's cell and the day's, joined on one line
    row = "UBND XÃ BA GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND Ba Giang, ngày 5 tháng 1 năm 2026\n"
    assert read_heading(row + title) == PlanHeading("Kế hoạch cải cách hành chính năm 2026", "12/KH-UBND",
                                                    dt.date(2026, 1, 5))
    sheet = "Số: 3/KH-UBND\t\tBa Giang, ngày 05 tháng 01 năm 2026\t\t\nKẾ HOẠCH CCHC NĂM 2026\n"
    assert read_heading(sheet).issued_on == dt.date(2026, 1, 5)


def test_the_line_under_the_title_is_not_part_of_it():
    for rule in ("-------------", "---oOo---", "––––––––", "—o0o—", "* * *", "=========="):
        page = f"KẾ HOẠCH\nCải cách hành chính năm 2026\n{rule}\n{GROUNDS}"
        assert read_heading(page).title == "Kế hoạch cải cách hành chính năm 2026", rule


def test_the_grounds_after_the_title_are_not_glued_to_it():
    for grounds in ("Thực hiện sự chỉ đạo của UBND huyện về công tác cải cách hành chính, UBND xã ban hành Kế hoạch "
                    "như sau:",
                    "Triển khai Kế hoạch số 5/KH-UBND ngày 10/01/2026 của UBND huyện;",
                    "Trên cơ sở kết quả năm 2025, UBND xã xây dựng kế hoạch như sau:",
                    "Theo Quyết định số 5/QĐ-UBND ngày 10/01/2026 của UBND huyện;",
                    "UBND xã Ba Giang ban hành Kế hoạch cải cách hành chính năm 2026 như sau:",
                    "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND huyện.",
                    "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05/01/2026 của UBND xã)"):
        page = f"KẾ HOẠCH\nCải cách hành chính năm 2026\n{grounds}\nI. MỤC ĐÍCH, YÊU CẦU\n"
        assert read_heading(page).title == "Kế hoạch cải cách hành chính năm 2026", grounds
    # a title wrapped over lines still reads whole
    wrapped = "KẾ HOẠCH\nTuyên truyền cải cách hành chính\ntrên địa bàn xã năm 2026\nCăn cứ Luật;\n"
    assert read_heading(wrapped).title == "Kế hoạch tuyên truyền cải cách hành chính trên địa bàn xã năm 2026"
    wrapped = "KẾ HOẠCH\nTuyên truyền cải cách hành chính\ntheo hướng hiện đại năm 2026\n\nCăn cứ Luật;\n"
    assert read_heading(wrapped).title == "Kế hoạch tuyên truyền cải cách hành chính theo hướng hiện đại năm 2026"


def test_a_title_in_capitals_keeps_its_abbreviations():
    caps = "KẾ HOẠCH\nPCCC VÀ CSDL BHXH TRÊN ĐỊA BÀN XÃ NĂM 2026\n\n"
    assert read_heading(caps).title == "Kế hoạch PCCC và CSDL BHXH trên địa bàn xã năm 2026"
    caps = "KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN 06 VÀ ỨNG DỤNG VNEID NĂM 2026\n\n"
    assert read_heading(caps).title == "Kế hoạch thực hiện đề án 06 và ứng dụng VNEID năm 2026"


def test_the_number_of_a_decision_or_a_cited_plan_is_not_the_plans():
    decision = ("Số: 15/QĐ-UBND\nBa Giang, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính"
                "\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n(Ban hành kèm theo Quyết định số 15/QĐ-UBND)\n")
    assert read_heading(decision).number == ""
    cited = "KẾ HOẠCH\nCải cách hành chính năm 2026\n\nCăn cứ Kế hoạch số 218/KH-UBND;\nSố: 99/KH-UBND\n"
    assert read_heading(cited).number == ""
    assert read_heading("Số: 05/2026/KH-UBND\nKẾ HOẠCH THỰC HIỆN CCHC NĂM 2026\n").number == "05/2026/KH-UBND"
    assert read_heading("Số: 7/KH-BCĐ\nKẾ HOẠCH\nCải cách hành chính năm 2026\n").number == "7/KH-BCĐ"
    assert read_heading("Số: 3/KHLT-UBND-MTTQ\nKẾ HOẠCH\nCải cách hành chính năm 2026\n").number == "3/KHLT-UBND-MTTQ"


def test_a_sheets_title_rows_are_not_glued_to_the_tables_header():
    # "KẾ HOẠCH" and its summary in rows of their own above the table, merged across: no blank row before the header
    sheet = "KẾ HOẠCH\nCải cách hành chính năm 2026\nSTT\tNội dung\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\n"
    assert read_heading(sheet).title == "Kế hoạch cải cách hành chính năm 2026"
    pasted = "KẾ HOẠCH\nCải cách hành chính năm 2026\n| STT | Nội dung | Chủ trì |\n|---|---|---|\n"
    assert read_heading(pasted).title == "Kế hoạch cải cách hành chính năm 2026"


def test_a_word_header_tables_title_is_not_glued_to_the_plan_tables_own_title_row():
    # the header table's last row holds the title; the plan's table opens with a title row merged across it
    page = ("UBND XÃ BA GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND Ba Giang, ngày 05 tháng 01 năm 2026\n"
            "KẾ HOẠCH\nCải cách hành chính năm 2026\nKẾ HOẠCH THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2026\nCăn cứ Luật;\n")
    assert read_heading(page).title == "Kế hoạch cải cách hành chính năm 2026"


def test_a_title_in_capitals_citing_what_it_carries_out_is_the_title_not_the_grounds():
    # grounds are never written in capitals: "THỰC HIỆN NGHỊ QUYẾT …" under "KẾ HOẠCH" is the summary
    caps = "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 76/NQ-CP NGÀY 15/7/2021 CỦA CHÍNH PHỦ\n\nCăn cứ Luật;\n"
    assert read_heading(caps).title == "Kế hoạch thực hiện nghị quyết số 76/NQ-CP ngày 15/7/2021 của chính phủ"
    assert read_heading("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ 08/CT-TTG\n").title == "Kế hoạch thực hiện chỉ thị 08/CT-TTG"
    # the capitals' own part headings still end it
    assert read_heading("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2026\nI. MỤC ĐÍCH\n").title == \
        "Kế hoạch cải cách hành chính năm 2026"


def test_a_place_named_in_capitals_keeps_its_capitals_over_a_dash_and_after_tp():
    assert read_heading("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH TỈNH BÀ RỊA - VŨNG TÀU NĂM 2026\n").title == \
        "Kế hoạch cải cách hành chính tỉnh Bà Rịa - Vũng Tàu năm 2026"
    assert read_heading("KẾ HOẠCH\nCCHC TP. HỒ CHÍ MINH NĂM 2026\n").title == "Kế hoạch CCHC TP. Hồ Chí Minh năm 2026"


def test_a_plan_without_its_title_line_takes_no_day_or_number_from_its_table_or_list():
    # a page's table as its text gives it, a cell a line (HTML), and a pasted list: no "KẾ HOẠCH" line above
    cells = "STT\nNội dung\nThời gian\n1\nHội nghị tổng kết\nngày 15 tháng 3 năm 2026\n2\nBan hành\nSố: 3/KH-UBND\n"
    assert read_heading(cells) == PlanHeading()
    rows = "STT\tNội dung\tThời gian\n1\tHội nghị, ngày 15 tháng 3 năm 2026\t\n"
    assert read_heading(rows) == PlanHeading()
    listed = "Cải cách thủ tục hành chính:\n- Tổ chức hội nghị, ngày 15 tháng 3 năm 2026\n"
    assert read_heading(listed) == PlanHeading()
    # the header block alone above a table still gives them
    header = "Số: 3/KH-UBND\tBa Giang, ngày 05 tháng 01 năm 2026\nSTT\tNội dung\tThời gian\n"
    assert read_heading(header) == PlanHeading("", "3/KH-UBND", dt.date(2026, 1, 5))


def test_the_line_saying_what_the_plan_is_issued_with_is_never_its_title():
    page = "KẾ HOẠCH\n(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05/01/2026 của UBND xã)\n\nI. MỤC ĐÍCH\n"
    assert read_heading(page).title == ""


def test_the_first_part_heading_after_the_title_is_not_glued_to_it():
    for part in ("A. MỤC ĐÍCH, YÊU CẦU", "a) Mục đích", "MỤC ĐÍCH, YÊU CẦU", "Chương I"):
        page = f"KẾ HOẠCH\nCải cách hành chính năm 2026\n{part}\n1. Mục đích\n"
        assert read_heading(page).title == "Kế hoạch cải cách hành chính năm 2026", part
    assert read_heading("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2026\nA. MỤC ĐÍCH, YÊU CẦU\n").title == \
        "Kế hoạch cải cách hành chính năm 2026"
    # an abbreviation wrapped onto its own line is still the title's
    assert read_heading("KẾ HOẠCH\nNâng cao Chỉ số cải cách hành chính\n(PAR INDEX) năm 2026\n").title == \
        "Kế hoạch nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm 2026"
    assert read_heading("KẾ HOẠCH\nNâng cao Chỉ số cải cách hành chính\n(PAR INDEX)\n").title == \
        "Kế hoạch nâng cao Chỉ số cải cách hành chính (PAR INDEX)"


def test_the_type_said_twice_or_the_summarys_lead_in_is_not_in_the_name():
    assert read_heading("KẾ HOẠCH\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\n\n").title == \
        "Kế hoạch cải cách hành chính năm 2026"
    assert read_heading("KẾ HOẠCH\nKế hoạch cải cách hành chính năm 2026\n\n").title == \
        "Kế hoạch cải cách hành chính năm 2026"
    for about in ("V/v triển khai CCHC năm 2026", "V/V TRIỂN KHAI CCHC NĂM 2026", "Về việc: triển khai CCHC năm 2026"):
        assert read_heading(f"KẾ HOẠCH\n{about}\n\n").title == "Kế hoạch triển khai CCHC năm 2026", about
