"""A plan named "CCHC 2026" (a fresh-eyes walk, round 41) was cited "Kế hoạch số 05/KH-UBND … về cCHC 2026" in the
year report, its editor, PDF and Word copy: the summary's first letter was lowered whatever the word. An acronym keeps
its capitals; an ordinary first word still reads in the sentence's case."""

import datetime as dt

import pytest

from parapp.core.citations import DocRef, cite


@pytest.mark.parametrize("summary, said", [
    ("CCHC 2026", "về CCHC 2026"),
    ("TTHC trên địa bàn xã", "về TTHC trên địa bàn xã"),
    ("UBND xã năm 2026", "về UBND xã năm 2026"),
    ("Cải cách hành chính năm 2026", "về cải cách hành chính năm 2026"),
    ("Ông Nguyễn Văn A", "về ông Nguyễn Văn A"),
])
def test_an_acronym_keeps_its_capitals(summary, said):
    text = cite(DocRef("Kế hoạch", "05/KH-UBND", dt.date(2026, 1, 10), "Ủy ban nhân dân xã", summary))
    assert text.endswith(said), text
