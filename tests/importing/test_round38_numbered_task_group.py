"""Round 38C: a plan written as prose numbering its tasks under an area, each naming its deadline on its line ("1.1.
Rà soát văn bản QPPL. Thời gian: Quý II", "1.2. Theo dõi thi hành pháp luật. Thời gian: Quý IV": 26C/35C read each as
a task). Every task after the first was stored with the words of the task numbered before it as its group ("Theo dõi
thi hành pháp luật" in the group "Rà soát văn bản QPPL."), a value nobody typed, silently. A numbered task's group is
its parent heading's: the area's ("1."), or the heading it is numbered under ("1.3. Kiểm tra văn bản" over 1.3.1,
1.3.2)."""

from __future__ import annotations

from parapp.core.importing.parse import parse_text

TEXT = ("KẾ HOẠCH\nCải cách hành chính năm 2027\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"
        "1.1. Rà soát văn bản QPPL. Thời gian: Quý II\n1.2. Theo dõi thi hành pháp luật. Thời gian: Quý IV\n"
        "1.3. Kiểm tra văn bản\n1.3.1. Lập danh mục. Thời gian: Quý I\n1.3.2. Công bố danh mục. Thời gian: Quý II\n"
        "2. Cải cách thủ tục hành chính\n2.1. Niêm yết TTHC. Thời gian: Quý I\n2.2. Số hóa hồ sơ. Thời gian: Quý II\n")


def test_each_numbered_task_takes_its_parent_headings_group():
    assert [(t.content, t.group) for t in parse_text(TEXT, plan_year=2027).tasks] == [
        ("Rà soát văn bản QPPL.", "Cải cách thể chế"), ("Theo dõi thi hành pháp luật.", "Cải cách thể chế"),
        ("Lập danh mục.", "Kiểm tra văn bản"), ("Công bố danh mục.", "Kiểm tra văn bản"),
        ("Niêm yết TTHC.", "Cải cách thủ tục hành chính"), ("Số hóa hồ sơ.", "Cải cách thủ tục hành chính")]


def test_items_under_a_numbered_heading_keep_it_as_their_group():
    text = TEXT.replace("1.3.1. Lập danh mục. Thời gian: Quý I\n1.3.2. Công bố danh mục. Thời gian: Quý II\n",
                        "- Lập danh mục. Thời gian: Quý I\n- Công bố danh mục. Thời gian: Quý II\n")
    groups = [(t.content, t.group) for t in parse_text(text, plan_year=2027).tasks]
    assert groups[2:4] == [("Lập danh mục.", "Kiểm tra văn bản"), ("Công bố danh mục.", "Kiểm tra văn bản")]
