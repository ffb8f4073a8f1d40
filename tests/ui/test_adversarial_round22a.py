"""Round 22A: the window's other pages and dialogs on a real screen (Xvfb 1366×768, a fresh data folder and the
demo commune), by a newcomer and a hurried official. Each test is a fault found there, failing before its fix.
Here the officials, offices, plans, settings, change log and keyboard; reports, PAR INDEX, figures and restore in
test_adversarial_round22a_outputs.py."""

from __future__ import annotations

from PySide6.QtCore import QDate

from parapp.store import officials


def test_change_log_dates_picked_in_the_wrong_order_still_show_the_days_between(window, ui_db):
    """Finding 1: Nhật ký, "Từ ngày" set past "đến ngày" (a hurried official sets the start first, a day after
    the end): "Xem" showed an empty log without a word, as if nothing had been changed. The dates keep their
    order: the other one follows."""
    officials.add_official(ui_db, {"full_name": "Trần Thị B"})
    window.show_page("change_log")
    log = window.change_log
    today = QDate.currentDate()
    log.since.setDate(today.addDays(1))
    assert log.until.date() >= log.since.date()
    log.until.setDate(today.addDays(-2))
    assert log.since.date() <= log.until.date()
    log.since.setDate(today.addDays(-2))
    log.until.setDate(today)
    log.reload()
    assert log.model.rowCount() >= 1


def _lead_of_one_task(db) -> int:
    from parapp.store import tasks
    from tests.ui.conftest import TODAY

    who = officials.add_official(db, {"full_name": "Lê Văn Chủ Trì"})
    tasks.create_task(db, {"content": "Rà soát thủ tục hành chính", "lead_official_id": who}, today=TODAY)
    return who


def test_marking_a_lead_of_open_tasks_as_left_asks_and_says_what_to_do(window, ui_db, monkeypatch):
    """Finding 2: Cán bộ, "Cho nghỉ / công tác lại" (one click, beside "Sửa…") on an official who leads open tasks
    marked them as left at once, without a word: the urging letter then skips those tasks. It asks, says how many
    and what to do; "Không" leaves the official as they were. Unticking "Đang công tác" in the form asks the same."""
    from parapp.ui.people.officials_page import OfficialDialog
    from parapp.ui.widgets import texts

    who = _lead_of_one_task(ui_db)
    asked, answer = [], [False]
    monkeypatch.setattr(texts, "ask_yes_no", lambda _p, _t, text: asked.append(text) or answer[0])
    window.show_page("officials")
    page = window.officials
    page.reload()
    page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == who))
    page.toggle_active()
    assert len(asked) == 1 and "1 nhiệm vụ chưa hoàn thành" in asked[0] and "giao lại" in asked[0]
    assert officials.get_official(ui_db, who).active

    dlg = OfficialDialog(ui_db, who)
    dlg.active.setChecked(False)
    dlg.save()
    assert len(asked) == 2 and officials.get_official(ui_db, who).active and not dlg.result()
    answer[0] = True
    dlg.save()
    assert not officials.get_official(ui_db, who).active


def test_an_official_leading_nothing_open_is_marked_as_left_without_a_question(window, ui_db, monkeypatch):
    from parapp.ui.widgets import texts

    who = officials.add_official(ui_db, {"full_name": "Phạm Thị Rảnh"})
    asked = []
    monkeypatch.setattr(texts, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    window.show_page("officials")
    page = window.officials
    page.reload()
    page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id == who))
    page.toggle_active()
    assert asked == [] and not officials.get_official(ui_db, who).active


