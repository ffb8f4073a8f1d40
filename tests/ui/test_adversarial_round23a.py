"""Round 23A: one quarter of a commune office's work, end to end, as a newcomer does it in the window."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from parapp.document.report_document import body_paras
from parapp.store import officials, report_records, tasks
from parapp.store.periods import find_period
from parapp.ui.reports.report_editor import ReportEditor

TODAY = dt.date(2024, 3, 16)


def _draft(db):
    an = officials.add_official(db, {"full_name": "Nguyễn Văn An", "position": "Công chức Văn phòng"})
    tasks.create_task(db, {"content": "Rà soát văn bản QPPL", "lead_official_id": an, "deadline_text": "10/3/2024",
                           "status": "in_progress"}, dt.date(2024, 1, 5))
    period = find_period(db, "q1", 2024)
    _, rid = report_records.draft_for_period(db, period, TODAY, save=True)
    return rid, period


def test_lines_typed_with_one_enter_print_as_the_lines_the_editor_shows(qtbot, ui_db):
    # A newcomer adds a list under a section, one Enter a line, as the Word copy shows it. The PDF (what is
    # finalised, hashed and signed) ran the lines into one paragraph: "… Enter. - gạch đầu dòng một - gạch …".
    rid, period = _draft(ui_db)
    ed = ReportEditor(ui_db, rid, period, today=TODAY)
    qtbot.addWidget(ed)
    ed.show()
    ed.editor.setPlainText("")
    ed.editor.setFocus()
    ed.editor.insertPlainText("Đã ban hành các kế hoạch sau:")
    for line in ("- Kế hoạch tuyên truyền CCHC;", "- Kế hoạch kiểm tra CCHC."):
        QTest.keyClick(ed.editor, Qt.Key.Key_Return)
        ed.editor.insertPlainText(line)  # QTest types Latin-1 only
    key = ed._current.key
    assert ed.save()
    draft = report_records.get_report(ui_db, rid).draft
    assert draft.find(key).paragraphs == ["Đã ban hành các kế hoạch sau:", "- Kế hoạch tuyên truyền CCHC;",
                                          "- Kế hoạch kiểm tra CCHC."]
    printed = [p.text for p in body_paras(draft)]
    assert "- Kế hoạch tuyên truyền CCHC;" in printed and not any("\n" in t for t in printed)


def test_correcting_the_signing_vice_chairmans_name_keeps_him_the_signer(qtbot, ui_db):
    # The vice chairman signs the reports (KT. CHỦ TỊCH). A month on, the newcomer corrects the spelling of his name
    # on the first tab; the first key typed there set the signer, on another tab, back to the chairman, unseen, and
    # the next report was printed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" over the chairman's name.
    from PySide6.QtGui import QTextCursor

    from parapp.store import settings
    from parapp.ui.settings_dialog import SettingsDialog

    s = settings.load_settings(ui_db)
    s.chairman, s.vice_chairmen, s.signer = "Lê Văn Chủ", ["Trần Văn Phó", "Hà Thị Hai"], "vice:Trần Văn Phó"
    settings.save_settings(ui_db, s)
    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.signer.currentData() == "vice:Trần Văn Phó"
    cursor = dlg.vice_chairmen.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
    dlg.vice_chairmen.setTextCursor(cursor)
    dlg.vice_chairmen.setFocus()
    QTest.keyClick(dlg.vice_chairmen, Qt.Key.Key_Backspace)  # "Phó" → "Ph" → "Phố", a key at a time
    QTest.keyClick(dlg.vice_chairmen, Qt.Key.Key_Backspace)
    dlg.vice_chairmen.insertPlainText("h")
    dlg.vice_chairmen.insertPlainText("ố")
    assert dlg.signer.currentData() == "vice:Trần Văn Phố"
    dlg.save()
    assert settings.load_settings(ui_db).signer == "vice:Trần Văn Phố"


def test_taking_the_signing_vice_chairman_away_does_not_make_the_next_one_the_signer(qtbot, ui_db):
    from parapp.store import settings
    from parapp.ui.settings_dialog import SettingsDialog

    s = settings.load_settings(ui_db)
    s.chairman, s.vice_chairmen, s.signer = "Lê Văn Chủ", ["Trần Văn Phó", "Hà Thị Hai"], "vice:Trần Văn Phó"
    settings.save_settings(ui_db, s)
    dlg = SettingsDialog(ui_db)
    qtbot.addWidget(dlg)
    dlg.vice_chairmen.setPlainText("Hà Thị Hai")  # his line selected and deleted: he has left
    assert dlg.signer.currentData() == "chairman"
    dlg.signer.setCurrentIndex(dlg.signer.findData("vice:Hà Thị Hai"))
    dlg.signer.activated.emit(dlg.signer.currentIndex())  # chosen as a user does
    dlg.vice_chairmen.setPlainText("Hà Thị Ha")
    dlg.vice_chairmen.setPlainText("Hà Thị Hà")
    assert dlg.signer.currentData() == "vice:Hà Thị Hà"
