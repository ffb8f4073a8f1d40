"""Round 31C F11: a raised footnote mark (Word's superscript, kept raised since 30D) after a deadline or a lead: "15/3¹"
was read as "15/31" (NFKC) and asked; "Quý II/2027²" read as the year 20272 and due by luck; "Tư pháp - Hộ tịch¹" named
no official, so the task was linked to no one while the same lead without the mark was. The mark is a note's: the
deadline and the lead are read without it (the text keeps it)."""

from __future__ import annotations

import datetime as dt

from parapp.core.deadline_text import parse_deadline
from parapp.store.importer import post_key


def test_a_deadline_with_a_raised_mark():
    assert parse_deadline("15/3¹", 2027).due == dt.date(2027, 3, 15)
    assert parse_deadline("Quý II/2027²", 2027).due == dt.date(2027, 6, 30)
    assert parse_deadline("Tháng 9⁽³⁾", 2027).due == dt.date(2027, 9, 30)


def test_a_lead_with_a_raised_mark_is_the_same_post():
    assert post_key("Công chức Tư pháp - Hộ tịch¹") == post_key("Tư pháp – Hộ tịch")
    assert post_key("Văn phòng⁽²⁾") == post_key("Văn phòng")
