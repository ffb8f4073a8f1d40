"""Round 41D F8, `figures import` of the commune's Word report whose title wraps before "và" ("BÁO CÁO / Kết quả thực
hiện công tác CCHC quý IV / và cả năm 2030", paragraphs of their own): read as the year alone, one table's figures (5 on
time) stored as the year's whatever they were of, exit 0, where the title on one line is refused as naming two (L1).
The title wrapped reads as on one line."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS

RULES = next(iter(PRESETS.values()))


@pytest.mark.parametrize(("text", "two"), [
    ("BÁO CÁO\nKết quả thực hiện công tác CCHC quý IV\nvà cả năm 2030", "--period q4 hoặc --period year"),
    ("BÁO CÁO\nKết quả CCHC quý III\nvà 9 tháng năm 2030", "--period q3 hoặc --period 9m"),
    ("BÁO CÁO KẾT QUẢ CCHC QUÝ IV NĂM 2030\nVÀ CẢ NĂM 2030", "--period q4 hoặc --period year"),
])
def test_a_wrapped_title_naming_two_is_refused(text, two):
    stated = find_period(text)
    problem = contradiction(match_period(stated, RULES), stated, None, None)
    assert problem is not None and two in str(problem), stated


@pytest.mark.parametrize("text", ["Báo cáo quý IV năm 2030\nKính gửi: UBND huyện",
                                  "BÁO CÁO NĂM 2030\nvà phương hướng năm 2031", "Quý IV\nBáo cáo năm 2030"])
def test_guard_a_line_after_is_not_joined(text):
    stated = find_period(text)
    assert stated is not None and contradiction(match_period(stated, RULES), stated, None, None) is None, stated
