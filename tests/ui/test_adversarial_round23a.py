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
