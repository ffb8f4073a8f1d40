"""Round 39C F8: under a plan's table its legend, marked as a list's line: "* Ghi chú: Các nhiệm vụ có dấu (*) là
nhiệm vụ trọng tâm của năm 2027.", "- Ghi chú: …", "(*) Chú thích: …", or its mark in the number cell. It was read
as a sub-item of the last task: a task "Ghi chú: Các nhiệm vụ …" with that task's deadline (Quý II), not a word said.
Now it is read as the same words with no mark are: a row that is no task, named among the problems."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text

TABLE = ("KẾ HOẠCH CCHC năm 2027\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
         "I\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\n1\tNiêm yết công khai TTHC (*)\tVăn phòng\tQuý I\n"
         "2\tSố hóa hồ sơ TTHC\tVăn phòng\tQuý II\n{0}\n")


@pytest.mark.parametrize("legend", ["* Ghi chú: Các nhiệm vụ có dấu (*) là nhiệm vụ trọng tâm của năm 2027.",
                                    "- Ghi chú: nhiệm vụ trọng tâm", "(*) Chú thích: nhiệm vụ trọng tâm",
                                    "*\tGhi chú: các nhiệm vụ có dấu (*) là nhiệm vụ trọng tâm\t\t",
                                    "\t+ Lưu ý: các nhiệm vụ có dấu (*) là nhiệm vụ trọng tâm\t\t"])
def test_a_tables_legend_is_no_task(legend):
    r = parse_text(TABLE.format(legend), plan_year=2027)
    assert [(t.content, t.deadline_text) for t in r.tasks] == [("Niêm yết công khai TTHC (*)", "Quý I"),
                                                               ("Số hóa hồ sơ TTHC", "Quý II")]
    assert [p.line for p in r.problems] == [6]


def test_a_sub_item_under_a_task_reads_as_before():
    r = parse_text(TABLE.format("-\tCập nhật hồ sơ lên Cổng dịch vụ công\t\t"), plan_year=2027)
    assert [t.content for t in r.tasks][-1] == "Cập nhật hồ sơ lên Cổng dịch vụ công"
