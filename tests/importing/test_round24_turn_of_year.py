"""Round 24D: the turn of the year. Next year's plan is issued in December ("Kèm theo Kế hoạch số 245/KH-UBND
ngày 25/12/2026" above "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027"): it was read as a plan of 2026, so "Quý I" came
in due 31/3/2026, every task overdue the day it was imported and counted in the 2026 year report."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import guess_year, parse_text

PLAN_2027 = """PHỤ LỤC
NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027
(Kèm theo Kế hoạch số 245/KH-UBND ngày 25/12/2026 của UBND xã Ba Giang)

STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\t\t
1\tBan hành kế hoạch tuyên truyền CCHC\tVăn phòng HĐND và UBND\tQuý I
2\tBáo cáo CCHC định kỳ\tVăn phòng HĐND và UBND\tHằng quý
3\tTổ chức kiểm tra công tác CCHC\tVăn phòng HĐND và UBND\tTháng 6
"""


def test_next_years_plan_issued_in_december_is_next_years():
    r = parse_text(PLAN_2027, plan_year=2026)
    assert r.year == 2027
    assert [t.due_date for t in r.tasks] == [dt.date(2027, 3, 31), dt.date(2027, 12, 31), dt.date(2027, 6, 30)]


def test_a_plan_issued_in_december_for_its_own_year_stays_in_it():
    # the year's closing work issued late in the year names no later year
    text = "(Kèm theo Kế hoạch số 190/KH-UBND ngày 02/12/2026 của UBND xã)\nNhiệm vụ năm 2026"
    assert guess_year(text, 2026) == 2026
    # and a plan issued early in its year that looks ahead to the next one keeps its own
    text = "(Kèm theo Kế hoạch số 05/KH-UBND ngày 08/01/2027 của UBND xã)\nKế hoạch CCHC năm 2027, chuẩn bị năm 2028"
    assert guess_year(text, 2027) == 2027


PROSE_2027 = """ỦY BAN NHÂN DÂN XÃ BA GIANG
Số: 245/KH-UBND
Ba Giang, ngày 25 tháng 12 năm 2026
KẾ HOẠCH
Cải cách hành chính năm 2027
Căn cứ Kế hoạch số 236/KH-UBND ngày 20/12/2026 của UBND tỉnh về cải cách hành chính năm 2027;
Căn cứ kết quả thực hiện công tác cải cách hành chính năm 2026 của xã;
UBND xã ban hành Kế hoạch cải cách hành chính năm 2027 như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Khắc phục những tồn tại, hạn chế năm 2026.
"""


def test_next_years_plan_signed_in_december_names_its_year_in_the_title():
    assert guess_year(PROSE_2027, 2026) == 2027
    # the same plan signed in January is the year it names too, as before
    assert guess_year(PROSE_2027.replace("tháng 12 năm 2026", "tháng 01 năm 2027"), 2027) == 2027


def test_the_par_set_of_the_year_just_ended_sent_in_january_is_that_years():
    from parapp.core.par.reading import read_text

    text = ("BỘ TIÊU CHÍ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND CẤP XÃ\n"
            "(Kèm theo Công văn số 45/SNV-CCHC ngày 08/01/2027 của Sở Nội vụ tỉnh Quảng Ngãi)\n"
            "STT\tLĩnh vực/Tiêu chí\tĐiểm tối đa\nI\tCông tác chỉ đạo, điều hành CCHC\t6\n1.1\tKế hoạch CCHC năm\t3\n"
            "1.2\tBáo cáo CCHC\t3\nII\tCải cách thể chế\t8\n2.1\tRà soát văn bản\t8\n")
    assert read_text(text).year == 2026
    assert read_text(text.replace("ngày 08/01/2027", "ngày 08 tháng 01 năm 2027")).year == 2026


def test_early_next_year_is_no_day_at_the_end_of_it():
    # "Tổ chức Hội nghị tổng kết CCHC năm 2026 – Đầu năm 2027" came in due 31/12/2027: never chased in January, and the
    # year report listed it under 2027's work "(thời hạn ngày 31/12/2027)". Asked for, as "Đầu năm" alone is.
    from parapp.core.deadline_text import parse_deadline

    for text in ("Đầu năm 2027", "Giữa năm 2027", "Đầu năm sau"):
        assert parse_deadline(text, 2026).due is None, text
    assert parse_deadline("6 tháng đầu năm 2027", 2026).due == dt.date(2027, 6, 30)
    assert parse_deadline("Cuối năm 2026, đầu năm 2027", 2026).due == dt.date(2026, 12, 31)
    assert parse_deadline("Trong năm 2027", 2026).due == dt.date(2027, 12, 31)


def test_a_quarter_or_month_early_next_year_is_in_that_year():
    from parapp.core.deadline_text import parse_deadline

    assert parse_deadline("Quý I đầu năm 2027", 2026).due == dt.date(2027, 3, 31)
    assert parse_deadline("Tháng 01, đầu năm 2027", 2026).due == dt.date(2027, 1, 31)
    assert parse_deadline("6 tháng đầu năm 2027", 2026).due == dt.date(2027, 6, 30)
