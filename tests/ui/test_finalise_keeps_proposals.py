"""Round 38B (left by its helper, fixed by the lead): "Chốt báo cáo…" with proposals typed in "Căn cứ và kiến nghị"
whose storing was refused (said: a basis document with neither number nor date, a full disk): the questions followed
and the report was frozen without the proposals typed. Nothing is frozen; the editor keeps them."""

from __future__ import annotations

from parapp.core.messages import ParAppError
from parapp.store import report_records
from parapp.store.periods import find_period
from tests.ui.conftest import TODAY


def test_finalising_stops_when_the_proposals_typed_cannot_be_stored(qtbot, ui_db, monkeypatch, errors):
    from parapp.store import report_inputs
    from parapp.ui.reports.report_editor import ReportEditor

    period = find_period(ui_db, "q1", 2024)
    _, rid = report_records.draft_for_period(ui_db, period, TODAY, save=True)
    ed = ReportEditor(ui_db, rid, period, today=TODAY)
    qtbot.addWidget(ed)
    typed = "Đề nghị cấp kinh phí số hóa hồ sơ"
    ed.proposals.setPlainText(typed)

    def refuse(*_a, **_k):
        raise ParAppError("Văn bản căn cứ thứ 1 chưa có số và ngày.")

    monkeypatch.setattr(report_inputs, "set_proposals", refuse)
    asked: list[str] = []
    monkeypatch.setattr("parapp.ui.reports.report_editor.ask_yes_no", lambda _p, _t, m: asked.append(m) or True)
    monkeypatch.setattr("parapp.ui.reports.report_outputs.figures_settled", lambda *a: True)
    monkeypatch.setattr("parapp.ui.reports.report_delivery.ask_number", lambda *a: (True, ""))
    ed.finalize()
    assert len(errors) == 1 and "chưa có số và ngày" in errors[0]
    assert not report_records.get_report(ui_db, rid).is_final and asked == []
    assert ed.proposals.toPlainText() == typed
    monkeypatch.undo()
    monkeypatch.setattr("parapp.ui.reports.report_editor.ask_yes_no", lambda *a: True)
    monkeypatch.setattr("parapp.ui.reports.report_outputs.figures_settled", lambda *a: True)
    monkeypatch.setattr("parapp.ui.reports.report_delivery.ask_number", lambda *a: (True, ""))
    ed.finalize()
    final = report_records.get_report(ui_db, rid)
    assert final.is_final and any(typed in p for s in final.draft.walk() for p in s.paragraphs)
