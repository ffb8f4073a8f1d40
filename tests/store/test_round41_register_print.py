"""A fresh-eyes walk (round 41): "In danh sách…" after carrying printed the carried tasks "Chưa thực hiện" where
the window says "Chuyển sang năm 2027", numbered the rows 1–18 where the window shows each plan's STT, and had no plan
column (the 2026 and 2027 tasks of one name told apart only by their date). At a giao ban, "số 7" on paper was not
"7" on the screen. The printed list now says what the window says."""

import datetime as dt

from parapp.document.register_document import register_document
from parapp.services.carrying import carry_choice, carry_over
from parapp.store import plans, tasks

JAN_2027 = dt.date(2027, 1, 20)


def test_the_printed_list_says_what_the_window_says(db):
    p26 = plans.add_plan(db, {"title": "Kế hoạch CCHC năm 2026", "year": 2026, "is_annual": True,
                              "number": "15/KH-UBND"})
    late = tasks.create_task(db, {"plan_id": p26, "stt": "7", "content": "Số hóa hồ sơ TTHC",
                                  "due_date": dt.date(2026, 6, 29), "status": "in_progress"}, today=dt.date(2026, 1, 5))
    done = tasks.create_task(db, {"plan_id": p26, "stt": "3", "content": "Ban hành kế hoạch kiểm tra",
                                  "due_date": dt.date(2026, 3, 31)}, today=dt.date(2026, 1, 5))
    tasks.update_task(db, done, {"status": "done", "completed_on": dt.date(2026, 4, 10),
                                 "delay_reason": "Chờ ý kiến của tỉnh"}, today=dt.date(2026, 4, 10))
    carry_over(db, carry_choice(db, 2026), today=JAN_2027)
    rows = {r.id: r for r in tasks.task_rows(db)}
    doc = register_document([rows[late], rows[done]], "Ủy ban nhân dân xã Ba Giang", JAN_2027)
    table = doc.parts[0].blocks[0].table
    assert table.head[-1] == "Kế hoạch"
    first, second = table.rows
    assert (first[0], first[6]) == ("7", "Chuyển sang năm 2027") and first[7] == rows[late].plan_label != ""
    assert (second[0], second[6]) == ("3", "Hoàn thành (trễ hạn) 10/04/2026")
