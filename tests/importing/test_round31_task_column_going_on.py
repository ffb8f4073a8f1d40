"""Round 31C F7: "Nhiệm vụ | Nội dung thực hiện" in Excel, the task ("Kiểm tra việc thi hành pháp luật") merged down,
its number, lead and deadline merged down too, over two rows of what is done ("Kiểm tra tại thôn 1", "… thôn 2"). The
second row is the task's words going on (30C F2), and 30C F9 had put the task's words before it as well: the task came
in "Kiểm tra việc thi hành pháp luật: Kiểm tra tại thôn 1 Kiểm tra việc thi hành pháp luật: Kiểm tra tại thôn 2",
the plan's words doubled. A row going on takes its own words only; a row naming its own deadline keeps the task's
words before its own, as before."""

from __future__ import annotations

import io

import openpyxl

from parapp.core.importing.parse import parse_bytes


def test_the_task_words_once():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027"], [],
              ["STT", "Nhiệm vụ", "Nội dung thực hiện", "Đơn vị chủ trì", "Thời gian"],
              ["1", "Rà soát văn bản QPPL", "Rà soát các nghị quyết của HĐND", "Tư pháp", "Quý II"],
              [None, None, "Rà soát các quyết định của UBND", None, "Quý III"],
              ["2", "Kiểm tra việc thi hành pháp luật", "Kiểm tra tại thôn 1", "Tư pháp", "Quý II"],
              [None, None, "Kiểm tra tại thôn 2", None, None]]:
        ws.append(r)
    for rng in ["A4:A5", "B4:B5", "D4:D5", "A6:A7", "B6:B7", "D6:D7", "E6:E7"]:
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    r = parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027)
    assert [(t.content.count("Kiểm tra việc thi hành"), t.deadline_text) for t in r.tasks] == [
        (0, "Quý II"), (0, "Quý III"), (1, "Quý II")]
    assert [t.content for t in r.tasks][:2] == ["Rà soát văn bản QPPL: Rà soát các nghị quyết của HĐND",
                                                "Rà soát văn bản QPPL: Rà soát các quyết định của UBND"]
    assert r.tasks[2].content.startswith("Kiểm tra việc thi hành pháp luật: Kiểm tra tại thôn 1")
    assert "Kiểm tra tại thôn 2" in r.tasks[2].content
