"""What the three import dialogs (a plan's tasks, the statistics export, a province's criteria
set) share: the source bar (paste what was copied, or open a file, beside a hint), reading a
source with one way of saying it could not be read, the dialog's arrangement around its preview
(the preview's table model is in preview_rows.py), the strip of column meanings where a column
can be skipped, and the problems line under the preview."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from parapp.ui.widgets import file_dialogs
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.texts import ask_yes_no, copied_table, tr

PROBLEM_STYLE = "color: #a61b1b;"


class ImportDialogBase(QDialog):
    """A subclass says what its file question is (file_question), how a paste and a file are
    read (load_mime, load_file), and what it does with what was read (loaded)."""

    source_name = ""
    column_combos: list[QComboBox]

    def reject(self):
        """Esc, Hủy or × after cells of the preview were corrected by hand asks first (round 21A: a stray Esc
        threw the corrections away without a word)."""
        corrected = getattr(getattr(self, "model", None), "corrections", 0)
        if corrected and self.isVisible() and not ask_yes_no(self, tr("Đóng bản xem trước"), tr(
                "Bạn đã sửa {0} ô trong bản xem trước; đóng lại sẽ bỏ các sửa đó và chưa nhập gì. "
                "Vẫn đóng?").format(corrected)):
            return
        super().reject()

    # -- the source bar -----------------------------------------------------------
    def source_bar(self, paste_words: str, hint: str) -> QHBoxLayout:
        paste = QPushButton(paste_words)
        open_btn = QPushButton(tr("Chọn tệp…"))
        paste.clicked.connect(self.paste_clipboard)
        open_btn.clicked.connect(self.choose_file)
        words = QLabel(hint)
        words.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(paste)
        top.addWidget(open_btn)
        top.addWidget(words, 1)
        return top

    def file_question(self) -> tuple[str, str]:
        """The open dialog's title and its file filter."""
        raise NotImplementedError

    def paste_clipboard(self) -> None:
        mime = copied_table(self)
        if mime is not None:
            self.load_mime(mime)

    def choose_file(self) -> None:
        title, kinds = self.file_question()
        path = file_dialogs.ask_open(self, title, kinds, file_dialogs.IMPORTS)
        if path:
            self.load_file(path)

    def load_mime(self, mime) -> None:
        raise NotImplementedError

    def load_file(self, path: Path) -> None:
        raise NotImplementedError

    def read_source(self, read: Callable[[], object], name: str) -> None:
        """Read a paste or a file; what cannot be read is said, and nothing shown changes."""
        done = attempt(self, read, tr("Không đọc được"))
        if done:
            self.source_name = name
            self.loaded(done.value)

    def loaded(self, result) -> None:
        raise NotImplementedError

    def arrange(self, top: QHBoxLayout, form: QLayout, table: QWidget, buttons: list[QPushButton]) -> None:
        """A plan's tasks and a criteria set, top to bottom: the source bar, where the rows go, the
        column meanings, the preview, then what was read (self.summary) beside the buttons and Hủy."""
        self.summary = QLabel(tr("Chưa có dữ liệu."))
        self.summary.setWordWrap(True)
        cancel = QPushButton(tr("Hủy"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for b in (*buttons, cancel):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Các cột nhận ra (sửa nếu sai):")))
        layout.addWidget(self.column_strip())
        layout.addWidget(table, 1)
        layout.addLayout(bottom)

    # -- the column meanings ------------------------------------------------------------
    def column_strip(self) -> QScrollArea:
        """One combo a column, under the column's own heading; "(bỏ qua)" leaves it out."""
        self.columns_box = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_box)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(self.columns_box)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(70)
        self.column_combos = []
        return scroll

    def clear_columns(self) -> None:
        while self.columns_layout.count():
            w = self.columns_layout.takeAt(0).widget()
            if w:
                w.deleteLater()
        self.column_combos = []

    def fill_columns(self, header: list[str], meanings: list[tuple[str, str]], chosen: dict[int, str],
                     changed: Callable[[], None], width: int = 30) -> None:
        """`meanings`: (words, field) a column may be read as; `chosen`: what each column is read as now."""
        self.clear_columns()
        for i, cell in enumerate(header):
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(2, 0, 2, 0)
            heading = " ".join(cell.split())
            label = QLabel(heading[:width] or tr("(cột {0})").format(i + 1))
            label.setToolTip(heading)  # a long heading is cut to the combo's width: whole here
            v.addWidget(label)
            combo = QComboBox()
            combo.addItem(tr("(bỏ qua)"), None)
            for words, field in meanings:
                combo.addItem(words, field)
            combo.setCurrentIndex(max(combo.findData(chosen.get(i)), 0))
            combo.currentIndexChanged.connect(changed)
            v.addWidget(combo)
            self.columns_layout.addWidget(box)
            self.column_combos.append(combo)

    def chosen_columns(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.column_combos) if c.currentData()}

    # -- the problems line --------------------------------------------------------------
    @staticmethod
    def problems_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(PROBLEM_STYLE)
        return label
