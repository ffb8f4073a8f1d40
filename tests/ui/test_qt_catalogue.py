"""Qt's own words in the Vietnamese interface: PySide6 ships no Vietnamese
catalogue, so ParApp has one (translations/qt_vi.ts, built by lrelease)."""

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QPushButton


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    from parapp.ui import i18n

    assert i18n.install(qapp, "vi") == "vi"


def test_a_line_edit_context_menu_speaks_vietnamese(qtbot):
    edit = QLineEdit("Ủy ban nhân dân xã")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    words = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert words[:3] == ["Hoàn tác", "Làm lại", "Cắt"] and {"Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= set(words)


def test_the_non_native_file_dialog_speaks_vietnamese(qtbot):
    dlg = QFileDialog(None, "Lưu PDF")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dlg)
    labels = {w.text() for w in dlg.findChildren(QLabel)}
    buttons = {b.text() for b in dlg.findChildren(QPushButton)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    assert {"&Lưu", "Hủy"} <= buttons


def test_standard_buttons_speak_vietnamese(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["Đồng ý", "Hủy"]


def test_both_catalogues_are_installed_and_kept(qtbot):
    import gc

    from PySide6.QtCore import QCoreApplication

    from parapp.ui import i18n

    app = QApplication.instance()
    try:
        i18n.install(app, "en")
        gc.collect()  # a translator only Qt held would be gone now
        assert QCoreApplication.translate("", "Nhật ký") != "Nhật ký"  # ParApp's own catalogue
        i18n.install(app, "vi")
        gc.collect()
        assert QCoreApplication.translate("", "Nhật ký") == "Nhật ký"  # English is uninstalled, not stacked
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert [b.text() for b in box.buttons()] == ["Đồng ý", "Hủy"]  # Qt's own, in Vietnamese
    finally:
        i18n.install(app, "vi")
