"""Round 29D, `figures import` of an HTML page and the Số liệu window's paste: a page's tables were read as one.

Two quarters' tables on one page (or copied from Word with the period written above each) were one table to the
reader, the second's header a page's header printed again: both quarters' fields added up, 20 dossiers received
online stored for Quý III's 15, exit 0, not a word. Each table is now read apart, with the text above it, as a Word
file's are; a table going on with its header typed again, nothing between, still joins the one before it."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes, read_tables, tables_from_text

HEAD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]
Q3 = [HEAD, ["1", "Hộ tịch", "10", "5", "4"], ["2", "Chứng thực", "5", "5", "1"]]
Q4 = [HEAD, ["1", "Hộ tịch", "3", "3", "0"], ["2", "Chứng thực", "2", "2", "0"]]


def _table(rows) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


HTML = (f"<html><body><p>Kỳ báo cáo: Quý III/2027</p>{_table(Q3)}<p>Kỳ báo cáo: Quý IV/2027</p>{_table(Q4)}"
        "</body></html>")
TEXT = "\n".join(["Kỳ báo cáo: Quý III/2027", *["\t".join(r) for r in Q3], "Kỳ báo cáo: Quý IV/2027",
                  *["\t".join(r) for r in Q4]])


def _check(read) -> None:
    assert read.values["dossiers.received_online"] == 15, read.values
    assert read.stated is not None and read.stated.text == "Quý III/2027"
    assert [o.stated.text if o.stated else None for o in read.others] == ["Quý IV/2027"]


def test_an_html_file_of_two_periods():
    _check(read_bytes(HTML.encode(), "bieu.html"))


@pytest.mark.parametrize("text", [TEXT, ""])
def test_a_paste_of_two_periods(text):
    _check(read_tables(tables_from_text(text, HTML), text))


def test_a_table_going_on_in_a_second_html_table_is_one():
    more = [HEAD, ["3", "Đất đai", "2", "1", "1"]]
    page = f"<p>Kỳ báo cáo: Quý III/2027</p>{_table(Q3)}<p> </p>{_table(more)}"
    read = read_bytes(page.encode(), "bieu.html")
    assert read.values["dossiers.received_online"] == 17 and read.others == [], read.values
