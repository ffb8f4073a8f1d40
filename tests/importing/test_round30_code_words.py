"""Round 30C F10: a code column written "TCTP 2.1.1", "TC 2.1", "Tiêu chí 2.1", "Chỉ số thành phần 6.3" (the word
before the code, as many plans write it) kept the word: the code was called unknown ("Mã tiêu chí “TCTP 2.1.1” không có
trong bộ Chỉ số CCHC") and the task's area, which the code gives, left unread."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text


@pytest.mark.parametrize(("cell", "code", "area"), [
    ("TCTP 2.1.1", "2.1.1", "2"), ("TC 2.1", "2.1", "2"), ("Tiêu chí 2.1", "2.1", "2"),
    ("Chỉ số thành phần 6.3", "6.3", "6"), ("Tiêu chí thành phần: 3.1", "3.1", "3"), ("TCTP2.1.1", "2.1.1", "2"),
    ("2.1.1", "2.1.1", "2"), ("TCTV", "TCTV", "")])
def test_the_word_before_the_code_is_dropped(cell, code, area):
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung nhiệm vụ\tMã số TCTP\tĐơn vị chủ trì\tThời hạn\n"
                   f"1\tViệc được giao\t{cell}\tVăn phòng\tQuý II\n", plan_year=2027)
    t = r.tasks[0]
    assert (t.par_code, t.area_code) == (code, area)
    assert bool([p for p in t.problems if "Mã tiêu chí" in p]) == (code == "TCTV")
