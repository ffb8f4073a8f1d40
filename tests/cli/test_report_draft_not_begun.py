"""`report draft` of a period whose figures have not begun to count says so on stderr (exit 0, the draft printed):
drafted on 06/12/2026, quý I 2027 (counted from 15/12/2026) printed "0/9 nhiệm vụ" without a word (closing16)."""

import datetime as dt

from parapp.cli.report_commands import cmd_report_draft

from .test_cli import run


def test_an_early_draft_is_said_to_be_early(tmp_path, capsys):
    db = tmp_path / "Xã #1.db"
    assert run("demo", "--db", db).returncode == 0
    assert cmd_report_draft(db, "q1", 2027, as_json=False, save=False, today=dt.date(2026, 12, 6)) == 0
    early = capsys.readouterr()
    assert "BÁO CÁO" in early.out and "từ ngày 15/12/2026; hôm nay chưa đến kỳ" in early.err
    assert cmd_report_draft(db, "q1", 2027, as_json=True, save=False, today=dt.date(2026, 12, 16)) == 0
    assert "chưa đến kỳ" not in capsys.readouterr().err
