"""Round 39D L1 (left by round 38D), `figures import --period year --year 2030`: "Quý I | Quý II | Quý III | Quý IV |
Cộng cả năm" side by side under "BÁO CÁO KẾT QUẢ NĂM 2030" (a title no sheet's name is read from): quý I's section
was read first, with no period; asked for the year, the command looked among the sections *named* for it only, found
none (the year's states it from the title) and refused the table as one "mang tên một kỳ khác" (Quý I): the year's
column could not be imported without editing the file. Now the section stating the period asked for is taken."""

from __future__ import annotations

import pytest

from parapp.core.figures_import import read_bytes


def _table(titles: list[str], title: str) -> bytes:
    n = len(titles)
    rows = [title, ",," + ",,".join(titles) + ",", "STT,Lĩnh vực" + ",Tiếp nhận,Đúng hạn" * n]
    rows += [f"{i + 1},{f}" + "".join(f",{k + 1},{k + 1}" for k in range(n))
             for i, f in enumerate(["Hộ tịch", "Đất đai"])]
    rows.append(",Tổng cộng" + "".join(f",{2 * (k + 1)},{2 * (k + 1)}" for k in range(n)))
    return "\n".join(rows).encode()


QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"]


def _stored(tmp_path, data: bytes, *args: str) -> tuple[int, dict]:
    from parapp.cli.main import main
    from parapp.store.db import open_database
    from parapp.store.figures import stored_values

    db = tmp_path / "d.db"
    if not db.exists():
        assert main(["--db", str(db), "demo"]) == 0
    f = tmp_path / "kết quả năm.csv"
    f.write_bytes(data)
    code = main(["figures", "--db", str(db), "import", str(f), *args])
    d = open_database(db)
    try:
        return code, stored_values(d, 2030)
    finally:
        d.close()


@pytest.mark.parametrize("total", ["Cộng cả năm", "Tổng cộng cả năm", "Tổng số cả năm"])
def test_the_period_asked_takes_the_section_stating_it(tmp_path, total):
    from parapp.core.periods import PeriodKind

    code, stored = _stored(tmp_path, _table([*QUARTERS, total], "BÁO CÁO KẾT QUẢ NĂM 2030"),
                           "--period", "year", "--year", "2030")
    assert code == 0
    assert stored[(PeriodKind.YEAR, "dossiers.resolved_on_time")][0] == 10, stored


def test_a_quarter_asked_takes_its_own_section(tmp_path):
    from parapp.core.periods import PeriodKind

    code, stored = _stored(tmp_path, _table([*QUARTERS, "Cộng cả năm"], "BÁO CÁO KẾT QUẢ NĂM 2030"),
                           "--period", "q3", "--year", "2030")
    assert code == 0
    assert stored[(PeriodKind.Q3, "dossiers.resolved_on_time")][0] == 6, stored


def test_guard_a_period_no_section_holds_is_still_refused(tmp_path):
    code, stored = _stored(tmp_path, _table([*QUARTERS, "Cộng cả năm"], "BÁO CÁO KẾT QUẢ NĂM 2030"),
                           "--period", "h1", "--year", "2030")
    assert code == 2 and not any(v[0] for k, v in stored.items() if k[1].startswith("dossiers.")), stored


def test_guard_the_reader_still_reads_the_quarters():
    read = read_bytes(_table([*QUARTERS, "Cộng cả năm"], "BÁO CÁO KẾT QUẢ NĂM 2030"), "bieu.csv")
    assert len(read.others) == 4
