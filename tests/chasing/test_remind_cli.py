"""`parapp remind`: its lists agree with `tasks --json` and `periods --json`, at the day --today gives."""

import datetime as dt
import json

import pytest

from parapp.store import open_database, report_records
from parapp.store.periods import find_period
from tests.cli.test_cli import run

from .conftest import TODAY, day


def js(*args):
    r = run(*args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _send_h1(path):
    """The 6-month report finalised and sent: it is no longer chased."""
    db = open_database(path)
    try:
        with db.atomic():
            p = find_period(db, "h1", 2024)
            _, rid = report_records.draft_for_period(db, p, TODAY, save=True)
            report_records.finalize(db, rid, TODAY)
            report_records.mark_sent(db, rid, TODAY, "Thư điện tử công vụ")
    finally:
        db.close()


@pytest.mark.parametrize("days", [0, 14, 120])
def test_remind_agrees_with_tasks_and_periods(chase_path, days):
    today = TODAY.strftime("%d/%m/%Y")
    rem = js("remind", "--db", chase_path, "--json", "--days", days, "--today", today)
    tasks = js("tasks", "--db", chase_path, "--json", "--today", today)
    assert rem["today"] == TODAY.isoformat() and rem["days"] == days
    assert {t["id"] for t in rem["overdue"]} == {t["id"] for t in tasks if t["overdue"]}
    until = (TODAY + dt.timedelta(days=days)).isoformat()
    soon = {t["id"] for t in tasks if t["status"] in ("not_started", "in_progress") and t["due_date"]
            and TODAY.isoformat() <= t["due_date"] <= until}
    assert {t["id"] for t in rem["due_soon"]} == soon
    by_id = {t["id"]: t for t in tasks}
    for t in rem["overdue"] + rem["due_soon"]:
        assert (t["content"], t["lead"], t["due_date"], t["status"]) == tuple(
            by_id[t["id"]][k] for k in ("content", "lead", "due_date", "status"))
    for t in rem["overdue"]:
        assert t["days_late"] == (TODAY - dt.date.fromisoformat(t["due_date"])).days > 0
    periods = js("periods", "--db", chase_path, "--year", 2024, "--json") + js("periods", "--db", chase_path,
                                                                                "--year", 2025, "--json")
    due = [(p["kind"], p["year"], p["deadline"]) for p in periods if TODAY.isoformat() <= p["deadline"] <= until]
    assert [(r["kind"], r["year"], r["deadline"]) for r in rem["reports_due"]] == due


def test_what_the_register_holds_is_what_is_chased(chase_path):
    rem = js("remind", "--db", chase_path, "--json", "--today", TODAY.strftime("%d/%m/%Y"))
    contents = {t["content"]: t for t in rem["overdue"] + rem["due_soon"]}
    late = contents["Rà soát thủ tục hành chính thuộc thẩm quyền của xã"]
    assert (late["days_late"], late["office"], late["lead"]) == (10, "Văn phòng HĐND và UBND", "Nguyễn Thị Hồng Nhung")
    assert contents["Niêm yết công khai thủ tục hành chính tại Trung tâm"]["days_left"] == 0
    assert contents["Kiểm tra công tác hộ tịch"]["office"] is None  # his post belongs to no office
    assert "Báo cáo tình hình thi hành pháp luật" not in contents  # due in 15 days
    assert not {"Ban hành kế hoạch tuyên truyền", "Tổ chức hội thi cải cách hành chính"} & set(contents)
    assert [(r["kind"], r["state"], r["days_left"]) for r in rem["reports_due"]] == [("h1", "not_started", 10)]


def test_a_sent_report_is_not_chased_and_a_late_one_is(chase_path):
    late_day = (day(15)).strftime("%d/%m/%Y")  # 25/06: the 6-month report's deadline (20/06) has passed
    before = js("remind", "--db", chase_path, "--json", "--today", late_day)
    assert [(r["kind"], r["days_left"]) for r in before["reports_late"]] == [("h1", -5)]
    _send_h1(chase_path)
    after = js("remind", "--db", chase_path, "--json", "--today", late_day)
    assert after["reports_late"] == [] and after["reports_due"] == []
    periods = js("remind", "--db", chase_path, "--json", "--today", late_day, "--days", 100)["reports_due"]
    assert [r["kind"] for r in periods] == ["q3", "9m"]  # 20/09: the next ones


def test_human_form(chase_path):
    r = run("remind", "--db", chase_path, "--today", TODAY.strftime("%d/%m/%Y"))
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Nhắc việc ngày 10/06/2024" in out and "QUÁ HẠN: 3 nhiệm vụ" in out and "SẮP ĐẾN HẠN: 2 nhiệm vụ" in out
    assert "trễ 10 ngày" in out and "Văn phòng HĐND và UBND – Nguyễn Thị Hồng Nhung" in out
    assert "Báo cáo 6 tháng đầu năm 2024 – hạn gửi 20/06/2024 (còn 10 ngày), chưa soạn" in out


def test_nothing_to_chase(tmp_path):
    path = tmp_path / "trống.db"
    open_database(path).close()
    r = run("remind", "--db", path, "--today", "01/01/2024")
    assert r.returncode == 0 and "Không có nhiệm vụ quá hạn" in r.stdout
    assert js("remind", "--db", path, "--json", "--today", "01/01/2024")["overdue"] == []


@pytest.mark.parametrize("args, words", [
    (["--days", "-1"], "từ 0 đến 366"),
    (["--days", "400"], "từ 0 đến 366"),
    (["--today", "31/02/2024"], "không có trên lịch"),
    (["--today", "hôm qua"], "không phải là ngày"),
])
def test_bad_input_says_what_to_do(chase_path, args, words):
    r = run("remind", "--db", chase_path, *args)
    assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr
