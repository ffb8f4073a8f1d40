"""A fresh-eyes walk (round 43): the printed figures (Ctrl+P on Số liệu) said "(UBND xã Ba Giang, ngày 06/12/2026: 37
dòng)" under the title; a row count means nothing to the reader of a document."""

import datetime as dt

from parapp.document.list_documents import table_document


def test_a_printed_page_table_says_whose_and_when_not_how_many_rows():
    doc = table_document("Số liệu năm 2026", [], ["Chỉ tiêu", "Số liệu"], [["Hồ sơ tiếp nhận", "1.326"]] * 37,
                         [3, 1], "Ủy ban nhân dân xã Ba Giang", dt.date(2026, 12, 6))
    line = doc.parts[0].blocks[0].kem_theo
    assert line == "(UBND xã Ba Giang, ngày 06/12/2026)", line
