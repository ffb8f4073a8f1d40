"""Round 39D F6, `figures import`: "Tháng 10 | Tháng 11 | Lũy kế 11 tháng" side by side under "Báo cáo 11 tháng năm
2030", or a sheet named "Lũy kế 11 tháng": told "Tệp không ghi kỳ báo cáo … hãy cho biết kỳ và năm", and with the
--period year --year 2030 the user then gave, eleven months' figures (6 on time) stored as the year's, exit 0. A table
named for a count of months that is no period of ours is refused as such, --period or not (as one named "Quý I" is
for another quarter)."""

from __future__ import annotations

import io

import pytest


def _side_by_side() -> bytes:
    titles = ["Tháng 10", "Tháng 11", "Lũy kế 11 tháng"]
    rows = ["Báo cáo 11 tháng năm 2030", ",," + ",,".join(titles) + ",", "STT,Lĩnh vực" + ",Tiếp nhận,Đúng hạn" * 3]
    rows += [f"{i + 1},{f}" + "".join(f",{k + 1},{k + 1}" for k in range(3))
             for i, f in enumerate(["Hộ tịch", "Đất đai"])]
    rows.append(",Tổng cộng" + "".join(f",{2 * (k + 1)},{2 * (k + 1)}" for k in range(3)))
    return "\n".join(rows).encode()


def _sheet() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lũy kế 11 tháng"
    for r in [["STT", "Lĩnh vực", "Tiếp nhận", "Đúng hạn"], [1, "Hộ tịch", 1, 1], [2, "Đất đai", 2, 2],
              [None, "Tổng cộng", 3, 3]]:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data"), [("bieu.csv", _side_by_side()), ("bieu.xlsx", _sheet())])
@pytest.mark.parametrize("period", [[], ["--period", "year", "--year", "2030"]])
def test_eleven_months_are_refused(tmp_path, capsys, name, data, period):
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / name
    f.write_bytes(data)
    capsys.readouterr()
    assert main(["figures", "--db", str(db), "import", str(f), *period]) == 2
    err = capsys.readouterr().err
    assert "11 tháng" in err and "không ghi kỳ" not in err, err
    d = open_database(db)
    try:
        stored = stored_values(d, 2030)
    finally:
        d.close()
    assert not any(k[1] == "dossiers.resolved_on_time" and v[0] in (3, 6) for k, v in stored.items()), stored


@pytest.mark.parametrize("sheet", ["Tháng 11", "6 tháng", "Quý II", "Sheet1"])
def test_guard_names_of_periods_and_months_are_not_counts(sheet):
    from parapp.core.figures_period_names import span_in_name

    stated = span_in_name(sheet)
    assert stated is None or stated.start is not None or stated.kind is not None, stated