def test_an_official_typed_again_under_a_name_already_there_asks_first(qtbot, ui_db, monkeypatch):
    """Finding 3: Cán bộ, "Thêm cán bộ…" with a name already on the list ("nguyễn văn  hùng" for "Nguyễn Văn
    Hùng"): a second official was added without a word, the two alike in every list (the lead, "Làm việc với tư
    cách"), the tasks then split between them. It asks; "Không" adds nobody. "Nguyễn Văn Hưng" is someone else."""
    from parapp.ui.people.officials_page import OfficialDialog
    from parapp.ui.widgets import texts

    first = officials.add_official(ui_db, {"full_name": "Nguyễn Văn Hùng", "position": "Chủ tịch UBND xã"})
    asked = []
    monkeypatch.setattr(texts, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    dlg = OfficialDialog(ui_db)
    qtbot.addWidget(dlg)
    dlg.full_name.setText("nguyễn văn  hùng")
    dlg.save()
    assert len(asked) == 1 and "Nguyễn Văn Hùng – Chủ tịch UBND xã" in asked[0] and "sửa người đã có" in asked[0]
    assert [o.id for o in officials.list_officials(ui_db)] == [first] and not dlg.result()

    dlg.full_name.setText("Nguyễn Văn Hưng")
    dlg.save()
    assert len(asked) == 1 and len(officials.list_officials(ui_db)) == 2

    again = OfficialDialog(ui_db, first)  # saving the first under its own name asks nothing
    qtbot.addWidget(again)
    again.phone.setText("0912 345 678")
    again.save()
    assert len(asked) == 1 and officials.get_official(ui_db, first).phone == "0912 345 678"


def test_an_office_renamed_in_the_settings_takes_its_officials_and_tasks_along_when_asked(qtbot, ui_db, monkeypatch):
    """Finding 5: Thông tin của xã → Tổ chức bộ máy, "Phòng Kinh tế" renamed "Phòng Kinh tế – Hạ tầng" (a
    reorganisation): its officials and the tasks it leads stayed under the old name, which reports and urging
    letters kept printing, and nothing said so. It asks; "Có" moves them (each change in the log), "Không" leaves
    them, and the settings are saved either way."""
    from parapp.store import settings as st, tasks
    from parapp.ui.settings_dialog import SettingsDialog
    from parapp.ui.widgets import texts
    from tests.ui.conftest import TODAY

    st.save_settings(ui_db, st.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang",
                                               offices=["Văn phòng HĐND và UBND", "Phòng Kinh tế"]))
    old = officials.get_or_create_unit(ui_db, "Phòng Kinh tế")
    who = officials.add_official(ui_db, {"full_name": "Lê Thị Kinh", "unit_id": old})
    task = tasks.create_task(ui_db, {"content": "Rà soát thủ tục đất đai", "lead_unit_id": old}, today=TODAY)
    asked, answer = [], [False]
    monkeypatch.setattr(texts, "ask_yes_no", lambda _p, _t, text: asked.append(text) or answer[0])

    def rename(to):
        dlg = SettingsDialog(ui_db)
        qtbot.addWidget(dlg)
        dlg.offices.setPlainText(f"Văn phòng HĐND và UBND\n{to}")
        dlg.save()
        assert dlg.result()

    rename("Phòng Kinh tế – Hạ tầng")
    assert len(asked) == 1 and "“Phòng Kinh tế” đổi tên thành “Phòng Kinh tế – Hạ tầng”" in asked[0]
    assert officials.get_official(ui_db, who).unit_name == "Phòng Kinh tế"  # "Không": left as they were
    assert "1 cán bộ và 1 nhiệm vụ" in asked[0]
    rename("Phòng Kinh tế")  # back: the new name holds nobody, nothing to ask
    answer[0] = True
    rename("Phòng Kinh tế – Hạ tầng")
    assert len(asked) == 2
    assert officials.get_official(ui_db, who).unit_name == "Phòng Kinh tế – Hạ tầng"
    assert tasks.get_task(ui_db, task).lead_unit_id == officials.get_or_create_unit(ui_db, "Phòng Kinh tế – Hạ tầng")
    assert st.load_settings(ui_db).offices == ["Văn phòng HĐND và UBND", "Phòng Kinh tế – Hạ tầng"]
    rename("Phòng Kinh tế")  # and back again (the reorganisation undone): the old name is in use again
    assert officials.get_official(ui_db, who).unit_name == "Phòng Kinh tế"
    assert ui_db.execute("SELECT active FROM units WHERE name = 'Phòng Kinh tế'").fetchone()[0] == 1


