"""Round 45D F2, `par import-set` of a criteria set saved from Excel as a web page (.htm), or copied from Excel and
pasted, with a column hidden in Excel: round 44C F5 made the shared HTML reader read such a column's cells empty
("display:none"). The "Điểm tự đánh giá" column hidden: the set stored without its self scores (2 and 1), not a word
(before 44C they were read); "Điểm tối đa" hidden: "Không thấy bảng tiêu chí … Hãy chọn tệp Word/Excel chứa bảng chấm
điểm" (another file, where this one holds the table); the STT column hidden: "Bộ tiêu chí không có tiêu chí nào để
chấm điểm". Now the hidden cells are said: a note, or the refusal names them and asks to unhide."""

from __future__ import annotations

import pytest

from parapp.core.importing.model import Unreadable
from parapp.core.par.reading import read_bytes, read_text

ROWS = [["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"],
        ["I", "Công tác chỉ đạo", "5", ""], ["1.1", "Kế hoạch", "2", "2"], ["1.2", "Báo cáo", "3", "1"]]


def _page(hide: tuple[int, ...]) -> str:
    cell = "<td style='display:none'>{}</td>"
    rows = "".join("<tr>" + "".join((cell if i in hide else "<td>{}</td>").format(c) for i, c in enumerate(r))
                   + "</tr>" for r in ROWS)
    return f"<html><body><p>BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030</p><table>{rows}</table></body></html>"


def _read(hide: tuple[int, ...], how: str):
    return read_bytes(_page(hide).encode(), "bộ tiêu chí.htm") if how == "file" else read_text("", _page(hide))


@pytest.mark.parametrize("how", ["file", "paste"])
def test_a_hidden_score_column_is_said(how):
    read = _read((3,), how)
    assert any("cột ẩn" in str(n) and "3 ô" in str(n) for n in read.notes), read.notes


@pytest.mark.parametrize("how", ["file", "paste"])
@pytest.mark.parametrize("hide", [(2,), (0,)])
def test_the_points_or_the_codes_hidden_are_said_hidden(how, hide):
    with pytest.raises(Unreadable) as exc:
        _read(hide, how)
    assert "cột ẩn" in str(exc.value) and "Hãy chọn tệp" not in str(exc.value), exc.value


def test_guard_nothing_hidden_nothing_said():
    read = _read((), "file")
    assert not any("ẩn" in str(n) for n in read.notes)
    assert [n.code for n in read.build(2030).criteria.leaves()] == ["1.1", "1.2"]
