import datetime as dt

import pytest

from parapp.core.messages import ValidationError
from parapp.core.nd30_text import (
    BLANK, POINT_LETTERS, issuing_body_lines, number_line, place_date, short_body, signer_block,
)


@pytest.mark.parametrize("d, text", [
    (dt.date(2024, 1, 5), "Ba Giang, ngày 05 tháng 01 năm 2024"),
    (dt.date(2024, 2, 29), "Ba Giang, ngày 29 tháng 02 năm 2024"),
    (dt.date(2019, 6, 29), "Ba Giang, ngày 29 tháng 6 năm 2019"),
    (dt.date(2024, 12, 9), "Ba Giang, ngày 09 tháng 12 năm 2024"),
    (dt.date(2024, 10, 10), "Ba Giang, ngày 10 tháng 10 năm 2024"),
])
def test_leading_zeros_as_the_decree_says(d, text):
    assert place_date("Ba Giang", d) == text


def test_blank_day_and_month_for_the_clerk():
    assert place_date("Ba Giang", dt.date(2024, 3, 5), blank_day=True) == f"Ba Giang, ngày {BLANK} tháng 3 năm 2024"
    assert place_date("Ba Giang", None, month=3, year=2024, blank_month=True) == \
        f"Ba Giang, ngày {BLANK} tháng {BLANK} năm 2024"


def test_number_line():
    assert number_line(15, "BC-UBND") == "Số: 15/BC-UBND"
    assert number_line("5", "BC-UBND") == "Số: 05/BC-UBND"
    assert number_line("120/BC-UBND", "BC-UBND") == "Số: 120/BC-UBND"
    assert number_line(None, "BC-UBND") == f"Số:{BLANK}/BC-UBND"


def test_issuing_body_and_short_name():
    assert issuing_body_lines("Ủy ban nhân dân xã Ba Giang") == ["ỦY BAN NHÂN DÂN", "XÃ BA GIANG"]
    assert issuing_body_lines("Uỷ ban nhân dân xã Đắk Ơ") == ["ỦY BAN NHÂN DÂN", "XÃ ĐẮK Ơ"]
    assert short_body("Ủy ban nhân dân xã Ba Giang") == "UBND xã Ba Giang"


def test_signers():
    tm = signer_block("Phạm Văn Thật", ["Đinh Văn Sơn"])
    assert tm.authority == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] and tm.name == "Phạm Văn Thật"
    kt = signer_block("Phạm Văn Thật", ["Đinh Văn Sơn"], "vice:Đinh Văn Sơn")
    assert kt.authority == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] and kt.name == "Đinh Văn Sơn"
    with pytest.raises(ValidationError):
        signer_block("Phạm Văn Thật", [], "vice:Ai Đó")


def test_point_letters_follow_the_vietnamese_alphabet():
    assert POINT_LETTERS[:7] == ["a", "b", "c", "d", "đ", "e", "g"]


def test_numbers_follow_vietnamese_conventions():
    from parapp.core.numbers import vi_number, vi_percent

    assert vi_number(1234) == "1.234"
    assert vi_number(1234.5) == "1.234,5"
    assert vi_percent(4, 5) == "80%"
    assert vi_percent(199, 200) == "99,5%"
    assert vi_percent(0, 0) == "0%"
