"""A register to chase, with dates fixed around TODAY (Monday 10 June 2024), and the
ministry's schedule (deadlines 20/3, 20/6, 20/9, 20/12) the fresh database has."""

import datetime as dt

import pytest

from parapp.store import officials, open_database, plans, settings, tasks

TODAY = dt.date(2024, 6, 10)
VP, VH = "Văn phòng HĐND và UBND", "Phòng Văn hóa – Xã hội"


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def build(db) -> dict:
    """Officials in two offices and one with none; tasks late, due soon, later, done, dropped, undated."""
    vp = officials.get_or_create_unit(db, VP)
    vh = officials.get_or_create_unit(db, VH)
    nhung = officials.add_official(db, {"full_name": "Nguyễn Thị Hồng Nhung", "position": "Công chức Văn phòng",
                                        "unit_id": vp})
    huong = officials.add_official(db, {"full_name": "Đinh Thị Thu Hương", "position": "Công chức Văn hóa – Xã hội",
                                        "unit_id": vh})
    duc = officials.add_official(db, {"full_name": "Phạm Minh Đức", "position": "Công chức Tư pháp – Hộ tịch"})
    settings.save_settings(db, settings.CommuneSettings(
        commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang", chairman="Phạm Văn Thật",
        vice_chairmen=["Đinh Văn Sơn", "Nguyễn Thị Lan"], office_official_id=nhung))
    plan = plans.add_plan(db, {"number": "05/KH-UBND", "title": "Kế hoạch cải cách hành chính năm 2024",
                               "year": 2024, "issued_on": dt.date(2024, 1, 8)})
    made = {}

    def task(key, content, lead, due, status="not_started", **more):
        data = {"plan_id": plan, "content": content, "lead_official_id": lead, "due_date": due, **more}
        tid = tasks.create_task(db, data, dt.date(2024, 1, 10))
        if status != "not_started":
            extra = {"dropped_reason": "Không còn phù hợp"} if status == "dropped" else {}
            extra |= {"completed_on": dt.date(2024, 5, 1), "delay_reason": ""} if status == "done" else {}
            tasks.update_task(db, tid, {"status": status, **extra}, dt.date(2024, 5, 2))
        made[key] = tid

    task("late10", "Rà soát thủ tục hành chính thuộc thẩm quyền của xã", nhung, day(-10), "in_progress")
    task("late1", "Tuyên truyền dịch vụ công trực tuyến toàn trình", huong, day(-1))
    task("today", "Niêm yết công khai thủ tục hành chính tại Trung tâm", nhung, day(0))
    task("soon14", "Kiểm tra công tác hộ tịch", duc, day(14))
    task("later", "Báo cáo tình hình thi hành pháp luật", nhung, day(15))
    task("done", "Ban hành kế hoạch tuyên truyền", huong, day(-30), "done")
    task("dropped", "Tổ chức hội thi cải cách hành chính", huong, day(-20), "dropped")
    task("undated", "Nâng cao chất lượng phục vụ", nhung, None)
    # The commune has used ParApp since January (the change log's first line): the reports due since are chased, as
    # the overview's next-report line chases them (store.report_schedule.first_use; the clock's own stamps are later).
    with db.atomic():
        db.execute("INSERT INTO audit_log (at, entity, action) VALUES ('2024-01-08 08:00:00', 'settings', 'update')")
    task("nobody", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", None, day(-3))
    return made


@pytest.fixture
def chase_path(tmp_path):
    path = tmp_path / "Xã Ba Giang #1 dữ liệu.db"
    db = open_database(path)
    try:
        build(db)
    finally:
        db.close()
    return path


@pytest.fixture
def chase_db(chase_path):
    db = open_database(chase_path)
    yield db
    db.close()
