"""The panel beside the criteria tree: the selected criterion's guidance, its
explanation, its evidence (linked from tasks or added here) and the documents
its done tasks suggest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets import file_dialogs
from parapp.ui.par.par_model import pts
from parapp.core.par.tree import Node
from parapp.store import par_index, par_index_evidence
from parapp.ui.widgets.texts import tr

if TYPE_CHECKING:
    from parapp.store.workspace import Workspace



class CriterionPanel(QWidget):
    changed = Signal(object)   # the node whose explanation or evidence changed
    _filled: str | None = None  # the stored explanation the panel was last filled with (show_node)

    def __init__(self, db: Workspace, parent=None):
        super().__init__(parent)
        self.db = db
        self.node: Node | None = None
        self.readonly = db.readonly
        self.title = QLabel(tr("Chọn một tiêu chí trong bảng."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.guidance = QPlainTextEdit()
        self.guidance.setReadOnly(True)
        self.guidance.setPlaceholderText(tr("(bộ tiêu chí không ghi hướng dẫn chấm điểm)"))
        self.guidance.setMaximumHeight(80)
        self.explanation = QPlainTextEdit()
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(tr("Giải trình: căn cứ cho điểm, hoặc vì sao bị mất điểm"))
        self.explanation.setMaximumHeight(80)
        self.save_note = QPushButton(tr("Lưu giải trình"))
        self.save_note.clicked.connect(self.save_explanation)

        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(110)
        self.evidence.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.add_file_btn = QPushButton(tr("Thêm tệp…"))
        self.link_btn = QPushButton(tr("Từ nhiệm vụ…"))
        self.open_btn = QPushButton(tr("Mở"))
        self.remove_btn = QPushButton(tr("Bỏ"))
        self.add_file_btn.clicked.connect(lambda: self.add_file())
        self.link_btn.clicked.connect(self.link_from_tasks)
        self.open_btn.clicked.connect(self.open_selected)
        self.remove_btn.clicked.connect(self.remove_selected)
        ev_buttons = QGridLayout()
        for i, b in enumerate((self.add_file_btn, self.link_btn, self.open_btn, self.remove_btn)):
            ev_buttons.addWidget(b, i // 2, i % 2)
        self.suggest_label = QLabel()
        self.suggest_label.setWordWrap(True)
        self.suggest_btn = QPushButton(tr("Gắn các tài liệu gợi ý"))
        self.suggest_btn.clicked.connect(self.link_suggestions)

        box = QGroupBox(tr("Tài liệu kiểm chứng"))
        ev = QVBoxLayout(box)
        ev.addWidget(self.evidence)
        ev.addLayout(ev_buttons)
        ev.addWidget(self.suggest_label)
        ev.addWidget(self.suggest_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(tr("Hướng dẫn chấm điểm:")))
        layout.addWidget(self.guidance)
        layout.addWidget(self.explanation)
        layout.addWidget(self.save_note, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(box)
        layout.addStretch()
        self.show_node(None)

    def keep_typed(self) -> bool:
        """A "Giải trình" typed and not yet saved is stored before the panel shows another criterion or is
        hidden (another page, the window closing): round 21A found it replaced by the next one's, unsaid.
        False when its save was refused (said); a storage error is raised (the window then stays, round 35B)."""
        from parapp.core.vntext import clean

        node = self.node
        if (node is None or node.is_group or node.id is None or self.readonly
                or clean(self.explanation.toPlainText()) == clean(node.explanation or "")):
            return True
        return self.save_explanation()

    def hideEvent(self, event):  # noqa: N802 - Qt's name
        try:
            self.keep_typed()
        except Exception as exc:  # noqa: BLE001 - said, not raised back into Qt (widgets.virtual_errors)
            from parapp.ui.widgets.virtual_errors import say_from_qt_virtual

            say_from_qt_virtual(exc)
        super().hideEvent(event)

    def show_node(self, node: Node | None) -> None:
        same = node is self.node and node is not None
        if not same:
            self.keep_typed()
        # The same criterion shown again (its score just stored): the words typed in the panel stay, unless its stored
        # explanation changed meanwhile (typed in the tree's cell). Round 37B: replaced by the stored one, unsaid.
        typed = self.explanation.toPlainText() if same and node.explanation == self._filled else None
        self.node = node
        leaf = node is not None and not node.is_group
        for w in (self.explanation, self.save_note, self.evidence, self.add_file_btn, self.link_btn, self.open_btn,
                  self.remove_btn, self.suggest_btn):
            w.setEnabled(leaf)
        if self.readonly:
            for w in (self.save_note, self.add_file_btn, self.link_btn, self.remove_btn, self.suggest_btn):
                w.setEnabled(False)
            self.explanation.setReadOnly(True)
        if node is None:
            self.title.setText(tr("Chọn một tiêu chí trong bảng."))
            self.facts.setText("")
            self.guidance.setPlainText("")
            self.explanation.setPlainText("")
            self.evidence.clear()
            self.suggest_label.setText("")
            return
        self.title.setText(f"{node.code} – {node.name}")
        if node.is_group:
            self.facts.setText(tr("Nhóm tiêu chí: tối đa {0} điểm, tự đánh giá {1} điểm (tổng các tiêu chí con). "
                                  "Chấm điểm ở từng tiêu chí con.").format(pts(node.max_total),
                                                                           pts(node.self_total)))
        else:
            self.facts.setText(tr("Tối đa {0} điểm. Tự đánh giá: {1}. Thẩm định: {2}.").format(
                pts(node.max_milli) or tr("chưa có"),
                pts(node.self_milli) or tr("chưa chấm"),
                pts(node.official_milli) or "–")
                + (" " + tr("Tài liệu cần có: {0}").format(node.evidence_asked) if node.evidence_asked else ""))
        self.guidance.setPlainText(node.guidance)
        self._filled = node.explanation
        self.explanation.setPlainText(typed if typed is not None else node.explanation if leaf else "")
        self._reload_evidence()

    def _reload_evidence(self) -> None:
        self.evidence.clear()
        self.suggest_label.setText("")
        self.suggest_btn.hide()
        node = self.node
        if node is None or node.is_group or node.id is None:
            return
        rows = par_index_evidence.list_for(self.db, node.id)
        for e in rows:
            text = e.original_name + (" " + tr("(từ nhiệm vụ: {0})").format(e.task_content[:50]) if e.task_id else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e)
            self.evidence.addItem(item)
        node.evidence = [e.original_name for e in rows]
        sugg = par_index_evidence.suggestions(self.db, node.id)
        if sugg:
            names = ", ".join(s.original_name for s in sugg[:4]) + ("…" if len(sugg) > 4 else "")
            self.suggest_label.setText(
                tr("Nhiệm vụ đã hoàn thành của tiêu chí này có {0} tài liệu chưa gắn: {1}").format(len(sugg), names))
            self.suggest_btn.setVisible(not self.readonly)

    def save_explanation(self) -> bool:
        if self.node is None or self.node.is_group:
            return True
        if not attempt(self, lambda: par_index.set_explanation(self.db, self.node.id, self.explanation.toPlainText())):
            return False
        from parapp.core.vntext import clean

        self.node.explanation = clean(self.explanation.toPlainText())
        self.changed.emit(self.node)
        return True

    def store_cell_explanation(self, node: Node, text: str) -> None:
        """A "Giải trình" typed in the tree's cell. Not stored (a full disk, said by the window's handler), the words
        wait in the panel as if typed there, stored when it is left or the window closes: round 38B, they were gone,
        the cell and the panel showing the stored explanation."""
        from parapp.core.vntext import clean

        try:
            par_index.set_explanation(self.db, node.id, text)
        except BaseException:
            if node is self.node and not self.readonly:
                self.explanation.setPlainText(text)
            raise
        node.explanation = clean(text)

    def add_file(self, path: str | None = None) -> None:

        if self.node is None or self.node.is_group:
            return
        if not path:
            path = file_dialogs.ask_open(self, tr("Chọn tài liệu kiểm chứng"), purpose=file_dialogs.EVIDENCE)
        if not path:
            return
        if not attempt(self, lambda: par_index_evidence.add_file(self.db, self.db.data_dir, self.node.id, Path(path))):
            return
        self._after_evidence()

    def _after_evidence(self) -> None:
        self._reload_evidence()
        self.changed.emit(self.node)

    def link_suggestions(self) -> None:
        if self.node is None:
            return
        def work():
            found = par_index_evidence.suggestions(self.db, self.node.id)
            par_index_evidence.link_task_evidence(self.db, self.node.id, [s.evidence_id for s in found])

        if not attempt(self, work):
            return
        self._after_evidence()

    def link_from_tasks(self) -> None:
        from parapp.ui.par.par_dialogs import LinkEvidenceDialog

        if self.node is None or self.node.is_group:
            return
        dlg = LinkEvidenceDialog(self.db, self.node, self)
        if dlg.exec() and dlg.chosen:
            if not attempt(self, lambda: par_index_evidence.link_task_evidence(self.db, self.node.id, dlg.chosen)):
                return
            self._after_evidence()

    def _selected(self):
        item = self.evidence.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_selected(self) -> None:
        from parapp.store.evidence import stored_path

        e = self._selected()
        if e is None:
            return
        # A copy under its original name (made a plain name): the stored file is named by its hash.
        from parapp.store.evidence_copy import opening_copy

        done = attempt(self, lambda: opening_copy(stored_path(self.db.data_dir, e.sha256), e.sha256, e.original_name),
                       tr("Không mở được"))
        if not done:
            return
        from parapp.ui.widgets.open_file import open_local

        open_local(self, done.value)

    def remove_selected(self) -> None:
        e = self._selected()
        if e is None:
            return
        par_index_evidence.remove(self.db, e.id)
        self._after_evidence()
