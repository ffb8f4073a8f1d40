"""Round 38D, `figures import`: a statistics file stating a year out of 2000–2100 ("Quý II năm 0001", "6 tháng đầu năm
0000", "Từ ngày 01/10/9999 đến ngày 31/12/9999", a slip in Excel's date cells) met the calendar's end while the windows
around it were worked out: "Lỗi không mong đợi: year 0 is out of range", exit 1 (the window's dialog asks the same
function for the period it proposes). Refused, exit 2, saying the year and the years ParApp works with."""

from __future__ import annotations

import pytest

from parapp.core.figures_period import contradiction, find_period, match_period
from parapp.core.periods import PRESETS

TABLE = "STT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,1,1\n"
STATED = ["Quý II năm 0001", "6 tháng đầu năm 0000", "Kỳ báo cáo: tháng 1/0001", "Quý IV năm 2150",
          "Từ ngày 01/01/0001 đến ngày 31/03/0001", "Từ ngày 01/10/9999 đến ngày 31/12/9999"]


@pytest.mark.parametrize("text", STATED)
def test_no_period_of_a_year_out_of_bounds(text):
    stated = find_period(text)
    assert stated is not None
    assert match_period(stated, next(iter(PRESETS.values()))) is None
    assert "2000" in str(contradiction(None, stated, None, None))


@pytest.mark.parametrize("text", STATED[:2] + STATED[-1:])
def test_the_command_refuses_with_a_reason(tmp_path, capsys, text):
    from parapp.cli.main import main

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "bieu.csv"
    f.write_text(f"{text}\n{TABLE}", encoding="utf-8")
    capsys.readouterr()
    assert main(["figures", "--db", str(db), "import", str(f)]) == 2
    assert main(["figures", "--db", str(db), "import", str(f), "--period", "q2", "--year", "2030"]) == 2
    err = capsys.readouterr().err
    assert "2000" in err and "không mong đợi" not in err
