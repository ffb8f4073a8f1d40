"""Round 35C: a footnote's raised mark after the year in a plan's title ("KẾ HOẠCH / CẢI CÁCH HÀNH CHÍNH NĂM 2027¹":
Word's superscript, kept raised since round 30D, or pasted) hid the year: the year guess folds "¹" to "1" (NFKC, round
28C) and read "20271". Next year's plan signed in December came in as this year's, every deadline a year early."""

from __future__ import annotations

import io

import docx

from parapp.core.importing.parse import guess_year, parse_bytes, parse_text

PAGE = ("Số: 12/KH-UBND\nBa Giang, ngày 25 tháng 12 năm 2026\n\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2027{0}\n\n"
        "I. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n- Rà soát thủ tục hành chính. Thời gian: Quý II\n")


def test_a_raised_mark_after_the_title_s_year_leaves_the_year_read():
    assert guess_year(PAGE.format(""), 2025) == 2027
    assert guess_year(PAGE.format("¹"), 2025) == 2027
    assert guess_year(PAGE.format("⁽²⁾"), 2025) == 2027
    r = parse_text(PAGE.format("¹"), plan_year=2025)
    assert r.year == 2027 and r.tasks[0].due_date.isoformat() == "2027-06-30"


def test_a_word_plan_with_a_superscript_after_the_title_s_year():
    d = docx.Document()
    d.add_paragraph("Số: 12/KH-UBND")
    d.add_paragraph("Ba Giang, ngày 25 tháng 12 năm 2026")
    d.add_paragraph("KẾ HOẠCH")
    p = d.add_paragraph("CẢI CÁCH HÀNH CHÍNH NĂM 2027")
    p.add_run("1").font.superscript = True
    t = d.add_table(rows=2, cols=4)
    for i, (h, v) in enumerate(zip(["STT", "Nội dung", "Chủ trì", "Thời gian"], ["1", "Rà soát TTHC", "Văn phòng",
                                                                              "Quý II"])):
        t.cell(0, i).text, t.cell(1, i).text = h, v
    out = io.BytesIO()
    d.save(out)
    r = parse_bytes(out.getvalue(), "kh.docx", plan_year=2025)
    assert r.year == 2027 and r.tasks[0].due_date.isoformat() == "2027-06-30"
    assert r.heading.title == "Kế hoạch cải cách hành chính năm 2027"
