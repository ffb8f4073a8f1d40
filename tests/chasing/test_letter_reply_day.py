"""The day the urging letter asks the offices to report back by (left in round 25C, decided 2026-12-05).

The letter said "trước ngày X" with X a working day a week on: before X is the day before it, which may be a day off
(a letter of 1/2/2027 asked for the report "trước ngày 12/02/2027", the day before being in Tết 2027). It says
"chậm nhất ngày X" now. A reply day typed on a day off (`--reply-by 10/02/2027`) was taken without a word: the letter
is still made (the clerk may mean it) and a warning says so, naming the next working day."""

import datetime as dt

from parapp.services.letters import LetterChoice, draft_letter

from .conftest import TODAY


def _asks(draft) -> str:
    return " ".join(text for _, text in draft.letter.paragraphs)


def test_the_letter_asks_by_a_working_day(chase_db):
    d = draft_letter(chase_db, TODAY)
    assert "chậm nhất ngày 17/6/2024 để tổng hợp" in _asks(d)
    assert "trước ngày" not in _asks(d)
    assert not [w for w in d.warnings if "ngày nghỉ" in str(w)]


def test_a_reply_day_typed_on_a_day_off_is_said(chase_db):
    for off, next_working, printed in ((dt.date(2024, 6, 22), "24/06/2024", "22/6/2024"),   # a Saturday
                                       (dt.date(2024, 9, 2), "04/09/2024", "02/9/2024")):   # Quốc khánh, 2–3/9/2024
        d = draft_letter(chase_db, TODAY, LetterChoice(reply_by=off))
        said = [str(w) for w in d.warnings if "ngày nghỉ" in str(w)]
        assert said and off.strftime("%d/%m/%Y") in said[0] and next_working in said[0], d.warnings
        assert f"chậm nhất ngày {printed}" in _asks(d)  # made as asked
