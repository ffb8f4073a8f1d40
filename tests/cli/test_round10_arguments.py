"""Adversarial round 10 (issue 21), the command line: `--today ""` (a script whose date variable is empty) ended in
"Lỗi không mong đợi: an empty --today is refused by parse_user_date's caller", exit 1, in all four commands that
take it. Now said in Vietnamese with what to do, exit 2, as every other wrong value."""

from __future__ import annotations

import pytest

from ..importing.test_bounded_readers import db, parapp  # noqa: F401 (fixture)


@pytest.mark.parametrize("command", [["tasks"], ["remind"], ["letter", "pdf", "--kind", "don-doc", "--out", "l.pdf"],
                                     ["lists", "pdf", "--out", "d.pdf"]])
@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_today_is_refused_in_words(command, empty, db, tmp_path):  # noqa: F811
    args = [tmp_path / a if a.endswith(".pdf") else a for a in command]
    r = parapp(*args, "--today", empty, db=db)
    assert r.returncode == 2, r.stderr
    assert "Sau --today chưa có ngày" in r.stderr and "Lỗi không mong đợi" not in r.stderr
    assert not any(p.suffix == ".pdf" for p in tmp_path.iterdir())


@pytest.mark.parametrize("command", [["demo"], ["import", "PLAN"], ["tasks"], []])
def test_an_empty_db_is_refused_not_taken_for_the_users_own_data(command, tmp_path):
    """`--db ""` read and wrote the user's own data file: on main `parapp demo --db ""` made the demo commune in
    ~/.local/share/parapp/parapp.db and `parapp import plan.csv --db ""` imported into it (exit 0)."""
    import os
    import subprocess
    import sys

    plan = tmp_path / "kế hoạch.csv"
    plan.write_text("STT,Nội dung,Cơ quan chủ trì,Thời gian\n1,Rà soát TTHC,Văn phòng,Quý I/2026\n", encoding="utf-8")
    home = tmp_path / "dữ liệu người dùng"
    env = {**os.environ, "XDG_DATA_HOME": str(home), "APPDATA": str(home), "QT_QPA_PLATFORM": "offscreen"}
    args = [str(plan) if a == "PLAN" else a for a in command]
    r = subprocess.run([sys.executable, "-m", "parapp", *args, "--db", ""], capture_output=True, text=True,
                       encoding="utf-8", env=env, timeout=120)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Sau --db chưa có tên tệp dữ liệu" in r.stderr
    assert not home.exists() or not any(home.rglob("*.db"))
