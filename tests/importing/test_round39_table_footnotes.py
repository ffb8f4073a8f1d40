"""Round 39C F1: a plan's table with its footnotes under it, each on a row of its own (merged across in Excel or Word,
a line of its own in a text file or a paste): "1 Theo Quyết định số 1291/QĐ-BNV …", "¹ Theo …", "(1) …", "[1] …",
"1Theo …" (a raised mark flattened). With a plain or raised mark each became a task numbered "1", "2" asking for a
deadline (2 tasks the plan does not set, in the test's plan); with a bracketed one a row "with no task's content" that
could not be imported. The tasks kept the marks in their words ("… Bộ phận Một cửa1", "… TTHC(2)"). Now such a row
(its mark, then what a footnote cites) is a footnote: no task, no problem, and its mark is left out of the tasks'
words as in prose (39C L3). A task row written across the table ("1 Theo dõi thi hành pháp luật …") reads as before."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from parapp.core.importing.parse import parse_bytes, parse_text

HEAD = ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"]


def _rows(mark: str) -> list[list[str]]:
    one, two = (mark.format(1), mark.format(2))
    return [["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", ""],
            ["1", f"Niêm yết công khai TTHC tại Bộ phận Một cửa{one.strip()}", "Văn phòng", "Quý I"],
            ["2", f"Số hóa hồ sơ, kết quả giải quyết TTHC{two.strip()}", "Văn phòng", "Quý II"]]


def _notes(mark: str) -> list[str]:
    return [mark.format(1) + "Theo Quyết định số 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ.",
            mark.format(2) + "Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ."]


WANT = [("1", "Niêm yết công khai TTHC tại Bộ phận Một cửa", "Quý I"),
        ("2", "Số hóa hồ sơ, kết quả giải quyết TTHC", "Quý II")]
MARKS = ["{0} ", "{0}", "({0}) ", "[{0}] "]


def _read(r) -> list[tuple[str, str, str]]:
    assert not r.problems
    return [(t.stt, t.content, t.deadline_text) for t in r.tasks]


@pytest.mark.parametrize("mark", MARKS)
def test_footnotes_under_a_pasted_table(mark):
    lines = ["KẾ HOẠCH CCHC NĂM 2027", "\t".join(HEAD), *("\t".join(r) for r in _rows(mark)), *_notes(mark)]
    assert _read(parse_text("\n".join(lines) + "\n", plan_year=2027)) == WANT


@pytest.mark.parametrize("mark", MARKS)
def test_footnotes_under_a_workbooks_table(mark):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["KẾ HOẠCH CCHC NĂM 2027"])
    ws.append(HEAD)
    for r in _rows(mark):
        ws.append(r)
    for n in _notes(mark):
        ws.append([n])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    out = io.BytesIO()
    wb.save(out)
    assert _read(parse_bytes(out.getvalue(), "kh.xlsx", plan_year=2027)) == WANT


def test_footnotes_in_a_word_tables_last_rows():
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CCHC NĂM 2027")
    t = d.add_table(rows=0, cols=4)
    for r in [HEAD, *_rows("{0} ")]:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    for n in _notes("{0} "):
        cells = t.add_row().cells
        cells[0].merge(cells[3]).text = n
    out = io.BytesIO()
    d.save(out)
    assert _read(parse_bytes(out.getvalue(), "kh.docx", plan_year=2027)) == WANT


def test_a_raised_mark_and_a_wrapped_footnote():
    lines = ["KẾ HOẠCH CCHC NĂM 2027", "\t".join(HEAD), "I\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t",
             "1\tNiêm yết công khai TTHC tại Bộ phận Một cửa¹\tVăn phòng\tQuý I",
             "2\tSố hóa hồ sơ, kết quả giải quyết TTHC²\tVăn phòng\tQuý II",
             "¹ Theo Quyết định số 1291/QĐ-BNV ngày 20/12/2023 của Bộ Nội vụ về việc phê duyệt",
             "đề án vị trí việc làm.", "² Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ."]
    assert _read(parse_text("\n".join(lines) + "\n", plan_year=2027)) == WANT


def test_a_task_written_across_the_table_reads_as_before():
    lines = ["KẾ HOẠCH CCHC NĂM 2027", "\t".join(HEAD), "I\tCẢI CÁCH THỂ CHẾ\t\t",
             "1 Theo dõi thi hành pháp luật theo Nghị định 32/2020/NĐ-CP",
             "2\tRà soát văn bản QPPL\tTư pháp\tQuý II"]
    r = parse_text("\n".join(lines) + "\n", plan_year=2027)
    assert [(t.stt, t.content) for t in r.tasks] == [
        ("1", "Theo dõi thi hành pháp luật theo Nghị định 32/2020/NĐ-CP"), ("2", "Rà soát văn bản QPPL")]
