"""Round 28D, `figures import` of a Word file: the statistics table went on over the next page as a second table
with its header typed again (as people do where Word's "repeat header row" is not used). The second table was taken
for another period's: only the first page's fields were stored (15 received online for 17), and the note said
"Bảng của kỳ khác: hãy chọn kỳ đó". A table of the same header right after, stating no period of its own, goes on
with the one before it, as one without a header does (round 16)."""

from __future__ import annotations

import io

from parapp.core.figures_import import read_bytes

HEAD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]


def _docx(second_head: list[str]) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Kỳ báo cáo: Quý III/2027")
    for rows in ([HEAD, ["1", "Hộ tịch", "10", "5", "4"], ["2", "Chứng thực", "5", "5", "1"]],
                 [second_head, ["3", "Đất đai", "2", "1", "1"]]):
        t = d.add_table(rows=len(rows), cols=5)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v:
                    t.cell(i, j).text = v
        d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_table_going_on_with_its_header_again_is_one_table():
    read = read_bytes(_docx(HEAD), "bieu.docx")
    assert read.values["dossiers.received_online"] == 17, read.values
    assert read.others == [], read.notes


def test_a_table_of_other_columns_is_still_another():
    other = ["STT", "Nội dung", "Số phản ánh tiếp nhận", "Đã giải quyết", "Đang giải quyết"]
    read = read_bytes(_docx(other), "bieu.docx")
    assert read.values["dossiers.received_online"] == 15 and len(read.others) == 1
