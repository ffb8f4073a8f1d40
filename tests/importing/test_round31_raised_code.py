"""Round 31C F5: a criterion code with a raised footnote mark ("2.1" then a superscript "4" in Word, kept raised
since 30D: "2.1⁴") stopped the whole import, "Lỗi không mong đợi: invalid literal for int()" (the nearest known codes
were ranked by int() of "1⁴"). The mark is a footnote's: the code is "2.1"; and a code no one knows with a raised
figure in it is asked about, never a crash."""

from __future__ import annotations

import io

import docx

from parapp.core.catalogue import catalogue_for_year, nearest_codes, shipped_catalogues
from parapp.core.importing.parse import parse_bytes, parse_text

H = "STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời hạn\tMã tiêu chí\n"


def test_a_raised_mark_after_the_code_is_a_footnote():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + H + "1\tRà soát văn bản\tTư pháp\tQuý II\t2.1⁴\n"
                   "2\tCông khai TTHC\tVăn phòng\tQuý III\t3.1⁽²⁾\n", plan_year=2027)
    assert [t.par_code for t in r.tasks] == ["2.1", "3.1"]


def test_word_superscript_in_the_code_cell():
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027")
    t = d.add_table(rows=0, cols=5)
    for r in [H.strip().split("\t"), ["1", "Rà soát văn bản", "Tư pháp", "Quý II", "2.1"]]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    t.rows[1].cells[4].paragraphs[0].add_run("4").font.superscript = True
    buf = io.BytesIO()
    d.save(buf)
    r = parse_bytes(buf.getvalue(), "kh.docx", plan_year=2027)
    assert [(t.content, t.par_code) for t in r.tasks] == [("Rà soát văn bản", "2.1")]


def test_nearest_codes_of_a_raised_figure_is_no_crash():
    assert nearest_codes(catalogue_for_year(shipped_catalogues(), 2027), "2.1⁴")


def test_each_code_of_a_list_loses_its_word_and_mark():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + H + "1\tRà soát văn bản\tTư pháp\tQuý II\tTCTP 2.1.1; TCTP 2.1.2\n"
                   "2\tCông khai TTHC\tVăn phòng\tQuý III\tTC 2.1, TC 2.2\n"
                   "3\tKiểm tra\tVăn phòng\tQuý III\t3.1¹; 3.2²\n", plan_year=2027)
    assert [t.par_code for t in r.tasks] == ["2.1.1; 2.1.2", "2.1, 2.2", "3.1; 3.2"]


def test_a_list_of_known_codes_is_known_and_an_unknown_one_named():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + H + "1\tRà soát văn bản\tTư pháp\tQuý II\t2.1, 2.2\n"
                   "2\tCông khai TTHC\tVăn phòng\tQuý III\t2.1; 9.9\n"
                   "3\tKiểm tra\tVăn phòng\tQuý III\t2.1.1 (0,5 điểm)\n", plan_year=2027)
    assert [[str(p)[:26] for p in t.problems if "Mã tiêu chí" in str(p)] for t in r.tasks] == [
        [], ["Mã tiêu chí “9.9” không có"], []]
