"""Sao lưu ra USB… and Khôi phục…: the window's side of backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableView, QVBoxLayout,
)

from parapp.services import safety
from parapp.ui.widgets.operation import attempt, run_long
from parapp.ui.widgets import file_dialogs
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.widgets.screen_fit import fit_window
from parapp.core.commune_names import same_commune
from parapp.core.dates import when_made
from parapp.core.messages import ParAppError
from parapp.ui.widgets.open_file import file_saved
from parapp.ui.widgets.texts import ask_yes_no, show_error, tr

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace


def backup_to_folder(parent, db: Workspace, folder: str | None = None) -> None:
    """Ask where, then back up off the GUI thread behind a progress bar (no cancel: half a
    backup is worth nothing, it runs to the end or fails cleanly); then what was made."""
    if folder is None:
        folder = file_dialogs.ask_folder(parent, tr("Chọn USB hoặc thư mục để sao lưu"), file_dialogs.BACKUPS)
    if not folder:
        return

    def work(step):
        try:
            return safety.backup(db, Path(folder), progress=step)
        except ParAppError as exc:
            if "UTF-8" not in exc.message and "parapp repair" not in exc.message:
                raise
            # Text a failing disk left unreadable (round 33B), or a link it turned to point nowhere (round 41A): said
            # below with the box's repair
            return exc

    def made_it(made) -> None:
        if isinstance(made, ParAppError):
            _refused_for_bad_text(parent, made)
            return
        if made.left_out:  # made, and it restores, but without these: said before "saved"
            show_error(parent, "\n\n".join(_said(x.message) for x in made.left_out),
                       tr("Bản sao lưu thiếu tệp kiểm chứng"))
        file_saved(parent, made.path, tr("Đã sao lưu"))

    run_long(parent, work, tr("Đang sao lưu dữ liệu và tệp kiểm chứng…"), tr("Chưa sao lưu được"), done=made_it,
             progress=True)


def _refused_for_bad_text(parent, exc: ParAppError) -> None:
    """The refusal with the error box's "Sửa chỗ chữ hỏng": the only way out it named was a restore, losing every
    change since that backup, or a command (round 33B)."""
    from PySide6.QtWidgets import QMessageBox

    from parapp.ui.bad_text_repair import offer_repair
    from parapp.ui.widgets.texts import error_text

    box = QMessageBox(QMessageBox.Icon.Warning, tr("Chưa sao lưu được"), error_text(exc),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setEscapeButton(box.addButton(tr("Đóng"), QMessageBox.ButtonRole.RejectRole))
    offer_repair(box)
    fit_window(box)
    box.exec()


def _said(m) -> str:
    from parapp.ui.widgets.texts import trc

    return trc("errors", m.template).format(*(_said(a) if hasattr(a, "template") else a for a in m.args))


class RestoreDialog(QDialog):
    """Pick an automatic snapshot or a backup file. The actual restore happens
    after the window has closed its database (see MainWindow.request_restore)."""

    def __init__(self, data_dir: Path, parent=None, db_path: Path | None = None, commune: str = "",
                 last_change: str | None = None):
        super().__init__(parent)
        self.commune = commune  # the commune of the data restored over: a backup of another one is said so
        self.last_change = last_change  # when the data restored over was last changed: newer work is said so
        self.setWindowTitle(tr("Khôi phục dữ liệu"))
        self.db_path = db_path  # the data restored over: the room its restore needs is checked before closing
        fit_window(self, 640, 420)
        self.choice: tuple[str, Path] | None = None
        self.data_dir = data_dir
        self.label = ""  # when the chosen copy was made, as the user reads it
        self.model = RowsTableModel([
            Column(tr("Thời điểm"), lambda s: s.label),
            Column(tr("Lý do"), lambda s: {"dau-ngay": tr("đầu ngày"), "khi-dong": tr("khi đóng chương trình"),
                                          "truoc-nang-cap": tr("trước khi nâng cấp"),
                                          "truoc-khoi-phuc": tr("trước khi khôi phục"),
                                          "truoc-xoa-bo-tieu-chi": tr("trước khi xóa bộ tiêu chí"),
                                          "truoc-thay-bo-tieu-chi": tr("trước khi thay bộ tiêu chí"),
                                          "truoc-sua-chu-hong": tr("trước khi sửa chữ hỏng")}
                   .get(s.reason, s.reason)),
        ], parent=self)
        self.model.set_rows(safety.snapshots(data_dir))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # a list: Tab leaves it for its buttons (round 21A)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if self.model.rowCount():
            self.table.selectRow(0)  # the newest: "Khôi phục bản đã chọn" never does nothing unpicked (round 22A)
        note = QLabel(tr("Trước khi khôi phục, dữ liệu hiện tại được tự động sao lưu lại. ParApp sẽ mở lại sau khi "
                         "khôi phục."))
        note.setWordWrap(True)
        from_snap = QPushButton(tr("Khôi phục bản đã chọn"))
        from_file = QPushButton(tr("Từ tệp sao lưu (.parapp-backup)…"))
        close = QPushButton(tr("Đóng"))
        from_snap.clicked.connect(self._pick_snapshot)
        from_file.clicked.connect(self._pick_file)
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for b in (from_snap, from_file):
            bar.addWidget(b)
        bar.addStretch()
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Các bản sao lưu tự động:")))
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addLayout(bar)

    def _pick_snapshot(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        if not picked:
            show_error(self, tr("Hãy chọn một bản trong danh sách các bản sao lưu tự động.") if self.model.rowCount()
                       else tr("Chưa có bản sao lưu tự động nào trong thư mục dữ liệu. Hãy khôi phục “Từ tệp sao "
                               "lưu (.parapp-backup)…” trên USB hoặc máy khác."), tr("Khôi phục dữ liệu"))
            return
        idx = picked[0]
        snap = self.model.row_at(idx.row())
        # The gate's checks now, while the window still shows the data: refused only after the window had
        # closed its database, the window flashed and reopened on the same data (round 14c).
        if not attempt(self, lambda: safety.precheck_restore("snapshot", snap.path, self.db_path, self.data_dir),
                       tr("Chưa khôi phục được")):
            self.model.set_rows(safety.snapshots(self.data_dir))  # one deleted meanwhile leaves the list
            return
        if ask_yes_no(self, tr("Khôi phục"), tr("Khôi phục dữ liệu về lúc {0}?").format(snap.label)):
            self.choice = ("snapshot", snap.path)
            self.label = snap.label
            self.accept()

    def _pick_file(self, path: str | None = None) -> None:
        if not path:
            # .zip too: a backup zipped again to carry or send, or renamed to look inside (round 27A)
            path = file_dialogs.ask_open(self, tr("Chọn tệp sao lưu"),
                                         tr("Tệp sao lưu ParApp (*.parapp-backup *.zip)"),
                                         file_dialogs.BACKUPS)
        if not path:
            return
        done = attempt(self, lambda: safety.precheck_restore("file", Path(path), self.db_path, self.data_dir),
                       tr("Tệp sao lưu bị từ chối"))
        if not done:
            return
        m = done.value
        question = tr("Tệp sao lưu của “{0}”, tạo lúc {1}. Khôi phục từ tệp này?").format(
            m.commune or tr("chưa đặt tên xã"), when_made(m.created))
        if m.commune and self.commune and not same_commune(m.commune, self.commune):
            # Another commune's backup (a neighbour's USB stick): its data would replace this one's whole (round 22A).
            question = tr("Tệp này là dữ liệu của “{0}”, không phải của “{1}” đang mở: khôi phục sẽ thay toàn bộ dữ "
                          "liệu của “{1}” bằng dữ liệu của xã kia. ").format(m.commune, self.commune) + question
        newer = newer_than(self.last_change, m.created)
        if newer:
            # A fresh-eyes walk (round 43): an older backup over a day's work (a report finalised, five tasks
            # carried) was asked about in the words used over an empty folder.
            question = tr("Dữ liệu đang mở có thay đổi đến {0}, sau lúc tạo tệp sao lưu này: khôi phục sẽ thay các "
                          "thay đổi đó bằng dữ liệu cũ hơn (chúng chỉ còn trong bản sao lưu tự động “trước khi khôi "
                          "phục”). ").format(newer) + question
        if ask_yes_no(self, tr("Khôi phục"), question):
            self.choice = ("file", Path(path))
            self.label = when_made(m.created)
            self.accept()


def newer_than(last_change: str | None, created: str) -> str:
    """"" or when the data was last changed (dd/mm/yyyy hh:mm), if after a backup made at `created` (ISO, with the
    making machine's offset; the change log keeps this machine's local time)."""
    try:
        made = dt.datetime.fromisoformat(created)
        changed = dt.datetime.fromisoformat(last_change or "")
    except ValueError:
        return ""
    made = made.astimezone().replace(tzinfo=None) if made.tzinfo else made
    # A restored backup's time (the data's last change after a restore) may carry its making machine's offset too
    changed = changed.astimezone().replace(tzinfo=None) if changed.tzinfo else changed
    return changed.strftime("%d/%m/%Y %H:%M") if changed > made else ""


def perform_restore(choice: tuple[str, Path], db_path: Path, data_dir: Path, label: str = "", *,
                    keep_foreign: bool = False) -> str:
    """Called with the database closed (the window still holds the writer lock). Returns what to
    tell the user once the window is open again on the restored data. `keep_foreign`: the window's own data, which it
    could not open, is replaced whatever its first bytes (kept aside), as the damaged-data box's snapshot route does."""
    kind, path = choice

    def work():
        if kind == "file":
            return safety.restore(path, db_path, data_dir, keep_foreign=keep_foreign)
        return safety.restore_from_snapshot(path, db_path, data_dir)

    # No window is open now: a loop of its own keeps the progress dialog alive while the restore
    # runs off the GUI thread. A refusal is said there; nothing to tell the reopened window then.
    loop, result, ended = QEventLoop(), {}, []
    run_long(None, work, tr("Đang khôi phục dữ liệu…"), tr("Chưa khôi phục được"),
             done=lambda done: result.update(done=done), after=lambda: (ended.append(True), loop.quit()))
    if not ended:
        loop.exec()
    if "done" not in result:
        return ""
    done = result["done"]
    if done.left_out:
        show_error(None, "\n\n".join(_said(x.restored_message) for x in done.left_out),
                   tr("Đã khôi phục, thiếu tệp kiểm chứng"))
    if done.kept is not None:  # too damaged to snapshot: kept aside, no snapshot "trước khi khôi phục" (round 39A)
        return tr("Đã khôi phục xong dữ liệu về lúc {0}. Dữ liệu trước khi khôi phục bị hỏng nên không sao lưu tự "
                  "động được; tệp đó được giữ nguyên, không bị xóa, với tên “{1}” trong thư mục “{2}”.").format(
                      label or path.name, done.kept.name, str(done.kept.parent))
    return tr("Đã khôi phục xong dữ liệu về lúc {0}. Dữ liệu trước khi khôi phục vẫn được giữ trong các bản "
              "sao lưu tự động (Tệp → Khôi phục…, lý do “trước khi khôi phục”).").format(label or path.name)


def ask_restore(window) -> None:
    """Tệp → Khôi phục…: the copy is chosen now; the restore itself runs once the window has closed
    its database (the app does it, then opens the window again on the restored data)."""
    data_dir = window.db.data_dir
    from parapp.store.settings import readable_settings

    s = readable_settings(window.db)  # a setting gone bad on the disk refused the way back from any damage (35A)
    from parapp.store.change_log import last_change

    dlg = RestoreDialog(data_dir, window, Path(window.db.path), s.commune_name if s else "", last_change(window.db))
    if dlg.exec() and dlg.choice:
        choice, db_path, label = dlg.choice, Path(window.db.path), dlg.label
        window.pending_restore = lambda: perform_restore(choice, db_path, data_dir, label)
        window.restart_requested = True
        try:
            window.close()
        finally:
            if window.isVisible():  # kept open, what was typed not stored (round 35B): no restore at a later close
                window.pending_restore, window.restart_requested = None, False
