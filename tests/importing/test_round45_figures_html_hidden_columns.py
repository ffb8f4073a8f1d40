"""Round 45D F1, `figures import` of a Biểu 06 saved from Excel as a web page (or copied from Excel and pasted in the
Số liệu window), a column hidden in Excel: Excel writes each of its cells "display:none", which round 44C F5 made
the shared HTML reader read empty. A hidden "Giải quyết đúng hạn" (10) was left out without a word: received 15 and
late 5 stored, on time not, exit 0 (the same .xlsx says "Trang … có dòng, cột ẩn …: chưa đọc … cột D", round 40D).
Every figure column hidden: "Không nhận ra cột số liệu nào … Hãy chọn tệp thống kê xuất từ Hệ thống", sending the
clerk to export again a file the system gave (43D F9 said hidden for an .xlsx only). Now both say the hidden cells."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes, read_pasted
from parapp.core.importing.model import Unreadable

HEAD = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận trực tuyến", "Giải quyết đúng hạn", "Giải quyết quá hạn"]
ROWS = [HEAD, ["", "Tổng cộng", "15", "10", "5"], ["1", "Hộ tịch", "10", "5", "4"], ["2", "Chứng thực", "5", "5", "1"]]


def _page(hide: tuple[int, ...]) -> str:
    cell = "<td style='display:none'>{}</td>"
    rows = "".join("<tr>" + "".join((cell if i in hide else "<td>{}</td>").format(c) for i, c in enumerate(r))
                   + "</tr>" for r in ROWS)
    return f"<html><body><p>Kỳ báo cáo: Quý III/2030</p><table>{rows}</table></body></html>"


def _said(notes) -> bool:
    return any("cột ẩn" in str(n) and "4 ô" in str(n) for n in notes)


def test_a_hidden_figure_column_of_a_web_page_is_said():
    read = read_bytes(_page((3,)).encode(), "Biểu 06.htm")
    assert "dossiers.resolved_on_time" not in read.values and _said(read.notes), read.notes


def test_a_hidden_figure_column_of_a_paste_is_said():
    read = read_pasted("", _page((3,)))
    assert read.values["dossiers.received_online"] == 15 and _said(read.notes), read.notes


@pytest.mark.parametrize("how", ["file", "paste"])
def test_every_figure_column_hidden_is_said_hidden_not_another_file(how):
    with pytest.raises(Unreadable) as exc:
        if how == "file":
            read_bytes(_page((2, 3, 4)).encode(), "Biểu 06.html")
        else:
            read_pasted("", _page((2, 3, 4)))
    assert "cột ẩn" in str(exc.value) and "Hãy chọn tệp" not in str(exc.value), exc.value


def test_guard_nothing_hidden_nothing_said():
    read = read_bytes(_page(()).encode(), "Biểu 06.html")
    assert read.values["dossiers.resolved_on_time"] == 10 and not any("ẩn" in str(n) for n in read.notes)