def test_the_officials_page_shows_the_renamed_office_at_once(window, ui_db, monkeypatch):
    """Finding 5, on the real screen: the officials moved, the Cán bộ page still showed the old office until
    ParApp was restarted. Saving the settings says what changed; the pages showing it read it again."""
    from parapp.store import settings as st
    from parapp.ui.settings_dialog import SettingsDialog
    from parapp.ui.widgets import texts

    st.save_settings(ui_db, st.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang",
                                               offices=["Phòng Kinh tế"]))
    officials.add_official(ui_db, {"full_name": "Lê Thị Kinh",
                                   "unit_id": officials.get_or_create_unit(ui_db, "Phòng Kinh tế")})
    window.show_page("officials")
    monkeypatch.setattr(texts, "ask_yes_no", lambda *a: True)
    dlg = SettingsDialog(ui_db, window)
    dlg.offices.setPlainText("Phòng Kinh tế – Hạ tầng")
    dlg.save()
    page = window.officials
    assert [page.model.row_at(r).unit_name for r in range(page.model.rowCount())] == ["Phòng Kinh tế – Hạ tầng"]


def test_a_plans_year_corrected_after_its_tasks_came_in_moves_their_worked_out_due_dates(qtbot, ui_db):
    """Finding 6: Kế hoạch, a plan recorded as 2026 for 2027 and its table imported ("Quý I", "Hàng năm"), then its
    year corrected in "Sửa…": the tasks kept due dates of 2026 and stood overdue a year early. Due dates worked out
    from a deadline written without its year follow the year; a hand-set date or a text with its year stays."""
    import datetime as dt

    from parapp.store import plans, tasks
    from parapp.ui.tasks.plans_page import PlanDialog

    today = dt.date(2026, 12, 4)
    plan = plans.add_plan(ui_db, {"title": "Kế hoạch cải cách hành chính năm 2027", "year": 2026})
    quarter = tasks.create_task(ui_db, {"content": "Việc quý I", "deadline_text": "Quý I", "plan_id": plan}, today)
    yearly = tasks.create_task(ui_db, {"content": "Việc hằng năm", "deadline_text": "Hàng năm", "plan_id": plan}, today)
    dated = tasks.create_task(ui_db, {"content": "Việc có năm", "deadline_text": "Quý II/2026", "plan_id": plan}, today)
    by_hand = tasks.create_task(ui_db, {"content": "Việc sửa hạn", "deadline_text": "Quý III", "plan_id": plan,
                                        "due_date": dt.date(2026, 8, 15)}, today)
    dlg = PlanDialog(ui_db, plan, today=today)
    qtbot.addWidget(dlg)
    dlg.year.setValue(2027)
    dlg.save()
    due = {t: tasks.get_task(ui_db, t).due_date for t in (quarter, yearly, dated, by_hand)}
    assert due == {quarter: dt.date(2027, 3, 31), yearly: dt.date(2027, 12, 31), dated: dt.date(2026, 6, 30),
                   by_hand: dt.date(2026, 8, 15)}


def test_the_signer_follows_the_vice_chairmen_typed(qtbot, ui_db):
    """Finding 12: Thông tin của xã, a vice-chairman typed in "Các Phó Chủ tịch" was not offered as "Người ký" until
    saved and reopened; one deleted there while he was the signer stayed the signer, and every report and letter
    was then refused at printing ("… không có trong danh sách Phó Chủ tịch"), while the dialog showed "Chủ tịch ký".
    The signer list follows what is typed."""
    from parapp.store import settings as st
    from parapp.ui.settings_dialog import SettingsDialog

    st.save_settings(ui_db, st.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang", place_name="Ba Giang",
                                               chairman="Phạm Văn Thật", vice_chairmen=["Lê Văn Phó"],
                                               signer="vice:Lê Văn Phó"))
    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    assert dlg.signer.currentData() == "vice:Lê Văn Phó"
    dlg.vice_chairmen.setPlainText("Lê Văn Phó\nTrần Thị Mới")
    assert dlg.signer.findData("vice:Trần Thị Mới") > 0 and dlg.signer.currentData() == "vice:Lê Văn Phó"
    dlg.vice_chairmen.setPlainText("Trần Thị Mới")
    assert dlg.signer.findData("vice:Lê Văn Phó") < 0 and dlg.signer.currentData() == "chairman"
    dlg.save()
    s = st.load_settings(ui_db)
    assert s.signer == "chairman" and s.vice_chairmen == ["Trần Thị Mới"]


