"""A plan imported from a file was named after the file ("003_ba-giang_2023_nang-cao-par-index", round 30E), and the
urging letter cited that name: "Thực hiện Kế hoạch về 003_…". The plan's first page says its title, number and day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings, strategies as st

from parapp.core.importing.plan_heading import PlanHeading, read_heading

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
# the opening of ../shared/samples/001 (which tests/fixtures does not hold), its markdown line break kept
TRAN_DE = ("\n\n**KẾ HOẠCH**  \n**Thực hiện cải cách hành chính huyện Trần Đề năm 2024**\n\nCăn cứ Kế hoạch số "
           "218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính;\n")

FIRST_PAGE = """ỦY BAN NHÂN DÂN
XÃ BA GIANG
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ba Giang, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Cải cách hành chính năm 2026
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_the_samples_name_themselves():
    said = {p.name[:3]: read_heading(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("00*.txt"))}
    said["001"] = read_heading(TRAN_DE)
    assert said["000"].title == "Kế hoạch khắc phục hạn chế và cải thiện Chỉ số Cải cách hành chính"
    # "Thực hiện …" is the title here, not the grounds ("Thực hiện Kế hoạch số …" is)
    assert said["001"].title == "Kế hoạch thực hiện cải cách hành chính huyện Trần Đề năm 2024"
    # "Về việc …" is the summary's lead-in; "Số: /KH-UBND" and "ngày  tháng 02": left blank for the records clerk
    assert said["003"] == PlanHeading("Kế hoạch khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính "
                                      "(PAR INDEX) năm 2023 của UBND xã Ba Giang", "", None)


def test_a_first_page_laid_out_as_decree_30_gives_title_number_and_day():
    assert read_heading(FIRST_PAGE) == PlanHeading("Kế hoạch cải cách hành chính năm 2026", "12/KH-UBND",
                                                   dt.date(2026, 1, 5))


def test_a_title_wrapped_over_lines_or_in_capitals_reads_as_a_summary_is_written():
    wrapped = "KẾ HOẠCH\nTuyên truyền cải cách hành chính\ntrên địa bàn xã năm 2026\n\nI. MỤC ĐÍCH"
    assert read_heading(wrapped).title == "Kế hoạch tuyên truyền cải cách hành chính trên địa bàn xã năm 2026"
    caps = "KẾ HOẠCH\nNÂNG CAO CHỈ SỐ CCHC (PAR INDEX) CỦA PHƯỜNG HÒA KHÁNH NĂM 2026\nCăn cứ"
    assert read_heading(caps).title == "Kế hoạch nâng cao chỉ số CCHC (PAR INDEX) của phường Hòa Khánh năm 2026"
    sheet = "Số: 05/2026/KH-UBND\nKẾ HOẠCH THỰC HIỆN CCHC NĂM 2026\nSTT\tNội dung"
    assert read_heading(sheet) == PlanHeading("Kế hoạch thực hiện CCHC năm 2026", "05/2026/KH-UBND", None)


def test_what_is_not_a_plan_title_is_not_taken_for_one():
    assert read_heading("STT\tNội dung\tChủ trì\n1\tRà soát TTHC\tVăn phòng\n") == PlanHeading()
    assert read_heading("Kế hoạch này được triển khai đến các thôn.\n") == PlanHeading()  # prose, not the type line
    grounds = "KẾ HOẠCH\nThực hiện Kế hoạch số 5/KH-UBND ngày 10/01/2026 của UBND tỉnh\n"
    assert read_heading(grounds).title == ""
    # a day that is no day, a year ParApp does not keep: no day rather than a wrong one
    assert read_heading("Ba Giang, ngày 31 tháng 02 năm 2026").issued_on is None
    assert read_heading("Ba Giang, ngày 05 tháng 01 năm 2569").issued_on is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("KẾHOẠCHSố:/-ngàythángnăm0123456789 \n\t*#IVXabcđĐăâ.,")), max_size=400))
def test_any_text_gives_a_heading_and_never_an_error(text):
    head = read_heading(text)
    assert isinstance(head, PlanHeading)
    assert head.title == "" or (head.title.startswith("Kế hoạch ") and len(head.title) <= 420)


def test_a_number_typed_with_a_space_before_the_slash_or_without_a_colon_is_read():
    # Round 34C left it: "Số: 12 /KH-UBND" and "Số 12/KH-UBND" gave no number; "Số hóa …" under the title is no number
    assert read_heading(FIRST_PAGE.replace("Số: 12/KH-UBND", "Số: 12 /KH-UBND")).number == "12/KH-UBND"
    assert read_heading(FIRST_PAGE.replace("Số: 12/KH-UBND", "Số 12/KH-UBND")).number == "12/KH-UBND"
    assert read_heading(FIRST_PAGE.replace("Số: 12/KH-UBND", "Số: 15 /QĐ-UBND")).number == ""  # the decision's
    digitise = "KẾ HOẠCH\nSố hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2026\nCăn cứ"
    assert read_heading(digitise) == PlanHeading(
        "Kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2026", "", None)
