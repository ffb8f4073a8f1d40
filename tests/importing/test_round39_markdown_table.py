"""Round 39C F3: a plan saved as Markdown (.md: a converter's or an assistant's output, as L1's plans) writes its table
with pipes: "| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |", a line of dashes under it, a row a line, the
area's row in bold ("| I | **CẢI CÁCH THỂ CHẾ** | | |"). The file was refused (exit 2) saying no table or task list
was found, asking the clerk to copy the table with its header, which the file has. Now such a table is read as a
table: its header, its rows and their cells, the bold and Markdown's escapes ("\\|") undone."""

from __future__ import annotations

from parapp.core.importing.parse import parse_bytes

MD = """# KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027

Căn cứ Kế hoạch số 218/KH-UBND của UBND huyện, UBND xã ban hành kế hoạch như sau:

| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |
|:---:|----------|-----------------|---------------------|
| I | **CẢI CÁCH THỂ CHẾ** | | |
| 1 | Rà soát văn bản QPPL do xã ban hành | Công chức Tư pháp | Quý II |
| 2 | Theo dõi thi hành pháp luật \\| kiểm tra văn bản | Công chức Tư pháp | Quý IV |
| II | **CẢI CÁCH THỦ TỤC HÀNH CHÍNH** | | |
| 3 | Niêm yết công khai TTHC | Văn phòng | Quý I |
"""


def test_a_markdown_table_is_read_as_a_table():
    r = parse_bytes(MD.encode(), "kế hoạch.md", plan_year=2027)
    assert r.kind == "table"
    assert [(t.stt, t.content, t.lead, t.deadline_text, t.area_code) for t in r.tasks] == [
        ("1", "Rà soát văn bản QPPL do xã ban hành", "Công chức Tư pháp", "Quý II", "2"),
        ("2", "Theo dõi thi hành pháp luật | kiểm tra văn bản", "Công chức Tư pháp", "Quý IV", "2"),
        ("3", "Niêm yết công khai TTHC", "Văn phòng", "Quý I", "3")]
    assert not r.problems
    assert [t.line for t in r.tasks] == [8, 9, 11]


def test_a_line_break_in_a_cell():
    """A converter writes a cell's line break "<br>": it was stored in the task's words."""
    md = MD.replace("| 3 | Niêm yết công khai TTHC |", "| 3 | Niêm yết công khai TTHC<br>tại Bộ phận Một cửa |")
    r = parse_bytes(md.encode(), "kế hoạch.md", plan_year=2027)
    assert r.tasks[-1].content == "Niêm yết công khai TTHC\ntại Bộ phận Một cửa"
