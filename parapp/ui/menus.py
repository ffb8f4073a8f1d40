"""The main window's menus: Tệp, Nhiệm vụ, Trợ giúp, with the window-wide shortcuts
(Ctrl+N, Ctrl+I, Ctrl+F, Ctrl+P, F1). Built again when the language changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from parapp.ui.widgets.texts import tr


def build_menus(window) -> None:
    bar = window.menuBar()
    bar.clear()
    file_menu = bar.addMenu(tr("&Tệp"))
    window.act_settings = file_menu.addAction(tr("Thông tin của xã…"), window.edit_settings)
    window.act_schedule = file_menu.addAction(tr("Lịch báo cáo định kỳ…"), lambda: window.reports.edit_schedule())
    file_menu.addSeparator()
    window.act_print = file_menu.addAction(tr("Xem trước và in trang này…"), window.print_current_page)
    window.act_print.setShortcut(QKeySequence.StandardKey.Print)
    file_menu.addSeparator()
    window.act_backup = file_menu.addAction(tr("Sao lưu ra USB…"), window.backup_to_usb)
    window.act_restore = file_menu.addAction(tr("Khôi phục…"), window.request_restore)
    file_menu.addSeparator()
    quit_action = file_menu.addAction(tr("Thoát"), window.close)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    task_menu = bar.addMenu(tr("&Nhiệm vụ"))
    window.act_new = task_menu.addAction(tr("Thêm nhiệm vụ…"), window.new_task)
    window.act_new.setShortcut(QKeySequence.StandardKey.New)
    window.act_import = task_menu.addAction(tr("Nhập từ Word, Excel, tệp…"), window.import_tasks)
    window.act_import.setShortcut(QKeySequence("Ctrl+I"))
    window.act_find = task_menu.addAction(tr("Tìm kiếm"), window.focus_search)
    window.act_find.setShortcut(QKeySequence.StandardKey.Find)
    window.act_carry = task_menu.addAction(tr("Chuyển việc chưa xong sang năm sau…"), window.carry_unfinished)
    task_menu.addSeparator()
    window.act_remind = task_menu.addAction(tr("Nhắc việc hôm nay"), window.remind_now)
    window.act_letter = task_menu.addAction(tr("Soạn công văn đôn đốc…"), window.compose_letter)
    window.act_meeting = task_menu.addAction(tr("Danh sách việc cho giao ban…"),
                                             lambda: window.officials.meeting_lists())

    help_menu = bar.addMenu(tr("Trợ &giúp"))
    window.act_guide = help_menu.addAction(tr("Hướng dẫn sử dụng"), window.show_guide)
    help_menu.addAction(tr("Xem thử với một xã mẫu…"), window.open_demo)
    window.act_guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    help_menu.addAction(tr("Giới thiệu ParApp"), window.about)
    for a in (window.act_print, window.act_new, window.act_import, window.act_find, window.act_guide):
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # from whichever page has the focus
    if window.readonly:
        for a in (window.act_new, window.act_import, window.act_restore, window.act_settings, window.act_schedule,
                  window.act_carry):
            a.setEnabled(False)

