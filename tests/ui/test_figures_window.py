import datetime as dt

from PySide6.QtCore import Qt

from parapp.core.citations import DocRef
from parapp.store import officials, report_records, tasks
from parapp.store.figures import period_figures
from parapp.store.periods import find_period
from parapp.store.report_inputs import list_outputs
from parapp.ui.figures.figures_model import FIRST_VALUE_COLUMN, KIND_COLUMNS
from tests.importing.test_figures_import import EXPECTED, xlsx_bytes
from tests.ui.settle import settle

TODAY = dt.date(2024, 5, 20)


def cell(page, code, kind):
    model = page.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).indicator
               and model.row_at(i).indicator.code == code)
    col = FIRST_VALUE_COLUMN + [k.value for k in KIND_COLUMNS].index(kind)
    return model.index(row, col)


def typed(qtbot, page, index, text: str) -> bool:
    """A cell typed in: the page stores it once the cell's editor has closed (the next turn of the loop)."""
    accepted = page.model.setData(index, text)
    settle(qtbot, 5)
    return accepted


def test_typing_quarters_fills_the_half_year(qtbot, ui_db):
    from parapp.ui.figures.figures_page import FiguresPage

    page = FiguresPage(ui_db, TODAY)
    qtbot.addWidget(page)
    page.year.setValue(2024)
    assert typed(qtbot, page, cell(page, "dossiers.received", "q1"), "1.240")
    assert typed(qtbot, page, cell(page, "dossiers.received", "q2"), "760")
    h1 = cell(page, "dossiers.received", "h1")
    assert page.model.data(h1) == "2.000"
    assert page.model.data(h1, Qt.ItemDataRole.FontRole).italic()  # derived: shown as such
    assert page.model.data(h1, Qt.ItemDataRole.ToolTipRole) == "Tính từ các quý"
    # overridden by typing, back to derived when cleared
    typed(qtbot, page, h1, "2100")
    assert {f.code: f.value for f in period_figures(ui_db, "h1", 2024)}["dossiers.received"] == 2100
    typed(qtbot, page, cell(page, "dossiers.received", "h1"), "")
    assert page.model.data(cell(page, "dossiers.received", "h1")) == "2.000"
    rate = cell(page, "dossiers.online_rate", "q1")
    assert not page.model.flags(rate) & Qt.ItemFlag.ItemIsEditable  # a rate is never typed


def test_a_bad_value_is_refused_with_a_message(qtbot, ui_db, monkeypatch, errors):
    from parapp.ui.figures import figures_page

    said = errors
    page = figures_page.FiguresPage(ui_db, TODAY)
    qtbot.addWidget(page)
    typed(qtbot, page, cell(page, "dossiers.received", "q1"), "nhiều")
    assert said and "không phải là số" in said[0]
    assert period_figures(ui_db, "q1", 2024)[3].value is None


def test_import_dialog_previews_then_stores(qtbot, ui_db, tmp_path):
    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

    f = tmp_path / "thống kê quý I.xlsx"
    f.write_bytes(xlsx_bytes("first"))  # states 15/12/2025–14/3/2026: quý I of 2026
    dlg = FiguresImportDialog(ui_db, TODAY, 2024)
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(2)
    dlg.load_file(f)
    assert dlg.chosen_period() == ("q1", 2026)  # the file's own period is proposed
    assert "15/12/2025" in dlg.period_note.text() and "Quý I năm 2026" in dlg.period_note.text()
    shown = {r[0]: r[1] for r in dlg.values.rows()}
    assert shown["Hồ sơ mới tiếp nhận trong kỳ"] == "1.450"
    assert dlg.columns.rowCount() >= 8
    assert period_figures(ui_db, "q1", 2026)[3].value is None  # nothing stored before "Lưu số liệu"
    dlg.save()
    got = {f.code: f for f in period_figures(ui_db, "q1", 2026)}
    assert got["dossiers.received"].value == EXPECTED["dossiers.received"]
    assert got["dossiers.received"].source.value == "imported"


def test_report_editor_lists_gaps_and_finalise_asks(qtbot, ui_db, monkeypatch):
    from parapp.ui.reports import report_editor

    an = officials.add_official(ui_db, {"full_name": "Nguyễn Văn An", "position": "Công chức Tư pháp – Hộ tịch"})
    tasks.create_task(ui_db, {"content": "Rà soát văn bản QPPL", "par_code": "2.3", "lead_official_id": an,
                              "deadline_text": "10/3/2024", "status": "in_progress"}, dt.date(2024, 1, 5))
    period = find_period(ui_db, "q1", 2024)
    _, rid = report_records.draft_for_period(ui_db, period, dt.date(2024, 3, 16), save=True)
    ed = report_editor.ReportEditor(ui_db, rid, period, today=dt.date(2024, 3, 16))
    qtbot.addWidget(ed)
    shown = [ed.gaps_list.item(i).text() for i in range(ed.gaps_list.count())]
    assert any("chưa ghi nguyên nhân" in g for g in shown)
    assert any("chưa nêu căn cứ" in g for g in shown)
    asked = []
    monkeypatch.setattr(report_editor, "ask_yes_no", lambda parent, title, msg: asked.append(msg) or False)
    ed.finalize()
    assert asked and "điểm cần xem lại" in asked[0]
    assert not report_records.get_report(ui_db, rid).is_final  # the official said no
    # the period's inputs: a proposal typed here reaches part V
    ed.proposals.setPlainText("Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ")
    ed.basis.set_rows([("", DocRef("Kế hoạch", "236/KH-UBND", dt.date(2023, 12, 26), "Ủy ban nhân dân tỉnh",
                                   "cải cách hành chính năm 2024"))])
    ed.apply_inputs()
    d = report_records.get_report(ui_db, rid).draft
    assert d.find("proposals").paragraphs == ["- Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ."]
    assert d.opening.paragraphs[0].startswith("Thực hiện Kế hoạch số 236/KH-UBND ngày 26/12/2023")


def test_task_editor_records_result_and_output_documents(qtbot, ui_db):
    from parapp.ui.tasks.task_editor import TaskDialog

    dlg = TaskDialog(ui_db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.content.setPlainText("Ban hành quy chế làm việc")
    dlg.result_text.setPlainText("Quy chế được niêm yết tại trụ sở")
    dlg.outputs.set_rows([("", DocRef("Quyết định", "15/QĐ-UBND", dt.date(2024, 3, 10), "", "ban hành Quy chế"))])
    dlg.save()
    assert dlg.result() == 1
    t = tasks.get_task(ui_db, dlg.task_id)
    assert t.result == "Quy chế được niêm yết tại trụ sở"
    assert list_outputs(ui_db, dlg.task_id) == [DocRef("Quyết định", "15/QĐ-UBND", dt.date(2024, 3, 10), "",
                                                       "ban hành Quy chế")]
