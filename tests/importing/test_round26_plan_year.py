"""Round 26C: a plan signed in a year is that year's or the next one's, never a year before.

"Ba Giang, ngày 10 tháng 01 năm 2026 / KẾ HOẠCH / Thực hiện công tác cải cách hành chính" (its title naming no year),
whose grounds cite three documents dated in 2025, was read as 2025's: "Quý I" due 31/3/2025, every task a year
overdue on the day it was imported."""

from __future__ import annotations

from parapp.core.importing.parse import guess_year, parse_text

PLAN = """ỦY BAN NHÂN DÂN XÃ BA GIANG
Số: 03/KH-UBND
Ba Giang, ngày 10 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện công tác cải cách hành chính

Căn cứ Kế hoạch số 218/KH-UBND ngày 19/12/2025 của UBND huyện về cải cách hành chính năm 2026;
Căn cứ Báo cáo số 300/BC-UBND ngày 15/12/2025 của UBND xã về kết quả CCHC;
Căn cứ Quyết định số 1000/QĐ-UBND ngày 20/11/2025 của UBND huyện;
UBND xã ban hành Kế hoạch như sau:

STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện
1\tRà soát văn bản\tTư pháp\tQuý I
2\tTuyên truyền\tVăn hóa\tTháng 6
"""


def test_a_plan_signed_in_january_is_not_the_year_befores():
    r = parse_text(PLAN, plan_year=2027)
    assert r.year == 2026
    assert [t.due_date.isoformat() for t in r.tasks] == ["2026-03-31", "2026-06-30"]


def test_a_date_in_the_grounds_is_no_signing_date():
    # No date under the issuing body: "ngày 15 tháng 7 năm 2021" in the grounds does not make the plan 2021's.
    text = ("KẾ HOẠCH\nThực hiện công tác cải cách hành chính\n\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm "
            "2021 của Chính phủ;\n\n1. Rà soát văn bản năm 2026 – Quý I\n2. Tuyên truyền năm 2026 – Quý II\n")
    assert guess_year(text, 2027) == 2026


def test_a_numbered_heading_with_no_item_under_it_is_a_task():
    """Round 26C: "1.1. Rà soát văn bản … Thời gian: Quý I/2027." followed by "1.2." was read as the heading of items
    that never came and left out (exit 0, "Đọc được 5 nhiệm vụ")."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2027\n\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"
            "1.1. Rà soát văn bản quy phạm pháp luật. Thời gian: Quý I/2027.\n"
            "1.2. Kiểm tra văn bản\na) Lập danh mục văn bản\nb) Công bố danh mục\n"
            "1.3. Theo dõi thi hành pháp luật\n"
            "2. Cải cách thủ tục hành chính\n- Niêm yết công khai thủ tục\n"
            "2.1. Số hóa hồ sơ thủ tục hành chính\n")
    r = parse_text(text, plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", "2"),  # its "Thời gian: Quý I/2027." read (round 35C)
        ("Lập danh mục văn bản", "2"), ("Công bố danh mục", "2"), ("Theo dõi thi hành pháp luật", "2"),
        ("Niêm yết công khai thủ tục", "3"), ("Số hóa hồ sơ thủ tục hành chính", "3")]
    assert [t.stt for t in r.tasks] == ["1", "2", "3", "4", "5", "6"]
    assert r.tasks[0].deadline_text == "Quý I/2027"


def test_a_word_plan_tables_own_title_row_gives_the_year():
    """Round 26C: "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027" merged across the plan table's first row, above its header,
    was never read for the year: the plan was taken as 2026's (a task's "năm 2026"), "Quý I" due 31/3/2026."""
    import io

    import docx

    from parapp.core.importing.parse import parse_bytes

    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN XÃ BA GIANG")
    rows = [("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027", "", "", ""),
            ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"),
            ("1", "Tổng kết công tác năm 2026", "Văn phòng", "Quý I"), ("2", "Tuyên truyền", "Văn hóa", "Tháng 6")]
    t = d.add_table(rows=4, cols=4)
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            if c:
                t.cell(i, j).text = c
    t.cell(0, 0).merge(t.cell(0, 3))
    buf = io.BytesIO()
    d.save(buf)
    r = parse_bytes(buf.getvalue(), "ke-hoach.docx", plan_year=2026)
    assert r.year == 2027
    assert [t.due_date.isoformat() for t in r.tasks] == ["2027-03-31", "2027-06-30"]


def test_an_excel_cover_sheet_gives_the_year():
    """Round 26C: the title and signing date on a cover sheet ("KẾ HOẠCH / Cải cách hành chính năm 2027", "ngày 25
    tháng 12 năm 2026"), the table on the sheet "Phụ lục": only the table's sheet was read, the plan taken as 2026's,
    "Quý I" due 31/3/2026."""
    import io

    import openpyxl

    from parapp.core.importing.parse import parse_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    for line in ("ỦY BAN NHÂN DÂN XÃ BA GIANG", "Ba Giang, ngày 25 tháng 12 năm 2026", "KẾ HOẠCH",
                 "Cải cách hành chính năm 2027", "Căn cứ Kế hoạch số 218/KH-UBND ngày 19/12/2026 của UBND huyện;"):
        ws.append([line])
    table = wb.create_sheet("Phụ lục")
    for row in (["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"], [1, "Rà soát văn bản", "Tư pháp",
                                                                                  "Quý I"]):
        table.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026)
    assert r.year == 2027 and r.tasks[0].due_date.isoformat() == "2027-03-31"


def test_a_title_wrapped_over_three_lines_gives_the_year():
    """Round 26C: "KẾ HOẠCH / Thực hiện công tác cải cách hành chính, / nâng cao Chỉ số hài lòng của người dân /
    trên địa bàn xã năm 2027": the year on the title's third line was not read (and "Chỉ số hài lòng" was taken for
    a remedy plan's index), the plan taken as 2021's, the year its grounds cite most."""
    text = ("KẾ HOẠCH\nThực hiện công tác cải cách hành chính,\nnâng cao Chỉ số hài lòng của người dân\n"
            "trên địa bàn xã năm 2027\n\n"
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 về Chương trình tổng thể giai đoạn 2021-2030;\n"
            "Căn cứ Kế hoạch số 10/KH-UBND ngày 20/01/2021;\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian\n"
            "1\tRà soát\tTư pháp\tQuý I\n")
    assert guess_year(text, 2026) == 2027
