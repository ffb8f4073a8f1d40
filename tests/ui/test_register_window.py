import datetime as dt

from PySide6.QtCore import Qt

from parapp.store import officials, plans, tasks
from parapp.ui.tasks import task_model as tm
from parapp.ui.people.officials_page import OfficialDialog
from parapp.ui.tasks.task_editor import TaskDialog

from .conftest import TODAY
from tests.ui.settle import settle


def cell(window, row, col, role=Qt.ItemDataRole.DisplayRole):
    m = window.register.model
    return m.data(m.index(row, col), role)


def test_create_official_then_task_assigned_to_them(window, ui_db, qtbot, errors):
    dlg = OfficialDialog(ui_db, parent=window)
    qtbot.addWidget(dlg)
    dlg.full_name.setText("Phạm Minh Đức")
    dlg.position.setCurrentText("Công chức Tư pháp – Hộ tịch")
    dlg.unit.setCurrentText("Văn phòng HĐND và UBND")
    dlg.save()
    assert errors == []
    assert [o.full_name for o in officials.list_officials(ui_db)] == ["Phạm Minh Đức"]

    window.refresh_all()
    ted = TaskDialog(ui_db, parent=window, today=TODAY)
    qtbot.addWidget(ted)
    ted.content.setPlainText("Tham mưu ban hành kế hoạch theo dõi thi hành pháp luật")
    ted.par_code.setText("2.2")
    ted.lead.setCurrentIndex(ted.lead.findData(dlg.official_id))
    ted.deadline_text.setText("Quý II/2024")
    assert "30/06/2024" in ted.deadline_hint.text()  # the derived date is shown as it is typed
    ted.new_note.setPlainText("Đã có dự thảo")
    ted.save()
    assert errors == []
    window.refresh_all()
    assert window.register.model.rowCount() == 1
    assert cell(window, 0, tm.COL_LEAD) == "Phạm Minh Đức"
    assert cell(window, 0, tm.COL_DUE) == "30/06/2024"
    assert cell(window, 0, tm.COL_AREA) == "2. Cải cách thể chế"
    assert [n["text"] for n in tasks.list_notes(ui_db, ted.task_id)] == ["Đã có dự thảo"]


def test_bad_input_in_editor_keeps_the_dialog_and_stores_nothing(window, ui_db, qtbot, errors):
    ted = TaskDialog(ui_db, parent=window, today=TODAY)
    qtbot.addWidget(ted)
    ted.content.setPlainText("")
    ted.save()
    assert errors and "Nội dung" in errors[-1]
    ted.content.setPlainText("Rà soát TTHC")
    ted.due_date.setText("cuối tháng")
    ted.save()
    assert "không phải là ngày" in errors[-1]
    assert ted.result() == 0  # still open, text still there
    assert ted.content.toPlainText() == "Rà soát TTHC"
    assert tasks.task_rows(ui_db) == []


def test_overdue_rows_are_marked(window, ui_db):
    tasks.create_task(ui_db, {"content": "Báo cáo quý I", "deadline_text": "Trước ngày 15/3/2024"}, TODAY)
    tasks.create_task(ui_db, {"content": "Báo cáo 6 tháng", "deadline_text": "Tháng 6/2024"}, TODAY)
    window.refresh_all()
    late = [r for r in range(window.register.model.rowCount()) if "Quá hạn" in cell(window, r, tm.COL_STATUS)]
    assert len(late) == 1
    r = late[0]
    assert cell(window, r, tm.COL_CONTENT) == "Báo cáo quý I"
    assert cell(window, r, tm.COL_STATUS) == "Quá hạn 67 ngày"
    assert cell(window, r, tm.COL_CONTENT, Qt.ItemDataRole.BackgroundRole).color() == tm.OVERDUE_BG
    other = 1 - r
    assert cell(window, other, tm.COL_CONTENT, Qt.ItemDataRole.BackgroundRole) is None
    assert window.overview.tiles["overdue"].number.text() == "1"


