"""A task's evidence files in its editor: the list, attaching one, opening one, and taking one off.

A fresh-eyes walk (round 43) attached a wrong file (a photo taken by mistake) and found no way to take it off: it
went with the task into every report's evidence and every backup. "Bỏ tệp…" takes it off the task, logged. The file
itself stays in the data folder: the automatic snapshots made before still name it, and restoring one must find it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from parapp.ui.change_log.log_words import when
from parapp.ui.widgets import file_dialogs
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.rows_model import Column, RowsTableModel
from parapp.ui.widgets.texts import ask_yes_no, show_error, tr


class EvidenceBox(QWidget):
    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog  # its db and task_id (None until the task is saved)
        self.model = RowsTableModel([
            Column(tr("Tệp kiểm chứng"), lambda e: e.original_name),
            Column(tr("Đính kèm lúc"), lambda e: when(e.added_at)),  # as the change log writes it
        ], parent=self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # a list: Tab leaves it for its buttons (round 21A)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMaximumHeight(110)
        self.view.doubleClicked.connect(lambda _: self.open())
        self.attach_btn = QPushButton(tr("Đính kèm tệp…"))
        self.attach_btn.clicked.connect(lambda: self.attach())
        open_btn = QPushButton(tr("Mở tệp"))
        open_btn.clicked.connect(self.open)
        self.remove_btn = QPushButton(tr("Bỏ tệp…"))
        self.remove_btn.clicked.connect(self.remove)
        bar = QHBoxLayout()
        for b in (self.attach_btn, open_btn, self.remove_btn):
            b.setAutoDefault(False)  # Enter after attaching saves; it opened the file dialog again (round 43)
            bar.addWidget(b)
        bar.addStretch()
        # Open and remove act on the file chosen: off while none is (a fresh-eyes re-walk, round 43: "Bỏ tệp…" on an
        # empty list said "Không lưu được")
        self.view.selectionModel().selectionChanged.connect(self._chosen_changed)
        self.model.modelReset.connect(self._chosen_changed)
        self._open_btn = open_btn
        self._chosen_changed()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        box.addLayout(bar)

    def load(self) -> None:
        from parapp.store.evidence import list_evidence

        d = self.dialog
        self.model.set_rows(list_evidence(d.db, d.task_id) if d.task_id else [])

    def attach(self, path: str | None = None) -> None:
        from parapp.store.evidence import add_evidence

        d = self.dialog
        if d.task_id is None:
            show_error(d, tr("Hãy lưu nhiệm vụ trước, rồi đính kèm tài liệu kiểm chứng."))
            return
        if not path:
            path = file_dialogs.ask_open(d, tr("Chọn tài liệu kiểm chứng"), purpose=file_dialogs.EVIDENCE)
        if not path:
            return
        if not attempt(d, lambda: add_evidence(d.db, d.db.data_dir, d.task_id, Path(path))):
            return
        self.load()

    def _chosen_changed(self, *_) -> None:
        chosen = self.view.selectionModel().hasSelection()
        self._open_btn.setEnabled(chosen)
        self.remove_btn.setEnabled(chosen and self.attach_btn.isEnabled())

    def _chosen(self):
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def open(self) -> None:
        from parapp.store.evidence import stored_path
        from parapp.store.evidence_copy import opening_copy
        from parapp.ui.widgets.open_file import open_local

        e, d = self._chosen(), self.dialog
        if e is None:
            return
        # Open a copy under its original name (made a plain name): the stored file is named by its hash.
        done = attempt(d, lambda: opening_copy(stored_path(d.db.data_dir, e.sha256), e.sha256, e.original_name),
                       tr("Không mở được"))
        if done:
            open_local(d, done.value)

    def remove(self) -> None:
        from parapp.store.evidence import remove_evidence

        e, d = self._chosen(), self.dialog
        if e is None:
            show_error(d, tr("Hãy chọn tệp cần bỏ trong danh sách."), tr("Bỏ tệp kiểm chứng"))
            return
        if not ask_yes_no(d, tr("Bỏ tệp kiểm chứng"), tr(
                "Bỏ tệp “{0}” khỏi nhiệm vụ này? Nhật ký ghi lại việc bỏ; tệp vẫn được giữ trong thư mục dữ liệu cho "
                "các bản sao lưu đã làm trước đó.").format(e.original_name)):
            return
        if attempt(d, lambda: remove_evidence(d.db, e.id)):
            self.load()
