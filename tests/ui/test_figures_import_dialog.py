"""The statistics import's preview: columns not understood stand out and can be given a meaning,
the file's period is proposed, and a period or an entry that cannot be true is refused."""

import datetime as dt

from PySide6.QtWidgets import QComboBox

from parapp.store.figures import period_figures
from tests.importing import onestop_files as of

TODAY = dt.date(2025, 10, 2)


def load(qtbot, ui_db, tmp_path, data, name):
    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

    f = tmp_path / name
    f.write_bytes(data)
    dlg = FiguresImportDialog(ui_db, TODAY, 2025)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    return dlg


def combo(dlg, column_number) -> QComboBox:
    row = next(i for i, c in enumerate(dlg.columns.rows()) if c.index + 1 == column_number)
    return dlg.columns_view.indexWidget(dlg.columns.index(row, 2))


def test_a_column_not_understood_is_named_and_can_be_given_a_meaning(qtbot, ui_db, tmp_path):
    dlg = load(qtbot, ui_db, tmp_path, of.wide_html(), "rong.html")
    assert dlg.chosen_period() == ("q4", 2025)  # no period in the file: the quarter under way (from 15/9) stays
    assert "Tổng hồ sơ Phải đồng bộ về Cổng DVC QG" in dlg.notes.text()
    box = combo(dlg, 15)
    assert box.currentText().startswith("Chưa hiểu")
    assert combo(dlg, 13).currentData() == "in_time"
    box.setCurrentIndex(box.findData("feedback.received"))
    assert "Tổng hồ sơ Phải đồng bộ" not in dlg.notes.text()
    shown = {r[0]: r[1] for r in dlg.values.rows()}
    assert shown["Phản ánh, kiến nghị tiếp nhận"] == "1.485"
    # Reading a settled column as something else changes what is stored.
    late = combo(dlg, 11)
    late.setCurrentIndex(late.findData("__skip__"))
    shown = {r[0]: r[1] for r in dlg.values.rows()}
    assert "Hồ sơ giải quyết quá hạn" not in shown
    dlg.save()
    got = {f.code: f.value for f in period_figures(ui_db, "q4", 2025)}
    assert got["feedback.received"] == 1485 and got["dossiers.resolved_late"] is None


def test_the_files_period_is_proposed_and_a_contradicting_one_refused(qtbot, ui_db, tmp_path, monkeypatch, errors):
    said = errors
    dlg = load(qtbot, ui_db, tmp_path, of.numbered_xlsx("Kỳ báo cáo: 6 tháng đầu năm 2024"), "h1.xlsx")
    assert dlg.chosen_period() == ("h1", 2024)
    assert dlg.save_button.isEnabled()
    dlg.kind.setCurrentIndex(0)  # quý I: not what the file counts
    assert not dlg.save_button.isEnabled()
    assert "(6 tháng đầu năm 2024), không phải quý I năm 2024" in dlg.problems.text()
    dlg.save()
    assert said and period_figures(ui_db, "q1", 2024)[3].value is None
    dlg.kind.setCurrentIndex(4)
    assert dlg.save_button.isEnabled() and not dlg.problems.isVisible()


def test_a_rate_above_100_keeps_save_off(qtbot, ui_db, tmp_path):
    dlg = load(qtbot, ui_db, tmp_path, of.wide_html(rate="101"), "rong.html")
    assert not dlg.save_button.isEnabled()
    assert "không thể quá 100%" in dlg.problems.text()
