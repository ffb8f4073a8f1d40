"""Round 35C: a title in capitals on the type's own line and wrapped onto the next ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH" /
"NĂM 2026 CỦA UBND XÃ BA GIANG", a line break typed in Word's title) lost its second line, the year with it: no line
after "KẾ HOẠCH …" was read."""

from __future__ import annotations

import pytest

from parapp.core.importing.plan_heading import read_heading

TOP = "Số: 12/KH-UBND\nBa Giang, ngày 05 tháng 01 năm 2026\n"


@pytest.mark.parametrize(("lines", "title"), [
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH\nNĂM 2026 CỦA UBND XÃ BA GIANG\n",
     "Kế hoạch cải cách hành chính năm 2026 của UBND xã Ba Giang"),
    ("KẾ HOẠCH THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\nTRÊN ĐỊA BÀN XÃ BA GIANG\nNĂM 2026\n",
     "Kế hoạch thực hiện công tác cải cách hành chính trên địa bàn xã Ba Giang năm 2026"),
    ("KẾ HOẠCH NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH\n(PAR INDEX) NĂM 2026\n",
     "Kế hoạch nâng cao chỉ số cải cách hành chính (PAR INDEX) năm 2026"),
    # as before: what is not the title's
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\nMỤC ĐÍCH, YÊU CẦU\n", "Kế hoạch cải cách hành chính năm 2026"),
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\nNăm 2025, UBND xã đạt nhiều kết quả\n",
     "Kế hoạch cải cách hành chính năm 2026"),
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\nSTT\tNỘI DUNG\tTHỜI GIAN\n", "Kế hoạch cải cách hành chính năm 2026"),
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026\n\nNĂM 2025 ĐÃ ĐẠT\n", "Kế hoạch cải cách hành chính năm 2026"),
])
def test_a_title_on_the_type_s_line_goes_on_onto_its_wrapped_lines(lines, title):
    assert read_heading(TOP + lines + "I. MỤC ĐÍCH\n").title == title
