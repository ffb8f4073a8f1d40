"""Round 9 (issue 21): a statistics file's impossible count is named as the file wrote it, with what to do.
On main a total row's "-5" was refused as "không thể âm (-5.0)" and "12,5" as "phải là số nguyên (12.5)"
(a float in English notation, of a cell the official never wrote so), with no word of what to do."""

import pytest

from ..importing.onestop_files import subgroup_csv
from .test_cli import run


# Round 26D: the cell itself is refused now (it was checked on the column's sum only), named as written with its line.
@pytest.mark.parametrize(("cell", "said"), [("-5", "“-5”"), ("12,5", "“12,5”")])
def test_an_impossible_count_in_a_statistics_file_is_named_as_written(tmp_path, cell, said):
    lines = subgroup_csv().decode("utf-8-sig").split("\n")
    for i, line in enumerate(lines):
        cells = line.split(";")
        if len(cells) > 3 and cells[1].startswith("Tổng"):
            cells[3] = cell  # "Kỳ trước chuyển qua" of the total row
            lines[i] = ";".join(cells)
    f = tmp_path / "biểu 06.csv"
    f.write_text("\n".join(lines), encoding="utf-8-sig")
    db = tmp_path / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    r = run("figures", "import", f, "--db", db)
    assert r.returncode == 2, r.stderr
    assert said in r.stderr and "dòng" in r.stderr and "Hãy sửa biểu thống kê" in r.stderr, r.stderr