def test_ticking_annual_on_a_second_plan_of_the_year_asks_first(qtbot, ui_db, monkeypatch):
    """Finding 14: Kế hoạch, "Kế hoạch cải cách hành chính năm của xã" ticked on a second plan of the year (the
    propaganda plan, by a slip): it was silently taken off the real one, and the reports' opening then cited the
    other plan. It names the plan there and asks; "Không" saves nothing."""
    from parapp.store import plans
    from parapp.ui.tasks.plans_page import PlanDialog
    from parapp.ui.widgets import texts

    annual = plans.add_plan(ui_db, {"number": "02/KH-UBND", "title": "Kế hoạch cải cách hành chính năm 2026",
                                    "year": 2026, "is_annual": True})
    other = plans.add_plan(ui_db, {"number": "08/KH-UBND", "title": "Kế hoạch tuyên truyền CCHC năm 2026",
                                   "year": 2026})
    asked, answer = [], [False]
    monkeypatch.setattr(texts, "ask_yes_no", lambda _p, _t, text: asked.append(text) or answer[0])
    dlg = PlanDialog(ui_db, other)
    qtbot.addWidget(dlg)
    dlg.is_annual.setChecked(True)
    dlg.save()
    assert len(asked) == 1 and "02/KH-UBND" in asked[0] and not dlg.result()
    assert plans.get_plan(ui_db, annual).is_annual and not plans.get_plan(ui_db, other).is_annual
    again = PlanDialog(ui_db, annual)  # the annual plan saved again: nothing to ask
    qtbot.addWidget(again)
    again.signer.setText("Phạm Văn Thật")
    again.save()
    assert len(asked) == 1 and plans.get_plan(ui_db, annual).signer == "Phạm Văn Thật"
    answer[0] = True
    dlg.save()
    assert not plans.get_plan(ui_db, annual).is_annual and plans.get_plan(ui_db, other).is_annual


def test_tab_leaves_the_settings_lists_for_the_next_field(qtbot, ui_db):
    """Finding 16: keyboard only, Thông tin của xã (the first start's form too): Tab in "Các Phó Chủ tịch", "Các cơ
    quan chuyên môn", "Kính gửi" or "Nơi nhận" typed a tab character into the list and stayed there: the keyboard
    never got past it to "Người tổng hợp báo cáo CCHC" or "Lưu". Tab goes to the next field."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from parapp.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ui_db, first_run=True)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    for lines in (dlg.vice_chairmen, dlg.offices, dlg.recipients, dlg.cc):
        before = lines.toPlainText()
        QTest.keyClick(lines, Qt.Key.Key_Tab)
        assert lines.toPlainText() == before and "\t" not in lines.toPlainText()
    dlg.vice_chairmen.setFocus()
    QTest.keyClick(dlg.vice_chairmen, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dlg.vice_chairmen


def test_the_language_field_says_the_change_is_at_once(qtbot, ui_db):
    """Finding 17: Thông tin của xã, "Ngôn ngữ giao diện" said (its tooltip) that the change took effect when ParApp
    was reopened; the window changes language as soon as the form is saved, so a user closed ParApp for nothing."""
    from parapp.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    assert "mở lại" not in dlg.language.toolTip() and "ngay khi lưu" in dlg.language.toolTip()


def test_tab_from_the_sidebar_reaches_the_page_before_the_status_bar(window, ui_db):
    """Finding 19: keyboard only, Tab from the sidebar went first to the status bar's "Làm việc với tư cách" (made
    before the pages), where the next arrow key changed who is working; the page's buttons came after. The page
    comes first, the status bar's field last, on every page, however late the page was built."""
    from PySide6.QtCore import Qt

    officials.add_official(ui_db, {"full_name": "Trần Thị B"})

    def tab_stops():
        out, w = [], window.nav.nextInFocusChain()
        while w is not window.nav and len(out) < 500:
            if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisibleTo(window) and w.isEnabled():
                out.append(w)
            w = w.nextInFocusChain()
        return out

    for name in ("officials", "plans", "reports", "register"):
        window.show_page(name)
        stops = tab_stops()
        page = getattr(window, name)
        first_of_page = next(i for i, w in enumerate(stops) if page.isAncestorOf(w))
        assert stops.index(window.working_as) > first_of_page, name
