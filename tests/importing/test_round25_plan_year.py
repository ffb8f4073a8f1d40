"""Adversarial round 25B: the year's own plan whose tasks look ahead to the next year.

Round 24D read a plan signed from October on that names the next year at least as often as its own as the next
year's. A plan of the year signed in October ("Triển khai nhiệm vụ CCHC quý IV năm 2026", 15/10/2026) whose tasks
prepare the next ("Xây dựng Kế hoạch CCHC năm 2027", "Dự toán kinh phí năm 2027") was then read as 2027's, and one
signed in May as well (the count's tie went to the later year): every date a year late. The title's year, the first
named under the date, is the plan's when it is the year signed in (or the next, signed from October on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.parse import guess_year, parse_text

PLAN = """ỦY BAN NHÂN DÂN XÃ BA GIANG
Số: 85/KH-UBND
Ba Giang, ngày 15 tháng {month} năm 2026
KẾ HOẠCH
Triển khai nhiệm vụ cải cách hành chính quý IV năm 2026
STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
1\tRà soát thủ tục hành chính còn tồn đọng\tVăn phòng\tTháng 11
2\tXây dựng Kế hoạch cải cách hành chính năm 2027\tVăn phòng\tTháng 12
3\tDự toán kinh phí cải cách hành chính năm 2027\tTài chính\tTháng 12
"""


@pytest.mark.parametrize("month", ["5", "10", "12"])
def test_the_years_own_plan_looking_ahead_stays_in_its_year(month):
    r = parse_text(PLAN.format(month=month), plan_year=2026)
    assert r.year == 2026
    assert [t.due_date for t in r.tasks] == [dt.date(2026, 11, 30), dt.date(2026, 12, 31), dt.date(2026, 12, 31)]


def test_next_years_plan_signed_in_december_is_still_next_years():
    text = PLAN.format(month="12").replace("quý IV năm 2026", "năm 2027")
    assert guess_year(text, 2026) == 2027
    # the appendix form, dated by the plan it is attached to
    text = ("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026\n(Kèm theo Kế hoạch số 85/KH-UBND ngày 15/10/2026 của UBND xã)\n"
            "1. Xây dựng Kế hoạch CCHC năm 2027\n2. Dự toán kinh phí năm 2027\n")
    assert guess_year(text, 2026) == 2026


def _word_plan(signed: str, title: str) -> bytes:
    import io

    import docx

    d = docx.Document()
    h = d.add_table(rows=2, cols=2)  # the document's header, as Decree 30 lays it out
    h.cell(0, 0).text, h.cell(0, 1).text = "ỦY BAN NHÂN DÂN\nXÃ BA GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    h.cell(1, 0).text, h.cell(1, 1).text = "Số: 245/KH-UBND", f"Ba Giang, {signed}"
    for line in ("KẾ HOẠCH", title, "Căn cứ Quyết định số 100/QĐ-UBND ngày 10/11/2026 của UBND huyện;",
                 "Căn cứ kết quả thực hiện công tác cải cách hành chính năm 2026 của xã;",
                 "Khắc phục những tồn tại, hạn chế năm 2026."):
        d.add_paragraph(line)
    t = d.add_table(rows=3, cols=4)
    for i, row in enumerate([["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                             ["1", "Rà soát văn bản", "Tư pháp", "Quý I"], ["2", "Công khai", "Văn phòng", "Tháng 6"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_next_years_word_plan_dated_in_its_header_table_is_next_years():
    # Round 25B: Decree 30's header (body, number, place and date) is a table; its date was never seen, and the plan
    # for 2027 signed 25/12/2026, its "Căn cứ" naming 2026, was read as 2026's ("Quý I" due 31/3/2026).
    from parapp.core.importing.parse import parse_bytes

    r = parse_bytes(_word_plan("ngày 25 tháng 12 năm 2026", "Cải cách hành chính năm 2027"), "kh.docx",
                    plan_year=2026)
    assert r.year == 2027 and r.tasks[0].due_date == dt.date(2027, 3, 31)
    r = parse_bytes(_word_plan("ngày 05 tháng 01 năm 2026", "Cải cách hành chính năm 2026"), "kh.docx",
                    plan_year=2026)
    assert r.year == 2026


def test_a_year_cited_before_the_plans_own_is_not_its_title():
    # the title names no year; the first "Căn cứ" cites this year's results: next year's plan, as round 24D read it
    text = ("Ba Giang, ngày 25 tháng 12 năm 2026\nKẾ HOẠCH\nCải cách hành chính của xã\n"
            "Căn cứ Báo cáo kết quả cải cách hành chính năm 2026 của xã;\n"
            "Căn cứ Kế hoạch số 236/KH-UBND của UBND huyện về cải cách hành chính năm 2027;\n"
            "UBND xã ban hành Kế hoạch cải cách hành chính năm 2027 như sau:\n")
    assert guess_year(text, 2026) == 2027


def test_the_years_of_documents_cited_are_not_the_plans():
    # Round 25B: "Nghị định 61/2018/NĐ-CP" cited three times in a plan "NĂM 2026" made it 2018's.
    text = ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\nSTT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
            "1\tThực hiện cơ chế một cửa theo Nghị định 61/2018/NĐ-CP\tVăn phòng\tQuý II\n"
            "2\tThực hiện Nghị định 107/2021/NĐ-CP sửa đổi Nghị định 61/2018/NĐ-CP\tVăn phòng\tTháng 6\n"
            "3\tTuyên truyền Nghị định 61/2018/NĐ-CP\tVăn hóa\tTháng 9\n")
    r = parse_text(text, plan_year=2025)
    assert r.year == 2026 and r.tasks[0].due_date == dt.date(2026, 6, 30)


def test_the_years_of_laws_cited_are_not_the_plans():
    # Round 25B: "Luật … năm 2015" cited twice in a plan "NĂM 2026" made it 2015's.
    text = ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;\n"
            "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
            "1\tRà soát văn bản theo Luật Ban hành văn bản quy phạm pháp luật năm 2015\tTư pháp\tQuý II\n")
    assert parse_text(text, plan_year=2025).year == 2026


def test_the_year_a_plans_title_names_outweighs_the_years_its_grounds_cite():
    # Round 25B: read as 2021's, the year most mentioned by the grounds' dates and periods.
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\n"
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, giai đoạn 2021-2030;\n"
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2021 của UBND tỉnh, giai đoạn 2021-2025;\n"
            "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát văn bản\tTư pháp\tQuý II\n")
    assert parse_text(text, plan_year=2025).year == 2026
    # a remedy of an index's year names the year assessed, not its own: left to the count, as before
    assert guess_year("KẾ HOẠCH\nKhắc phục hạn chế Chỉ số CCHC năm 2025\nNhiệm vụ năm 2026, quý I/2026", 2026) == 2026


def test_a_task_under_the_heading_is_no_title():
    text = "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH\n1. Tổng kết năm 2025 – Tháng 1\n2. Kế hoạch năm 2026 – Tháng 1\n" \
           "3. Kiểm tra năm 2026 – Quý II\n"
    assert guess_year(text, 2026) == 2026
