"""A period the schedule does not have: the message sent the user to "Cài đặt → Lịch báo cáo", a menu ParApp has
never had, and did not say which periods there are. Now it names the schedule's periods as typed and the menu item
that adds one; nothing is written."""

from __future__ import annotations

from .test_cli import demo_db, run  # noqa: F401 - demo_db is the fixture


def test_a_period_the_schedule_lacks_names_the_ones_it_has_and_the_menu(demo_db, tmp_path):  # noqa: F811
    out = tmp_path / "Quý IV.pdf"
    r = run("--db", demo_db, "report", "pdf", "--period", "q4", "--year", "2026", "--out", out)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert not out.exists()
    said = r.stderr
    assert "Cài đặt" not in said and "Tệp → Lịch báo cáo định kỳ…" in said, said
    kinds = said.split("các kỳ có: ")[1].split(". ")[0].split(", ")
    assert "q4" not in kinds and "year" in kinds, said
    for kind in kinds:  # each one named is a period the command takes
        r = run("--db", demo_db, "report", "pdf", "--period", kind, "--year", "2026", "--out", out)
        assert r.returncode == 0, kind + r.stderr


def test_the_minimized_option_names_where_the_tray_is_chosen():
    r = run("--help")
    assert "Cài đặt" not in r.stdout and "thẻ Nhắc việc" in r.stdout, r.stdout
