"""The window's box when its data cannot be opened: why, and the way back offered (the latest good snapshot, or a
backup file chosen)."""

from __future__ import annotations

from pathlib import Path

from parapp.core.messages import ParAppError
from parapp.core.shell_words import shell_arg
from parapp.datadir import data_dir_for
from parapp.ui.widgets.texts import error_text, tr


def offer_recovery(db_path: Path, exc: ParAppError) -> bool:
    """The database cannot be opened: say why, and offer the latest good snapshot.
    The damaged file is kept aside, never overwritten."""
    from PySide6.QtWidgets import QMessageBox  # here: building its class is time the usual start does without

    from parapp.store.backup import latest_good
    from parapp.store.errors import DatabaseTooNew
    from parapp.store.side_names import kept_aside_from
    from parapp.services.safety import restore_from_snapshot

    box = QMessageBox(QMessageBox.Icon.Critical, tr("Không mở được dữ liệu"), error_text(exc))
    data = kept_aside_from(Path(db_path))
    if data is not None:
        # A damaged copy a restore kept aside ("xa-hong-<time>.db"), opened to see what it held: the folder's
        # snapshots are the data's restored beside it, and restored into the copy they made a second data there,
        # sharing its evidence and snapshots (round 44A). Nothing to put back: the data is in use.
        box.setInformativeText(tr("Tệp này là bản hỏng ParApp đã giữ lại khi khôi phục “{0}”; dữ liệu đang dùng là "
                                  "“{0}”, không cần khôi phục vào tệp này. Hãy mở ParApp với tệp đó: parapp --db {1}")
                               .format(data, shell_arg(data)))
        box.addButton(tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
        _show(box)
        return False
    snap = latest_good(data_dir_for(db_path))
    restore = None
    if snap and not isinstance(exc, DatabaseTooNew):
        box.setInformativeText(tr("Có bản sao lưu tự động lúc {0}. Khôi phục từ bản đó? Tệp hiện tại được giữ lại "
                                  "bên cạnh với tên khác, không bị xóa.").format(snap.label))
        restore = box.addButton(tr("Khôi phục bản sao lưu"), QMessageBox.ButtonRole.AcceptRole)
    # The backup on the stick too: with no sound snapshot (the same disk failing, a portable copy) the box's one
    # button was "Đóng", and "hãy khôi phục từ bản sao lưu gần nhất" could be done only on the command line (30A).
    from_file = None if isinstance(exc, DatabaseTooNew) else \
        box.addButton(tr("Từ tệp sao lưu (.parapp-backup)…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
    _show(box)
    if from_file is not None and box.clickedButton() is from_file:
        return _restore_from_file(db_path)
    if restore is None or box.clickedButton() is not restore:
        return False
    # The same restore as everywhere: written beside, checked, renamed over; the
    # damaged file is kept aside under another name.
    restore_from_snapshot(snap.path, db_path, data_dir_for(db_path), keep_foreign=True)
    return True


def _show(box) -> None:
    from parapp.ui.widgets.screen_fit import fit_window

    fit_window(box)
    box.exec()


def _restore_from_file(db_path: Path) -> bool:
    """The backup file chosen restored over data that cannot be opened (kept aside), as Tệp → Khôi phục… restores it:
    its refusals and the evidence it lacks said in boxes. True when the data is now the backup's."""
    from parapp.ui.backup_dialogs import perform_restore
    from parapp.ui.widgets import file_dialogs

    path = file_dialogs.ask_open(None, tr("Chọn tệp sao lưu"), tr("Tệp sao lưu ParApp (*.parapp-backup *.zip)"),
                                 file_dialogs.BACKUPS)
    return bool(path) and bool(perform_restore(("file", Path(path)), db_path, data_dir_for(db_path), keep_foreign=True))