def test_filters_and_search_as_you_type(window, ui_db, qtbot):
    an = officials.add_official(ui_db, {"full_name": "Nguyễn Văn An"})
    plan = plans.add_plan(ui_db, {"title": "Kế hoạch tuyên truyền", "year": 2024})
    tasks.create_task(ui_db, {"content": "Cải cách thủ tục hành chính", "par_code": "3.1",
                              "lead_official_id": an, "deadline_text": "1/6/2024"}, TODAY)
    tasks.create_task(ui_db, {"content": "Tuyên truyền CCHC", "plan_id": plan, "deadline_text": "Quý IV/2024"}, TODAY)
    tasks.create_task(ui_db, {"content": "Đối thoại với Nhân dân", "deadline_text": "1/3/2024"}, TODAY)
    window.refresh_all()
    reg = window.register
    assert reg.model.rowCount() == 3

    qtbot.keyClicks(reg.search, "cai cach")
    assert [reg.model.row_at(i).content for i in range(reg.model.rowCount())] == ["Cải cách thủ tục hành chính"]
    reg.search.clear()
    qtbot.keyClicks(reg.search, "doi thoai")
    assert reg.model.rowCount() == 1
    reg.search.clear()

    reg.lead.setCurrentIndex(reg.lead.findData(an))
    assert reg.model.rowCount() == 1
    reg.clear_filters()
    reg.plan.setCurrentIndex(reg.plan.findData(plan))
    assert reg.model.row_at(0).content == "Tuyên truyền CCHC"
    reg.clear_filters()
    reg.set_status_filter("overdue")
    assert [reg.model.row_at(i).content for i in range(reg.model.rowCount())] == ["Đối thoại với Nhân dân"]
    reg.clear_filters()
    reg.due_within.setValue(14)  # 1/6/2024 is 12 days away; the overdue one still needs doing
    assert {reg.model.row_at(i).content for i in range(reg.model.rowCount())} == {
        "Cải cách thủ tục hành chính", "Đối thoại với Nhân dân"}
    area3 = reg.area.findText("3. Cải cách thủ tục hành chính (TTHC)")
    reg.clear_filters()
    reg.area.setCurrentIndex(area3)
    assert reg.model.rowCount() == 1
    assert "1 / 3" in reg.count.text()


def test_mark_done_from_the_register(window, ui_db, monkeypatch, errors):
    from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

    tid = tasks.create_task(ui_db, {"content": "Báo cáo quý I", "deadline_text": "Trước ngày 15/3/2024"}, TODAY)
    window.refresh_all()
    window.register.select_task(tid)
    said = errors

    def fill_in(dlg):
        assert dlg.completed_date() == TODAY and dlg.late()  # due 15/3, done today: late
        dlg.save()
        assert said and "lý do chậm" in said[-1] and dlg.result() == 0  # refused without a reason
        dlg.delay_reason.setPlainText("Chờ số liệu của Bộ phận Một cửa")
        dlg.result_text.setPlainText("Đã gửi báo cáo quý I đúng mẫu")
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(MarkDoneDialog, "exec", fill_in)
    window.register.mark_done()
    t = tasks.get_task(ui_db, tid)
    assert (t.status, t.completed_on) == ("done", TODAY)
    assert (t.delay_reason, t.result) == ("Chờ số liệu của Bộ phận Một cửa", "Đã gửi báo cáo quý I đúng mẫu")
    assert cell(window, 0, tm.COL_STATUS) == "Hoàn thành (trễ hạn) 20/05/2024"  # as the appendix says
    assert not window.register.done_btn.isEnabled()  # a finished task is not finished again
    assert window.overview.tiles["overdue"].number.text() == "0"
    assert window.overview.tiles["done"].number.text() == "1"


def test_sorting_by_due_date(window, ui_db):
    for text in ("Tháng 9/2024", "Tháng 1/2024", "Theo hướng dẫn của UBND tỉnh", "Tháng 5/2024"):
        tasks.create_task(ui_db, {"content": text, "deadline_text": text}, TODAY)
    window.refresh_all()
    m = window.register.model
    assert [m.row_at(i).content for i in range(4)] == [
        "Tháng 1/2024", "Tháng 5/2024", "Tháng 9/2024", "Theo hướng dẫn của UBND tỉnh"]
    m.sort(tm.COL_DUE, Qt.SortOrder.DescendingOrder)
    assert m.row_at(0).content == "Theo hướng dẫn của UBND tỉnh"


def test_editing_keeps_responsibility_history(window, ui_db, qtbot, errors):
    an = officials.add_official(ui_db, {"full_name": "Nguyễn Văn An"})
    binh = officials.add_official(ui_db, {"full_name": "Lê Thị Bình"})
    tid = tasks.create_task(ui_db, {"content": "Số hóa hồ sơ", "lead_official_id": an}, dt.date(2024, 1, 2))
    ted = TaskDialog(ui_db, tid, parent=window, today=TODAY)
    qtbot.addWidget(ted)
    ted.lead.setCurrentIndex(ted.lead.findData(binh))
    ted.save()
    assert errors == []
    ted2 = TaskDialog(ui_db, tid, parent=window, today=TODAY)
    qtbot.addWidget(ted2)
    hist = ted2.history_view.toPlainText()
    assert "02/01/2024: Nguyễn Văn An" in hist and "20/05/2024: Lê Thị Bình" in hist


