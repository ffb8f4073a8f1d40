"""Adversarial round 10 (issue 21): figures imported into a period whose report is already finalised and sent.

On main the demo's quý I 2026 statistics (its report sent on 19/03/2026 with other figures) were stored with
no word: the 6-month report would add up figures the sent quarter never stated. The import is right to store
them (a figure corrected after sending is real work); it now says which finalised reports stated others, that
they stay as they were, and what to do."""

from __future__ import annotations

from ..importing.test_bounded_readers import db, parapp  # noqa: F401 (fixture)
from ..importing.test_figures_import import xlsx_bytes


def test_figures_that_change_a_sent_report_are_stored_with_a_word_about_that_report(db, tmp_path):  # noqa: F811
    f = tmp_path / "Biểu 06 quý I.xlsx"
    f.write_bytes(xlsx_bytes("last"))
    before = parapp("reports", "--year", 2026, db=db).stdout
    r = parapp("figures", "import", f, db=db)
    assert r.returncode == 0, r.stderr
    assert "Báo cáo quý I năm 2026 đã chốt ngày 17/03/2026 và đã gửi ngày 19/03/2026" in r.stdout
    assert "Báo cáo 6 tháng đầu năm 2026 đã chốt" in r.stdout and "hãy báo cáo bổ sung hoặc đính chính" in r.stdout
    assert "Đã lưu" in r.stdout
    assert parapp("reports", "--year", 2026, db=db).stdout == before  # the sent reports stay as they were
    again = parapp("figures", "import", f, db=db)  # the same figures again change nothing: nothing to say
    assert again.returncode == 0 and "đã chốt" not in again.stdout
