"""Round 26C: a plan typed partly in Unicode and partly in the legacy TCVN3 font (.VnTime).

An office's template holds the title and the header in Unicode, and the rows are pasted from an old .VnTime file.
The Unicode letters made the whole count as Unicode: from Excel the rows were stored as they came ("Rµ so¸t c¸c v¨n
b¶n", "Th¸ng 6" with no due date), exit 0; from Word (Unicode body, .VnTime table) the plan was refused as holding no
table. The legacy cells are now converted, each only where it reads better so, with the usual note."""

from __future__ import annotations

import io

from tests.importing.test_round14_legacy_fonts import tcvn3

ROWS = [("1", "Rà soát các văn bản về thể chế có liên quan", "Văn phòng", "Quý I"),
        ("2", "Công khai thủ tục tại bộ phận một cửa", "Tư pháp - Hộ tịch", "Tháng 6")]
HEADER = ("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành")


def _check(r) -> None:
    assert [(t.content, t.lead, t.due_date.isoformat()) for t in r.tasks] == [
        (c, lead, due) for (_, c, lead, _), due in zip(ROWS, ("2027-03-31", "2027-06-30"))]
    assert any("bảng mã cũ" in str(n) for n in r.notes)


def test_an_excel_sheet_with_a_unicode_header_over_tcvn3_rows():
    import openpyxl

    from parapp.core.importing.parse import parse_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027"])
    ws.append(list(HEADER))
    for row in ROWS:
        ws.append([tcvn3(c) for c in row])
    buf = io.BytesIO()
    wb.save(buf)
    _check(parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026))


def test_a_word_file_with_a_unicode_body_and_a_tcvn3_table():
    import docx

    from parapp.core.importing.parse import parse_bytes

    d = docx.Document()
    for p in ("ỦY BAN NHÂN DÂN XÃ BA GIANG", "KẾ HOẠCH", "Cải cách hành chính năm 2027"):
        d.add_paragraph(p)
    t = d.add_table(rows=3, cols=4)
    for i, row in enumerate([HEADER, *ROWS]):
        for j, c in enumerate(row):
            t.cell(i, j).text = tcvn3(c)
    buf = io.BytesIO()
    d.save(buf)
    _check(parse_bytes(buf.getvalue(), "ke-hoach.docx", plan_year=2026))


def test_a_paste_mixing_both():
    from parapp.core.importing.parse import parse_text

    text = "KẾ HOẠCH\nCải cách hành chính năm 2027\n\n" + "\t".join(HEADER) + "\n" + "\n".join(
        "\t".join(tcvn3(c) for c in row) for row in ROWS)
    _check(parse_text(text, plan_year=2026))


def test_a_unicode_plan_is_left_as_it_is():
    from parapp.core.importing.parse import parse_text

    text = "KẾ HOẠCH\nCải cách hành chính năm 2027\n\n" + "\t".join(HEADER) + "\n" + "\n".join(
        "\t".join(row) for row in ROWS) + "\n3\tHội nghị Chí Hòa\tHà Tiên\tQuý IV\n"
    r = parse_text(text, plan_year=2026)
    assert [t.content for t in r.tasks][2] == "Hội nghị Chí Hòa" and r.tasks[2].lead == "Hà Tiên"
    assert not r.notes
