"""Adversarial round 14 (issue 21), the importers: Vietnamese typed in the legacy TCVN3 and VNI fonts.

An old office's files are typed in .VnTime (TCVN3, "ABC") or VNI-Times: the text is Latin-1 look-alikes ("C¸c" for
"Các"). Round 7 converted it, with a note, but on main only (a) a pasted or .csv/.txt text, and (b) only when the text
held none of "ã", "õ", "Õ": those are TCVN3's "ó", "ừ", "ế" (and VNI's tone marks), and the check "any Unicode-only
Vietnamese letter means Unicode" counted them. Any real plan has "có" or "chế", so it came in as it was: "Có bảng nhưng
không nhận ra dòng tiêu đề" of a table whose header is there. Word and Excel files, criteria sets and statistics
sheets were never converted (their header unrecognised, or their text stored garbled).
"""

from __future__ import annotations

import io

from parapp.core.importing.legacy_text import _TCVN3, _VNI

_TO_TCVN3 = {v: k for k, v in _TCVN3.items()}
_TO_VNI = {v: k for k, v in sorted(_VNI.items(), key=lambda kv: len(kv[0]))}
PLAN = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"],
        ["1", "Rà soát các văn bản về thể chế có liên quan", "Văn phòng", "Quý II/2026"],
        ["2", "Công khai thủ tục tại bộ phận một cửa", "Tư pháp - Hộ tịch", "Quý III/2026"],
        ["3", "Kiểm tra công tác cải cách hành chính những tháng cuối năm", "Văn phòng", "Quý IV/2026"]]
NOTE = "bảng mã cũ"


def tcvn3(s: str) -> str:
    return "".join(_TO_TCVN3.get(c, c) for c in s)


def vni(s: str) -> str:
    return "".join(_TO_VNI.get(c, c) for c in s)


def _expected(r) -> None:
    assert [(t.content, t.lead, t.due_date.isoformat()) for t in r.tasks] == [
        (c, lead, due) for (_, c, lead, _), due in zip(PLAN[1:], ("2026-06-30", "2026-09-30", "2026-12-31"))]
    assert any(NOTE in n for n in r.notes)


def test_a_csv_typed_in_tcvn3_with_the_letters_it_shares_with_unicode_is_converted():
    from parapp.core.importing.parse import parse_bytes

    data = "\r\n".join(";".join(tcvn3(c) for c in row) for row in PLAN).encode("cp1252")
    assert "chÕ" in data.decode("cp1252") and "cã" in data.decode("cp1252")
    _expected(parse_bytes(data, "ke-hoach.csv", plan_year=2026))


def test_a_paste_typed_in_vni_with_a_tilde_is_converted():
    from parapp.core.importing.parse import parse_text

    text = "\n".join("\t".join(vni(c) for c in row) for row in PLAN)
    assert "õ" in text  # "những": the tilde VNI writes as "õ"
    _expected(parse_text(text, plan_year=2026))


def test_word_and_excel_plans_typed_in_tcvn3_are_converted():
    import docx
    import openpyxl

    from parapp.core.importing.parse import parse_bytes

    d = docx.Document()
    d.add_paragraph(tcvn3("Kế hoạch cải cách hành chính năm 2026"))
    t = d.add_table(rows=0, cols=4)
    for row in PLAN:
        for cell, v in zip(t.add_row().cells, row):
            cell.text = tcvn3(v)
    buf = io.BytesIO()
    d.save(buf)
    _expected(parse_bytes(buf.getvalue(), "ke-hoach.docx", plan_year=2026))

    wb = openpyxl.Workbook()
    for row in PLAN:
        wb.active.append([tcvn3(v) for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    _expected(parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026))

    html = "<table>" + "".join("<tr>" + "".join(f"<td>{tcvn3(v)}</td>" for v in row) + "</tr>" for row in PLAN)
    _expected(parse_bytes((html + "</table>").encode("cp1252"), "ke-hoach.xls", plan_year=2026))


def test_a_criteria_set_in_word_typed_in_tcvn3_has_its_names_in_unicode():
    import docx

    from parapp.core.par.reading import read_bytes

    d = docx.Document()
    t = d.add_table(rows=0, cols=3)
    for row in (["STT", "Tiêu chí", "Điểm tối đa"], ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", ""],
                ["1.1", "Kế hoạch cải cách hành chính năm có đủ nội dung", "2"],
                ["1.2", "Báo cáo kết quả cải cách hành chính đúng hạn", "1"]):
        for cell, v in zip(t.add_row().cells, row):
            cell.text = tcvn3(v)
    buf = io.BytesIO()
    d.save(buf)
    tree = read_bytes(buf.getvalue(), "bo-tieu-chi.docx").build(2026).criteria
    assert [n.name for n in tree.leaves()] == ["Kế hoạch cải cách hành chính năm có đủ nội dung",
                                               "Báo cáo kết quả cải cách hành chính đúng hạn"]


def test_a_statistics_sheet_typed_in_tcvn3_is_read_and_said():
    from parapp.core.figures_import import read_tables, tables_from_text

    lines = ["STT\tLĩnh vực\tTổng số hồ sơ tiếp nhận\tKỳ trước chuyển qua\tĐã giải quyết đúng hạn\t"
             "Đã giải quyết quá hạn", "1\tHộ tịch\t130\t10\t100\t2"]
    result = read_tables(tables_from_text(tcvn3("\n".join(lines))))
    assert result.values["dossiers.received"] == 120
    assert result.values["dossiers.resolved_late"] == 2
    assert any(NOTE in n for n in result.notes)
