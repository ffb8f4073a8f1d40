"""Round 28D, the Số liệu window's Paste: a table pasted from Excel comes on the clipboard twice, as HTML and as
tab-separated text, and both were read as tables of their own. Every such paste was told "Tệp có 2 bảng số liệu; chỉ
đọc bảng có nhiều số liệu nhất … Bảng của kỳ khác: hãy chọn kỳ đó …", of a table that is not there. The plain text is
now read only when the HTML flavour holds no statistics table."""

from __future__ import annotations

from parapp.core.figures_import import read_tables, tables_from_text

TEXT = ("Kỳ báo cáo: Quý III/2027\nSTT\tLĩnh vực\tSố hồ sơ tiếp nhận trực tuyến\tGiải quyết đúng hạn\n"
        "1\tHộ tịch\t10\t5\n")
HTML = ("<table><tr><td>Kỳ báo cáo: Quý III/2027</td></tr><tr><td>STT</td><td>Lĩnh vực</td>"
        "<td>Số hồ sơ tiếp nhận trực tuyến</td><td>Giải quyết đúng hạn</td></tr>"
        "<tr><td>1</td><td>Hộ tịch</td><td>10</td><td>5</td></tr></table>")


def test_one_table_pasted_in_two_flavours_is_one_table():
    read = read_tables(tables_from_text(TEXT, HTML), TEXT)
    assert read.values == {"dossiers.received_online": 10, "dossiers.resolved_on_time": 5}
    assert read.others == [] and not [n for n in read.notes if "bảng số liệu" in str(n)], read.notes


def test_the_text_is_read_when_the_html_holds_no_statistics_table():
    read = read_tables(tables_from_text(TEXT, "<table><tr><td>Ảnh</td></tr></table>"), TEXT)
    assert read.values["dossiers.received_online"] == 10
