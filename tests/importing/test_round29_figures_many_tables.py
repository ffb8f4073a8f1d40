"""Round 29D, `figures import` of an HTML page: bounded in time whatever its number of tables.

Reading a page's tables apart (round 29D) showed two costs growing with the square of their number: the legacy-font
check summed its sample again per table (100,000 empty tables: 22 s, a 20 MB page of them: 6 minutes), and each
table's period was looked for in the whole page's text (3,000 tables of a quarter each: 203 s). Both are now counted
once; an empty table is none."""

from __future__ import annotations

import time

from parapp.core.figures_import import read_bytes, read_tables, tables_from_text
from parapp.core.importing.model import Unreadable

H = ("<tr><td>STT</td><td>Lĩnh vực</td><td>Số hồ sơ tiếp nhận trực tuyến</td><td>Giải quyết đúng hạn</td>"
     "<td>Giải quyết quá hạn</td></tr>")
R = "<tr><td>1</td><td>Hộ tịch</td><td>1</td><td>1</td><td>0</td></tr>"


def test_a_page_of_empty_tables():
    page = "<p>Quý III/2027</p><table>" + H + R + "</table>" + "<table></table>" * 200_000
    start = time.monotonic()
    read = read_bytes(page.encode(), "bieu.html")
    assert read.values["dossiers.received_online"] == 1
    assert time.monotonic() - start < 30  # 80 s and more before


def test_a_page_of_many_periods_tables():
    page = ("<p>Kỳ báo cáo: Quý III/2027</p><table>" + H + R + "</table>") * 3000
    start = time.monotonic()
    read = read_bytes(page.encode(), "bieu.html")
    assert read.values["dossiers.received_online"] == 1 and len(read.others) == 2999
    assert time.monotonic() - start < 60  # 203 s before


def test_a_paste_of_empty_tables_is_not_an_empty_paste():
    try:
        read_tables(tables_from_text("", "<table></table><table></table>"), "")
    except Unreadable as exc:
        assert "Không nhận ra cột số liệu" in str(exc), str(exc)
    else:
        raise AssertionError("read")
