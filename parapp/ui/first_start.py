"""The window's first start on a data file that is not there yet (missing, or a 0-byte file)."""

from __future__ import annotations

from pathlib import Path

from parapp.ui.widgets.texts import tr


def before_new_data(db_path: Path) -> None:
    """Refused beside another ParApp database or in a data folder's evidence or backups (one backups/auto for both,
    each pruning the other's snapshots: rounds 40A, 41A; parapp.db never is). In a folder holding automatic snapshots,
    the data file is gone (deleted by mistake, taken by the antivirus, moved away): an empty register was made and the
    clerk asked to set up the commune again, with no word of this morning's snapshot, which the new data's own then
    pruned (round 43A). The latest good one is offered; chosen, it is restored into `db_path` (then opened)."""
    from parapp.datadir import data_dir_for
    from parapp.store.backup import is_automatic_snapshot
    from parapp.store.lost_data import lost_datas_snapshot
    from parapp.store.side_names import database_beside, refuse_data_folders_own

    refuse_data_folders_own(Path(db_path), new=True)
    if database_beside(Path(db_path)) is not None or is_automatic_snapshot(Path(db_path)):
        return  # the data's lock or -wal given for it (refused as such by the open), or a snapshot: nothing to offer
    data_dir = data_dir_for(db_path)
    from parapp.files import can_write_in

    if not can_write_in(data_dir):
        # A write-locked stick, a read-only share: a restore (or a new data) can be put nowhere there, and both
        # buttons ended in "Không ghi được vào thư mục …" (round 44A). The open says that at once.
        return
    # None too where the folder's data is there under another name (parapp.db beside xa.db): its snapshots are xa.db's
    snap = lost_datas_snapshot(Path(db_path), good_only=True)
    if snap is None:
        return
    from PySide6.QtWidgets import QMessageBox

    from parapp.services.safety import commune_of, restore_from_snapshot
    from parapp.ui.widgets.screen_fit import fit_window

    commune = commune_of(snap.path)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Không thấy tệp dữ liệu"),
                      tr("Không thấy tệp dữ liệu “{0}”, nhưng thư mục dữ liệu còn bản sao lưu tự động lúc {1}{2}: "
                         "tệp dữ liệu có thể đã bị xóa nhầm hoặc chuyển đi nơi khác.")
                      .format(db_path, snap.label, f" ({commune})" if commune else ""))
    box.setInformativeText(tr("Khôi phục dữ liệu từ bản sao lưu đó? Nếu chọn tạo dữ liệu mới, ParApp bắt đầu một sổ "
                              "trống; các bản sao lưu tự động vẫn được giữ, khôi phục được sau (Tệp → Khôi phục…)."))
    restore = box.addButton(tr("Khôi phục bản sao lưu"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Tạo dữ liệu mới"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    fit_window(box)
    box.exec()
    if box.clickedButton() is restore:
        # The restore every route uses: checked, written beside, renamed into place.
        restore_from_snapshot(snap.path, Path(db_path), data_dir, keep_foreign=True)
