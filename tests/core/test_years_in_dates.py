"""Found in issue 21's own adversarial pass: years outside 2000–2100 came in through dates too.
'Quý I/99999' in a plan gave a due date of 31/03/9999 (the year cut to four digits); a date typed
as 01/01/3000 was stored. A deadline in such a year is one not understood (the preview asks for a
date), and a typed date in such a year is refused, with what to type."""

import datetime as dt

import pytest

from parapp.core.dates import parse_user_date
from parapp.core.deadline_text import parse_deadline
from parapp.core.importing import parse_text
from parapp.core.messages import ValidationError
from parapp.core.validation import validate_task


@pytest.mark.parametrize("text", ["Quý I/99999", "Trước ngày 01/01/3000", "Năm 1999", "Tháng 6/2101",
                                  "6 tháng đầu năm 2999"])
def test_a_deadline_in_a_year_outside_2000_2100_is_not_understood(text):
    assert parse_deadline(text, 2024).due is None


def test_the_import_preview_asks_for_a_date_instead():
    r = parse_text("STT\tNội dung\tThời gian thực hiện\n1\tRà soát\tQuý I/99999\n2\tCông khai\tQuý II/2024\n",
                   plan_year=2024)
    assert r.tasks[0].due_date is None and any("thời hạn" in p for p in r.tasks[0].problems)
    assert r.tasks[1].due_date == dt.date(2024, 6, 30)


@pytest.mark.parametrize("typed", ["01/01/3000", "31/12/1999", "0001-01-01"])
def test_a_typed_date_in_a_year_outside_2000_2100_is_refused(typed):
    with pytest.raises(ValidationError) as e:
        parse_user_date(typed, "due_date")
    assert "2000" in e.value.message and "2100" in e.value.message


def test_a_task_cannot_be_given_such_a_date_from_anywhere():
    with pytest.raises(ValidationError):
        validate_task({"content": "Rà soát", "due_date": dt.date(2999, 1, 1)}, dt.date(2024, 5, 20))
    assert validate_task({"content": "Rà soát", "due_date": dt.date(2100, 12, 31)},
                         dt.date(2024, 5, 20))["due_date"] == dt.date(2100, 12, 31)
