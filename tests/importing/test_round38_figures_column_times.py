"""Round 38D, `figures import`: one figure for several times in a one-row header ("Đúng hạn cùng kỳ | Đúng hạn kỳ
này", "Đúng hạn tháng 4 | … | Đúng hạn cả quý", "Đúng hạn năm 2029 | Đúng hạn năm 2030") under "Báo cáo quý II năm
2030": the first column was kept and the others left out as "read twice", last year's or April's figures (2 on time)
stored as the period's, exit 0. Which column is the period's is the user's to say: refused, exit 2, naming the columns
and the --column to give; given, the figure of the column kept is stored."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes

BODY = ["1,Hộ tịch,1,2,3,6", "2,Chứng thực,1,2,3,6", ",Tổng cộng,2,4,6,12"]


@pytest.mark.parametrize("header", [
    "STT,Lĩnh vực,Đúng hạn cùng kỳ,Đúng hạn kỳ này,Ghi chú,Ký",
    "STT,Lĩnh vực,Đúng hạn tháng 4,Đúng hạn tháng 5,Đúng hạn tháng 6,Đúng hạn cả quý",
    "STT,Lĩnh vực,Đúng hạn năm 2029,Đúng hạn năm 2030,Ghi chú,Ký",
    "STT,Lĩnh vực,Đúng hạn quý I,Đúng hạn quý II,Ghi chú,Ký",
    "STT,Lĩnh vực,Đúng hạn lũy kế,Đúng hạn trong kỳ,Ghi chú,Ký",
])
def test_one_figure_of_two_times_is_refused(header):
    read = read_bytes("\n".join(["Báo cáo quý II năm 2030", header, *BODY]).encode(), "bieu.csv")
    assert read.problems, read.values


def test_guard_one_figure_printed_twice_with_its_number_is_no_time():
    read = read_bytes("\n".join(["STT,Lĩnh vực,Đúng hạn (5),Đúng hạn (7),Ghi chú,Ký", *BODY]).encode(), "bieu.csv")
    assert read.problems == [] and read.values["dossiers.resolved_on_time"] == 2


def test_the_command_refuses_then_stores_the_column_chosen(tmp_path, capsys):
    from parapp.cli.main import main
    from parapp.core.periods import PeriodKind
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "quý 2.csv"
    f.write_text("\n".join(["Báo cáo quý II năm 2030", "STT,Lĩnh vực,Đúng hạn cùng kỳ,Đúng hạn kỳ này", *BODY]),
                 encoding="utf-8")
    capsys.readouterr()
    assert main(["figures", "--db", str(db), "import", str(f)]) == 2
    assert "--column 3=skip" in capsys.readouterr().err
    assert main(["figures", "--db", str(db), "import", str(f), "--column", "3=skip"]) == 0
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert stored[(PeriodKind.Q2, "dossiers.resolved_on_time")][0] == 4, stored
