"""Round 45D F4, `par import-set` of a criteria set saved from Excel as a web page (.htm), or copied and pasted, with a
criterion row hidden in Excel ("1.3 Tiêu chí cũ (bỏ)", 3 points): Excel writes it "<tr style='display:none'>", and it
was stored, 8 points under an area that says 5 (only the sums' note), exit 0; an .xlsx leaves such a row out and says
so (40D), a plan's HTML too (43C). Now the hidden row is left out and named; an area hidden over its criteria shown
is refused (41D), as for an .xlsx."""

from __future__ import annotations

import pytest

from parapp.core.importing.model import Unreadable
from parapp.core.par.reading import read_bytes, read_text

ROWS = [["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa"], ["I", "Công tác chỉ đạo", "5"], ["1.1", "Kế hoạch", "2"],
        ["1.2", "Báo cáo", "3"], ["1.3", "Tiêu chí cũ (bỏ)", "3"], ["II", "Cải cách TTHC", "4"],
        ["2.1", "Niêm yết", "4"]]


def _page(hidden: set[str]) -> str:
    rows = "".join(("<tr style='display:none'>" if r[0] in hidden else "<tr>") + "".join(f"<td>{c}</td>" for c in r)
                   + "</tr>" for r in ROWS)
    return f"<html><body><p>BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030</p><table>{rows}</table></body></html>"


@pytest.mark.parametrize("how", ["file", "paste"])
def test_a_hidden_criterion_row_is_left_out_and_said(how):
    read = read_bytes(_page({"1.3"}).encode(), "bộ.htm") if how == "file" else read_text("", _page({"1.3"}))
    built = read.build(2030)
    assert [n.code for n in built.criteria.leaves()] == ["1.1", "1.2", "2.1"] and not built.mismatches
    assert any("dòng ẩn" in str(n) and "dòng 5" in str(n) for n in read.notes), read.notes


def test_an_area_hidden_over_its_criteria_shown_is_refused():
    with pytest.raises(Unreadable) as exc:
        read_bytes(_page({"II"}).encode(), "bộ.htm")
    assert "đang ẩn" in str(exc.value) and "bộ.htm" in str(exc.value), exc.value


def test_the_header_row_hidden_is_said_hidden_not_another_file():
    """F4's follow-up: the header row left out as hidden, the file was told to be no criteria table ("Hãy chọn tệp")."""
    with pytest.raises(Unreadable) as exc:
        read_bytes(_page({"STT"}).encode(), "bộ.htm")
    assert "dòng ẩn" in str(exc.value) and "Hãy chọn tệp" not in str(exc.value), exc.value