def test_first_run_settings(qtbot, tmp_path, errors):
    from parapp.store import open_database
    from parapp.store.settings import load_settings
    from parapp.ui.settings_dialog import SettingsDialog

    db = open_database(tmp_path / "new.db")
    dlg = SettingsDialog(db, first_run=True)
    qtbot.addWidget(dlg)
    dlg.save()
    assert errors  # the commune's name is required
    dlg.commune_name.setText("Ủy ban nhân dân xã Trần Đề")
    dlg.chairman.setText("Nguyễn Trọng Sơn")
    dlg.vice_chairmen.setPlainText("Lý Văn A\n\nTrần Thị B\n")
    dlg.save()
    s = load_settings(db)
    assert s.commune_name == "Ủy ban nhân dân xã Trần Đề"
    assert s.vice_chairmen == ["Lý Văn A", "Trần Thị B"]
    db.close()


def test_document_settings_reach_the_printout(qtbot, ui_db, errors):
    import io

    import pdfplumber

    from parapp.services.printing import report_pdf
    from parapp.store.settings import load_settings, save_settings
    from parapp.ui.settings_dialog import SettingsDialog

    s = load_settings(ui_db)
    s.chairman, s.vice_chairmen = "Phạm Văn Thật", ["Đinh Văn Sơn"]
    save_settings(ui_db, s)
    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    dlg.signer.setCurrentIndex(dlg.signer.findData("vice:Đinh Văn Sơn"))
    dlg.recipients.setPlainText("Ủy ban nhân dân tỉnh Quảng Ngãi\nSở Nội vụ")
    dlg.cc.setPlainText("Như trên\nTT Đảng ủy xã")
    dlg.save()
    assert errors == []
    pdf = report_pdf(ui_db, "q1", 2024, TODAY).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = " ".join(" ".join(p.extract_text().split()) for p in doc.pages)
    assert "Kính gửi: - Ủy ban nhân dân tỉnh Quảng Ngãi;" in text and "- Sở Nội vụ." in text
    assert "KT. CHỦ TỊCH" in text and "Đinh Văn Sơn" in text and "- TT Đảng ủy xã;" in text


def test_an_empty_register_says_how_to_begin_and_opens_the_demo_apart(window, ui_db, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QProcess

    from parapp.ui import demo_window

    window.nav.setCurrentRow(1)
    page = window.register
    assert page.body.currentWidget() is page.empty and page.empty.isVisible()
    words = page.empty.text()
    assert "Ctrl+N" in words and "Ctrl+I" in words and "xã mẫu" in words
    started = []
    monkeypatch.setattr(demo_window, "demo_db_path", lambda: tmp_path / "Xã mẫu" / "parapp.db")
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append([program, *args]) or (True, 1))
    page.empty.linkActivated.emit("demo")
    assert started and started[0][-4:] == ["demo", "--db", str(tmp_path / "Xã mẫu" / "parapp.db"), "--open"]
    assert tasks.task_rows(ui_db) == []  # the commune's own data untouched
    tasks.create_task(ui_db, {"content": "Rà soát TTHC"}, TODAY)
    page.reload()
    assert page.body.currentWidget() is page.table
    page.search.setText("không có nhiệm vụ này")  # filtered to nothing: the table, with its count, not the welcome
    assert page.body.currentWidget() is page.table


def test_the_first_tasks_of_an_empty_register_get_their_columns_whole(window, ui_db, qtbot):
    """The table is hidden behind the welcome while the register is empty, and measured nothing:
    its first tasks showed "ĩnh vự", "ạng th" in the headers until the window was resized."""
    from parapp.ui.widgets.table_fit import header_width

    window.resize(1366, 728)
    window.nav.setCurrentRow(1)
    page = window.register
    qtbot.waitUntil(lambda: page.empty.isVisible())
    tasks.create_task(ui_db, {"content": "Rà soát thủ tục hành chính thuộc thẩm quyền của xã"}, TODAY)
    page.reload()
    settle(qtbot, 50)
    for col in (tm.COL_AREA, tm.COL_LEAD, tm.COL_STATUS, tm.COL_PLAN):
        assert page.table.columnWidth(col) >= header_width(page.table, col), col


def test_an_empty_register_shows_the_way_to_a_predecessors_backup(window, monkeypatch):
    """A fresh-eyes walk (round 43): a newcomer taking over a colleague's data found Ctrl+N, Ctrl+I and the sample
    commune on the empty register, not the way to the colleague's backup (Tệp → Khôi phục…)."""
    from parapp.ui import backup_dialogs

    asked = []
    monkeypatch.setattr(backup_dialogs, "ask_restore", lambda w: asked.append(w))
    window.nav.setCurrentRow(1)
    page = window.register
    assert "Khôi phục từ tệp sao lưu" in page.empty.text()
    page.empty.linkActivated.emit("restore")
    assert asked == [window]
