"""Adversarial round 9 (issue 21): an HTML table (an .html file, or the HTML flavour of a paste) is bounded as
a sheet or a CSV is. Round 3 bounded a CSV or a paste's text at 200 columns; the HTML reader kept every cell.
On main a 19 MB page whose second row held 1.9 million cells took 63 s in the plan importer (exit 0: one
task, the cells dropped without a word), 8 minutes in the figures importer and 105 s in the PAR criteria
importer, which then said "Không có gì để nhập: khung dán đang trống" of a file. That importer said so of
any .html file whose table it could not read."""

from __future__ import annotations

import pytest

from .test_bounded_readers import COMMANDS, db, parapp  # noqa: F401 (fixture)

HEAD = ("<html><body><table><tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td><td>Thời gian thực hiện</td>"
        "</tr><tr><td>1</td><td>Rà soát thủ tục</td><td>Văn phòng</td><td>Quý I/2026</td>")


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_an_html_row_wider_than_any_table_is_refused_not_read(reader, db, tmp_path):  # noqa: F811
    f = tmp_path / "bảng rộng.html"
    f.write_text(HEAD + "<td>x</td>" * 300_000 + "</tr></table></body></html>", encoding="utf-8")
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2, (r.returncode, r.stderr[-300:])
    assert "hơn 200 cột" in r.stderr, r.stderr[-300:]


@pytest.mark.parametrize("reader", sorted(COMMANDS))
def test_an_html_table_of_more_cells_than_any_plan_is_refused(reader, db, tmp_path):  # noqa: F811
    """Empty cells past the 200th column are dropped, as a CSV's are; their count is still bounded."""
    f = tmp_path / "bảng rỗng.html"
    f.write_text(HEAD + "<td></td>" * 600_000 + "</tr></table></body></html>", encoding="utf-8")
    r = parapp(*COMMANDS[reader](f), db=db)
    assert r.returncode == 2, (r.returncode, r.stderr[-300:])
    assert "hơn 500.000 ô" in r.stderr, r.stderr[-300:]


def test_an_html_criteria_file_without_a_criteria_table_says_so_not_that_the_paste_is_empty(db, tmp_path):  # noqa: F811
    f = tmp_path / "bộ tiêu chí.html"
    f.write_text("<html><body><table><tr><td>STT</td><td>Tên</td></tr><tr><td>1</td><td>x</td></tr></table>"
                 "</body></html>", encoding="utf-8")
    r = parapp(*COMMANDS["par"](f), db=db)
    assert r.returncode == 2 and "Điểm tối đa" in r.stderr, r.stderr
    assert "khung dán" not in r.stderr


def test_empty_html_cells_past_the_edge_are_dropped_and_the_table_read():
    from parapp.core.importing import sources

    rows = sources.html_rows(HEAD + "<td></td>" * 1_000 + "</tr></table>")
    assert [len(cells) for _, cells in rows] == [4, 200]
    assert rows[1][1][:4] == ["1", "Rà soát thủ tục", "Văn phòng", "Quý I/2026"]


def test_a_line_of_millions_of_numbering_levels_is_read_in_bounded_memory(db, tmp_path):  # noqa: F811
    """A heading's number ("2.3.1.") was matched with an unbounded repeated group: a 19 MB .txt of "1.1.1…"
    took 1.3 GB (the regex engine keeps a mark per repetition). Under an 800 MB address-space limit main ends
    in "Lỗi không mong đợi: .", exit 1."""
    import resource
    import subprocess
    import sys

    f = tmp_path / "kế hoạch.txt"
    f.write_text("1." * 9_500_000, encoding="utf-8")

    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (800 << 20, 800 << 20))
    r = subprocess.run([sys.executable, "-m", "parapp", "import", str(f), "--dry-run", "--db", str(db)],
                       capture_output=True, text=True, encoding="utf-8", timeout=300, preexec_fn=cap)
    assert r.returncode == 2 and "Không nhận ra bảng phân công" in r.stderr, (r.returncode, r.stderr[-300:])
