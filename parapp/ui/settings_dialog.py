"""The commune's settings; also the first-run setup."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)
from sqlite_utils import Database

from parapp.core.messages import ParAppError
from parapp.store import officials
from parapp.store.settings import CommuneSettings, load_settings, save_settings
from parapp.ui.texts import error_text, name_buttons, show_error, tr


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent=None, first_run: bool = False):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(tr("Thiết lập ban đầu") if first_run else tr("Thông tin của xã"))
        self.resize(620, 420)
        s = load_settings(db)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(tr("Chào mừng đến với ParApp. Hãy nhập thông tin của xã: chúng được in trên báo cáo "
                              "và kế hoạch. Có thể sửa lại bất cứ lúc nào trong menu Tệp → Thông tin của xã."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.commune_name = QLineEdit(s.commune_name)
        self.commune_name.setPlaceholderText(tr("ví dụ: Ủy ban nhân dân xã Ba Giang"))
        self.superior_body = QLineEdit(s.superior_body)
        self.superior_body.setPlaceholderText(tr("ví dụ: Ủy ban nhân dân tỉnh Quảng Ngãi"))
        self.place_name = QLineEdit(s.place_name)
        self.place_name.setPlaceholderText(tr("địa danh ghi ở dòng ngày tháng, ví dụ: Ba Giang"))
        self.chairman = QLineEdit(s.chairman)
        self.vice_chairmen = QPlainTextEdit("\n".join(s.vice_chairmen))
        self.vice_chairmen.setPlaceholderText(tr("mỗi người một dòng"))
        self.vice_chairmen.setMaximumHeight(80)
        self.office_official = QComboBox()
        self.office_official.addItem(tr("(chưa chọn)"), None)
        for o in officials.list_officials(db, include_inactive=False):
            self.office_official.addItem(o.label, o.id)
        i = self.office_official.findData(s.office_official_id)
        self.office_official.setCurrentIndex(max(i, 0))
        form.addRow(tr("Tên UBND xã *"), self.commune_name)
        form.addRow(tr("Cơ quan cấp trên"), self.superior_body)
        form.addRow(tr("Địa danh"), self.place_name)
        form.addRow(tr("Chủ tịch UBND xã"), self.chairman)
        form.addRow(tr("Các Phó Chủ tịch"), self.vice_chairmen)
        form.addRow(tr("Công chức Văn phòng – Thống kê"), self.office_official)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        if first_run:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Để sau"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        s = CommuneSettings(
            commune_name=self.commune_name.text(),
            superior_body=self.superior_body.text(),
            place_name=self.place_name.text(),
            chairman=self.chairman.text(),
            vice_chairmen=self.vice_chairmen.toPlainText().splitlines(),
            office_official_id=self.office_official.currentData(),
        )
        try:
            save_settings(self.db, s)
        except ParAppError as exc:
            self.commune_name.setFocus()
            show_error(self, error_text(exc))
            return
        self.accept()
