import datetime as dt

import pytest
from hypothesis import given, strategies as st

from parapp.core.dates import parse_user_date
from parapp.core.messages import ValidationError
from parapp.core.validation import validate_official, validate_plan, validate_task

TODAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", ["05/01/2024", "5/1/2024", "5-1-2024", "5.1.2024", "2024-01-05"])
def test_user_dates_day_first(text):
    assert parse_user_date(text) == dt.date(2024, 1, 5)


@pytest.mark.parametrize("text", ["hôm qua", "31/02/2024", "2024/13/01", "1/13/2024"])
def test_bad_dates_say_what_to_type(text):
    with pytest.raises(ValidationError) as e:
        parse_user_date(text)
    assert "ngày" in e.value.message.lower()


def test_empty_content_refused():
    with pytest.raises(ValidationError) as e:
        validate_task({"content": "   "}, TODAY)
    assert e.value.field == "content"
    assert "bắt buộc" in e.value.message


def test_very_long_text_refused_with_length():
    with pytest.raises(ValidationError) as e:
        validate_task({"content": "x" * 25_000}, TODAY)
    assert "25000" in e.value.message


def test_long_but_reasonable_text_kept_whole():
    text = "Nội dung rất dài. " * 500
    assert validate_task({"content": text}, TODAY)["content"] == text.strip()


def test_bad_par_code_and_status():
    with pytest.raises(ValidationError):
        validate_task({"content": "x", "par_code": "hai chấm một"}, TODAY)
    with pytest.raises(ValidationError):
        validate_task({"content": "x", "status": "finished"}, TODAY)


def test_future_completion_refused():
    with pytest.raises(ValidationError):
        validate_task({"content": "x", "completed_on": "01/01/2099"}, TODAY)


def test_official_and_plan_checks():
    with pytest.raises(ValidationError):
        validate_official({"full_name": ""})
    with pytest.raises(ValidationError):
        validate_official({"full_name": "An", "phone": "gọi tôi"})
    with pytest.raises(ValidationError):
        validate_plan({"title": "KH", "year": "năm nay"})
    assert validate_plan({"title": "KH", "year": "2024"})["year"] == 2024


@given(st.integers(1, 9999), st.integers(-2, 14))
def test_month_end_is_the_months_last_day_and_refuses_a_month_that_is_none(year, month):
    import calendar

    from parapp.core.dates import month_end

    if 1 <= month <= 12:
        assert month_end(year, month) == dt.date(year, month, calendar.monthrange(year, month)[1])
    else:  # "tháng 0", "tháng 13": no month, never the last day of another one
        with pytest.raises(ValueError):
            month_end(year, month)
