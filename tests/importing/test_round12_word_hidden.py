"""Adversarial round 12 (issue 21), the importers: Word text hidden by a style.

Round 11 left out a run formatted hidden directly (w:vanish in the run). A template's instructions are as often
formatted with a style that is hidden (a character style "Hướng dẫn", or a paragraph style, with "Hidden" ticked
in its font): Word neither shows nor prints them, and on main they came into the task's content. A run marked
w:specVanish (always hidden) likewise. Kept: a run the style hides but the run itself shows (w:vanish w:val="0"),
and w:webHidden text (hidden in Web Layout only: printed).
"""

from __future__ import annotations

import io

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _plan() -> bytes:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.styles.add_style("HuongDan", WD_STYLE_TYPE.CHARACTER).font.hidden = True
    d.styles.add_style("GhiChuAn", WD_STYLE_TYPE.PARAGRAPH).font.hidden = True
    t = d.add_table(rows=4, cols=4)
    for r, values in enumerate([["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian thực hiện"],
                                ["1", "Rà soát thủ tục", "Văn phòng", "Quý I/2026"],
                                ["2", "Công khai thủ tục", "Tư pháp", "Quý II/2026"],
                                ["3", "Cập nhật dữ liệu", "Địa chính", "Quý III/2026"]]):
        for c, v in enumerate(values):
            t.cell(r, c).text = v
    t.cell(1, 1).paragraphs[0].add_run(" (Hướng dẫn: ghi rõ nội dung)", style="HuongDan")
    t.cell(2, 1).add_paragraph("Ghi chú: xóa dòng này trước khi gửi", style="GhiChuAn")
    shown = t.cell(2, 2).paragraphs[0].add_run(" và Văn phòng", style="HuongDan")
    vanish = OxmlElement("w:vanish")
    vanish.set(f"{{{_W}}}val", "0")
    shown._r.get_or_add_rPr().append(vanish)
    spec = t.cell(3, 1).paragraphs[0].add_run(" [mẫu]")
    spec._r.get_or_add_rPr().append(OxmlElement("w:specVanish"))
    web = t.cell(3, 2).paragraphs[0].add_run(" và UBND")
    web._r.get_or_add_rPr().append(OxmlElement("w:webHidden"))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_text_a_hidden_style_hides_stays_out_of_the_tasks():
    from parapp.core.importing.parse import parse_bytes

    r = parse_bytes(_plan(), "kế hoạch.docx", plan_year=2026)
    assert [(t.content.strip(), t.lead) for t in r.tasks] == [
        ("Rà soát thủ tục", "Văn phòng"), ("Công khai thủ tục", "Tư pháp và Văn phòng"),
        ("Cập nhật dữ liệu", "Địa chính và UBND")]


def test_a_criteria_name_keeps_out_text_a_hidden_style_hides():
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    from parapp.core.par.reading import read_bytes

    d = docx.Document()
    d.styles.add_style("HuongDan", WD_STYLE_TYPE.CHARACTER).font.hidden = True
    t = d.add_table(rows=3, cols=3)
    for r, values in enumerate([["STT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa"],
                                ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "3"],
                                ["1", "Kế hoạch cải cách hành chính năm", "3"]]):
        for c, v in enumerate(values):
            t.cell(r, c).text = v
    t.cell(2, 1).paragraphs[0].add_run(" (ghi điểm theo Phụ lục II)", style="HuongDan")
    out = io.BytesIO()
    d.save(out)
    leaves = read_bytes(out.getvalue(), "bộ tiêu chí.docx").build(2026).criteria.leaves()
    assert [n.name.strip() for n in leaves] == ["Kế hoạch cải cách hành chính năm"]
