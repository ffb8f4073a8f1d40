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
