"""Round 28C F6: "Thời gian thực hiện" over "Từ | Đến" (or "Triển khai | Hoàn thành", "Khởi động | Kết thúc"), the
commonest two-row time header of a commune plan, was not read as a header. From a text or Excel paste the start
column was the deadline ("Quý I" for a task due in quý III: six months early, the end column named only as
"(không tên)"); from Word no deadline was read at all. Round 14 read "Bắt đầu | Hoàn thành" and "Từ ngày | Đến ngày"
only. A one-row "Từ | Đến" or "Triển khai | Hoàn thành" header gave no deadline either."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from parapp.core.importing.parse import parse_bytes, parse_text

SUBS = [("Từ", "Đến"), ("Triển khai", "Hoàn thành"), ("Khởi động", "Kết thúc"), ("Bắt đầu từ", "Đến")]
ROWS = [("1", "Rà soát văn bản", "Tư pháp", "Quý I", "Quý III"), ("2", "Tuyên truyền", "Văn hóa", "Tháng 2", "Tháng 9")]
DUE = [dt.date(2027, 9, 30), dt.date(2027, 9, 30)]


@pytest.mark.parametrize("sub", SUBS)
def test_two_row_header_from_a_paste(sub):
    text = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\t\n"
            f"\t\t\t{sub[0]}\t{sub[1]}\n" + "".join("\t".join(r) + "\n" for r in ROWS))
    r = parse_text(text, plan_year=2027)
    assert [t.due_date for t in r.tasks] == DUE
    assert not r.problems


def _docx(sub) -> bytes:
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2027")
    t = d.add_table(rows=4, cols=5)
    for i, v in enumerate(["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện", ""]):
        t.cell(0, i).text = v
    t.cell(1, 3).text, t.cell(1, 4).text = sub
    t.cell(0, 3).merge(t.cell(0, 4))
    for c in range(3):
        t.cell(0, c).merge(t.cell(1, c))
    for r, row in enumerate(ROWS, start=2):
        for i, v in enumerate(row):
            t.cell(r, i).text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("sub", SUBS)
def test_two_row_header_from_word(sub):
    r = parse_bytes(_docx(sub), "kh.docx", plan_year=2026)
    assert [t.due_date for t in r.tasks] == DUE


@pytest.mark.parametrize("sub", SUBS)
def test_one_row_header(sub):
    text = (f"KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tCơ quan chủ trì\t{sub[0]}\t{sub[1]}\n"
            + "".join("\t".join(r) + "\n" for r in ROWS))
    r = parse_text(text, plan_year=2027)
    assert [t.due_date for t in r.tasks] == DUE
    assert any(sub[0] in n for n in r.notes)  # the start column is named as not read


def test_a_column_of_done_marks_is_still_no_deadline():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tThời gian thực hiện\tĐến\n1\tRà soát\tQuý I\tx\n",
                   plan_year=2027)
    assert r.tasks[0].due_date == dt.date(2027, 3, 31)
