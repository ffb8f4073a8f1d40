"""Round 45D F5, `par import-set --year 2032` of an .xlsx titled in one cell over two lines (Alt+Enter), "Kết quả tự
đánh giá Chỉ số CCHC↵Năm 2030", with self scores: the title's year unread (43D F6 read it on the title's own line
only), 2030's scores (2 and 1) stored as 2032's, exit 0, not a word. Now the year on the line under the title is the
title's, and 42D's refusal of another year's scores holds."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.par.reading import read_bytes


def _book(title: str) -> bytes:
    wb = openpyxl.Workbook()
    for r in [[title], ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"], ["I", "Công tác chỉ đạo", 5],
              ["1.1", "Kế hoạch", 2, 2], ["1.2", "Báo cáo", 3, 1]]:
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("title", ["Kết quả tự đánh giá Chỉ số CCHC\nNăm 2030",
                                   "Bảng tự chấm điểm Chỉ số CCHC cấp xã\nnăm 2030"])
def test_the_year_under_the_title_is_the_titles(title):
    assert read_bytes(_book(title), "bộ.xlsx").title_year == 2030


def test_the_cli_refuses_the_scores_for_another_year(tmp_path, capsys):
    from parapp.cli.main import main as cli_main
    from parapp.store import open_database

    open_database(tmp_path / "p.db").close()
    src = tmp_path / "tự chấm #1.xlsx"
    src.write_bytes(_book("Kết quả tự đánh giá Chỉ số CCHC\nNăm 2030"))
    assert cli_main(["par", "import-set", "--db", str(tmp_path / "p.db"), "--year", "2032", str(src)]) == 2
    assert "2030" in capsys.readouterr().err


def test_guard_a_year_further_down_is_not_the_titles():
    assert read_bytes(_book("Kết quả tự đánh giá Chỉ số CCHC\nCăn cứ Quyết định năm 2028"), "b.xlsx").title_year is None
