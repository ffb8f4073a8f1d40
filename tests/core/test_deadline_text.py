import datetime as dt

import pytest
from hypothesis import given, strategies as st

from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence

D = dt.date


@pytest.mark.parametrize(
    "text, due, rec",
    [
        ("Quý I/2017", D(2017, 3, 31), Recurrence.NONE),
        ("Hoàn thành trong quý III/2017", D(2017, 9, 30), Recurrence.NONE),
        ("Hoàn thành trong Quý IV", D(2018, 12, 31), Recurrence.NONE),
        ("Tháng 4/2020", D(2020, 4, 30), Recurrence.NONE),
        ("Tháng 2/2024", D(2024, 2, 29), Recurrence.NONE),
        ("Hoàn thành trước tháng 11/2017", D(2017, 10, 31), Recurrence.NONE),
        ("Trước ngày 01/6/2020", D(2020, 5, 31), Recurrence.NONE),
        ("trước 1/1/2021", D(2020, 12, 31), Recurrence.NONE),
        ("Chậm nhất ngày 15/3/2023", D(2023, 3, 15), Recurrence.NONE),
        ("đến ngày 10/12/2024", D(2024, 12, 10), Recurrence.NONE),
        ("15/9/2023", D(2023, 9, 15), Recurrence.NONE),
        ("Trong năm 2017", D(2017, 12, 31), Recurrence.NONE),
        ("Năm 2018 và các năm tiếp theo", D(2018, 12, 31), Recurrence.YEARLY),
        ("6 tháng đầu năm 2024", D(2024, 6, 30), Recurrence.NONE),
        ("Hàng năm", D(2018, 12, 31), Recurrence.YEARLY),
        ("Thường xuyên", D(2018, 12, 31), Recurrence.YEARLY),
        ("Hằng quý", D(2018, 12, 31), Recurrence.QUARTERLY),
    ],
)
def test_deadline_rules(text, due, rec):
    d = parse_deadline(text, plan_year=2018)
    assert (d.due, d.recurrence) == (due, rec)
    assert d.text == text


@pytest.mark.parametrize("text", ["Theo hướng dẫn của UBND tỉnh", "", "Khi có yêu cầu", "trước 30/2/2024"])
def test_unreadable_deadlines_give_no_date(text):
    assert parse_deadline(text, 2024).due is None


def test_decomposed_text_parses_too():
    import unicodedata

    assert parse_deadline(unicodedata.normalize("NFD", "Quý II/2024"), 2020).due == D(2024, 6, 30)


@given(st.text(), st.integers(min_value=2000, max_value=2100))
def test_parser_never_crashes(text, year):
    d = parse_deadline(text, year)
    assert d.text == text.strip()
    assert d.due is None or isinstance(d.due, dt.date)
