"""Round 29C F8: in a table whose tasks are not numbered (each names its lead and deadline), a heading in capitals
naming no area ("TUYÊN TRUYỀN", "THEO DÕI THI HÀNH PHÁP LUẬT") was glued onto the task above it ("Rà soát văn bản
TUYÊN TRUYỀN"), exit 0: rounds 27C/28C took it for the group of the tasks under it only over a numbered task."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

H = "KẾ HOẠCH CCHC NĂM 2027\n\n{}Nội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"


@pytest.mark.parametrize("stt", ["", "STT\t"])
def test_a_heading_over_unnumbered_tasks(stt):
    pad = "\t" if stt else ""
    r = parse_text(H.format(stt) + f"{pad}CẢI CÁCH THỂ CHẾ\t\t\n{pad}Rà soát văn bản\tVăn phòng\tQuý I\n"
                   f"{pad}TUYÊN TRUYỀN\t\t\n{pad}Tuyên truyền pháp luật\tVăn hóa\tQuý II\n"
                   f"{pad}THEO DÕI THI HÀNH PHÁP LUẬT\t\t\n{pad}Kiểm tra thi hành\tTư pháp\tQuý III\n", plan_year=2027)
    assert [(t.content, t.group) for t in r.tasks] == [
        ("Rà soát văn bản", "CẢI CÁCH THỂ CHẾ"), ("Tuyên truyền pháp luật", "TUYÊN TRUYỀN"),
        ("Kiểm tra thi hành", "THEO DÕI THI HÀNH PHÁP LUẬT")]
    assert len({t.area_code for t in r.tasks}) == 1 and r.tasks[0].area_code


@pytest.mark.parametrize("tail", ["QPPL", "UBND HĐND", "CẤP XÃ."])
def test_an_acronym_still_ends_the_task_above(tail):
    r = parse_text(H.format("") + f"Rà soát văn bản\tVăn phòng\tQuý I\n{tail}\t\t\n"
                   "Tuyên truyền pháp luật\tVăn hóa\tQuý II\n", plan_year=2027)
    assert [t.content for t in r.tasks] == [f"Rà soát văn bản {tail}", "Tuyên truyền pháp luật"]


def test_a_heading_over_a_row_that_goes_on_is_still_text():
    """Over a row with no lead or deadline of its own (the text going on), capitals stay the task's text."""
    r = parse_text(H.format("") + "Rà soát văn bản\tVăn phòng\tQuý I\nTHEO QUY ĐỊNH\t\t\ncủa pháp luật\t\t\n",
                   plan_year=2027)
    assert [t.content for t in r.tasks] == ["Rà soát văn bản THEO QUY ĐỊNH của pháp luật"]
