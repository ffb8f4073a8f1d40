"""Round 45D L1 (left by 43D), `par import-set` of an .xlsx whose code column ("STT": I, 1.1, 1.2) is hidden in Excel:
refused "Bộ tiêu chí không có tiêu chí nào để chấm điểm" (exit 2), the names and points read but no criterion, and not
a word of the hidden column (40D's note naming it was never shown: the import stopped first), so the clerk looked for
what is wrong with a set that has every criterion. Now the refusal names the hidden column and asks to unhide it."""

from __future__ import annotations

import io

import openpyxl
import pytest

from parapp.core.importing.model import Unreadable

ROWS = [["BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2030"], ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"],
        ["I", "Công tác chỉ đạo", 5, None], ["1.1", "Kế hoạch", 2, 2], ["1.2", "Báo cáo", 3, 1]]


def _book(rows=ROWS, cols=("A",)) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    for c in cols:
        ws.column_dimensions[c].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_code_column_hidden_is_said_to_be_hidden():
    from parapp.core.par.reading import read_bytes

    with pytest.raises(Unreadable) as exc:
        read_bytes(_book(), "bộ tiêu chí.xlsx")
    message = str(exc.value)
    assert "cột A" in message and "bỏ ẩn" in message, message


def test_the_cli_says_so_too(tmp_path, capsys):
    from parapp.cli.main import main as cli_main
    from parapp.store import open_database

    open_database(tmp_path / "p.db").close()
    path = tmp_path / "bộ tiêu chí #2.xlsx"
    path.write_bytes(_book())
    assert cli_main(["par", "import-set", "--db", str(tmp_path / "p.db"), "--year", "2030", str(path)]) == 2
    err = capsys.readouterr().err
    assert "cột A" in err and "không có tiêu chí nào" not in err, err


def test_guard_codes_in_the_names_with_another_column_hidden_still_read():
    from parapp.core.par.reading import read_bytes

    rows = [ROWS[0], ["Lĩnh vực/Tiêu chí", "Ghi chú", "Điểm tối đa"], ["I. Công tác chỉ đạo", "x", 5],
            ["1.1 Kế hoạch", "y", 2], ["1.2 Báo cáo", "z", 3]]
    read = read_bytes(_book(rows, ("B",)), "bộ.xlsx")
    assert [n.code for n in read.build(2030).criteria.leaves()] == ["1.1", "1.2"]
