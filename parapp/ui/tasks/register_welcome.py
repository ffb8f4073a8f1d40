"""What an empty register shows where the table would be: how to begin.

A fresh-eyes walk (round 43) as a newcomer taking over a colleague's data found Ctrl+N, Ctrl+I and the sample commune
here, but not the way to the colleague's backup (Tệp → Khôi phục…): it is the first step of that newcomer's day.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from parapp.ui.widgets.texts import tr


def welcome(on_demo: Callable[[], object], on_restore: Callable[[], object]) -> QLabel:
    label = QLabel(tr(
        "<p style='font-size:12pt'><b>Sổ chưa có nhiệm vụ nào.</b> Để bắt đầu:</p>"
        "<ul style='font-size:11pt'>"
        "<li><b>Ctrl+N</b> (hoặc nút “Thêm nhiệm vụ…”): ghi một nhiệm vụ;</li>"
        "<li><b>Ctrl+I</b> (hoặc nút “Nhập từ Word/Excel…”): nhập cả bảng phân công của một kế hoạch, "
        "từ tệp Word, Excel hoặc dán bảng vừa sao chép;</li>"
        "<li>nhận dữ liệu của người làm trước (tệp .parapp-backup trên USB): "
        "<a href='restore'>Khôi phục từ tệp sao lưu…</a> (Tệp → Khôi phục…);</li>"
        "<li><a href='demo'>Xem thử với một xã mẫu</a>: mở một cửa sổ riêng với dữ liệu mẫu, "
        "không đụng đến dữ liệu của xã.</li></ul>"))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setContentsMargins(24, 24, 24, 24)
    label.linkActivated.connect(lambda link: on_restore() if link == "restore" else on_demo())
    return label
