"""The settings' "Nhắc việc" tab: the daily reminder on or off, and whether minimising hides
ParApp in the notification area (only offered where the desktop has one)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QSystemTrayIcon, QVBoxLayout, QWidget

from parapp.services.chasing import reminder_prefs, save_reminder_prefs
from parapp.ui.widgets.texts import tr


class ReminderSettings(QWidget):
    def __init__(self, db, parent=None, tray_available: bool | None = None):
        super().__init__(parent)
        prefs = reminder_prefs(db)
        self.enabled = QCheckBox(tr("Nhắc việc khi mở ParApp và mỗi ngày một lần khi đang chạy"))
        self.enabled.setChecked(prefs.enabled)
        self.tray = QCheckBox(tr("Khi thu nhỏ, ẩn ParApp xuống khay hệ thống (góc phải thanh tác vụ) để vẫn được nhắc"))
        self.tray.setChecked(prefs.tray)
        has_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        if not has_tray:
            self.tray.setEnabled(False)
            self.tray.setToolTip(tr("Màn hình này không có khay hệ thống: lời nhắc hiện ở đầu cửa sổ ParApp."))
        what = QLabel(tr("Lời nhắc nói có bao nhiêu nhiệm vụ quá hạn, bao nhiêu đến hạn trong tuần và báo cáo định kỳ "
                         "nào sắp đến hạn gửi; bấm vào để mở đúng trang. Mỗi ngày nhắc một lần; xem lại bất cứ lúc "
                         "nào ở menu Nhiệm vụ → Nhắc việc hôm nay."))
        what.setWordWrap(True)
        startup = QLabel(tr("Để ParApp tự mở (thu nhỏ) khi bật máy: chọn “Khởi động cùng Windows” khi cài đặt ParApp, "
                            "hoặc đặt một lối tắt tới ParApp với tham số --minimized vào thư mục Startup của Windows."))
        startup.setWordWrap(True)
        startup.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        for w in (self.enabled, self.tray, what, startup):
            layout.addWidget(w)
        layout.addStretch()

    def save(self, db) -> None:
        save_reminder_prefs(db, enabled=self.enabled.isChecked(), tray=self.tray.isChecked())
